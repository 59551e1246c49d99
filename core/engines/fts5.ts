import { join } from 'node:path';
import Database from 'better-sqlite3';
import { isStopWord, separatedTerms, stem } from '../analysis.js';
import { foldWord } from '../nlp/fold.js';
import { damerauLevenshtein } from '../edit-distance.js';
import { FTS_COLUMNS, FTS_SCHEMA, FTS_WEIGHTS, ftsRow, LIBRARY_DB_ALSO_READS, LIBRARY_DB_FORMAT, PHRASE_COLUMNS, phraseRow, phraseToken, writeStemWords } from '../build/library-db.js';
import { PASSAGE_SCOPE, scopedTerm } from '../build/fts-terms.js';
import { LISTED_PREFIX, PREFIX_BEST_MIN_LENGTH, prefixKey, quoteTerm, TERM_BEST_SCHEMA, termBestReader, writeTermBest, type TermBest } from '../build/term-best.js';
import { LIBRARY_DB } from '../build/format.js';
import type { EngineClause, EngineDocument, EngineModule, PhraseIndex, RankedSearch, ScoredOrdinal, SearchEngine } from './engine.js';
import { LibraryStore } from './fts5-library.js';
import { termPostingsReader, type Postings } from '../build/term-postings.js';
import { pairColumn, pairTokens, phraseWindows, STEMMED_PHRASES_AT_MOST, variantPhrases, VARIANTS_PER_MATCH } from '../build/phrase-pairs.js';
import { ftsTokens, unicode61Tokens } from '../build/term-counts.js';
import { bestMatches, PlainTermsScorer, type PlainMatches, type PlainQuery } from './plain-terms.js';
import { literalTerm } from './literal-term.js';
import { setBits } from '../bit-words.js';

// SQLite FTS5 behind the SearchEngine seam. The index holds terms analysed by core/analysis.ts,
// so a clause is analysed the same way and quoted: FTS5's own tokenizer only splits on spaces
// what was already split. Required, prohibited, prefix and field clauses become MATCH syntax;
// scores are bm25 with the lunr field boosts, negated so that higher is better. Phrases are
// FTS5 phrases on the pairs table (phrase-pairs.ts), one word on the phrases table (library-db.ts).

const WEIGHTS = FTS_WEIGHTS;
/** a term without a champion list whose matches are this many or fewer is read whole when the best of several terms are sought among champions */
const CHAMPION_ENUMERATE = 5000;
/** words whose presence in the index is remembered, at most (a few hundred KB) */
const KNOWN_WORDS = 10_000;
/** terms tried for one fuzzy clause, at most */
const FUZZY_TERMS = 30;
/**
 * typo-tolerant terms' candidates kept (near): a search asks for a clause's terms four or five
 * times (the expression, the plain query, the members, the tail), and each ask walked every
 * indexed term of the first letter through fts_vocab, which counts each term's whole doclist:
 * four `word~2` were 260–330 ms of CPU at 100k passages, nearly all of it here (attack19)
 */
const NEAR_KEPT = 500;
/**
 * A term without postings (core/build/term-postings.ts) whose matches are this many or fewer is
 * read from FTS5 with its scores when a query of plain terms is summed in JavaScript; a
 * commoner one (a build without postings) leaves the query to FTS5.
 */
const READ_TERM_MAX = 5000;
/** matches of terms read so (READ_TERM_MAX) kept between queries: a search asks for the same terms several times */
const READ_TERMS_KEPT = 200_000;
/** scored matches of the last few plain queries kept: the service asks for the best of the same query several times (a page, its tail, each rewording in turn) */
const PLAIN_KEPT = 4;
const NO_POSTINGS: Postings = { ords: new Uint32Array(0), index: new Uint16Array(0), values: new Float64Array(0) };

const quote = quoteTerm;

/**
 * Whether the build's tokenizer reads a term as itself, one token: every term of a build since
 * format 26; in a format-25 or older one, read by unicode61, "u." was the token "u" and
 * "d'ivoir" two (term-counts.ts unicode61Tokens).
 */
const onePlainToken = (tokensOf: (column: string) => string[]) => (term: string): boolean => {
  const tokens = tokensOf(term);
  return tokens.length === 1 && tokens[0] === term;
};

/** The tokens of a column as this build's fts table reads them: unicode61 up to format 25 (library-db.ts FTS_TOKENIZER). */
function buildTokens(db: Database.Database): (column: string) => string[] {
  const sql = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'fts'").pluck().get() as string | undefined;
  return sql?.includes('unicode61') ? unicode61Tokens : ftsTokens;
}

/** a boost is honoured up to this many times (a longer expression for nothing a reader would notice) */
const MAX_BOOST = 10;

/**
 * The clauses with each boosted one repeated as many times as its boost says ("diplomacy^3"
 * three times). FTS5 has no weight per term, but its bm25 sums a part per phrase of the
 * expression, so a term written three times scores three times its part, as lunr weighs a
 * boosted term; matching is unchanged (x AND x is x). Boosts count against the query's least
 * one, which is written once: "a^0.5 b" writes b twice (b weighs twice a, as in lunr), "a^3 b^3"
 * is "a b". Rounded to a whole number (at least once, at most MAX_BOOST): "^1.5" counts twice.
 * A prohibited clause scores nothing, and is written once.
 */
