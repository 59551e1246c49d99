import type { EngineClause, PhraseIndex, RankedSearch } from '../../core/engines/engine.js';
import { Bitset } from './bitset.js';
import { groupPage, pastLastPage, tooDeep, type OrderedHit, type PageOfHits, type PerDocument } from './grouping.js';
import { notCounted } from './facets.js';
import { candidateInputs, rankingWords, repeatsHitNearby } from './passage-words.js';
import { readingFactor, type RankingOptions } from './ranking.js';
import type { ParsedQuery } from './query-parser.js';
import type { Budget } from './budget.js';
import { raiseSectionMates } from './section-context.js';
import type { SearchContext, SearchRequest } from './service.js';
import { belowTyped } from './below-typed.js';
import { documentTitles, raiseTitleMatches } from './title-match.js';

// The search's hits without ever holding every match as an object. The matches are a bitset
// (facet counts and totals stay exact over all of them); only the few best are scored in
// JavaScript: those the ranking rules look at, and as many more as the page asked for needs.
// browseHits: no word searched, every passage (minus exclusions) in reading order.
// rankedHits: an engine that ranks inside its index (RankedSearch) gives the best matches
// of the query and of each rewording, and which passages hold each phrase (PhraseIndex): as
// typed, in another inflection (ranked lower), or not at all. No stored text is read but that
// of the candidates the ranking rules look at; the words' scores are never handed over for
// every match.

/** What of a search request decides which hits are listed (the rest is the query's). */
export type HitsRequest = Pick<SearchRequest, 'filters' | 'page' | 'size' | 'sort' | 'perDoc' | 'autoGroup' | 'cites' | 'facetSize' | 'countOnly' | 'facetCounts'>;

/** A rewording searched besides the query: its clauses, and its phrase that must occur as written. */
export interface RankedRewording {
  alt: string;
  clauses: EngineClause[];
  /** its words as the ranking rules read them */
  words: ReturnType<typeof rankingWords>;
  /** the quoted phrase it says the other way, which the passages it finds need not hold */
  phrase?: string;
  /** the share of a direct match's score its matches keep (service.ts rewordingShare; RANKING.expansion when unsaid) */
  share?: number;
  /** the thesaurus's rewording: a passage only it finds ranks below every passage holding the words typed */
  near?: boolean;
}

/**
 * What a passage found only by the thesaurus keeps of its score outside the re-ranked head (where
 * service.ts belowTyped places it): far below any engine score of the words typed.
 */
const NEAR_TIER = 1e-6;

/** Candidates asked for beyond those the ranking rules look at (a phrase's inflection may move some below others). */
const CHECK_MARGIN = 100;

/** Every pull quote of a build as bits, made once per passage store (a build never changes). */
const pullQuotes = new WeakMap<SearchContext['passages'], Bitset>();

function pullQuotesOf(passages: SearchContext['passages']): Bitset {
  let set = pullQuotes.get(passages);
  if (!set) {
    set = new Bitset(passages.count);
    for (let ord = 0; ord < passages.count; ord++) if (passages.isDuplicate(ord)) set.add(ord);
    pullQuotes.set(passages, set);
  }
  return set;
}

/**
 * Drops from the hits the pull quotes that repeat a paragraph near them that is a hit too. The
 * hits that are pull quotes are found a word at a time: asking each hit whether it is one was
 * a call per passage when browsing (a million at 1M passages, 20 ms a search).
 */
function dropRepeatedPullQuotes(hits: Bitset, ctx: SearchContext): Bitset {
  const quotes = hits.and(pullQuotesOf(ctx.passages)).toArray();
  const dropped = new Bitset(ctx.passages.count);
  for (const ord of quotes) if (repeatsHitNearby(ctx.passages, ord, (o) => hits.has(o))) dropped.add(ord);
  for (const ord of dropped) hits.delete(ord);
  return dropped;
}

/** The filters, cites= and facet counts over the hits, and each document's share of what is left. */
function filtered(hits: Bitset, ctx: SearchContext, req: HitsRequest, heldBack?: Bitset): Pick<PageOfHits, 'facets' | 'facetsMore'> & { result: Bitset; perDoc: PerDocument } {
  let hitSet = hits;
  if (req.cites) hitSet = hitSet.and(Bitset.of(ctx.passages.count, ctx.citing.get(req.cites) ?? []));
  if (req.countOnly || req.facetCounts === false) return { result: ctx.facets.filter(hitSet, req.filters), facets: notCounted(), facetsMore: {}, perDoc: new Map() };
  const { result, facets, more, perDocument } = ctx.facets.apply(hitSet, req.filters, req.facetSize);
  if (heldBack) ctx.facets.countHeldBack(facets, req.cites ? heldBack.and(Bitset.of(ctx.passages.count, ctx.citing.get(req.cites) ?? [])) : heldBack, req.filters, 'kind', 'quotation');
  return { result, facets, facetsMore: more, perDoc: perDocument };
}

