import type { EngineClause, RankedSearch } from '../../core/engines/engine.js';
import { isStopWord, stem } from '../../core/analysis.js';
import { Bitset } from './bitset.js';
import { yearOf, type FacetFilters } from './facets.js';
import { groupPage, type OrderedHit, type PageOfHits } from './grouping.js';
import { phraseMatch, plainText, repeatsHitNearby, stemsOf } from './passage-words.js';
import { rerankFactor, type RankingOptions } from './ranking.js';
import type { ParsedQuery } from './query-parser.js';
import type { Budget } from './budget.js';
import type { SearchContext } from './service.js';

// The search's hits without ever holding every match as an object. The matches are a bitset
// (facet counts and totals stay exact over all of them); only the few best are scored in
// JavaScript: those the ranking rules look at, and as many more as the page asked for needs.
// browseHits: no word searched, every passage (minus exclusions) in reading order.
// rankedHits: an engine that ranks inside its index (RankedSearch) gives the best matches
// of the query and of each rewording; phrases are matched by the engine on index terms, and
// the stored text is read only for the best candidates, to rank a phrase as typed above one in
// another inflection (and drop one the index terms matched only across other words).

export interface HitsRequest {
  filters: FacetFilters;
  page: number;
  size: number;
  sort: 'relevance' | 'date';
  perDoc: number;
  autoGroup?: boolean;
  cites?: string;
  facetSize?: number;
}

/** A rewording searched besides the query: its clauses, and its phrase that must occur as written. */
export interface RankedRewording {
  alt: string;
  clauses: EngineClause[];
}

/** Candidates checked on their text beyond those the ranking rules look at, so that a few dropped still leave them enough. */
const CHECK_MARGIN = 100;

/** Drops from the hits the pull quotes that repeat a paragraph near them that is a hit too. */
function dropRepeatedPullQuotes(hits: Bitset, ctx: SearchContext): void {
  const quotes: number[] = [];
  hits.forEach((ord) => {
    if (ctx.passages.isDuplicate(ord)) quotes.push(ord);
  });
  for (const ord of quotes) if (repeatsHitNearby(ctx.passages, ord, (o) => hits.has(o))) hits.delete(ord);
}

/** The filters, cites= and facet counts over the hits, and each document's share of what is left. */
function filtered(hits: Bitset, ctx: SearchContext, req: HitsRequest): Pick<PageOfHits, 'facets' | 'facetsMore'> & { result: Bitset; perDoc: Map<string, number> } {
  let hitSet = hits;
  if (req.cites) hitSet = hitSet.and(Bitset.of(ctx.passages.count, ctx.citing.get(req.cites) ?? []));
  const { result, facets, more } = ctx.facets.apply(hitSet, req.filters, req.facetSize);
  const perDoc = new Map<string, number>();
  for (const id of ctx.documents.keys()) {
    const r = ctx.passages.rangeOf(id);
    const n = r ? result.countRange(r.first, r.end) : 0;
    if (n) perDoc.set(id, n);
  }
  return { result, facets, facetsMore: more, perDoc };
}

const grouping = (req: HitsRequest) => ({ page: req.page, size: req.size, perDoc: req.perDoc, autoGroup: req.autoGroup, docFilter: req.filters.doc?.include });

/**
 * No word searched: every passage but the excluded ones, in reading order, or by their
 * document's year (newest first) and then in reading order.
 */
export function browseHits(ctx: SearchContext, excluded: number[] | ArrayLike<number>, req: HitsRequest): PageOfHits {
  const hits = Bitset.full(ctx.passages.count);
  for (let k = 0; k < excluded.length; k++) hits.delete(excluded[k]);
  if (!req.filters.kind?.include.includes('quotation')) dropRepeatedPullQuotes(hits, ctx);
  const { result, facets, facetsMore, perDoc } = filtered(hits, ctx, req);
  function* ordered(): Iterable<OrderedHit> {
    if (req.sort !== 'date') {
      for (const ord of result) yield { ord, score: 0 };
      return;
    }
    // a document's passages are contiguous: documents newest first (reading order among the same year), each in reading order
    const docs = [...perDoc.keys()].map((id) => ({ id, year: yearOf(ctx.documents.get(id)) ?? 0, range: ctx.passages.rangeOf(id)! }));
    docs.sort((a, b) => b.year - a.year || a.range.first - b.range.first);
    for (const d of docs) for (let ord = d.range.first; ord < d.range.end; ord++) if (result.has(ord)) yield { ord, score: 0 };
  }
  return { total: result.count(), facets, facetsMore, ...groupPage(ordered(), perDoc, ctx.passages, grouping(req)) };
}

export interface RankedInput {
  ctx: SearchContext;
  req: HitsRequest;
  parsed: ParsedQuery;
  /** the query's own clauses (its phrases are in `parsed.phrases`) */
  clauses: EngineClause[];
  rewordings: RankedRewording[];
  kindFiltered: boolean;
  options: RankingOptions;
  budget: Budget;
}

interface Query {
  clauses: EngineClause[];
  factor: number;
  /** a rewording's phrase: a candidate found through it must hold it as written */
  exact?: string;
  members: Bitset;
}