function repeatedByBoost(clauses: EngineClause[]): EngineClause[] {
  const ranked = clauses.filter((c) => c.presence !== 'prohibited');
  // a boost weighs a word against the others: alone (its rewordings aside), it changes no order
  if (!ranked.some((c) => c.boost !== undefined && c.boost !== 1) || ranked.length < 2) return clauses;
  const least = Math.min(...ranked.map((c) => c.boost ?? 1));
  if (!(least > 0)) return clauses;
  const times = (c: EngineClause) => (c.presence === 'prohibited' ? 1 : Math.min(MAX_BOOST, Math.max(1, Math.round((c.boost ?? 1) / least))));
  return clauses.flatMap((c) => Array<EngineClause>(times(c)).fill(c));
}

/** A MATCH expression's part after the passage's column filter (a word typed without a field), or null. */
const unscoped = (query: string): string | null => (query.startsWith(PASSAGE_SCOPE) ? query.slice(PASSAGE_SCOPE.length) : null);

/** A MATCH expression that is one term typed without a field (as `scopedTerm` writes it): its term, else null. */
const soleTerm = (query: string): string | null => /^"([^"]*)"$/.exec(unscoped(query) ?? '')?.[1] ?? null;

/** A MATCH expression that is one prefix typed without a field (`"frame"*`): its prefix, else null. */
const solePrefix = (query: string): string | null => /^"([^"]+)"\*$/.exec(unscoped(query) ?? '')?.[1] ?? null;

/** ordinals bound as one JSON array: SQLite reads them with json_each */
const AMONG = '(SELECT value FROM json_each(?))';
const json = (ordinals: ArrayLike<number>) => JSON.stringify(Array.from(ordinals));
/**
 * How rows are tested against `among` when nothing is scored: a few ordinals are each looked up
 * in the match (a seek per ordinal, as `rowid IN`); past SEEK_AMONG the match is read through
 * once and each row tested (`+rowid` keeps SQLite from using the list as an index). A seek
 * costs 10–20 µs for terms, so reading the match through wins early (600 phrase holders
 * tested against three words: 5–40 ms by seeks, under 1 ms read through); and a phrase of
 * several words is never sought: FTS5 reads its whole position lists for each (1 ms a seek).
 */
const SEEK_AMONG = 50;
const amongRowid = (among: ArrayLike<number>, seekable = true) => (seekable && among.length <= SEEK_AMONG ? 'rowid' : '+rowid');

/**
 * Matching rowids handed over as one JSON array, parsed at once: a row returned to JavaScript
 * costs more than SQLite's work to find it (27k matches: 12 ms as rows, 3 ms as one array).
 */
const ORDINALS = 'json_group_array(rowid)';
const ORDINALS_ASCENDING = 'json_group_array(rowid ORDER BY rowid)';

/** Ascending ordinal lists as one, ascending, each once (one list is returned as it is). */
function union(lists: readonly number[][]): number[] {
  if (lists.length === 1) return lists[0];
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}
/** Quoted terms or phrases as MATCH expressions on the written words, VARIANTS_PER_MATCH OR'd in each. */
function anyOf(quoted: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < quoted.length; i += VARIANTS_PER_MATCH) out.push(`words : (${quoted.slice(i, i + VARIANTS_PER_MATCH).join(' OR ')})`);
  return out;
}

/** The most passages a long stemmed phrase's windows may find and still be read to check them (stemmedPairs). */
const CHECKED_AT_MOST = 2000;
const ordinals = (st: Database.Statement<unknown[], string>, ...params: unknown[]): number[] => JSON.parse(st.get(...params) ?? '[]') as number[];

/**
 * The first `limit` rows of a ranked statement (rowid, bm25) that `accept` lets through, asking
 * for 8 times more each time it turns too many down; `complete` is false when the statement ran
 * out first.
 */
function firstAccepted(fetch: (n: number) => [number, number][], limit: number, accept?: (ordinal: number) => boolean): { hits: ScoredOrdinal[]; complete: boolean } {
  for (let n = limit; ; n *= 8) {
    const rows = fetch(n);
    const hits: ScoredOrdinal[] = [];
    for (const [rowid, s] of rows) {
      if (accept && !accept(rowid)) continue;
      hits.push({ ordinal: rowid, score: -s });
      if (hits.length === limit) return { hits, complete: true };
    }
    if (rows.length < n) return { hits, complete: false };
  }
}

/**
 * Whether `limit` accepted passages of the lists' heads score above `bound` by their parts in
 * the lists alone (every part of a bm25 sum is positive once negated): then the best among the
 * candidates are the best of all, unless the floats round otherwise (bestOfChampions checks).
 */
function surelyAbove(lists: readonly TermBest[], head: number, bound: number, limit: number, accept?: (ordinal: number) => boolean): boolean {
  const known = new Map<number, number>();
  for (const l of lists) {
    const n = Math.min(head, l.ords.length);
    for (let i = 0; i < n; i++) known.set(l.ords[i], (known.get(l.ords[i]) ?? 0) - l.scores[i]);
  }
  let above = 0;
  for (const [ordinal, part] of known) if (part > bound && (!accept || accept(ordinal)) && ++above === limit) return true;
  return false;
}

