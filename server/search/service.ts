import type { DocumentRecord, Passage } from '../../core/types.js';
import type { PassageStore } from '../../core/passage-store.js';
import type { CorpusTerms } from '../../core/corpus-terms.js';
import { SEARCH_FIELDS } from '../../core/search-fields.js';
import type { EngineClause, SearchEngine } from '../../core/engines/engine.js';
import { parseQuery, prefixOfStarInside, words, type ParsedQuery, type QueryTerm } from './query-parser.js';
import { Bitset } from './bitset.js';
import { FACETS, notCounted, type FacetFilters, type FacetIndex, type FacetName, type FacetValue } from './facets.js';
import { snippet, type QueryMarks } from './snippet.js';
import { isStopWord, stem } from '../../core/analysis.js';
import { foldWord } from '../../core/nlp/fold.js';
import type { Vocabulary } from './vocabulary.js';
import { isEnglishWord } from '../../core/english-words.js';
import { absentWarning, absentWords } from './absent-words.js';
import { capitalOperators } from './operator-hint.js';
import { correctionInContext, type CorrectionRivals } from './correction-context.js';
import { compoundSplits, correctionFor, dropScaffolding, joinedCompound, prefixForIndex, relatedHint, spellingVariants, typedAsAcronym, UNDERSTANDING } from './query-understanding.js';
import { isRomanceFunctionWord, romanceLanguageOf, type RomanceLanguage } from './romance-questions.js';
import { isForeignWord, saysEnglish } from './foreign-words.js';
import { documentTitles, raiseTitleMatches } from './title-match.js';
import { RANKING, bestRerankFactor, type RankingOptions } from './ranking.js';
import { candidateInputs, phraseMatch, rankingWords, readings, repeatsHitNearby } from './passage-words.js';
import { bestOf } from '../../core/best-of.js';
import { groupPage, pastLastPage, tooDeep, type OrderedHit, type PageOfHits } from './grouping.js';
import { derivedForms } from '../../core/nlp/derivation.js';
import { FIELD_ACRONYMS, NEAR_SYNONYMS } from '../../core/nlp/thesaurus.js';
import { belowTyped } from './below-typed.js';
import { browseHits, rankedHits } from './ranked-hits.js';
import { damerauLevenshtein } from '../../core/edit-distance.js';
import { fingerSlip } from '../../core/nlp/keyboard.js';
import { placeSpans } from './place-spans.js';
import { limitQuery, limitWildcardReach, QUERY_LIMITS } from './query-limits.js';
import { Budget } from './budget.js';
import { answerTypeOf, cuesOf } from './answer-types.js';
import { raiseSectionMates } from './section-context.js';
import { coversMost, fairSwap, usefulSwap } from './useful-suggestion.js';
import { asTyped, swapInPlace, triesInOrder } from './suggestion-tries.js';

// A search request end to end: parse (never throws) → understand (a question's answer type, its scaffolding, safe
// typo corrections, prefixes) → expand acronyms, synonyms, spelling variants and the field's thesaurus (ranked lower) → engine
// candidates → phrase filter (the engine's, or on stored text) → ranking rules → section context → facet filters and counts → sort,
// group by document when the hits span many, page → snippets; no hits → suggestions.

export interface SearchRequest {
  /** the query in its standard form (quote-pairs.ts standardQuotes): what the search reads */
  q: string;
  /** the query as the user typed it, when that differs from `q`: what the answer echoes back */
  typed?: string;
  filters: FacetFilters;
  page: number;
  /** hits per page; 0: no page, only the count and the facets (what a suggestion needs) */
  size: number;
  sort: 'relevance' | 'date';
  /** passages shown per document before "k more in this document"; 0 = no limit */
  perDoc: number;
  /**
   * group only when the hits span enough documents to fill a page at perDoc each: with three
   * documents, three hits each would hide most of the answers (default: always group)
   */
  autoGroup?: boolean;
  /** only passages that cite this work (a key from the citation explorer) */
  cites?: string;
  /** time allowed; optional steps are skipped once it is spent (the routes give QUERY_LIMITS.budgetMs; default: none) */
  budget?: Budget;
  /** false: hits without snippets (an export needs the passages, not their highlights) */
  snippets?: boolean;
  /** said about the request before it reached the search (a query cut to its limit) */
  warnings?: string[];
  /** values listed per facet, the most frequent first (default FACET_VALUES); chosen ones always */
  facetSize?: number;
  /**
   * below a quoted phrase that few passages hold, fill the first page with passages that hold
   * its words but not the phrase (marked `near`); the search page and the JSON API ask for it,
   * exports and feeds do not
   */
  near?: boolean;
  /** false: no facet counts, only the filters (a search whose facets would be thrown away) */
  facetCounts?: boolean;
  /**
   * false: no hit is read from the store; `hits` is empty and `ordinals` lists the page (an
   * export of 2,000 passages reads them itself, a slice at a time between other requests)
   */
  passages?: boolean;
  /**
   * only `total` is wanted (a suggestion's try): no facet counts, no page, and `documents`
   * and `shown` are not counted either
   */
  countOnly?: boolean;
}

export interface SearchHit {
  passage: Passage;
  ordinal: number;
  score: number;
  snippet: string;
  /** more hits in the same document beyond those shown */
  more?: number;
  /** not a hit of the query's quoted phrase: a passage with some or all of its words (SearchRequest.near) */
  near?: true;
}

export interface SearchResponse {
  total: number;
  /** how many documents the hits come from */
  documents: number;
  /** whether hits were grouped by document (perDoc applied) */
  grouped: boolean;
  /** hits after collapsing to `perDoc` per document: what the pages walk through */
  shown: number;
  pages: number;
  hits: SearchHit[];
  /** the page's passages by ordinal, best first, when the request asked for no passage (`passages: false`) */
  ordinals?: number[];
  /** their scores, as the hits would give them (`passages: false`) */
  scores?: number[];
  facets: Record<FacetName, FacetValue[]>;
  /** per facet, how many values with hits were not listed (facetSize asks for more) */
  facetsMore?: Partial<Record<FacetName, number>>;
  /** what the snippets mark, for marking whole passages the same way (the reading view) */
  marks: QueryMarks;
  query: {
    q: string;
    warnings: string[];
    /** the time budget ran out and optional steps were skipped */
    partial?: boolean;
    correctedQuery?: string;
    /** the query with its lower-case "not" (and "and") as operators, offered on the page (operator-hint.ts) */
    withOperators?: string;
    corrections?: Record<string, string>;
    expansions?: string[];
    /** a question's framing words, not searched for */
    ignored?: string[];
    /** the kind of answer the question asks for, and the words of such an answer that raise a hit a little (answer-types.ts) */
    answerType?: { type: string; words: string[] };
    /** with no hits: other queries that find something, with their counts */
    suggestions?: Suggestion[];
    /** with few or no hits, words the corpus uses like the query's */
    related?: string[];
    /** the document identifiers the query asks for, as the parser read them (the page names those documents: numbered-documents.ts) */
    identifiers?: string[];
    /** how many passages with the quoted phrase's words but not the phrase follow its hits (SearchRequest.near) */
    nearMatches?: number;
    /**
     * nothing was searched for (no word or phrase left: "*", only exclusions, a field with nothing
     * in it): the hits are every passage the filters allow, found by no word of the query
     */
    browsed?: true;
  };
}