const grouping = (req: HitsRequest) => ({ page: req.page, size: req.size, perDoc: req.perDoc, autoGroup: req.autoGroup, docFilter: req.filters.doc?.include });

/**
 * No word searched: every passage but the excluded ones, in reading order, or by their
 * document's year (newest first) and then in reading order.
 */
export function browseHits(ctx: SearchContext, excluded: number[] | ArrayLike<number>, req: HitsRequest): PageOfHits {
  const hits = Bitset.full(ctx.passages.count);
  for (let k = 0; k < excluded.length; k++) hits.delete(excluded[k]);
  const copies = ctx.facets.copiesLeftOut(req.filters);
  if (copies) for (const ord of copies) hits.delete(ord);
  const heldBack = req.filters.kind?.include.includes('quotation') ? undefined : dropRepeatedPullQuotes(hits, ctx);
  const { result, facets, facetsMore, perDoc } = filtered(hits, ctx, req, heldBack);
  function* ordered(): Iterable<OrderedHit> {
    if (req.sort !== 'date') {
      for (const ord of result) yield { ord, score: 0 };
      return;
    }
    // a document's passages are contiguous: documents newest first (reading order among the same year), each in reading order
    const docs = [...perDoc.keys()].map((id) => ({ id, year: ctx.facets.yearOf(id), range: ctx.passages.rangeOf(id)! }));
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
  /** its words as the ranking rules read them */
  words: ReturnType<typeof rankingWords>;
  factor: number;
  /** the thesaurus's rewording */
  near?: boolean;
  members: Bitset;
  /** the passages holding the phrases this query needs, ascending (none: no phrase) */
  among?: number[];
  /** a rewording's multi-word phrase: a passage holding it only in another inflection keeps options.inflectedPhrase of its score */
  phrase?: string;
}

/**
 * The phrase index, answering from what a search already asked of it where it can: whether the
 * candidates hold the query's words as typed is what the shares of a quoted phrase asked of
 * the same candidates (an FTS5 phrase query a search, a tenth of a phrase search's CPU).
 */
function knownTyped(index: PhraseIndex, typed: ReadonlyMap<string, { asked: ReadonlySet<number>; held: ReadonlySet<number> }>): PhraseIndex {
  return {
    holding: (phrase, exact, among) => {
      const known = exact && among ? typed.get(phrase) : undefined;
      if (!known || !among || !Array.prototype.every.call(among, (o: number) => known.asked.has(o))) return index.holding(phrase, exact, among);
      return Array.prototype.filter.call(among, (o: number) => known.held.has(o)) as number[];
    },
  };
}

/** Hits by relevance through an engine's RankedSearch and PhraseIndex (quoted phrases required or excluded). */
export function rankedHits(ranked: RankedSearch, phraseIndex: PhraseIndex, input: RankedInput): PageOfHits {
  const { ctx, req, parsed, options, budget } = input;
  const size = ctx.passages.count;
  const holding = (phrase: string, exact: boolean) => Bitset.ofArray(size, phraseIndex.holding(phrase, exact));
  // each phrase: the passages holding it in any inflection (whether as typed is asked of candidates only)
  const phrases = parsed.phrases.filter((ph) => ph.presence === 'required').map((ph) => ({ text: ph.text, any: holding(ph.text, false) }));
  // An excluded phrase rules out the passages holding it in any inflection, for the query and
  // every rewording, as the JavaScript path deletes them from its candidates. That path scored
  // every match (`protection -"of the"`: 220–270 ms of CPU at 100k, attack20); here the engine
  // ranks among the rest.
  // a copy of another file's work (a PDF beside its .txt) is left out as an excluded phrase's passages are
  let excluded: Bitset | undefined = ctx.facets.copiesLeftOut(req.filters) ?? undefined;
  for (const ph of parsed.phrases) if (ph.presence === 'prohibited') excluded = excluded ? excluded.or(holding(ph.text, false)) : holding(ph.text, false);
  // Every match, as membership: the query's, and each rewording's (holding its phrase in any inflection); all hold every quoted phrase but the one a rewording says otherwise.
  const queries: Query[] = [];
  // the engine is asked only about the passages holding the phrases: it reads and scores just those
  const add = (clauses: EngineClause[], words: Query['words'], factor: number, phrase?: string, instead?: string, near?: boolean) => {
    let holders: Bitset | undefined;
    // a rewording of a quoted phrase ("PoC" for "protection of civilians") need not hold that phrase
    for (const ph of phrases) if (ph.text !== instead) holders = holders ? holders.and(ph.any) : ph.any;
    if (phrase) holders = holders ? holders.and(holding(phrase, false)) : holding(phrase, false);
    const among = holders?.toArray();
    const bits = among ? undefined : ranked.memberBits?.(clauses);
    const members = bits ? new Bitset(size, bits.slice()) : Bitset.ofArray(size, ranked.matching(clauses, among));
    queries.push({ clauses, words, factor, ...(near ? { near } : {}), ...(phrase && queries.length ? { phrase } : {}), among, members: excluded ? members.andNot(excluded) : members });
  };
  add(input.clauses, rankingWords(parsed.terms), 1);
  for (const { alt, clauses, words, phrase, share, near } of input.rewordings) {
    if (!budget.allows()) break;
    add(clauses, words, share ?? options.expansion, alt.includes(' ') ? alt : undefined, phrase, near);
  }
  const hits = new Bitset(size);
  for (const q of queries) hits.orInPlace(q.members);
  const typedHits = queries[0].members;
  /** found only by the thesaurus: neither the words typed nor an equivalent's rewording found it */
  const nearOnly = (ord: number) => !typedHits.has(ord) && queries.every((q, k) => k === 0 || q.near || !q.members.has(ord));
  const heldBack = req.filters.kind?.include.includes('quotation') ? undefined : dropRepeatedPullQuotes(hits, ctx);
  const { result, facets, facetsMore, perDoc } = filtered(hits, ctx, req, heldBack);
  const total = result.count();
  // no page asked for (what a suggestion counts): nothing to rank
  // nor a page past the last one: its answer is known from the counts (when they were made: not
  // without facet counts, where perDoc is left empty)
  const counted = !req.countOnly && req.facetCounts !== false;
  if (req.size === 0 || (counted && pastLastPage(perDoc, grouping(req)))) return { total, facets, facetsMore, ...groupPage([], perDoc, ctx.passages, grouping(req)) };
  const deep = tooDeep(req);
  if (deep) throw deep;
  /** per candidate, the share of its score it keeps: a phrase found only in another inflection lowers it */
  const shares = new Map<number, number>();
  /** per phrase, the candidates asked whether they hold it as typed, and those that do */
  const typed = new Map<string, { asked: Set<number>; held: Set<number> }>();
  /** The shares of these candidates, asked of the index for those not known yet. */
  const learnShares = (ords: Iterable<number>) => {
    if (!phrases.length) return;
    const unknown = [...ords].filter((o) => !shares.has(o)).sort((a, b) => a - b);
    if (!unknown.length) return;
    const asTyped = phrases.map((ph) => new Set(Array.from(phraseIndex.holding(ph.text, true, unknown))));
    phrases.forEach((ph, k) => {
      let known = typed.get(ph.text);
      if (!known) typed.set(ph.text, (known = { asked: new Set(), held: new Set() }));
      for (const o of unknown) known.asked.add(o);
      for (const o of asTyped[k]) known.held.add(o);
    });
    for (const ord of unknown) {
      let share = 1;
      for (const held of asTyped) if (!held.has(ord)) share *= options.inflectedPhrase;
      shares.set(ord, share);
    }
  };
  const penalised = (ord: number, s: number) => s * (shares.get(ord) ?? 1);

  /**
   * The best `n` per query among those `accept` lets through, scored as the best of the query
   * and its rewordings; `bound`: no passage left out scores above it (0 when none is).
   */
  const best = (n: number, accept: (ord: number, q: Query) => boolean, within?: { first: number; end: number }) => {
    const scores = new Map<number, number>();
    let bound = 0;
    for (const q of queries) {
      const got = ranked.best(q.clauses, n, { accept: (o) => accept(o, q), within, among: q.among });
      // a thesaurus rewording's passage is tiered down unless the words typed find it too; so is its bound
      const tier = (o: number) => (q.near && !typedHits.has(o) ? NEAR_TIER : 1);
      if (got.length === n) bound = Math.max(bound, got[n - 1].score * q.factor * (q.near ? NEAR_TIER : 1));
      // a rewording's name found only in another inflection ranks below the name as written
      const asWritten = q.phrase && got.length ? new Set(Array.from(phraseIndex.holding(q.phrase, true, got.map((g) => g.ordinal).sort((a, b) => a - b)))) : undefined;
      const inflection = (o: number) => (asWritten && !asWritten.has(o) ? options.inflectedPhrase : 1);
      for (const { ordinal, score } of got) scores.set(ordinal, Math.max(scores.get(ordinal) ?? 0, score * q.factor * tier(ordinal) * inflection(ordinal)));
    }
    learnShares(scores.keys());
    // straight from the map: an [ord, score] array per candidate first was a third of what this allocated
    const sorted: OrderedHit[] = [];
    scores.forEach((s, ord) => sorted.push({ ord, score: penalised(ord, s) }));
    sorted.sort((a, b) => b.score - a.score || a.ord - b.ord);
    return { sorted, bound };
  };

  // The ranking rules look at the best candidates; the rest keep the engine's order below them.
  // A phrase's inflection lowers a score: then the engine is asked for more until nothing left
  // out can outrank the last of them (with no candidate lowered, the first answer is that).
  let candidates: OrderedHit[] = [];
  for (let n = options.rerank + CHECK_MARGIN; ; n *= 4) {
    const { sorted, bound } = best(n, (o, q) => q.members.has(o));
    candidates = sorted;
    if ((!phrases.length && !queries.some((q) => q.phrase)) || bound === 0 || (sorted[options.rerank - 1]?.score ?? 0) >= bound) break;
  }
  const reranked = new Map<number, number>();
  const scaled = budget.allows();
  if (scaled) {
    const query = { ...queries[0].words, answerCues: parsed.answer?.stems, kindFiltered: input.kindFiltered, options };
    const top = candidates.slice(0, options.rerank);
    const inputs = candidateInputs(ctx.passages, top.map((c) => c.ord), query, queries.slice(1).map((q) => q.words), knownTyped(phraseIndex, typed));
    // queries[k + 1] is rewording k: a candidate it found is read against its words too
    const rewordingQueries = queries.slice(1);
    // the best of the candidate's readings (bestRerankFactor over readings()), without a
    // generator and an array per candidate: most queries have no rewording
    top.forEach(({ ord, score }, i) => {
      // read against the words typed only where they found it (readings() says why)
      const typedFound = typedHits.has(ord);
      let factor = typedFound ? Math.max(0, readingFactor(inputs[i])) : 0;
      rewordingQueries.forEach((q, k) => {
        if (q.members.has(ord)) factor = Math.max(factor, readingFactor(inputs[i].reworded(k)));
      });
      reranked.set(ord, score * factor);
    });
    raiseTitleMatches(reranked, ctx.passages, documentTitles(ctx.facets), queries[0].words.queryStems, options.titleMatch);
    raiseSectionMates(reranked, ctx.passages, options.sectionMates, (ord) => result.has(ord), options.sectionVoters, { queryStems: queries[0].words.queryStems, weight: options.sectionHeading });
    const inHead = [...reranked].filter(([ord]) => result.has(ord)).map(([ord, score]) => ({ ord, score }));
    belowTyped(inHead, new Set(inHead.filter((h) => nearOnly(h.ord)).map((h) => h.ord)));
    for (const h of inHead) reranked.set(h.ord, h.score);
  }

  const head = [...reranked].filter(([ord]) => result.has(ord)).map(([ord, score]) => ({ ord, score })).sort((a, b) => b.score - a.score || a.ord - b.ord);
  const tailFactor = scaled ? 1e-3 : 1;
  const span = result.span();
  const within = span.end - span.first < size / 4 ? span : undefined;
  /** The hits after the head, best first, as far as the engine was asked (`n` per query) can tell. */
  const tail = (n: number): { hits: OrderedHit[]; complete: boolean } => {
    const { sorted, bound } = best(n, (o, q) => q.members.has(o) && result.has(o), within);
    const known = sorted.filter((h) => !reranked.has(h.ord) && h.score >= bound);
    return { hits: known.map((h) => ({ ord: h.ord, score: h.score * tailFactor })), complete: bound === 0 };
  };
  // the re-ranked candidates rank above all others: often they fill the page alone
  const first = groupPage(head, perDoc, ctx.passages, grouping(req));
  if (first.page.length >= req.size || head.length >= total) return { total, facets, facetsMore, ...first };
  for (let n = Math.max(req.page * req.size, 32); ; n *= 4) {
    const rest = tail(head.length + n);
    const page = groupPage([...head, ...rest.hits], perDoc, ctx.passages, grouping(req));
    if (rest.complete || page.page.length >= req.size) return { total, facets, facetsMore, ...page };
  }
}