/** The first position of an ascending array whose value is `x` or more. */
function lowerBound(xs: Uint32Array, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class Fts5Engine implements SearchEngine {
  readonly name = 'fts5';
  private readonly match: Database.Statement<[string], [number, number]>;
  private readonly members: Database.Statement<[string], string>;
  /** SELECT statements by their SQL: `best` and `matching` compose theirs from the scope asked */
  private readonly statements = new Map<string, Database.Statement<unknown[]>>();
  private readonly plucked = new Map<string, Database.Statement<unknown[], string>>();
  private readonly known: Database.Statement<[string], { n: number }>;
  private readonly anyMatch: Database.Statement<[string], number>;
  private readonly termsFrom: Database.Statement<[string, string], { term: string }>;
  /** the first indexed term at or after a string (oneTerm) */
  private readonly termFrom: Database.Statement<[string], string>;
  private readonly holders: Database.Statement<[string], string>;
  /** phrases of several words as their pairs (phrase-pairs.ts) */
  private readonly pairHolders: Database.Statement<[string], string>;
  /** a stem's written variants (stem_words, format 18); none: a format-17 build's pairs have a stems column */
  private readonly stemWords: Database.Statement<[string], string> | undefined;
  /** a passage's text (a library's passages table; none in an engine built alone), to check a long stemmed phrase's windows */
  private readonly passageText: Database.Statement<[number], string> | undefined;

  /** a common term's champion list (term-best.ts) */
  private readonly termBest: (term: string) => TermBest | undefined;
  /** a common term's every match with its score (term-postings.ts) */
  private readonly postings: (term: string) => Postings | undefined;
  private readonly termMatches: Database.Statement<[string], number>;
  private readonly matchCount: Database.Statement<[string], number>;
  /** a term's matches' scores alone, in rowid order (termPostings), and their rowids as one JSON array */
  private readonly termScores: Database.Statement<[string], number>;
  private readonly termRows: Database.Statement<[string], string>;
  private scorer?: PlainTermsScorer;
  /** terms the build keeps no postings for (termPostings), and those of them too common to read */
  private readonly withoutPostings = new Set<string>();
  private readonly tooCommon = new Set<string>();
  /** terms with few matches read from FTS5 with their scores (termPostings) */
  private readonly readTerms = new Map<string, Postings>();
  private readMatches = 0;
  private readonly plainKept: { query: string; among?: ArrayLike<number>; matches: PlainMatches }[] = [];
  /** whether this build's tokenizer reads a term as one token, itself */
  private readonly onePlainToken: (term: string) => boolean;
  /** near()'s answers by `${distance} ${term}` (the build is immutable, so they never go stale) */
  private readonly nearKept = new Map<string, readonly string[]>();

  constructor(private readonly db: Database.Database) {
    this.onePlainToken = onePlainToken(buildTokens(db));
    this.termBest = termBestReader(db);
    this.postings = termPostingsReader(db);
    this.termMatches = db.prepare('SELECT doc FROM fts_vocab WHERE term = ?').pluck() as Database.Statement<[string], number>;
    this.matchCount = db.prepare('SELECT count(*) FROM fts WHERE fts MATCH ?').pluck() as Database.Statement<[string], number>;
    this.termScores = db.prepare(`SELECT bm25(fts, ${WEIGHTS}) FROM fts WHERE fts MATCH ? ORDER BY rowid`).pluck() as Database.Statement<[string], number>;
    this.termRows = db.prepare(`SELECT ${ORDINALS} FROM (SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rowid)`).pluck() as Database.Statement<[string], string>;
    this.match = db.prepare(`SELECT rowid, -bm25(fts, ${WEIGHTS}) FROM fts WHERE fts MATCH ?`).raw() as Database.Statement<[string], [number, number]>;
    this.members = db.prepare(`SELECT ${ORDINALS} FROM fts WHERE fts MATCH ?`).pluck() as Database.Statement<[string], string>;
    this.known = db.prepare('SELECT 1 AS n FROM fts_vocab WHERE term = ?');
    this.anyMatch = db.prepare('SELECT 1 FROM fts WHERE fts MATCH ? LIMIT 1').pluck() as Database.Statement<[string], number>;
    this.termsFrom = db.prepare('SELECT term FROM fts_vocab WHERE term >= ? AND term < ?');
    // fts_vocab ('row') counts a term's every match before it yields the term (a common term's
    // whole doclist: 0.1–12 ms at 100k passages); an 'instance' table yields a term at its
    // first occurrence. A temp table: the connection is read-only, its build immutable.
    db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_terms USING fts5vocab(main, fts, instance)');
    this.termFrom = db.prepare('SELECT term FROM temp.fts_terms WHERE term >= ? LIMIT 1').pluck() as Database.Statement<[string], string>;
    this.holders = db.prepare(`SELECT ${ORDINALS_ASCENDING} FROM phrases WHERE phrases MATCH ?`).pluck() as Database.Statement<[string], string>;
    this.pairHolders = db.prepare(`SELECT ${ORDINALS_ASCENDING} FROM pairs WHERE pairs MATCH ?`).pluck() as Database.Statement<[string], string>;
    const variants = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'stem_words'").get() !== undefined;
    this.stemWords = variants ? (db.prepare('SELECT word FROM stem_words WHERE stem = ?').pluck() as Database.Statement<[string], string>) : undefined;
    const texts = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'passages'").get() !== undefined;
    this.passageText = texts ? (db.prepare('SELECT text FROM passages WHERE ord = ?').pluck() as Database.Statement<[number], string>) : undefined;
  }

  /** A statement answering one JSON array of ordinals (ORDINALS), by its SQL. */
  private pluck(sql: string): Database.Statement<unknown[], string> {
    let st = this.plucked.get(sql);
    if (!st) this.plucked.set(sql, (st = this.db.prepare(sql).pluck() as Database.Statement<unknown[], string>));
    return st;
  }

  private statement(sql: string): Database.Statement<unknown[]> {
    let st = this.statements.get(sql);
    if (!st) this.statements.set(sql, (st = this.db.prepare(sql).raw()));
    return st;
  }

  /**
   * Builds an index in memory (tests, and the conformance suite). `termBest`: thresholds for
   * the champion lists other than a build's (a few passages never reach those). `schema`: the
   * full-text tables' SQL, another for a test of an older build's (format 25's tokenizer).
   */
  static build(docs: EngineDocument[], termBest?: Parameters<typeof writeTermBest>[3], schema = FTS_SCHEMA): Fts5Engine {
    const db = new Database(':memory:');
    db.exec(schema);
    db.exec(TERM_BEST_SCHEMA);
    const insert = db.prepare(`INSERT INTO fts (rowid, ${FTS_COLUMNS.join(', ')}) VALUES (?, ?, ?, ?, ?)`);
    const insertPhrases = db.prepare(`INSERT INTO phrases (rowid, ${PHRASE_COLUMNS.join(', ')}) VALUES (?, ?)`);
    const insertPairs = db.prepare('INSERT INTO pairs (rowid, words) VALUES (?, ?)');
    db.transaction(() => {
      for (const d of docs) {
        insert.run(d.ordinal, ...ftsRow(d.text, d.section, d.title, d.author));
        const row = phraseRow(d.text);
        insertPhrases.run(d.ordinal, row[1]);
        insertPairs.run(d.ordinal, pairColumn(row[1]));
      }
      writeStemWords(db);
    })();
    writeTermBest(db, docs.reduce((n, d) => Math.max(n, d.ordinal + 1), 0), WEIGHTS, termBest);
    return new Fts5Engine(db);
  }

  /**
   * The terms a clause without a wildcard stands for (its stem, or the indexed terms near it
   * for a typo-tolerant one), or null when it can match nothing (a stop word).
   */
  private clauseTerms(c: EngineClause): readonly string[] | null {
    if (c.alternatives?.length) {
      const stems = [...new Set(c.alternatives.map((w) => w.toLowerCase()).filter((w) => !isStopWord(w)).map((w) => stem(w)).filter(Boolean))];
      return stems.length ? stems : null;
    }
    const word = literalTerm(c.term.toLowerCase());
    if (!word || isStopWord(word)) return null;
    const term = stem(word);
    if (!term) return null;
    return c.editDistance ? this.near(term, c.editDistance) : [term];
  }

  /** The fields a clause is restricted to that the index has (none: every field). */
  private clauseFields = (c: EngineClause) => c.fields?.filter((f) => (FTS_COLUMNS as readonly string[]).includes(f)) ?? [];

  /** One clause as an FTS5 expression, or null when it can match nothing (a stop word). */
  private expression(c: EngineClause): string | null {
    let expr: string;
    if (c.wildcard) {
      // FTS5 has prefixes only: the part before the first wildcard is the prefix
      const prefix = foldWord(c.term.toLowerCase()).split('*')[0];
      if (!prefix) return null;
      expr = `${quote(prefix)}*`;
    } else {
      const alternatives = this.clauseTerms(c);
      if (!alternatives) return null;
      expr = alternatives.length > 1 ? `(${alternatives.map(quote).join(' OR ')})` : quote(alternatives[0]);
    }
    const fields = this.clauseFields(c);
    // a word typed without a field is sought in the passage's own columns, not the title (search-fields.ts)
    return fields.length ? `{${fields.join(' ')}} : ${expr}` : `${PASSAGE_SCOPE}${expr}`;
  }

  /**
   * The clauses as terms in the shape of `query`'s expression, each term with its postings:
   * undefined when a clause is not plain (a prefix, a field) or a term too common to read has
   * no postings (a build without them); null when nothing can match.
   */
  private plainQuery(clauses: EngineClause[]): PlainQuery | null | undefined {
    const groups: Record<EngineClause['presence'], Postings[][]> = { required: [], optional: [], prohibited: [] };
    for (const c of repeatedByBoost(clauses)) {
      if (!c.term) continue;
      if (c.wildcard || this.clauseFields(c).length) return undefined;
      const terms = this.clauseTerms(c);
      if (!terms) continue;
      const group: Postings[] = [];
      for (const t of terms) {
        const p = this.termPostings(t);
        if (!p) return undefined;
        group.push(p);
      }
      groups[c.presence].push(group);
    }
    const { required, optional, prohibited } = groups;
    if (!required.length && !optional.length) return null;
    // query(): R1 AND R2 … AND (O1 OR … OR R1), or O1 OR O2 …; then NOT (P1 OR …), whose parts are zero in every match
    const phrases = required.length ? [...required.flat(), ...(optional.length ? [...optional.flat(), ...required[0]] : [])] : optional.flat();
    return { required, optional, prohibited: prohibited.flat().map((p) => p.ords), phrases };
  }

  /** A term's postings: the build's, or read from FTS5 for a term with few matches; undefined for a common term without them. */
  private termPostings(term: string): Postings | undefined {
    // a search asks for the same terms several times (matches, best, each rewording): a term
    // known to have no postings, or read already, is not asked of SQLite again (counting a
    // term's matches in fts_vocab reads its whole doclist: 0.5 ms for a common one)
    const read = this.readTerms.get(term);
    if (read) return read;
    if (!this.withoutPostings.has(term)) {
      const kept = this.postings(term);
      if (kept) return kept;
      if (this.withoutPostings.size >= KNOWN_WORDS) this.withoutPostings.clear();
      this.withoutPostings.add(term);
    }
    if (this.tooCommon.has(term)) return undefined;
    // A term with punctuation in it ("d'ivoir", "u.", "2,000", "1.5") was other tokens to a
    // format-25 build's tokenizer and no row of fts_vocab: counted as the phrase it is there
    const n = this.onePlainToken(term) ? (this.termMatches.get(term) ?? 0) : (this.matchCount.get(scopedTerm(term)) ?? 0);
    if (n === 0) return NO_POSTINGS;
    if (n > READ_TERM_MAX) {
      if (this.tooCommon.size >= KNOWN_WORDS) this.tooCommon.clear();
      this.tooCommon.add(term);
      return undefined;
    }
    // The scores as numbers, one a match, and the rowids as one array: a row of two handed to
    // JavaScript per match cost a fifth more (150 terms of 50–2,000 matches: 1.18 → 0.98 ms a
    // term). Both statements read the matches in rowid order, so the k-th score is the k-th rowid's.
    const match = scopedTerm(term);
    const rows = JSON.parse(this.termRows.get(match) ?? '[]') as number[];
    const bm25 = this.termScores.all(match);
    const k = Math.min(n, rows.length, bm25.length);
    const ords = new Uint32Array(k);
    const values = new Float64Array(k);
    for (let i = 0; i < k; i++) {
      ords[i] = rows[i];
      values[i] = -bm25[i];
    }
    const p = { ords, values, index: Uint32Array.from({ length: k }, (_, i) => i) };
    if ((this.readMatches += k) > READ_TERMS_KEPT) {
      this.readTerms.clear();
      this.readMatches = k;
    }
    this.readTerms.set(term, p);
    return p;
  }

  /** A plain query's scored matches (among some ordinals), kept for the next few asks. */
  private plainMatches(query: string, plain: PlainQuery, among?: ArrayLike<number>): PlainMatches {
    const kept = this.plainKept.find((k) => k.query === query && k.among === among);
    if (kept) return kept.matches;
    const matches = this.plainScorer().matches(plain, true, { among });
    this.plainKept.unshift({ query, among, matches });
    this.plainKept.length = Math.min(this.plainKept.length, PLAIN_KEPT);
    return matches;
  }

  /** The scratch arrays of plain queries, sized by the index's highest ordinal. */
  private plainScorer(): PlainTermsScorer {
    // made once: the highest ordinal was asked of SQLite (a statement prepared) on every call, a few a search
    if (this.scorer) return this.scorer;
    const last = this.db.prepare('SELECT max(id) FROM fts_docsize').pluck().get() as number | null;
    return (this.scorer = new PlainTermsScorer((last ?? -1) + 1));
  }

  /**
   * The one term a MATCH expression stands for: a quoted term, or a prefix that only one
   * indexed term starts with ("situa*": situat), which FTS5 matches and scores as that term
   * (the same rows, the same instances, the same number of hits); otherwise null. Prefixes of
   * plain letters and digits only, which FTS5's tokenizer leaves as they are.
   */
  private oneTerm(query: string): string | null {
    const term = soleTerm(query);
    if (term !== null) return term;
    const prefix = /^"([a-z0-9]+)"\*$/.exec(unscoped(query) ?? '')?.[1];
    if (prefix === undefined) return null;
    // the index's terms in order from the prefix: those starting with it come first, together
    const first = this.termFrom.get(prefix);
    if (first === undefined || !first.startsWith(prefix)) return null;
    // the next term after `first`: no indexed term lies between it and `first` + U+0001 (the tokenizer keeps no control characters)
    const next = this.termFrom.get(`${first}\u0001`);
    return next !== undefined && next.startsWith(prefix) ? null : first;
  }

  /**
   * The champion list the build keeps for a MATCH expression: its one term's (oneTerm), or a
   * prefix's of several common terms (term-best.ts); undefined for anything else.
   */
  private champions(query: string): TermBest | undefined {
    const term = this.oneTerm(query);
    if (term !== null) return this.termBest(term);
    const prefix = /^"([^"]+)"\*$/.exec(unscoped(query) ?? '')?.[1];
    return prefix !== undefined && LISTED_PREFIX.test(prefix) ? this.termBest(prefixKey(prefix)) : undefined;
  }

  /** Indexed terms within an edit distance, sharing the first letter (as typos mostly do). */
  private near(term: string, distance: number): readonly string[] {
    const key = `${distance} ${term}`;
    const kept = this.nearKept.get(key);
    if (kept) return kept;
    const out = this.nearScan(term, distance);
    if (this.nearKept.size >= NEAR_KEPT) this.nearKept.delete(this.nearKept.keys().next().value!);
    this.nearKept.set(key, out);
    return out;
  }

  private nearScan(term: string, distance: number): string[] {
    const first = term[0];
    const next = String.fromCodePoint(first.codePointAt(0)! + 1);
    const out = [term];
    for (const { term: t } of this.termsFrom.iterate(first, next)) {
      if (t !== term && Math.abs(t.length - term.length) <= distance && damerauLevenshtein(term, t) <= distance) out.push(t);
      if (out.length >= FUZZY_TERMS) break;
    }
    return out;
  }

  /** The clauses as one MATCH expression, or null when nothing can match. */
  private query(clauses: EngineClause[]): string | null {
    const of = (presence: EngineClause['presence']) => repeatedByBoost(clauses).filter((c) => c.presence === presence && c.term).map((c) => this.expression(c)).filter((e): e is string => e !== null);
    const required = of('required');
    const optional = of('optional');
    const prohibited = of('prohibited');
    if (!required.length && !optional.length) return null;
    // Optional terms rank but do not filter once something is required: OR-ed with a required
    // term, they take part in bm25 without narrowing the AND.
    let query = required.length ? required.join(' AND ') : optional.join(' OR ');
    if (required.length && optional.length) query = `${query} AND (${[...optional, required[0]].join(' OR ')})`;
    if (prohibited.length) query = `(${query}) NOT (${prohibited.join(' OR ')})`;
    return query;
  }

  search(clauses: EngineClause[]): Map<number, number> {
    const query = this.query(clauses);
    const out = new Map<number, number>();
    if (query === null) return out;
    const plain = this.plainQuery(clauses);
    if (plain) {
      const { ords, scores } = this.plainMatches(query, plain);
      for (let k = 0; k < ords.length; k++) out.set(ords[k], scores![k]);
      return out;
    }
    for (const [rowid, score] of this.match.iterate(query)) out.set(rowid, score);
    return out;
  }

  /**
   * The best of a query of several terms any of which may match (a query of two words): a
   * passage's score is the sum of each term's own, so none outside every term's champion list
   * scores above the sum of the lists' last scores. The lists' passages (and every match of a
   * term too rare to have one) are scored by FTS5, only they; if the last of the `limit` best
   * accepted scores above that sum, they are the best of all. Undefined when the query is not
   * such, or the lists are not enough: then every match is scored.
   */
  private bestOfChampions(query: string, limit: number, accept?: (ordinal: number) => boolean): ScoredOrdinal[] | undefined {
    const parts = query.split(' OR ');
    if (parts.length < 2) return undefined;
    const lists: TermBest[] = [];
    const rare: number[] = [];
    let prefixed = false;
    for (const part of parts) {
      const term = soleTerm(part);
      // A prefix is one phrase to bm25, whose part of the sum is its score alone, as a term's
      // is: its list bounds it the same way ("prote* civilians" scored all 94k matches, 60–100 ms
      // at 100k).
      const champions = term !== null ? this.termBest(term) : this.champions(part);
      if (champions) {
        lists.push(champions);
        prefixed ||= term === null;
        continue;
      }
      const all = term !== null ? ordinals(this.members, scopedTerm(term)) : this.rarePrefixMatches(part);
      if (all === undefined || all.length > CHAMPION_ENUMERATE) return undefined;
      rare.push(...all);
    }
    const top = this.statement(`SELECT rowid, bm25(fts, ${WEIGHTS}) AS s FROM fts WHERE fts MATCH ? AND +rowid IN ${AMONG} ORDER BY s, rowid LIMIT ?`);
    // The head of each list first (as long as the page asks), the whole lists if that is not enough.
    const heads = [...new Set([Math.min(2 * limit, ...lists.map((l) => l.ords.length)), Math.max(0, ...lists.map((l) => l.ords.length))])];
    for (const head of heads) {
      const candidates = new Set(rare);
      // summed in the order bm25 sums the terms, so that the bound is the float a passage left out could reach at most
      let bound = 0;
      for (const l of lists) {
        const n = Math.min(head, l.ords.length);
        for (let i = 0; i < n; i++) candidates.add(l.ords[i]);
        if (n < l.matches) bound += -l.scores[n - 1];
      }
      // A common prefix's candidates cost FTS5 a merge of its every match to score, as much as
      // scoring them all (80–100 ms for "con* protection" at 100k): tried only when the lists'
      // own scores, each a part of a candidate's sum, already put `limit` of them above the bound.
      if (prefixed && !surelyAbove(lists, head, bound, limit, accept)) continue;
      const found = this.bestAmong(top, query, [...candidates], limit, accept);
      const last = found?.[limit - 1];
      if (last && last.score > bound) return found;
      // With one list, a passage left out scores what it scores for that term alone, and those
      // scoring the list's last score exactly come after it by ordinal (the list's order): a
      // tie with the bound is enough then (common words tie a lot: one occurrence, same length).
      const [only] = lists;
      const n = Math.min(head, only?.ords.length ?? 0);
      if (last && lists.length === 1 && last.score === bound && n < only.matches && last.ordinal <= only.ords[n - 1]) return found;
    }
    return undefined;
  }

  /** The `limit` best accepted of these candidates by `top` (a statement of bestOfChampions), or undefined when they are fewer. */
  private bestAmong(top: Database.Statement<unknown[]>, query: string, candidates: number[], limit: number, accept?: (ordinal: number) => boolean): ScoredOrdinal[] | undefined {
    const among = json(candidates);
    const { hits, complete } = firstAccepted((n) => top.all(query, among, n) as [number, number][], limit, accept);
    return complete ? hits : undefined;
  }

  /**
   * Every match of a prefix without a list that is long enough to be rare (lists are kept for
   * the long prefixes of common terms; a shorter one, "con*", may match most of a library),
   * else undefined.
   */
  private rarePrefixMatches(part: string): number[] | undefined {
    const prefix = solePrefix(part);
    return prefix !== null && prefix.length >= PREFIX_BEST_MIN_LENGTH ? ordinals(this.members, part) : undefined;
  }

  /**
   * The matches of terms and prefixes OR-ed (a prefix with a word), as bit words: each part's
   * from its list's or postings' bits where the build keeps them, the others read alone: a
   * common part's doclist is not merged by FTS5 again. Undefined for any other expression, or
   * a common term the build keeps no postings for.
   */
  private orMemberBits(query: string): Uint32Array | undefined {
    const parts = query.split(' OR ');
    if (parts.length < 2 || parts.some((p) => soleTerm(p) === null && solePrefix(p) === null)) return undefined;
    const bits = new Uint32Array(this.plainScorer().words);
    const or = (words: Uint32Array) => {
      for (let w = 0; w < Math.min(words.length, bits.length); w++) bits[w] |= words[w];
    };
    for (const part of parts) {
      const term = soleTerm(part);
      const list = term !== null ? this.termBest(term) : this.champions(part);
      if (list?.members) or(list.members);
      else if (list && list.ords.length === list.matches) setBits(bits, list.ords);
      else if (term !== null) {
        const postings = this.termPostings(term);
        if (!postings) return undefined;
        if (postings.bits) or(postings.bits);
        else setBits(bits, postings.ords);
      } else setBits(bits, ordinals(this.members, part));
    }
    return bits;
  }

  readonly ranked: RankedSearch = {
    matching: (clauses, among) => {
      const query = this.query(clauses);
      if (query === null || among?.length === 0) return [];
      const plain = this.plainQuery(clauses);
      if (plain) return this.plainScorer().matches(plain, false, { among }).ords;
      if (!among) return ordinals(this.members, query);
      return ordinals(this.pluck(`SELECT ${ORDINALS} FROM fts WHERE fts MATCH ? AND ${amongRowid(among)} IN ${AMONG}`), query, json(among));
    },
    memberBits: (clauses) => {
      const query = this.query(clauses);
      if (query === null) return undefined;
      const members = this.champions(query)?.members;
      if (members) return members;
      const plain = this.plainQuery(clauses);
      return plain ? this.plainScorer().memberBits(plain) : this.orMemberBits(query);
    },
    best: (clauses, limit, { accept, within, among } = {}) => {
      const query = this.query(clauses);
      const out: ScoredOrdinal[] = [];
      if (query === null || limit <= 0 || among?.length === 0) return out;
      // One common term (or a prefix of several): its best as the build ranked them, while they are enough.
      const champions = among ? undefined : this.champions(query);
      if (champions) {
        const { ords, scores } = champions;
        for (let i = 0; i < ords.length; i++) {
          const o = ords[i];
          if ((within && (o < within.first || o >= within.end)) || (accept && !accept(o))) continue;
          out.push({ ordinal: o, score: -scores[i] });
          if (out.length === limit) return out;
        }
        if (ords.length === champions.matches) return out;
        out.length = 0;
      }
      const plain = this.plainQuery(clauses);
      if (plain) {
        const { ords, scores } = this.plainMatches(query, plain, among);
        // within: the matches in that range only (ordinals ascending)
        const from = within ? lowerBound(ords, within.first) : 0;
        const to = within ? lowerBound(ords, within.end) : ords.length;
        return bestMatches({ ords: ords.subarray(from, to), scores: scores!.subarray(from, to) }, limit, accept);
      }
      const fromChampions = among || within ? undefined : this.bestOfChampions(query, limit, accept);
      if (fromChampions) return fromChampions;
      // bm25 is lower for better matches: `search` negates it, so ties here are broken as there
      let sql = `SELECT rowid, bm25(fts, ${WEIGHTS}) AS s FROM fts WHERE fts MATCH ?`;
      const params: unknown[] = [query];
      if (within) {
        sql += ' AND rowid >= ? AND rowid < ?';
        params.push(within.first, within.end);
      }
      // SQLite tests the rows against `among` before it scores them, so only those are scored.
      // Not as an index (`rowid IN`): each ordinal would be a query of its own, and bm25
      // recounts its statistics over the whole index once per query.
      if (among) {
        sql += ` AND +rowid IN ${AMONG}`;
        params.push(json(among));
      }
      const top = this.statement(`${sql} ORDER BY s, rowid LIMIT ?`);
      // SQLite scores every match either way; asking for few rows saves handing them all over.
      // When `accept` turns many down, ask again for more.
      return firstAccepted((n) => top.all(...params, n) as [number, number][], limit, accept).hits;
    },
  };

  readonly phrases: PhraseIndex = {
    holding: (phrase, exact, among) => {
      const ws = phrase.split(' ').filter(Boolean);
      if (!ws.length || among?.length === 0) return [];
      // the words as the table holds them (phraseRow): one FTS5 phrase on one column
      const tokens = ws.map((w) => phraseToken(exact ? w : stem(w))).filter(Boolean);
      const column = exact ? 'words' : 'stems';
      // several words: their pairs one after the other (the phrases table keeps no positions)
      if (tokens.length > 1) {
        if (!exact && this.stemWords) return this.stemmedPairs(tokens, among);
        return this.matching('pairs', [`${column} : ${quote(pairTokens(tokens).join(' '))}`], tokens.length === 2, among);
      }
      if (!exact && this.stemWords) return tokens.length ? this.stemmedWord(tokens[0], among, ws.length === 1) : [];
      return this.matching('phrases', [`${column} : ${quote(tokens.join(' '))}`], ws.length === 1, among);
    },
  };

  /**
   * Passages holding one word stemmed (its stem's token), from a format-18 phrases table, which
   * holds the words as written only: any of the stem's written variants (stem_words).
   */
  private stemmedWord(stem: string, among: ArrayLike<number> | undefined, seekable: boolean): number[] {
    return this.matching('phrases', anyOf(this.stemWords!.all(stem).map(quote)), seekable, among);
  }

  /**
   * Passages holding a stemmed phrase of several words (its stems' tokens), from a format-18
   * pairs table, which holds the words as written only: the phrase's every combination of its
   * stems' written variants (stem_words), each one's pairs one after the other, OR'd in MATCHes
   * of VARIANTS_PER_MATCH phrases. The same passages as the stems column's one phrase gave.
   *
   * The combinations multiply (eight words of six written forms each would be 1.7M phrases, a
   * request able to stall the server), so a phrase past STEMMED_PHRASES_AT_MOST is asked in
   * windows that overlap by one word, each window within the bound or two words (two stems'
   * forms multiplied stay in the hundreds: "organised operations" 24 × 17), each asked only among
   * the passages the windows before it found. Each window in a row is the phrase unless the
   * windows sit apart in one passage ("protecting operations protection" holds both windows of
   * "operation protection operations"), so the passages found are then read and checked — up to
   * CHECKED_AT_MOST of them: a long inflected phrase whose every window is common is rarer than a
   * request that would read thousands of texts, and past it the windows' answer stands.
   */
  private stemmedPairs(stems: readonly string[], among: ArrayLike<number> | undefined): number[] {
    const variants = stems.map((s) => this.stemWords!.all(s));
    if (variants.some((v) => !v.length)) return [];
    const windows = phraseWindows(variants.map((v) => v.length), STEMMED_PHRASES_AT_MOST);
    let found: ArrayLike<number> | undefined = among;
    for (const [from, to] of windows) {
      const phrases = variantPhrases(variants.slice(from, to + 1)).map((ws) => quote(pairTokens(ws).join(' ')));
      const got = this.matching('pairs', anyOf(phrases), stems.length === 2, found);
      if (!got.length) return [];
      found = got;
    }
    const got = Array.from(found ?? []);
    if (windows.length < 2 || !this.passageText || got.length > CHECKED_AT_MOST) return got;
    return got.filter((ord) => this.holdsStems(ord, stems));
  }

  /** Whether the passage's stems (its phrases row, as format 17 stored them) hold `stems` in a row: the windows' answer checked. */
  private holdsStems(ord: number, stems: readonly string[]): boolean {
    const text = this.passageText!.get(ord);
    if (text === undefined) return false;
    const tokens = phraseRow(text)[0].split(' ').filter(Boolean);
    for (let i = 0; i + stems.length <= tokens.length; i++) if (stems.every((s, k) => tokens[i + k] === s)) return true;
    return false;
  }

  /** The passages (ascending) any of `matches` finds in the phrases or pairs table, among `among` if given. */
  private matching(table: 'phrases' | 'pairs', matches: readonly string[], seekable: boolean, among: ArrayLike<number> | undefined): number[] {
    const all = table === 'phrases' ? this.holders : this.pairHolders;
    const one = (match: string) => (among ? ordinals(this.pluck(`SELECT ${ORDINALS_ASCENDING} FROM ${table} WHERE ${table} MATCH ? AND ${amongRowid(among, seekable)} IN ${AMONG}`), match, json(among)) : ordinals(all, match));
    return union(matches.map(one));
  }

  /** words asked about lately: typo correction, spelling variants and suggestions ask several per search */
  private readonly knownWords = new Map<string, boolean>();

  knows(word: string): boolean {
    let known = this.knownWords.get(word);
    if (known === undefined) {
      // fts_vocab counts a term's every match to answer for it (its whole doclist: 1–3 ms for a
      // common word at 1M passages); a match of one row says as much. Only for terms the
      // tokenizer keeps as they are (a quoted term with another character may become a phrase).
      const knowsTerm = (term: string) => (LISTED_PREFIX.test(term) || !this.onePlainToken(term) ? this.anyMatch.get(quote(term)) !== undefined : this.known.get(term) !== undefined);
      // a word with separators inside by each of its terms, as lunr knows it (its written parts
      // as one quoted phrase missed a part whose stem is not as written: "protection-advocacy")
      known = separatedTerms(word)?.every(knowsTerm) ?? knowsTerm(stem(word));
      if (this.knownWords.size >= KNOWN_WORDS) this.knownWords.clear();
      this.knownWords.set(word, known);
    }
    return known;
  }
}

/**
 * SQLite FTS5: the engine for libraries past what a heap holds. A build is one database
 * (core/build/library-db.ts) written a document at a time (indexer/sinks/fts5.ts); the server opens it read-only and
 * keeps in memory only the columns facet counting needs.
 */
export const fts5Engine: EngineModule = {
  name: 'fts5',
  format: LIBRARY_DB_FORMAT,
  // a build of an older format without the pairs table is refused by LibraryStore
  alsoReads: LIBRARY_DB_ALSO_READS,
  files: [LIBRARY_DB],
  async load(source) {
    const library = new LibraryStore(join(source.dir, LIBRARY_DB));
    return { documents: library.documents, documentColumns: library.documentColumns, passages: library, engine: new Fts5Engine(library.db), close: () => library.close() };
  },
  inMemory: (docs) => Fts5Engine.build(docs),
};
