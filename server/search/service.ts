import type { DocumentRecord, Passage } from '../../core/types.js';
import { SEARCH_FIELDS } from '../../core/search-fields.js';
import type { EngineClause, SearchEngine } from './engine.js';
import { parseQuery, words, type ParsedQuery, type QueryTerm } from './query-parser.js';
import { Bitset } from './bitset.js';
import { FACETS, yearOf, type FacetFilters, type FacetIndex, type FacetName, type FacetValue } from './facets.js';
import { snippet, stem } from './snippet.js';
import { isStopWord } from './lunr-engine.js';
import type { Vocabulary } from './vocabulary.js';

// A search request end to end: parse (never throws) → correct typos → expand acronyms and
// synonyms → engine candidates → phrase filter on stored text → facet filters and counts →
// sort, group by document, page → snippets.

export interface SearchRequest {
  q: string;
  filters: FacetFilters;
  page: number;
  size: number;
  sort: 'relevance' | 'date';
  /** passages shown per document before "k more in this document"; 0 = no limit */
  perDoc: number;
  /** only passages that cite this work (a key from the citation explorer) */
  cites?: string;
}

export interface SearchHit {
  passage: Passage;
  ordinal: number;
  score: number;
  snippet: string;
  /** more hits in the same document beyond those shown */
  more?: number;
}

export interface SearchResponse {
  total: number;
  /** hits after collapsing to `perDoc` per document: what the pages walk through */
  shown: number;
  pages: number;
  hits: SearchHit[];
  facets: Record<FacetName, FacetValue[]>;
  query: { q: string; warnings: string[]; correctedQuery?: string; corrections?: Record<string, string>; expansions?: string[] };
}

export interface SearchContext {
  passages: Passage[];
  documents: Map<string, DocumentRecord>;
  engine: SearchEngine;
  facets: FacetIndex;
  vocabulary: Vocabulary;
  /** normalised phrase key → equivalent phrasings */
  synonyms: Map<string, string[]>;
  /** cited work key → ordinals of the passages that cite it, in order */
  citing: Map<string, number[]>;
}

/** Which passages cite which work, built once per build so a cites= filter does not scan them all. */
export function citingIndex(passages: Passage[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  passages.forEach((p, i) => {
    for (const k of new Set(p.cites ?? [])) {
      const list = out.get(k);
      if (list) list.push(i);
      else out.set(k, [i]);
    }
  });
  return out;
}

const FIELDS = SEARCH_FIELDS.map((f) => f.name);

export function synonymMap(groups: string[][]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const g of groups) {
    const keys = g.map((x) => words(x).join(' '));
    keys.forEach((k, i) => map.set(k, [...new Set([...(map.get(k) ?? []), ...keys.filter((_, j) => j !== i)])]));
  }
  return map;
}

// Passages as space-separated lower-case words, for phrase checks; computed once per passage.
const plainCache = new WeakMap<Passage, string>();
const plainText = (p: Passage) => {
  let t = plainCache.get(p);
  if (t === undefined) {
    t = ` ${words(p.text).join(' ')} `;
    plainCache.set(p, t);
  }
  return t;
};
// Bonuses that need the text are computed for the best candidates only.
const RERANK = 300;

function clausesFor(terms: QueryTerm[]): EngineClause[] {
  return terms.map((t) => ({
    term: t.text,
    fields: t.field ? [t.field] : undefined,
    presence: t.presence,
    wildcard: t.wildcard,
    editDistance: t.fuzzy,
    boost: t.boost,
  }));
}

/** Replaces words the index does not know with the closest corpus word. */
function correctTypos(parsed: ParsedQuery, ctx: SearchContext): Record<string, string> {
  const corrections: Record<string, string> = {};
  for (const t of parsed.terms) {
    if (t.presence === 'prohibited' || t.wildcard || t.fuzzy || ctx.engine.knows(t.text)) continue;
    if (stem(t.text) === '' || /^\d+$/.test(t.text)) continue;
    const fix = ctx.vocabulary.correct(t.text);
    if (fix && ctx.engine.knows(fix)) {
      corrections[t.text] = fix;
      t.text = fix;
    }
  }
  for (const p of parsed.phrases) p.text = p.text.split(' ').map((w) => corrections[w] ?? w).join(' ');
  return corrections;
}

interface Expansion {
  /** the phrase searched instead of the span */
  alt: string;
  /** the query's terms with the span replaced by the phrase's words */
  terms: QueryTerm[];
}