export interface SearchContext {
  passages: PassageStore;
  documents: ReadonlyMap<string, DocumentRecord>;
  engine: SearchEngine;
  facets: FacetIndex;
  vocabulary: Vocabulary;
  /** normalised phrase key → equivalent phrasings */
  synonyms: Map<string, string[]>;
  /** the field's other phrasings of a phrase (core/nlp/thesaurus.ts), ranked below the words typed: see thesaurusMap, thesaurusAlts */
  thesaurus?: Thesaurus;
  /** letters typed as an acronym that no corpus word spells → the corpus name they are the initials of */
  initialisms?: Map<string, string>;
  /** corpus word → the words it keeps company with (indexer/build-terms.ts) */
  related?: Map<string, string[]>;
  /** the words of the taxonomy's names, folded (taxonomy-names.ts): never corrected */
  names?: ReadonlySet<string>;
  /** a place's one-word aliases in other languages, folded, to its label (taxonomy-names.ts placeAliases) */
  places?: ReadonlyMap<string, string>;
  /** a place's aliases of several words, or standing for a name of several, folded, to its label (taxonomy-names.ts placeSpanAliases) */
  placeSpans?: ReadonlyMap<string, string>;
  /** the words of the taxonomy's French and Spanish cues, folded (foreign-words.ts): words of the library's other languages, never corrected */
  foreign?: ReadonlySet<string>;
  /** cited work key → ordinals of the passages that cite it, in order */
  citing: Map<string, number[]>;
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

/** A phrasing of a thesaurus group, as its words, and the group's other phrasings. */
export interface ThesaurusEntry {
  words: string[];
  alts: string[];
}

/** The thesaurus's phrasings by their words' stems (a first sieve); thesaurusAlts says which the words typed really are. */
export type Thesaurus = Map<string, ThesaurusEntry[]>;

/**
 * Near-synonym groups, found by what was typed. A stem is too loose a key: "militaries" and
 * "military" share one, so every "military X" was searched as "armed forces X", and
 * "peacekeepers" as "peace operations". A one-word phrasing is found only as written (folded);
 * a phrase also in another number, word by word ("aid worker" is "aid workers").
 */
export function thesaurusMap(groups: readonly (readonly string[])[]): Thesaurus {
  const map: Thesaurus = new Map();
  for (const g of groups) {
    const phrasings = g.map((x) => words(x));
    phrasings.forEach((ws, i) => {
      const key = ws.map(stem).join(' ');
      const alts = phrasings.filter((o, j) => j !== i && o.map(stem).join(' ') !== key).map((o) => o.join(' '));
      const list = map.get(key) ?? [];
      list.push({ words: ws.map(foldWord), alts });
      map.set(key, list);
    });
  }
  return map;
}

/** The other phrasings of the words typed (lower-case, as the query parser gives them). */
export function thesaurusAlts(map: Thesaurus, typed: readonly string[]): string[] {
  const folded = typed.map(foldWord);
  const out = new Set<string>();
  for (const e of map.get(typed.map(stem).join(' ')) ?? []) {
    if (e.words.length !== folded.length) continue;
    if (e.words.every((w, k) => w === folded[k] || (folded.length > 1 && numberForms(w, folded[k])))) for (const a of e.alts) out.add(a);
  }
  return [...out];
}

/** Whether two words are the singular and plural of one noun ("worker"/"workers", "agency"/"agencies", "crisis"/"crises"). */
export function numberForms(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short === long) return true;
  return long === `${short}s` || long === `${short}es` || (short.endsWith('y') && long === `${short.slice(0, -1)}ies`) || (short.endsWith('is') && long === `${short.slice(0, -2)}es`);
}

/** The query side's reading of a build's terms.json, with the taxonomy's synonym groups, the field's acronyms and its thesaurus. */
export function withTerms(terms: CorpusTerms, taxonomyGroups: string[][]): Pick<SearchContext, 'synonyms' | 'thesaurus' | 'initialisms' | 'related'> {
  return {
    synonyms: synonymMap([...taxonomyGroups, ...FIELD_ACRONYMS.map((g) => [...g]), ...terms.acronyms]),
    thesaurus: thesaurusMap(NEAR_SYNONYMS),
    initialisms: new Map(terms.initialisms),
    related: new Map(Object.entries(terms.related)),
  };
}

function clausesFor(terms: QueryTerm[]): EngineClause[] {
  return terms.map((t) => ({
    term: t.text,
    fields: t.field ? [t.field] : undefined,
    presence: t.presence,
    wildcard: t.wildcard,
    ...(t.near?.length ? { alternatives: t.near } : { editDistance: t.fuzzy }),
    boost: t.boost,
  }));
}

/** the equally close corpus words weighed against a correction's choice (as many as the vocabulary weighs) */
const CORRECTION_RIVALS = 5;
/** the query's words nearest a typo that weigh its candidates */
const CONTEXT_WORDS = 4;

/** Replaces words the index does not know with the closest corpus word, where that is safe (see query-understanding.ts). */
function correctTypos(parsed: ParsedQuery, ctx: SearchContext, lang: RomanceLanguage | undefined): Record<string, string> {
  // read back by the query's every word (the corrected query, a phrase's words): with Object's
  // prototype, "constructor" beside a typo gave Object's own function, a TypeError and a 500 (review32)
  const corrections = Object.create(null) as Record<string, string>;
  // the query's other words the index holds, which pick among equally close corrections (correction-context.ts);
  // asked of the engine only once a word the vocabulary lacks is met: most queries have none
  let knownFound: QueryTerm[] | undefined;
  const knownTerms = (): QueryTerm[] => (knownFound ??= parsed.terms.filter((t) => t.presence !== 'prohibited' && !isStopWord(t.text) && ctx.engine.knows(t.text)));
  const known = (): string[] => knownTerms().map((t) => t.text);
  // the typo's nearest neighbours in the query, at most CONTEXT_WORDS of them: each costs the
  // engine a two-word search per candidate, and a long query's far words say little of this one
  const others = (w: string): string[] => {
    const at = parsed.terms.findIndex((t) => t.text === w);
    return knownTerms()
      .filter((t) => t.text !== w)
      .sort((a, b) => Math.abs(parsed.terms.indexOf(a) - at) - Math.abs(parsed.terms.indexOf(b) - at))
      .slice(0, CONTEXT_WORDS)
      .map((t) => t.text);
  };
  // The vocabulary keeps hyphenated words whole ("boutros-ghali"): the other parts of those that
  // start with one of the query's words are corpus words too, counted as their compound is, and
  // candidates for a typo beside it ("Boutros Gali" → "Ghali", not "Mali").
  let partsFound: Map<string, number> | undefined;
  const partCounts = (): Map<string, number> => {
    if (partsFound) return partsFound;
    partsFound = new Map();
    for (const k of known())
      for (const c of ctx.vocabulary.withPrefix(`${k}-`, CORRECTION_RIVALS))
        for (const part of c.split('-').slice(1)) if (part.length > 2) partsFound.set(part, Math.max(partsFound.get(part) ?? 0, ctx.vocabulary.count(c)));
    return partsFound;
  };
  // A dropped space asks how often the corpus writes each split of the word side by side, and an
  // engine without a phrase index answers by reading every passage holding both words: a query
  // repeating a long joined word ("humanitarianprotection" 30 times) cost ~1 CPU-s at 2k passages
  // on such an engine before each phrase was counted once a query.
  const phrasesCounted = new Map<string, number>();
  const rivals: CorrectionRivals = {
    nearest: (w) => [...ctx.vocabulary.nearest(w, CORRECTION_RIVALS), ...partCounts().keys()],
    // only whether some passage holds both (up to 16 pairs a typo)
    together: (a, b) => ctx.engine.knows(a) && matching(ctx, [{ term: a, presence: 'required' }, { term: b, presence: 'required' }]).length > 0,
    count: (w) => ctx.vocabulary.count(w) || (partCounts().get(w) ?? 0),
  };
  // the query's words as asked, stop words included: they say the query's language (saysEnglish)
  const asked = parsed.terms.filter((t) => t.presence !== 'prohibited').map((t) => t.text);
  const cc = {
    // a French or Spanish function word is no typo ("quelles" is not "fuelled"; romance-questions.ts)
    isStopWord: (w: string) => isStopWord(w) || (lang !== undefined && isRomanceFunctionWord(w, lang)),
    ...(lang ? { maxEdits: 1 } : {}),
    knows: (w: string) => ctx.engine.knows(w),
    isWord: isEnglishWord,
    isForeign: (w: string) => isForeignWord(w, ctx.foreign) && !saysEnglish(asked.filter((x) => x !== w), (x) => isStopWord(x) || isEnglishWord(x), ctx.foreign),
    expands: (w: string) => ctx.synonyms.has(w) || !!ctx.names?.has(foldWord(w)) || !!ctx.initialisms?.has(w),
    // an acronym's candidates: corpus words one edit away that are acronyms (a synonym key of one word: the field's list, the corpus's own definitions)
    acronymsNear: (w: string) => ctx.vocabulary.nearest(w, CORRECTION_RIVALS, 1).filter((c) => !isEnglishWord(c) && ctx.synonyms.has(c) && ctx.engine.knows(c)),
    closest: (w: string) => {
      const fix = ctx.vocabulary.correct(w, lang ? 1 : undefined);
      // A choice the index does not hold (a stop word: "wolud" → would, "tehre" → there) shares
      // no passage with anything, so any rival would beat it: "wolud" became *wolu*, "sould"
      // *souls*, "tehre" *three* (review21c). It stands, and correctionFor takes or refuses it as before.
      return fix && ctx.engine.knows(fix) ? correctionInContext(w, fix, others(w), rivals) : fix;
    },
    count: rivals.count,
    hits: (w: string) => (ctx.engine.knows(w) ? ctx.engine.search([{ term: w, presence: 'required' }]).size : 0),
    stem,
    sideBySide: (a: string, b: string) => {
      const phrase = `${a} ${b}`;
      let n = phrasesCounted.get(phrase);
      if (n === undefined) phrasesCounted.set(phrase, (n = phraseCount(phrase, ctx)));
      return n;
    },
  };
  // a word that makes a corpus word with its neighbour is half of a compound, not a typo ("cease-fire")
  const inCompound = new Set<QueryTerm>();
  parsed.terms.forEach((t, i) => {
    const next = parsed.terms[i + 1];
    if (next && joinedCompound(t.text, next.text, cc.knows, isStopWord)) [t, next].forEach((x) => inCompound.add(x));
  });
  for (const t of [...parsed.terms]) {
    if (stem(t.text) === '' || inCompound.has(t)) continue;
    const fix = placeFor(t, ctx) ?? correctionFor(t, cc);
    if (fix) {
      corrections[t.text] = fix;
      t.text = fix;
      if (fix.includes(' ')) parsed.terms.splice(parsed.terms.indexOf(t), 1, ...spacedTerms(t));
    }
  }
  for (const p of parsed.phrases) p.text = p.text.split(' ').map((w) => corrections[w] ?? w).join(' ');
  return corrections;
}