/** Hits by relevance through an engine's RankedSearch (phrases all required: the service sends excluded ones elsewhere). */
export function rankedHits(ranked: RankedSearch, input: RankedInput): PageOfHits {
  const { ctx, req, parsed, options, budget } = input;
  const size = ctx.passages.count;
  const phrases = parsed.phrases.map((ph): EngineClause => ({ term: ph.text, phrase: true, presence: 'required' }));
  // Every match, as membership: the query's, and each rewording's.
  const hits = new Bitset(size);
  const queries: Query[] = [];
  const add = (clauses: EngineClause[], factor: number, exact?: string) => {
    const members = Bitset.ofArray(size, ranked.matching(clauses));
    hits.orInPlace(members);
    queries.push({ clauses, factor, exact, members });
  };
  add([...input.clauses, ...phrases], 1);
  for (const { alt, clauses } of input.rewordings) {
    if (!budget.allows()) break;
    const multiword = alt.includes(' ');
    add([...clauses, ...phrases, ...(multiword ? [{ term: alt, phrase: true, presence: 'required' as const }] : [])], options.expansion, multiword ? alt : undefined);
  }

  // The best candidates of each, scored as the best of the query and its rewordings, checked on their text.
  const scores = new Map<number, number>();
  /** a phrase found only in another inflection: the share of its score a candidate keeps */
  const inflected = new Map<number, number>();
  /** candidates a rewording found that do not hold it as written: not its hits */
  const notAsWritten = new Map<Query, Set<number>>();
  const check = options.rerank + CHECK_MARGIN;
  for (const q of queries) {
    for (const { ordinal, score } of ranked.best(q.clauses, check, (o) => q.members.has(o))) {
      if (q.exact && !plainText(ctx.passages.brief(ordinal)).includes(` ${q.exact} `)) {
        notAsWritten.set(q, (notAsWritten.get(q) ?? new Set()).add(ordinal));
        if (!queries.some((o) => o !== q && o.members.has(ordinal))) hits.delete(ordinal);
        continue;
      }
      scores.set(ordinal, Math.max(scores.get(ordinal) ?? 0, score * q.factor));
    }
  }
  for (const ph of parsed.phrases) {
    for (const ord of scores.keys()) {
      const m = phraseMatch(ctx.passages.brief(ord), ph.text);
      if (!m) {
        scores.delete(ord);
        hits.delete(ord);
      } else if (m === 'inflected') inflected.set(ord, (inflected.get(ord) ?? 1) * options.inflectedPhrase);
    }
  }
  for (const [ord, f] of inflected) if (scores.has(ord)) scores.set(ord, scores.get(ord)! * f);
  const candidates = [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]);

  // The ranking rules look at the best candidates; the rest keep the engine's order below them.
  const reranked = new Map<number, number>();
  const scaled = budget.allows();
  if (scaled) {
    const queryWords = parsed.terms.filter((t) => t.presence === 'optional' && !t.field && !t.wildcard).map((t) => t.text);
    const queryStems = queryWords.filter((w) => !isStopWord(w)).map((w) => stem(w));
    for (const [ord, s] of candidates.slice(0, options.rerank)) {
      const passage = ctx.passages.brief(ord);
      const words = plainText(passage).trim().split(' ');
      reranked.set(ord, s * rerankFactor({ passage, words, stems: stemsOf(passage), queryWords, queryStems, kindFiltered: input.kindFiltered, options }));
    }
  }
  if (!req.filters.kind?.include.includes('quotation')) dropRepeatedPullQuotes(hits, ctx);
  const { result, facets, facetsMore, perDoc } = filtered(hits, ctx, req);

  const head = [...reranked].filter(([ord]) => result.has(ord)).map(([ord, score]) => ({ ord, score })).sort((a, b) => b.score - a.score || a.ord - b.ord);
  const tailFactor = scaled ? 1e-3 : 1;
  const span = result.span();
  const within = span.end - span.first < size / 4 ? span : undefined;
  /** The hits after the head, best first: asked of the engine as far as `n` per query. */
  const tail = (n: number): { hits: OrderedHit[]; complete: boolean } => {
    const best = new Map<number, number>();
    let complete = true;
    for (const q of queries) {
      const got = ranked.best(q.clauses, n, (o) => q.members.has(o) && result.has(o), within);
      if (got.length === n) complete = false;
      const skip = notAsWritten.get(q);
      for (const { ordinal, score } of got) {
        if (!reranked.has(ordinal) && !skip?.has(ordinal)) best.set(ordinal, Math.max(best.get(ordinal) ?? 0, score * q.factor));
      }
    }
    const out = [...best].map(([ord, s]) => ({ ord, score: s * (inflected.get(ord) ?? 1) * tailFactor }));
    return { hits: out.sort((a, b) => b.score - a.score || a.ord - b.ord), complete };
  };
  const total = result.count();
  // the re-ranked candidates rank above all others: often they fill the page alone
  const first = groupPage(head, perDoc, ctx.passages, grouping(req));
  if (first.page.length >= req.size || head.length >= total) return { total, facets, facetsMore, ...first };
  for (let n = Math.max(req.page * req.size, 32); ; n *= 4) {
    const rest = tail(head.length + n);
    const page = groupPage([...head, ...rest.hits], perDoc, ctx.passages, grouping(req));
    if (rest.complete || page.page.length >= req.size) return { total, facets, facetsMore, ...page };
  }
}