/**
 * Acronyms and synonyms found in the plain words of the query (1–5 word spans). Each becomes
 * the same query with that span said the other way: "Security Council divisions" is also
 * searched as "UNSC divisions", so the other words still rank the results.
 */
function expansions(parsed: ParsedQuery, ctx: SearchContext): Expansion[] {
  const terms = parsed.terms;
  const plain = (t: QueryTerm) => t.presence === 'optional' && !t.field && !t.wildcard && !t.fuzzy;
  const out: Expansion[] = [];
  const seen = new Set<string>();
  for (let n = Math.min(5, terms.length); n >= 1; n--) {
    for (let i = 0; i + n <= terms.length; i++) {
      const span = terms.slice(i, i + n);
      if (!span.every(plain)) continue;
      for (const alt of ctx.synonyms.get(span.map((t) => t.text).join(' ')) ?? []) {
        if (seen.has(alt)) continue;
        seen.add(alt);
        const altTerms = alt.split(' ').map((w): QueryTerm => ({ text: w, presence: 'required', wildcard: false }));
        out.push({ alt, terms: [...terms.slice(0, i), ...altTerms, ...terms.slice(i + n)] });
      }
    }
  }
  for (const ph of parsed.phrases) {
    for (const alt of ctx.synonyms.get(ph.text) ?? []) {
      if (seen.has(alt)) continue;
      seen.add(alt);
      const rest = terms.filter((t) => !ph.text.split(' ').includes(t.text));
      out.push({ alt, terms: [...rest, ...alt.split(' ').map((w): QueryTerm => ({ text: w, presence: 'required', wildcard: false }))] });
    }
  }
  return out;
}

function candidates(parsed: ParsedQuery, ctx: SearchContext, alts: Expansion[], kindFiltered: boolean): Map<number, number> {
  const positive = parsed.terms.some((t) => t.presence !== 'prohibited');
  let scores: Map<number, number>;
  if (positive) scores = ctx.engine.search(clausesFor(parsed.terms));
  else {
    // Only exclusions (or nothing): browse everything, minus what is excluded.
    scores = new Map(ctx.passages.map((_, i) => [i, 0]));
    const excluded = parsed.terms.filter((t) => t.presence === 'prohibited');
    if (excluded.length) for (const ord of ctx.engine.search(excluded.map((t) => ({ ...clausesFor([t])[0], presence: 'optional' }))).keys()) scores.delete(ord);
  }
  // An acronym finds its expansion and the other way round: each rewording is searched with
  // its phrase required and kept where the phrase really occurs.
  for (const { alt, terms } of alts) {
    const found = ctx.engine.search(clausesFor(terms));
    for (const [ord, s] of found) {
      if (alt.includes(' ') && !plainText(ctx.passages[ord]).includes(` ${alt} `)) continue;
      scores.set(ord, Math.max(scores.get(ord) ?? 0, s * 0.9));
    }
  }
  // Phrases: lunr has none, so they are checked on the stored text.
  for (const ph of parsed.phrases) {
    for (const ord of [...scores.keys()]) {
      const has = plainText(ctx.passages[ord]).includes(` ${ph.text} `);
      if (has !== (ph.presence === 'required')) scores.delete(ord);
    }
  }
  // Several plain words: passages holding them together as typed rank first.
  const plain = parsed.terms.filter((t) => t.presence === 'optional' && !t.field && !t.wildcard).map((t) => t.text);
  const top = [...scores].sort((a, b) => b[1] - a[1]).slice(0, RERANK).map(([ord]) => ord);
  if (plain.length >= 2 && parsed.phrases.length === 0) {
    const together = ` ${plain.join(' ')} `;
    for (const ord of top) if (plainText(ctx.passages[ord]).includes(together)) scores.set(ord, scores.get(ord)! * 2);
  }
  // Adjacent query words found adjacent in the text: a sign the passage is about that pair.
  const stems = plain.map((w) => stem(w));
  if (stems.length >= 2) {
    for (const ord of top) {
      const s = scores.get(ord)!;
      const ws = plainText(ctx.passages[ord]).trim().split(' ').map((w) => stem(w));
      let pairs = 0;
      for (let i = 0; i + 1 < stems.length; i++) {
        for (let j = 0; j + 1 < ws.length; j++) if (ws[j] === stems[i] && ws[j + 1] === stems[i + 1]) { pairs++; break; }
      }
      if (pairs) scores.set(ord, s * (1 + 0.3 * pairs));
    }
  }
  for (const [ord, s] of scores) {
    const p = ctx.passages[ord];
    // Duplicated pull quotes never outrank the text they repeat; notes and reference entries
    // rank below body text unless the user asks for them by kind.
    if (p.duplicate) scores.set(ord, s * 0.5);
    else if (!kindFiltered && (p.kind === 'reference' || p.kind === 'footnote')) scores.set(ord, s * 0.7);
  }
  return scores;
}