/** Whether the query has a word outside [start, end) that is optional (placeSpans' needs): read once, when a name is found. */
function optionalBeside(q: string): (start: number, end: number) => boolean {
  let optional: number[] | undefined;
  return (start, end) => {
    optional ??= parseQuery(q, FIELDS).terms.flatMap((t) => (t.presence === 'optional' && !isStopWord(t.text) && t.at !== undefined ? [t.at] : []));
    return optional.some((at) => at < start || at >= end);
  };
}

/**
 * A place's alias in another language that the library never writes ("Irak", "Afganistán",
 * "Somalie" in an English library) as the place's name ("Iraq"), which the library writes: the
 * user meant the country, and is shown the name searched as a correction is. Only where the
 * alias finds nothing, so a library that writes it (a French report's "Irak") searches it as
 * typed, and every other query is as it was; a word meant as typed (quoted, excluded, a field's,
 * a pattern) is left alone.
 */
function placeFor(t: QueryTerm, ctx: SearchContext): string | null {
  if (t.presence === 'prohibited' || t.wildcard || t.fuzzy || t.quoted || t.field) return null;
  const place = ctx.places?.get(foldWord(t.text.toLowerCase()));
  // a name of several words ("Central African Republic") would be searched as its words apart
  if (!place || place.includes(' ') || ctx.engine.knows(t.text)) return null;
  return ctx.engine.knows(place) ? place.toLowerCase() : null;
}

/** A term corrected to two words (a dropped space: "humanitarianaccess") as two terms, each where it was typed. */
function spacedTerms(t: QueryTerm): QueryTerm[] {
  let offset = 0;
  return t.text.split(' ').map((w) => {
    const part: QueryTerm = { ...t, text: w, ...(t.typed !== undefined ? { typed: t.typed.slice(offset, offset + w.length) } : {}), ...(t.at !== undefined ? { at: t.at + offset } : {}) };
    offset += w.length;
    return part;
  });
}

/**
 * A dropped space put back, written so that the query shown searches what was searched: its two
 * terms kept the typed word's sign, field and boost, and an AND beside it made both required, so
 * "+humanitarianaccess" is shown "+humanitarian +access", not "+humanitarian access", which asks
 * for "humanitarian" alone (ten times the passages); likewise "title:a title:b", "a^2 b^2",
 * "a AND b AND c".
 */