export function runSearch(ctx: SearchContext, req: SearchRequest): SearchResponse {
  const parsed = parseQuery(req.q, FIELDS);
  const corrections = correctTypos(parsed, ctx);
  const alts = expansions(parsed, ctx);
  const scores = candidates(parsed, ctx, alts, !!req.filters.kind?.include.length);
  let hitSet = Bitset.of(ctx.passages.length, scores.keys());
  if (req.cites) hitSet = hitSet.and(Bitset.of(ctx.passages.length, ctx.citing.get(req.cites) ?? []));
  const { result, facets } = ctx.facets.apply(hitSet, req.filters);

  const docYear = (p: Passage) => yearOf(ctx.documents.get(p.doc)) ?? 0;
  const ordered = [...result].map((ord) => ({ ord, score: scores.get(ord) ?? 0 }));
  if (req.sort === 'date') ordered.sort((a, b) => docYear(ctx.passages[b.ord]) - docYear(ctx.passages[a.ord]) || b.score - a.score || a.ord - b.ord);
  else if (parsed.terms.some((t) => t.presence !== 'prohibited')) ordered.sort((a, b) => b.score - a.score || a.ord - b.ord);

  // At most perDoc passages per document, the rest counted as "k more in this document".
  const perDocTotal = new Map<string, number>();
  for (const h of ordered) perDocTotal.set(ctx.passages[h.ord].doc, (perDocTotal.get(ctx.passages[h.ord].doc) ?? 0) + 1);
  const seen = new Map<string, number>();
  const collapsed: { ord: number; score: number; more?: number }[] = [];
  const limit = req.perDoc > 0 && !(req.filters.doc?.include.length === 1) ? req.perDoc : Infinity;
  for (const h of ordered) {
    const doc = ctx.passages[h.ord].doc;
    const n = (seen.get(doc) ?? 0) + 1;
    seen.set(doc, n);
    if (n > limit) continue;
    const total = perDocTotal.get(doc)!;
    collapsed.push(n === Math.min(limit, total) && total > limit ? { ...h, more: total - limit } : h);
  }

  const start = (req.page - 1) * req.size;
  const stems = new Set<string>();
  const prefixes: string[] = [];
  for (const t of parsed.terms) {
    if (t.presence === 'prohibited') continue;
    if (t.wildcard) prefixes.push(t.text.split('*')[0]);
    else if (!isStopWord(t.text)) stems.add(stem(t.text));
  }
  const hits = collapsed.slice(start, start + req.size).map((h) => {
    const passage = ctx.passages[h.ord];
    // An expansion's words are marked only where the expansion itself occurs: "special
    // representative of the secretary general" must not mark "generally" elsewhere.
    const marked = new Set(stems);
    for (const { alt } of alts) {
      if (alt.includes(' ') && !plainText(passage).includes(` ${alt} `)) continue;
      for (const w of alt.split(' ')) if (!isStopWord(w)) marked.add(stem(w));
    }
    return { passage, ordinal: h.ord, score: Math.round(h.score * 1000) / 1000, snippet: snippet(passage.text, marked, prefixes), ...(h.more ? { more: h.more } : {}) };
  });

  const correctedQuery = Object.keys(corrections).length ? req.q.replace(/[\p{L}\p{N}']+/gu, (w) => corrections[w.toLowerCase()] ?? w) : undefined;
  return {
    total: ordered.length,
    shown: collapsed.length,
    pages: Math.max(1, Math.ceil(collapsed.length / req.size)),
    hits,
    facets,
    query: {
      q: req.q,
      warnings: parsed.warnings,
      ...(correctedQuery ? { correctedQuery, corrections } : {}),
      ...(alts.length ? { expansions: alts.map((a) => a.alt) } : {}),
    },
  };
}

export { FACETS };