function spacedAsSearched(q: string, at: number, typed: string, words: string): string {
  const prefix = /(?:^|[\s(])(\+?(?:\p{L}+:)?)$/u.exec(q.slice(0, at))?.[1] ?? '';
  const after = q.slice(at + typed.length);
  const suffix = /^\^\d+(?:\.\d+)?/.exec(after)?.[0] ?? '';
  const and = /\sAND\s+$/.test(q.slice(0, at - prefix.length)) || /^\S*\s+AND\s/.test(after);
  const parts = words.split(' ');
  return parts.map((w, i) => `${i ? prefix : ''}${w}${i < parts.length - 1 ? suffix : ''}`).join(and ? ' AND ' : ' ');
}

/** A correction written as the user wrote the word: "Humanitarain" → "Humanitarian", "OHCHHR" → "OHCHR". */
const sameCase = (typed: string, fix: string | undefined) =>
  fix === undefined ? typed : typedAsAcronym({ text: typed.toLowerCase(), typed, presence: 'optional', wildcard: false }) ? fix.toUpperCase() : /^\p{Lu}/u.test(typed) ? fix[0].toUpperCase() + fix.slice(1) : fix;

/** A prefix reaches the stems of the corpus words it was typed for ("negotiat*" → "negoti*"). */
function widenPrefixes(parsed: ParsedQuery, ctx: SearchContext): void {
  for (const t of parsed.terms) {
    if (!t.wildcard || !/^[^*]+\*$/.test(t.text)) continue;
    const prefix = t.text.slice(0, -1);
    t.text = `${prefixForIndex(prefix, ctx.vocabulary.withPrefix(prefix), stem)}*`;
  }
}

/** the corpus words a typo-tolerant word matches at most (as many as an engine's scan of its stems gives) */
export const FUZZY_WORDS = 30;

/**
 * A typo-tolerant word (`protectoin~2`) matches the corpus words as written within its edit
 * distance, each through the engine's stemming: the index's stems are shorter than the words
 * typed, so "protection" is 2 edits from "protectoin" and its stem "protect" 3. Where the
 * corpus has no such word the engine's own tolerance on its stems is left to try.
 */
function resolveFuzzy(parsed: ParsedQuery, ctx: SearchContext): void {
  for (const t of parsed.terms) {
    if (!t.fuzzy || t.wildcard) continue;
    const near = ctx.vocabulary.within(t.text, t.fuzzy, FUZZY_WORDS);
    if (near.length) t.near = near;
  }
}

interface Expansion {
  /** the phrase searched instead of the span */
  alt: string;
  /** the quoted phrase it says the other way, which the passages it finds need not hold */
  phrase?: string;
  /** the field's other phrasing of the span (the thesaurus), not an equivalent: its matches score RANKING.thesaurus, not .expansion */
  near?: boolean;
  /** the query's terms with the span replaced by the phrase's words */
  terms: QueryTerm[];
}

/**
 * Acronyms and synonyms found in the plain words of the query (1–5 word spans). Each becomes
 * the same query with that span said the other way: "Security Council divisions" is also
 * searched as "UNSC divisions", so the other words still rank the results.
 */
function expansions(parsed: ParsedQuery, ctx: SearchContext, budget: Budget, options: RankingOptions, lang?: RomanceLanguage): Expansion[] {
  const terms = parsed.terms;
  const plain = (t: QueryTerm) => t.presence === 'optional' && !t.field && !t.wildcard && !t.fuzzy;
  const out: Expansion[] = [];
  const seen = new Set<string>();
  // a rewording the query excludes is not searched (nor shown as searched): "peace building -peacebuilding"
  const excluded = new Set(terms.filter((t) => t.presence === 'prohibited').map((t) => stem(t.text)));
  const excludedPhrases = new Set(parsed.phrases.filter((p) => p.presence === 'prohibited').map((p) => p.text));
  const wanted = (alt: string) => !seen.has(alt) && !excludedPhrases.has(alt) && !words(alt).some((w) => excluded.has(stem(w)));
  /** the query with the terms `from` (in the query's order) said as `alt`, its words required, in their place */
  const replaced = (from: QueryTerm[], alt: string): QueryTerm[] => {
    const i = from.length ? terms.indexOf(from[0]) : 0;
    const at = Math.min(...from.map((t) => t.at ?? 0));
    const altTerms = words(alt).map((w, k): QueryTerm => ({ text: w, presence: 'required', wildcard: false, at: at + k / 1000 }));
    const kept = terms.filter((t) => !from.includes(t));
    return [...kept.slice(0, i), ...altTerms, ...kept.slice(i)];
  };
  const add = (alt: string, altTerms: QueryTerm[], phrase?: string, near?: boolean) => {
    seen.add(alt);
    out.push({ alt, terms: altTerms, ...(phrase ? { phrase } : {}), ...(near ? { near } : {}) });
  };
  for (let n = Math.min(5, terms.length); n >= 1; n--) {
    for (let i = 0; i + n <= terms.length; i++) {
      const span = terms.slice(i, i + n);
      if (!span.every(plain)) continue;
      // a French or Spanish function word typed in lower case is no acronym ("au" is not AU)
      if (lang && n === 1 && span[0].typed === span[0].typed?.toLowerCase() && isRomanceFunctionWord(span[0].text, lang)) continue;
      for (const alt of ctx.synonyms.get(span.map((t) => t.text).join(' ')) ?? []) if (wanted(alt)) add(alt, replaced(span, alt));
    }
  }
  // Compounds: two words typed apart that the corpus mostly writes as one ("peace-building" also
  // finds "peacebuilding"), and one word typed whole that it mostly hyphenates
  // ("counterterrorism" also finds "counter-terrorism"). Where the form typed is the corpus's
  // usual one, the other is left alone: "Rights up Front" is not "upfront". A join is asked of
  // the index only when the corpus has the joined word (rare); a split only of the vocabulary,
  // which keeps hyphenated words whole, so a long word costs no phrase look-up. Looked for only
  // while the query may have more rewordings and time.
  const knows = (w: string) => ctx.engine.knows(w);
  const more = () => out.length < QUERY_LIMITS.expansions && budget.allows();
  const joinedForm = (a: string, b: string) => {
    const joined = joinedCompound(a, b, knows, isStopWord);
    return joined && wanted(joined) && formCount(joined, ctx) > phraseCount(`${a} ${b}`, ctx) ? joined : null;
  };
  terms.forEach((t, i) => {
    if (!plain(t) || !more()) return;
    const next = terms[i + 1];
    const joined = next && plain(next) ? joinedForm(t.text, next.text) : null;
    if (joined) add(joined, replaced([t, next], joined));
    const split = compoundSplits(t.text, knows, isStopWord).find((p) => wanted(p) && formCount(p.replace(' ', '-'), ctx) > formCount(t.text, ctx));
    if (split) add(split, replaced([t], split));
  });
  // An acronym the corpus never spells out, typed as one ("HRuF"), finds the corpus name whose
  // initials it is ("Human Rights Up Front").
  terms.forEach((t) => {
    const name = plain(t) && typedAsAcronym(t) && !ctx.engine.knows(t.text) ? ctx.initialisms?.get(t.text) : undefined;
    if (name && wanted(words(name).join(' '))) add(words(name).join(' '), replaced([t], name));
  });
  // British and American spellings the analysis does not fold (core/nlp/fold.ts: "travelled",
  // "offense" beyond a few words, short words): the same query with the word spelt the other way,
  // where the corpus uses that spelling. A variant that folds to the same stem is the same term.
  terms.forEach((t) => {
    if (!plain(t)) return;
    for (const v of spellingVariants(t.text)) if (stem(v) !== stem(t.text) && wanted(v) && ctx.engine.knows(v)) add(v, replaced([t], v));
  });
  // Derived forms the stemmer keeps apart (core/nlp/derivation.ts: "publicly" → "public",
  // "cautious" ↔ "caution", "militarized" → "military"): the same query with the word in that
  // form, where the corpus uses it, as a spelling variant is.
  terms.forEach((t) => {
    if (!plain(t) || isStopWord(t.text) || !more()) return;
    const own = stem(t.text);
    for (const v of derivedForms(t.text)) if (!isStopWord(v) && stem(v) !== own && wanted(v) && ctx.engine.knows(v)) add(v, replaced([t], v));
  });
  // A quoted phrase said the other way: its synonym or acronym, or the compound it spells apart ("cease fire")
  for (const ph of parsed.phrases) {
    if (ph.presence === 'prohibited') continue;
    const phraseWords = ph.text.split(' ');
    const from = terms.filter((t) => t.presence === 'required' && phraseWords.includes(t.text));
    const alts = [...(ctx.synonyms.get(ph.text) ?? [])];
    if (phraseWords.length === 2 && more()) alts.push(joinedForm(phraseWords[0], phraseWords[1]) ?? '');
    for (const alt of alts) if (alt && wanted(alt)) add(alt, replaced(from, alt), ph.text);
  }
  // The field's other phrasings of a span (core/nlp/thesaurus.ts): "aid workers" is also searched
  // as "humanitarian staff", ranked below the words typed. Longest spans first, a span not inside
  // one already said otherwise, and only while the query may have more rewordings; last and at
  // most QUERY_LIMITS.thesaurusExpansions of them, so they never take an equivalent's place.
  let nearCount = 0;
  if (ctx.thesaurus?.size && options.thesaurus > 0) {
    // the words of a name the taxonomy knows are that name's, not a phrase to reword: "Emergency
    // Relief Coordinator" is not "emergency relief" said otherwise
    const covered = new Set<QueryTerm>(namedSpans(terms, ctx).flat());
    for (let n = Math.min(5, terms.length); n >= 1; n--) {
      for (let i = 0; i + n <= terms.length; i++) {
        const span = terms.slice(i, i + n);
        if (!span.every(plain) || span.some((t) => covered.has(t)) || isStopWord(span[0].text) || isStopWord(span[n - 1].text)) continue;
        const alts = thesaurusAlts(ctx.thesaurus, span.map((t) => t.text));
        if (!alts.length) continue;
        span.forEach((t) => covered.add(t));
        // a phrasing the library uses often finds enough as typed: its other phrasings would only add noise and engine calls
        const typed = span.map((t) => t.text).join(' ');
        if (more() && (n === 1 ? formCount(typed, ctx) : phraseCount(typed, ctx)) >= options.thesaurusBelow) continue;
        for (const alt of byUse(alts, ctx)) if (more() && nearCount < QUERY_LIMITS.thesaurusExpansions && wanted(alt)) {
          add(alt, replaced(span, alt), undefined, true);
          nearCount++;
        }
      }
    }
  }
  return out;
}

/**
 * A group's other phrasings in the order the library uses them, those it never uses left out:
 * the thesaurus's few slots go to the phrasing that finds something here ("warring parties" is
 * searched as "belligerents" in a library that says "belligerents"), not to the list's first.
 * Equal uses keep the list's order.
 */
export function byUse(alts: readonly string[], ctx: SearchContext): string[] {
  const used = alts.map((alt, i) => ({ alt, i, n: usesOf(alt, ctx) })).filter((x) => x.n > 0);
  return used.sort((a, b) => b.n - a.n || a.i - b.i).map((x) => x.alt);
}

/** Per engine (one a loaded build), the uses of the thesaurus phrasings asked for so far: the list is short and a build does not change. */
const usesByEngine = new WeakMap<SearchContext['engine'], Map<string, number>>();

/** How many passages say a phrasing (a single word: its uses in the vocabulary), as the thesaurus gate counts the words typed. */
function usesOf(phrasing: string, ctx: SearchContext): number {
  let uses = usesByEngine.get(ctx.engine);
  if (!uses) usesByEngine.set(ctx.engine, (uses = new Map()));
  let n = uses.get(phrasing);
  if (n === undefined) {
    // a library served without a vocabulary still says whether it knows the word
    n = phrasing.includes(' ') ? phraseCount(phrasing, ctx) : formCount(phrasing, ctx) || (ctx.engine.knows(phrasing) ? 1 : 0);
    uses.set(phrasing, n);
  }
  return n;
}

/** The runs of two or more plain query words that the synonym groups know as one name ("Security Council", "Emergency Relief Coordinator"). */
function namedSpans(terms: QueryTerm[], ctx: SearchContext): QueryTerm[][] {
  const out: QueryTerm[][] = [];
  for (let n = Math.min(5, terms.length); n >= 2; n--) {
    for (let i = 0; i + n <= terms.length; i++) {
      const span = terms.slice(i, i + n);
      if (span.every((t) => !t.field && !t.wildcard && !t.fuzzy) && ctx.synonyms.has(span.map((t) => t.text).join(' '))) out.push(span);
    }
  }
  return out;
}

/** How often the corpus uses a word or its inflections ("ceasefire" and "ceasefires", not "internal" for "international"). */
function formCount(word: string, ctx: SearchContext): number {
  const s = stem(word);
  return ctx.vocabulary.withPrefix(word, 50).reduce((n, w) => (stem(w) === s ? n + ctx.vocabulary.count(w) : n), 0);
}

/** How many passages hold a phrase, in any inflection. */
function phraseCount(phrase: string, ctx: SearchContext): number {
  const index = ctx.engine.phrases;
  if (index) return index.holding(phrase, false).length;
  // an engine without a phrase index serves a small library: its candidates are few, found
  // unscored where the engine can (scoring them was most of the count's CPU)
  const words = phrase.split(' ');
  const found = ctx.engine.holdingAll?.(words) ?? [...ctx.engine.search(clausesFor(words.map((w): QueryTerm => ({ text: w, presence: 'required', wildcard: false })))).keys()];
  let n = 0;
  for (let i = 0; i < found.length; i++) if (phraseMatch(ctx.passages.brief(found[i]), phrase)) n++;
  return n;
}

/**
 * Where a phrase occurs in a passage: as typed, only in another inflection ("speaking out" for
 * "speak out"), or not at all. An engine that answers phrases says so for every passage at
 * once; otherwise each candidate's stored text is read.
 */
function phraseFinder(phrase: string, ctx: SearchContext): (ord: number) => 'exact' | 'inflected' | null {
  const index = ctx.engine.phrases;
  if (!index) return (ord) => phraseMatch(ctx.passages.brief(ord), phrase);
  const [any, exact] = [false, true].map((e) => Bitset.ofArray(ctx.passages.count, index.holding(phrase, e)));
  return (ord) => (exact.has(ord) ? 'exact' : any.has(ord) ? 'inflected' : null);
}

/** The share of its engine score a passage found by a rewording keeps: an equivalent's (an acronym's expansion), or the thesaurus's lower one. */
export function rewordingShare(near: boolean | undefined, options: RankingOptions): number {
  return near ? options.thesaurus : options.expansion;
}

function candidates(parsed: ParsedQuery, ctx: SearchContext, alts: Expansion[], kindFiltered: boolean, options: RankingOptions, budget: Budget, leftOut: Bitset | null = null): { scores: Map<number, number>; reranked: Map<number, number>; nearOnly: Set<number> } {
  const positive = parsed.terms.some((t) => t.presence !== 'prohibited');
  let scores: Map<number, number>;
  if (positive) scores = ctx.engine.search(clausesFor(parsed.terms));
  else {
    // Only exclusions (or nothing): browse everything, minus what is excluded.
    scores = new Map(Array.from({ length: ctx.passages.count }, (_, i) => [i, 0]));
    const excluded = parsed.terms.filter((t) => t.presence === 'prohibited');
    if (excluded.length) for (const ord of ctx.engine.search(excluded.map((t) => ({ ...clausesFor([t])[0], presence: 'optional' }))).keys()) scores.delete(ord);
  }
  // An acronym finds its expansion and the other way round: each rewording is searched with
  // its phrase required and kept where the phrase really occurs, in any inflection (HCTs are
  // "Humanitarian Country Teams").
  /** per candidate found by rewordings, which (by their index in `alts`) and with what score */
  const foundBy = new Map<number, Map<number, number>>();
  const direct = new Set(positive ? scores.keys() : []);
  alts.forEach(({ alt, terms, near }, k) => {
    if (!budget.allows()) return;
    const found = ctx.engine.search(clausesFor(terms));
    const holds = alt.includes(' ') ? phraseFinder(alt, ctx) : undefined;
    const share = rewordingShare(near, options);
    for (const [ord, s] of found) {
      const held = holds ? holds(ord) : 'exact';
      if (!held) continue;
      // the name in another inflection ("responsibilities to protect" for R2P) ranks below the name as written, as a quoted phrase's does
      const kept = s * share * (held === 'inflected' ? options.inflectedPhrase : 1);
      scores.set(ord, Math.max(scores.get(ord) ?? 0, kept));
      let by = foundBy.get(ord);
      if (!by) foundBy.set(ord, (by = new Map()));
      by.set(k, kept);
    }
  });
  // Phrases: as typed, or in another inflection, ranked lower (asked apart from the search, so
  // the scores stay those of the words).
  for (const ph of parsed.phrases) {
    const found = phraseFinder(ph.text, ctx);
    // a passage found by the phrase said another way ("PoC" for "protection of civilians") stays
    const saidOtherwise = new Set(alts.flatMap((a, k) => (a.phrase === ph.text ? [k] : [])));
    for (const ord of [...scores.keys()]) {
      const m = found(ord);
      if (ph.presence === 'prohibited') {
        if (m) scores.delete(ord);
      } else if (!m) {
        // kept only as a rewording of the phrase found it, scored as that rewording alone
        const other = [...(foundBy.get(ord) ?? [])].filter(([k]) => saidOtherwise.has(k));
        if (other.length) scores.set(ord, Math.max(...other.map(([, s]) => s)) * options.inflectedPhrase);
        else scores.delete(ord);
      }
      // in another inflection: ranked lower, as the engine's ranked path does
      else if (m === 'inflected') scores.set(ord, scores.get(ord)! * options.inflectedPhrase);
    }
  }
  // a copy of another file's work (facets.ts copiesLeftOut) takes no place among those the rules re-rank
  if (leftOut) for (const ord of [...scores.keys()]) if (leftOut.has(ord)) scores.delete(ord);
  // The ranking rules look at the best candidates; the rest keep the engine's order below them.
  // Browsing (no word searched) scores every passage 0, which no rule changes: nothing to read.
  // found only by the thesaurus: neither the words typed nor an equivalent's rewording found it
  const nearOnly = new Set<number>();
  for (const [ord, by] of foundBy) if (!direct.has(ord) && scores.has(ord) && [...by.keys()].every((k) => alts[k].near)) nearOnly.add(ord);
  if (!budget.allows() || !positive) return { scores, reranked: new Map(), nearOnly };
  // the best `rerank` by score, ties in the engine's order (what a stable sort of every
  // candidate gave), by a heap: sorting 90,000 candidates to take 300 was most of a date sort's CPU
  const ords = [...scores.keys()];
  const engineScores = [...scores.values()];
  const top = bestOf(ords.length, options.rerank, (i, j) => engineScores[i] < engineScores[j] || (engineScores[i] === engineScores[j] && i > j)).map((i): [number, number] => [ords[i], engineScores[i]]);
  const query = { ...rankingWords(parsed.terms), answerCues: parsed.answer?.stems, kindFiltered, options };
  const inputs = candidateInputs(ctx.passages, top.map(([ord]) => ord), query, alts.map((a) => rankingWords(a.terms)), ctx.engine.phrases);
  const reranked = new Map(top.map(([ord, s], i) => [ord, s * bestRerankFactor(readings(inputs[i], [...(foundBy.get(ord)?.keys() ?? [])], direct.has(ord)))]));
  raiseTitleMatches(reranked, ctx.passages, documentTitles(ctx.facets), query.queryStems, options.titleMatch);
  for (const [ord, s] of reranked) scores.set(ord, s);
  // The rest rank below every re-ranked candidate, in the engine's order.
  const inTop = new Set(top.map(([ord]) => ord));
  ords.forEach((ord, i) => {
    if (!inTop.has(ord)) scores.set(ord, engineScores[i] * 1e-3);
  });
  return { scores, reranked, nearOnly };
}

/**
 * A pull quote whose paragraph is a candidate too is not a second hit: the paragraph is the hit,
 * and the reading view shows the pull quote with its page. Asked for quotations, or where only
 * the pull quote matches, it stays.
 */
function dropRepeatedPullQuotes(scores: Map<number, number>, ctx: SearchContext): Bitset {
  const dropped = new Bitset(ctx.passages.count);
  for (const ord of scores.keys()) {
    // the flag is a column in memory: only pull quotes and their neighbours are read
    if (ctx.passages.isDuplicate(ord) && repeatsHitNearby(ctx.passages, ord, (o) => scores.has(o))) dropped.add(ord);
  }
  for (const ord of dropped) scores.delete(ord);
  return dropped;
}

/**
 * Every candidate scored and ordered in JavaScript: an engine without RankedSearch (one for
 * small libraries), and what the ranked path does not cover (sort by date:
 * each would need every candidate's score or text anyway).
 */
function allHits(parsed: ParsedQuery, ctx: SearchContext, alts: Expansion[], req: SearchRequest, options: RankingOptions, budget: Budget): PageOfHits {
  const { scores, reranked, nearOnly } = candidates(parsed, ctx, alts, !!req.filters.kind?.include.length, options, budget, ctx.facets.copiesLeftOut(req.filters));
  let heldBack = req.filters.kind?.include.includes('quotation') ? undefined : dropRepeatedPullQuotes(scores, ctx);
  let hitSet = Bitset.of(ctx.passages.count, scores.keys());
  if (req.cites) {
    const citing = Bitset.of(ctx.passages.count, ctx.citing.get(req.cites) ?? []);
    hitSet = hitSet.and(citing);
    heldBack = heldBack?.and(citing);
  }
  if (req.countOnly) return { total: ctx.facets.filter(hitSet, req.filters).count(), documents: 0, grouped: false, shown: 0, page: [], facets: notCounted(), facetsMore: {} };
  const { result, facets, more } = req.facetCounts === false ? { result: ctx.facets.filter(hitSet, req.filters), facets: notCounted(), more: {} } : ctx.facets.apply(hitSet, req.filters, req.facetSize);
  if (heldBack && req.facetCounts !== false) ctx.facets.countHeldBack(facets, heldBack, req.filters, 'kind', 'quotation');

  // section context once the filters are known, so the page is never ranked around a passage it leaves out
  raiseSectionMates(reranked, ctx.passages, options.sectionMates, (ord) => result.has(ord), options.sectionVoters, { queryStems: rankingWords(parsed.terms).queryStems, weight: options.sectionHeading });
  for (const [ord, s] of reranked) if (scores.has(ord)) scores.set(ord, s);

  const ordered = [...result].map((ord) => ({ ord, score: scores.get(ord) ?? 0 }));
  belowTyped(ordered, nearOnly);
  const perDocTotal = new Map<string, number>();
  for (const h of ordered) perDocTotal.set(ctx.passages.docOf(h.ord), (perDocTotal.get(ctx.passages.docOf(h.ord)) ?? 0) + 1);
  const grouping = { ...req, docFilter: req.filters.doc?.include };
  // a page past the last one is empty whatever the order: nothing to sort
  if (pastLastPage(perDocTotal, grouping)) return { total: ordered.length, facets, facetsMore: more, ...groupPage([], perDocTotal, ctx.passages, grouping) };
  const deep = tooDeep(req);
  if (deep) throw deep;
  if (req.sort === 'date') return { total: ordered.length, facets, facetsMore: more, ...groupPage(newestFirst(ordered, ctx), perDocTotal, ctx.passages, grouping) };
  if (parsed.terms.some((t) => t.presence !== 'prohibited')) ordered.sort(byScore);
  return { total: ordered.length, facets, facetsMore: more, ...groupPage(ordered, perDocTotal, ctx.passages, grouping) };
}

const byScore = (a: OrderedHit, b: OrderedHit) => b.score - a.score || a.ord - b.ord;

/**
 * Hits by their document's year, newest first, then by score: a year's hits are sorted only
 * when the pages walk into it. Sorting every hit with the year looked up in the comparison
 * (`q=protection&sort=date`: 90,000 hits, 3 million look-ups) held a 100k library's server
 * 0.5–0.8 s of CPU; page 1 needs the newest year or two.
 */
function* newestFirst(hits: OrderedHit[], ctx: SearchContext): Iterable<OrderedHit> {
  // the year is the document's: read once per document through its column, not per passage
  const years = new Map<string, number>();
  const byYear = new Map<number, OrderedHit[]>();
  for (const h of hits) {
    const doc = ctx.passages.docOf(h.ord);
    let year = years.get(doc);
    if (year === undefined) years.set(doc, (year = ctx.facets.yearOf(doc)));
    let bucket = byYear.get(year);
    if (!bucket) byYear.set(year, (bucket = []));
    bucket.push(h);
  }
  for (const year of [...byYear.keys()].sort((a, b) => b - a)) yield* byYear.get(year)!.sort(byScore);
}

/** The passages a query's exclusions rule out, when nothing else is searched. */
function excludedOrdinals(parsed: ParsedQuery, ctx: SearchContext): ArrayLike<number> {
  const excluded = parsed.terms.filter((t) => t.presence === 'prohibited');
  if (!excluded.length) return [];
  return matching(ctx, excluded.map((t) => ({ ...clausesFor([t])[0], presence: 'optional' as const })));
}

/**
 * The passages the clauses match, unscored where the engine can list them so: bm25 over every
 * match of two common words was 2–20 ms at 100k passages (review21c), for a set.
 */
function matching(ctx: SearchContext, clauses: EngineClause[]): ArrayLike<number> {
  return ctx.engine.ranked ? ctx.engine.ranked.matching(clauses) : [...ctx.engine.search(clauses).keys()];
}

/** Which way the hits are found: browsing, the engine's ranking, or every candidate scored here. */
function findHits(parsed: ParsedQuery, ctx: SearchContext, alts: Expansion[], req: SearchRequest, options: RankingOptions, budget: Budget): PageOfHits {
  const positive = parsed.terms.some((t) => t.presence !== 'prohibited');
  if (!positive && !parsed.phrases.length) return browseHits(ctx, excludedOrdinals(parsed, ctx), req);
  const { ranked, phrases } = ctx.engine;
  if (positive && ranked && phrases && req.sort === 'relevance') {
    const rewordings = alts.map(({ alt, terms, phrase, near }) => ({ alt, clauses: clausesFor(terms), words: rankingWords(terms), share: rewordingShare(near, options), ...(phrase ? { phrase } : {}), ...(near ? { near } : {}) }));
    return rankedHits(ranked, phrases, { ctx, req, parsed, clauses: clausesFor(parsed.terms), rewordings, kindFiltered: !!req.filters.kind?.include.length, options, budget });
  }
  return allHits(parsed, ctx, alts, req, options, budget);
}

/**
 * What a snippet marks only as a whole: quoted phrases, and runs of typed words that name one
 * thing the taxonomy knows ("Security Council", which is also "UNSC"). `inPhrase` holds the
 * indexes of the terms those phrases account for, which are then not marked on their own.
 */
function markedPhrases(parsed: ParsedQuery, ctx: SearchContext): { phrases: string[][]; inPhrase: Set<number> } {
  const terms = parsed.terms;
  const inPhrase = new Set<number>();
  const phrases: string[][] = [];
  const claim = (from: number, n: number) => {
    for (let k = from; k < from + n; k++) inPhrase.add(k);
  };
  for (const ph of parsed.phrases) {
    if (ph.presence !== 'required') continue;
    const ws = ph.text.split(' ');
    phrases.push(ws.map((w) => stem(w)));
    // the parser adds a phrase's words as required terms, in order
    for (let i = 0; i + ws.length <= terms.length; i++) {
      if (ws.every((w, k) => !inPhrase.has(i + k) && terms[i + k].presence === 'required' && terms[i + k].text === w)) {
        claim(i, ws.length);
        break;
      }
    }
  }
  const plain = (t: QueryTerm) => t.presence !== 'prohibited' && !t.field && !t.wildcard && !t.fuzzy;
  for (let n = Math.min(5, terms.length); n >= 2; n--) {
    for (let i = 0; i + n <= terms.length; i++) {
      const span = terms.slice(i, i + n);
      if (span.some((t, k) => !plain(t) || inPhrase.has(i + k))) continue;
      if (!ctx.synonyms.has(span.map((t) => t.text).join(' '))) continue;
      phrases.push(span.map((t) => stem(t.text)));
      claim(i, n);
    }
  }
  return { phrases, inPhrase };
}

export function runSearch(ctx: SearchContext, req: SearchRequest, options: RankingOptions = RANKING): SearchResponse {
  const found = search(ctx, req, options, true);
  return req.near ? withNearMatches(ctx, req, found, options) : found;
}

/**
 * A quoted phrase that few passages hold ("bottom-up approach": one) leaves the first page
 * nearly empty, while passages that say the same with its words apart ("a bottom-up and
 * localised perspective") are often what the reader was after. They fill the rest of the first
 * page, below every passage with the phrase and marked as not having it: those with every word
 * of the phrase first, then the query without quotes. The count, the facets and the pages stay
 * the phrase's (so these searches count no facets). Only where every quoted
 * phrase is wanted in any field: an excluded or field-bound phrase says exactly what it means.
 */
function withNearMatches(ctx: SearchContext, req: SearchRequest, found: SearchResponse, options: RankingOptions): SearchResponse {
  const room = req.size - found.hits.length;
  if (req.page !== 1 || found.total >= UNDERSTANDING.thinQuery || room <= 0 || (req.budget && !req.budget.allows())) return found;
  const { phrases } = parseQuery(req.q, FIELDS);
  // an identifier is wanted as written: its parts apart are no near match of it (core/nlp/identifiers.ts)
  if (!phrases.length || phrases.some((p) => p.presence !== 'required' || p.identifier) || /[-:]\s*["“”]/.test(req.q)) return found;
  // Every word of the phrase required first: in a large library that alone fills the page, and
  // an AND is the cheap query; then, while there is room, the query without quotes.
  const everyWord = req.q.replace(/["“]([^"“”]*)["”]/g, (_m, phrase: string) => ` ${words(phrase).map((w) => `+${w}`).join(' ')} `);
  const shown = new Set(found.hits.map((h) => h.ordinal));
  const near: SearchHit[] = [];
  for (const q of [everyWord, req.q.replace(/["“”]/g, ' ')]) {
    if (near.length >= room || (req.budget && !req.budget.allows())) break;
    // a phrase of no words ("* * *") leaves a try of none, which would browse every passage:
    // no near match of anything (fuzz30)
    if (!words(q).some((w) => /[\p{L}\p{N}]/u.test(w))) continue;
    // records and snippets only for the hits taken: the page's others are hits shown already or
    // past the room (a try's page of 20 records read was 4 % of a phrase search's CPU at 100k, serve22)
    const tried = search(ctx, { ...req, q, typed: undefined, size: req.size, perDoc: 0, near: false, facetCounts: false, snippets: false, passages: false }, options, false);
    const marked = req.snippets === false ? undefined : new Set(tried.marks.words);
    const ords = tried.ordinals ?? [];
    const taken: number[] = [];
    for (let k = 0; k < ords.length && near.length + taken.length < room; k++) {
      if (shown.has(ords[k])) continue;
      shown.add(ords[k]);
      taken.push(k);
    }
    ctx.passages.readAhead?.(taken.map((k) => ords[k]));
    for (const k of taken) {
      const passage = ctx.passages.at(ords[k]);
      near.push({ passage, ordinal: ords[k], score: tried.scores![k], snippet: marked ? snippet(passage.text, marked, tried.marks.wildcards, 40, tried.marks.phrases) : '', near: true });
    }
  }
  if (!near.length) return found;
  return { ...found, hits: [...found.hits, ...near], query: { ...found.query, nearMatches: near.length } };
}

function search(ctx: SearchContext, req: SearchRequest, options: RankingOptions, withSuggestions: boolean): SearchResponse {
  // no budget given (evals, scripts): no limit, so rankings do not depend on the machine's load
  const budget = (req.budget ??= Budget.unlimited());
  // a place named as another language names it, in several words or for a name of several, is the place (place-spans.ts)
  const placed = ctx.placeSpans?.size ? placeSpans(req.q, { aliases: ctx.placeSpans, written: (ws) => (ws.length === 1 ? ctx.engine.knows(ws[0]) : phraseCount(ws.join(' '), ctx) > 0), optionalBeside: optionalBeside(req.q) }) : null;
  const q = placed?.q ?? req.q;
  const parsed = limitWildcardReach(limitQuery(parseQuery(q, FIELDS)), (prefix) => ctx.vocabulary.occurrencesWithPrefix(prefix));
  // corrected first, so a question's framing typed with a slip ("waht", "differencce") is framing
  const lang = romanceLanguageOf(parsed);
  const typos = correctTypos(parsed, ctx, lang);
  const corrections = { ...placed?.corrections, ...typos };
  // the frame ("when did …", "who came up with …") is scaffolding: its answer type is read first
  const asked = answerTypeOf(parsed);
  const ignored = dropScaffolding(parsed);
  parsed.answer = options.answerCue ? cuesOf(asked, rankingWords(parsed.terms).queryStems) : undefined;
  // Snippets mark the wildcard as typed; the engine gets a prefix widened to the stems it was meant for.
  const wildcards = parsed.terms.filter((t) => t.wildcard && t.presence !== 'prohibited').map((t) => t.text);
  widenPrefixes(parsed, ctx);
  resolveFuzzy(parsed, ctx);
  const alts = expansions(parsed, ctx, budget, options, lang).slice(0, QUERY_LIMITS.expansions);
  const browsed = !parsed.terms.some((t) => t.presence !== 'prohibited') && !parsed.phrases.length;
  const found = findHits(parsed, ctx, alts, req, options, budget);

  const { phrases, inPhrase } = markedPhrases(parsed, ctx);
  const stems = new Set<string>();
  parsed.terms.forEach((t, i) => {
    // nor, in a French or Spanish query, its articles and prepositions: "de" is marked nowhere, as "of" is not
    if (t.presence !== 'prohibited' && !t.wildcard && !inPhrase.has(i) && !isStopWord(t.text) && !(lang && isRomanceFunctionWord(t.text, lang))) stems.add(stem(t.text));
    // a typo-tolerant word is marked where its corpus neighbours are
    if (t.presence !== 'prohibited') for (const w of t.near ?? []) if (!isStopWord(w)) stems.add(stem(w));
  });
  // An expansion is marked as a phrase, so "special representative of the secretary
  // general" does not mark "generally" elsewhere; a one-word expansion (an acronym) as a word.
  // The same marks for every hit: worked out once, not per hit.
  const wordMarks = new Set(stems);
  const phraseMarks = [...phrases];
  for (const { alt } of alts) {
    if (alt.includes(' ')) phraseMarks.push(alt.split(' ').map((w) => stem(w)));
    else if (!isStopWord(alt)) wordMarks.add(stem(alt));
  }
  const unread = req.passages === false;
  if (!unread) ctx.passages.readAhead?.(found.page.map((h) => h.ord));
  const hits = (unread ? [] : found.page).map((h) => {
    const passage = ctx.passages.at(h.ord);
    if (req.snippets === false) return { passage, ordinal: h.ord, score: Math.round(h.score * 1000) / 1000, snippet: '', ...(h.more ? { more: h.more } : {}) };
    return { passage, ordinal: h.ord, score: Math.round(h.score * 1000) / 1000, snippet: snippet(passage.text, wordMarks, wildcards, 40, phraseMarks), ...(h.more ? { more: h.more } : {}) };
  });

  const correctedQuery = Object.keys(corrections).length
    ? q.replace(/[\p{L}\p{M}\p{N}']+/gu, (w, at: number) => {
        const fix = sameCase(w, typos[w.toLowerCase()]);
        return fix.includes(' ') ? spacedAsSearched(q, at, w, fix) : fix;
      })
    : undefined;
  const suggestions = withSuggestions && found.total === 0 && budget.allows() ? suggest(ctx, req, parsed, options) : [];
  const hinted = parsed.terms.filter((t) => t.presence !== 'prohibited' && !t.field && !t.identifier);
  const related =
    withSuggestions && found.total < UNDERSTANDING.thinQuery && ctx.related?.size
      ? relatedHint(
          hinted.map((t) => t.text.replace(/\*$/, '')),
          { related: (w) => ctx.related!.get(w), withPrefix: (p, n) => ctx.vocabulary.withPrefix(p, n), isStopWord, stem, isWord: isEnglishWord },
          hinted.filter((t) => t.text.endsWith('*')).map((t) => t.text.slice(0, -1)),
        )
      : [];
  // said only of the search the user typed, not of a suggestion's or a near match's try, and only
  // where something was found: with no hit the zero-hit answer says what would find something
  // with no hit, an identifier no passage holds is named whole (nothing looser is offered for it)
  const missing = withSuggestions && found.total === 0 ? missingIdentifiers(parsed, ctx) : null;
  const absent = missing ?? (withSuggestions && found.total > 0 ? absentWarning(absentWords([...parsed.terms].sort((a, b) => (a.at ?? 0) - (b.at ?? 0)), (w) => ctx.engine.knows(w), isStopWord, reworded(parsed.terms, alts))) : null);
  const partial = budget.cut;
  const withOperators = withSuggestions ? capitalOperators(req.q) : null;
  return {
    total: found.total,
    documents: found.documents,
    grouped: found.grouped,
    shown: found.shown,
    pages: Math.max(1, Math.ceil(found.shown / Math.max(1, req.size))),
    hits,
    ...(unread ? { ordinals: found.page.map((h) => h.ord), scores: found.page.map((h) => Math.round(h.score * 1000) / 1000) } : {}),
    facets: found.facets,
    ...(Object.keys(found.facetsMore).length ? { facetsMore: found.facetsMore } : {}),
    marks: { words: [...wordMarks], wildcards, phrases: phraseMarks },
    query: {
      q: req.typed ?? req.q,
      warnings: [...(req.warnings ?? []), ...parsed.warnings, ...(absent ? [absent] : []), ...(partial ? ['The search took too long and was cut short: these results may be incomplete or ranked roughly. A simpler query will do better.'] : [])],
      ...(partial ? { partial } : {}),
      ...(correctedQuery ? { correctedQuery, corrections } : {}),
      ...(withOperators ? { withOperators } : {}),
      ...(alts.length ? { expansions: alts.map((a) => a.alt) } : {}),
      ...(ignored.length ? { ignored } : {}),
      ...(parsed.answer && found.total ? { answerType: { type: parsed.answer.type, words: parsed.answer.words } } : {}),
      ...(suggestions.length ? { suggestions } : {}),
      ...(related.length ? { related } : {}),
      ...(parsed.identifiers?.length ? { identifiers: parsed.identifiers } : {}),
      ...(browsed ? { browsed: true as const } : {}),
    },
  };
}

/** The page's sentence for the identifiers of a query that no passage holds as written, or null. */
function missingIdentifiers(parsed: ParsedQuery, ctx: SearchContext): string | null {
  const ids = parsed.phrases.filter((p) => p.identifier && p.presence === 'required' && !holdsAnywhere(ctx, p.text));
  if (!ids.length) return null;
  return `No passage mentions ${ids.map((p) => p.identifier).join(' or ')}: an identifier is searched as written.`;
}

/** Whether any passage holds a phrase (its words in order), on the engine's phrase index or its words' candidates. */
function holdsAnywhere(ctx: SearchContext, phrase: string): boolean {
  if (ctx.engine.phrases) return ctx.engine.phrases.holding(phrase).length > 0;
  const ws = phrase.split(' ');
  const candidates = ctx.engine.search(ws.filter((w) => !isStopWord(w)).map((term) => ({ term, presence: 'required' as const })));
  for (const ord of candidates.keys()) if (phraseMatch(ctx.passages.brief(ord), phrase)) return true;
  return false;
}

/** The query's terms some rewording searched another way (a thesaurus phrase, a spelling variant, an acronym's name). */
function reworded(terms: readonly QueryTerm[], alts: readonly Expansion[]): Set<QueryTerm> {
  return new Set(terms.filter((t) => alts.some((a) => !a.terms.includes(t))));
}

/** Searches tried at most for the suggestions of one zero-hit search (each costs a search). */
export const MAX_SUGGESTIONS_TRIED = 12;

/**
 * A search that would find something when this one finds nothing: another query (`q`), or the
 * same query without one of its filters or without its cites= (`drop`).
 */
export interface Suggestion {
  q: string;
  total: number;
  drop?: { facet: FacetName | 'cites'; value: string };
}

/**
 * What finds something when this search finds nothing, in one place for the API and the page.
 * Tried in this order: each unknown word replaced by the corpus words that share its start
 * ("silence" → "silent", "silenced") or by the closest corpus word ("UNMA" → "UNAMA", which is
 * not corrected, being typed as an acronym), the unknown words taking turns, one swap each a
 * round; then two slips swapped together, then the query without its requirements (+word, AND),
 * whose tries the swaps leave them; then the search without each of its filters, one at a time,
 * and without cites=. Each is run and kept only if it finds passages; tries stop at
 * MAX_SUGGESTIONS_TRIED or when the request's time is spent. The other queries offered are the
 * SUGGESTED_QUERIES that find the most, the most first, and the filters to drop are listed the
 * same way.
 */
function suggest(ctx: SearchContext, req: SearchRequest, parsed: ParsedQuery, options: RankingOptions): Suggestion[] {
  const out: Suggestion[] = [];
  let tried = 0;
  // The tries end with the request's time but on a budget of their own: the answer (no hit) is
  // complete, and a try skipped for time must not mark it partial ("took too long").
  const budget = req.budget?.sharing() ?? Budget.unlimited();
  const more = () => tried < MAX_SUGGESTIONS_TRIED && budget.allows();
  // only the count is wanted, so the engine's ranking, the ranking rules and the facet counts are skipped
  const tryChanged = (changed: Partial<SearchRequest>) => {
    tried++;
    const answer = search(ctx, { ...req, typed: undefined, ...changed, budget, page: 1, size: 0, autoGroup: false, countOnly: true }, options, false);
    // cut in its middle (its rewordings skipped), the count is short of what the try finds: not offered
    return { total: budget.cut ? 0 : answer.total, correctedQuery: answer.query.correctedQuery };
  };
  const run = (changed: Partial<SearchRequest>) => tryChanged(changed).total;
  // A query try the search corrects (its words loosened from a misspelt phrase) finds what its
  // correction finds: offered as the correction, and once ("age of cuation" beside "age of
  // caution", both 578, had been offered the reader's own slip back: userreview29 finding 2).
  const runQuery = (q: string): Suggestion => {
    const answer = tryChanged({ q });
    return { q: answer.correctedQuery ?? q, total: answer.total };
  };
  // Every other query is tried (up to MAX_SUGGESTIONS_TRIED), not only until three find
  // something: the three offered are those that find the most, the most first, as a reader
  // chooses among them by what they find; one that finds nothing is never offered (search22).
  const found: Suggestion[] = [];
  // the tries a dropped filter or cites= would take are kept for them (half the tries at most)
  const drops = FACETS.reduce((n, f) => n + (req.filters[f]?.include.length ?? 0) + (req.filters[f]?.exclude.length ?? 0), req.cites && req.q.trim() ? 1 : 0);
  const forQueries = MAX_SUGGESTIONS_TRIED - Math.min(drops, MAX_SUGGESTIONS_TRIED / 2);
  // an identifier's parts are no words to swap or loosen: "s 2023 999" is not what S/2023/999 meant
  const searched = parsed.terms.filter((t) => t.presence !== 'prohibited' && !t.field && !t.identifier);
  const words = searched.map((t) => t.text.replace(/\*$/, ''));
  // the words as the reader typed them, for the queries offered: a swap of one word keeps the
  // others' case ("EVOLVE respnse" → "EVOLVE response", not "evolve response"), so a try asks what
  // was asked (an acronym typed in capitals is not corrected by the try's own search either)
  const shown = searched.map((t, k) => t.typed?.replace(/\*$/, '') ?? (t.quoted ? asTyped(req.q, words[k]) : undefined) ?? words[k]);
  const swapContext = { knows: (w: string) => ctx.engine.knows(w), isStopWord, isWord: isEnglishWord, stem };
  // Two slips in one query ("protecton camsp"): no single swap covers most of its words, so the
  // words swapped together, each for its closest fair word, are one more suggestion (tried after the single swaps).
  const together = [...shown];
  // each unknown word's swaps, the likeliest first
  const swaps: string[][] = [];
  // how far each query tried is from the one typed (swapCost), which orders what is offered
  const nearness = new Map<string, number>();
  let togetherCost = 0;
  searched.forEach((t, i) => {
    const w = words[i];
    if (ctx.engine.knows(w) || isStopWord(w)) return;
    const cased = (alt: string) => (typedAsAcronym(t) ? alt.toUpperCase() : alt);
    const mine: string[] = [];
    swaps.push(mine);
    // only a swap that still asks what was asked is tried (useful-suggestion.ts: finding 13)
    const instead = (alt: string, typed: string) => {
      if (!usefulSwap(words, i, alt, swapContext)) return;
      // a word of a phrase is swapped in the phrase, which stays one
      // with the stars typed after it: a whole word offered with a `*` glued on ("negotiating*") is no query anyone meant
      const q = (t.quoted ? swapInPlace(req.q, t.text, alt) ?? swapInPlace(req.q, shown[i], alt) : undefined) ?? shown.map((x, k) => (k === i ? alt : x)).join(' ');
      mine.push(q);
      nearness.set(q, Math.min(nearness.get(q) ?? Infinity, swapCost(typed, alt.toLowerCase())));
    };
    // the longest start of the word the corpus has words for: "silence" → "silen" → silent, silenced.
    // A compound the vocabulary keeps whole ("humanitarian-diplomacy-and-protection-advocacy-…",
    // a title's words joined) only when a hyphen was typed: "humanitaire" meant one word.
    const hyphenated = (t.typed ?? w).includes('-');
    for (let n = Math.min(w.length - 1, stem(w).length); n >= 4; n--) {
      const alts = ctx.vocabulary.withPrefix(w.slice(0, n), PREFIX_LOOKED_AT).filter((alt) => hyphenated || !alt.includes('-')).slice(0, PREFIX_SWAPS);
      if (!alts.length) continue;
      for (const alt of alts) instead(cased(alt), w);
      break;
    }
    // The closest corpus word, offered, never applied: an acronym or a word of English is
    // searched as typed, but "UNMA" finding nothing may have meant UNAMA, "OHHR" OHCHR.
    const nearest = ctx.vocabulary.nearest(w, 3);
    for (const near of nearest) instead(cased(near), w);
    const closest = nearest.find((near) => fairSwap(w, near, swapContext));
    if (closest) {
      together[i] = cased(closest);
      togetherCost += swapCost(w, closest);
    }
  });
  const after: string[] = [];
  if (together.filter((x, k) => x !== shown[k]).length > 1 && coversMost(together.map((x) => x.toLowerCase()), swapContext)) {
    after.push(together.join(' '));
    nearness.set(together.join(' '), togetherCost);
  }
  // The query loosened keeps a word's `*` as typed: inside quotes it was searched as typed, and
  // loosened it is the wildcard the reader meant ("humanitarian negotiat*" in quotes had been
  // offered "humanitarian negotiat", a word no one typed). A `*` alone is no word's: loosened it
  // would find every passage (`"*"` had been offered `*`), so it is left out (review37).
  const loosened = searched
    .map((t, k) => {
      // a quoted "civ*ians" loosened is the prefix an unquoted one searches, not a word that gets a warning
      const prefix = prefixOfStarInside(shown[k]);
      return prefix ? ([prefix.slice(0, -1), true] as const) : ([shown[k].replace(/\*+$/, ''), /\*$/.test(t.typed ?? t.text)] as const);
    })
    .filter(([word]) => word)
    .map(([word, star]) => (star ? `${word}*` : word))
    .join(' ');
  if ((parsed.terms.some((t) => t.presence === 'required') || parsed.phrases.length) && loosened) after.push(loosened);
  // the unknown words' swaps take turns, and leave the two slips swapped together and the query loosened their tries
  for (const q of triesInOrder(req.q, swaps, after, forQueries)) {
    if (!more()) break;
    const offered = runQuery(q);
    if (offered.total && !found.some((f) => f.q.toLowerCase() === offered.q.toLowerCase())) {
      found.push(offered);
      // offered as its correction: as near as the query tried
      const near = nearness.get(q);
      if (offered.q !== q && near !== undefined) nearness.set(offered.q, Math.min(nearness.get(offered.q) ?? Infinity, near));
    }
  }
  out.push(...byNearness(found, nearness).slice(0, SUGGESTED_QUERIES));
  const dropped: Suggestion[] = [];
  for (const f of FACETS) {
    const chosen = req.filters[f];
    if (!chosen) continue;
    for (const id of [...chosen.include, ...chosen.exclude]) {
      if (!more()) break;
      const total = run({ filters: { ...req.filters, [f]: { include: chosen.include.filter((x) => x !== id), exclude: chosen.exclude.filter((x) => x !== id) } } });
      if (total) dropped.push({ q: req.q, total, drop: { facet: f, value: chosen.exclude.includes(id) ? `-${id}` : id } });
    }
  }
  if (req.cites && req.q.trim() && more()) {
    const total = run({ cites: undefined });
    if (total) dropped.push({ q: req.q, total, drop: { facet: 'cites', value: req.cites } });
  }
  return [...out, ...byFound(dropped)];
}

/** the other queries offered for a zero-hit search at most */
export const SUGGESTED_QUERIES = 3;

/** how many corpus words a prefix is asked for, of which PREFIX_SWAPS are tried once compounds are left out */
export const PREFIX_LOOKED_AT = 20;
const PREFIX_SWAPS = 5;

/**
 * How far a word offered is from the word typed: its edits (a swap of two letters one), a slip of
 * a finger (core/nlp/keyboard.ts fingerSlip: a neighbouring key, a letter doubled) half of one.
 * "posible" is one edit from "possible", three from "positive".
 */
function swapCost(typed: string, alt: string): number {
  const d = damerauLevenshtein(typed, alt);
  return d === 1 && fingerSlip(typed, alt) ? 0.5 : d;
}

/**
 * The queries offered, the nearest to what was typed first (swapCost; the query loosened, its own
 * words, nearest of all), and among equally near ones those that find the most (search22): a word
 * three edits away that finds more ("positive" for "posible") is a likelier different word than
 * the one meant. What a try finds already weighs the query's other words: it is their search.
 */
function byNearness(list: readonly Suggestion[], nearness: ReadonlyMap<string, number>): Suggestion[] {
  const cost = (s: Suggestion) => nearness.get(s.q) ?? 0;
  return list.map((s, i) => ({ s, i })).sort((a, b) => cost(a.s) - cost(b.s) || b.s.total - a.s.total || a.i - b.i).map((x) => x.s);
}

/** Suggestions by what they find, the most first; equals keep the order they were tried in (the closer swap first). */
function byFound(list: readonly Suggestion[]): Suggestion[] {
  return list.map((s, i) => ({ s, i })).sort((a, b) => b.s.total - a.s.total || a.i - b.i).map((x) => x.s);
}

export { FACETS };
