import Database from 'better-sqlite3';
import type { DocumentRecord, Passage } from '../types.js';
import { indexTerms, stem, tokens, tokenTerm, words } from '../analysis.js';
import { nameDisplay } from '../csl.js';
import { oneByte } from '../text.js';
import { tagFields } from '../facets.js';
import { namedColumns, PassageColumnsBuilder, type PassageColumns } from '../passage-columns.js';
import { DOCUMENT_FACETS, documentColumnName, DocumentColumnsBuilder, storedDocumentList } from '../document-columns.js';
import { SEARCH_FIELDS, sectionField, textField } from '../search-fields.js';
import { insertTermBest, listedQueries, TERM_BEST_SCHEMA, termBestRows, type ListedQuery, type TermBestOptions, type TermBestRow } from './term-best.js';
import { STEM_RUNS_SCHEMA, StemRunsWriter } from './stem-runs.js';
import { pairColumn, pairRow, PAIRS_SCHEMA, PAIRS_SCHEMA_17, STEM_WORDS_SCHEMA } from './phrase-pairs.js';
import { ftsTokens, FTS_TOKEN_PUNCTUATION, FtsTermCounts, TermEntriesBuilder, type CountedJob, type TermEntries } from './term-counts.js';
import { titleStemList } from '../title-stems.js';
import { TokenNumbers, type NumberedDict } from './token-numbers.js';

// library.db: documents, passages and the FTS5 index of one build, in one SQLite file. The
// indexer adds one document at a time (its passages contiguous, ordinals in the order given)
// and never holds the corpus; the server opens it read-only and reads the rows it shows.

/**
 * Bumped when the tables change shape; the server refuses a database of another version.
 * 2: the columns table (the passages' facet columns, ready for the server to hold).
 * 3: the phrases table (every word of the text in place, stemmed and as written).
 * 4: the term_best table (common terms' best passages and matches, term-best.ts).
 * 5: the stem_ids and stem_runs tables (every passage's words as stem ids, stem-runs.ts).
 * 6: the document_list table and the documents' facet columns (core/document-columns.ts), so
 *    the server starts without reading every document's record.
 * 7: terms folded before stemming (accents, apostrophes, possessives: core/lunr-setup.ts), so
 *    "Sudan's" is indexed as "sudan" and "Côte" as "cote"; a format-6 build's terms are not.
 * 8: the phrases table without positions (detail=column): it answers one word only, a phrase
 *    of several goes to the pairs table (phrase-pairs.ts), which every build now has.
 * 9: term_best and term_postings score a term in the passage's own columns (fts-terms.ts
 *    PASSAGE_SCOPE: not the title, which search-fields.ts leaves to a rule per document), as the
 *    engine now asks for a word typed without a field; an older build's lists count the title.
 * 10: words of every script indexed (lunr-setup.ts trimmer): a format-9 build has no term for
 *    an Arabic, Cyrillic or Greek word; and terms stemmed with the Porter stemmer's wrong stems
 *    overridden (nlp/stem-overrides.ts: "aide" is not "aid", "several" not "severe").
 * 11: one notion of a word with its combining marks (the fts tokenizer's categories include M*,
 *    a word may end on a vowel sign) and Arabic's optional marks folded: a format-10 build of
 *    such text holds other terms than the query's.
 * 12: elided articles cut off their word ("l’accès" is "accès": nlp/elision.ts) and
 *    compatibility forms folded (full-width letters, ligatures): a format-11 build of French or
 *    Italian text holds "l'acc" where a query now asks for "acc".
 * 13: term_postings blobs with their values' ranks as varints, commonest value first, and a
 *    dense term's matches as bit words (term-postings.ts): a format-12 blob reads as garbage.
 * 14: only the compatibility forms of letters folded, and subscript digits (nlp/fold.ts
 *    compatible): a format-13 build indexed "Oxfam™" as "oxfamtm" and "CO₂" as "co", where a
 *    query now asks for "oxfam" and "co2"; and author ids that keep the marks of letters of other
 *    scripts ("राम" and "रम" had one id: core/document-columns.ts authorKey).
 * 15: superscript letters, the micro sign and letter-like symbols folded (nlp/fold.ts compatible:
 *    "1ᵉʳ" is "1er", "XIXᵉ" "XIXe", "µg" "μg", "№" "No", a raised note letter off "Yemenᵃ",
 *    "USᵃ", notes listed "Yemenᵃ,ᵇ"; review13 mended the last three in place): a format-14 build
 *    indexed "1ᵉʳ" and "µg" as written, where a query now asks for "1er" and "μg".
 * 16: passages record where a later page starts in their text (pageBreaks), and a passage cut
 *    from a block running over pages has the pages of its own text: a format-15 build cites a
 *    selection by its passage's whole range.
 * 17: the title_stems table (every document title's content stems, core/title-stems.ts), so a
 *    server reads them instead of stemming each title on its first search.
 * 18: the pairs and phrases tables without their stems columns, and the stem_words table
 *    (phrase-pairs.ts): a stemmed phrase is asked as its words' written variants. Writing every
 *    pair and word twice (stemmed and as written) was about a quarter of the one process
 *    writing the build.
 * 19: a note number glued after a word's punctuation cut off it (lunr-setup.ts gluedNote:
 *    "inquiry,4" is "inquiry" and "4"), and brackets separators ("organisation(s)" is
 *    "organisation" and "s"): a format-18 build holds "inquiry,4" and "organisation(s" as one
 *    term each, which the FTS tokenizer split, unstemmed, where a query asks for "inquiri", "organis".
 *    Read still: such a build answers as it did (a word so written found only where its stem is
 *    the word as written), and a rebuild mends it.
 * 20: a token trimmed of its punctuation before it is folded (lunr-setup.ts INDEX_PIPELINE):
 *    a format-19 build folded "organisations," as written, so it holds "organis" where a query
 *    for "organisations" asks for "organiz", and "sudan'" for "Sudan’s,". Read still: such a
 *    build answers as it did (those words found where written without punctuation after them),
 *    and a rebuild mends it. 20 also holds (fold28, before any release of 20): mathematical
 *    letters and digits folded ("𝐩𝐫𝐨𝐭𝐞𝐜𝐭𝐢𝐨𝐧" is "protection"), invisible characters taken out
 *    of a word (a soft hyphen, zero-width space, direction mark: nlp/fold.ts compatible), and
 *    -ise words with no -ize spelling left as written ("expertise" had been "expertize").
 * 21: the tagger reads a passage's compatibility forms and invisible characters as the search
 *    does (nlp/fold.ts compatibleView: "ＵＮＨＣＲ … Ｓｙｒｉａ" names UNHCR and Syria, quoted as
 *    written): a format-20 build lacks those passages' actors and places. Read still: such a build
 *    answers as it did, its other tags the same (plain text is tagged byte for byte as before), and a
 *    rebuild mends it.
 *    21 also holds (refs30, before any release of 21): references read as a reference manager
 *    takes them: name particles as CSL's non-dropping particle ("von Tigerstrom"), an edited
 *    book's names as its editors only, a chapter whose title opens with ’ read as a chapter, an
 *    undated citation joined to its dated work, an address over a line break or printed with
 *    spaces kept whole, an uncatalogued document's publisher, place and URL from the entries
 *    citing it. A format-20 build shows its cited works as they were read; a rebuild mends them.
 *    And (nfc31): an accent given as a letter and a combining mark is composed (NFC) by the
 *    repair stage, so "Co\u0302te d’Ivoire" is tagged and found as "Côte d’Ivoire" is.
 * 22 (review32): references read with editors marked in other languages ("(dir.)", "(Hrsg.)") and
 *    after a note's names as editors, organisations' names with "de la" as organisations, a
 *    capitalised particle or a surname in capitals as the family name, no quotation opened at an
 *    elision ("’s-Hertogenbosch"), no address joined to another; an undated citation joined to a
 *    dated work only on its whole title; citing entries fill a document's field only where more
 *    agree than disagree. A format-21 build shows its cited works as they were read; a rebuild
 *    mends them.
 * 23 (refs35): every year and letter of one author's citation linked to its own entry ("(Smith
 *    2019a, b)", "(IASC, 2009; 2017)"), a decade ("(During the 1990s)") no citation, a note's
 *    names an organisation's by any kind of body the particles know ("World Bank", "African
 *    Union"). A format-22 build shows its citations as they were linked; a rebuild mends them.
 *    23 also holds (pages35, before any release of 23): a PDF's passages cited by the numbers
 *    its pages print where its /PageLabels tree says otherwise (a chapter printed 101–108
 *    labelled 3–10), an annex's folio read with its letter ("A-1"), and an article or chapter
 *    catalogued without pages given those its folios print (csl.page). A format-22 build cites
 *    such pages as it read them; a rebuild mends them.
 * 24 (refs37): a range of year letters linked to each work ("(Smith 2019a–c)"), two authors'
 *    works parted by a comma both linked ("(Smith 2019, Jones 2020)"), three or more names in
 *    running text linked to the first author's work ("Smith, Jones and Lee (2019)"). A format-23
 *    build shows its citations as they were linked; a rebuild mends them.
 * 25 (refs39): two works parted by "and" both linked ("(Smith 2019 and Jones 2020)"), names before
 *    "et al." or a last name with no "and" linked to the first author's work that names them all
 *    ("Smith, Jones et al. (2019)", "(Smith, Jones, Lee 2019)"), a lone letter further on read
 *    ("(Smith 2019a, d)"), and a lead name's work of another count no longer linked. A format-24
 *    build shows its citations as they were linked; a rebuild mends them.
 * 26 (query41): the fts table's tokenizer reads each analysed term whole (FTS_TOKENIZER: ascii, every
 *    ASCII punctuation mark a token character), as lunr's index holds it: unicode61 had cut "e.g",
 *    "u.", "1.5", "don't", "2,000" into "e" "g", "u", …, so "e" found "e.g." on FTS5 and not on lunr
 *    (suggest39). Read still: a format-25 build answers as it did (its terms with punctuation
 *    asked as the phrases of their parts: term-counts.ts unicode61Tokens), and a rebuild mends it.
 *    Also in 26 (refs41): a pair's second name must be the work's ("(Smith and Lee 2020)" no longer links
 *    Smith and Jones), names read with their particle chain ("dos Santos Cruz (2023)", "(Van der
 *    Berg 2019)"; the entry "Van der Berg, P." filed under "Van der Berg", not "Berg"), "Smith,
 *    Jones, et al. (2019)" read, and "(Smith 2017)" linked to a work of several only where it is the
 *    name's one work of the year. A format-25 build shows its references and citations as they
 *    were read; a rebuild mends them.
 *    (26 also holds refs42's shapes, never released apart: a name that only begins another, suffixes
 *    and two-word co-authors, "(eds). 2019.", "et al., (2019)", a body beside a person.)
 * 27 (refs43): a cited name links a longer listed one only as its first whole words ("(Rosenthal
 *    2019)" no longer links Rosenthaler, nor "(Metcalfe-Hou 2020)" Metcalfe-Hough), a hyphenated
 *    cited name the entry filed under its first part; Irish, Scottish and Arabic surnames read
 *    whole in citations and entries ("Ó Briain", "Ní Aoláin", "Mac Giolla", "al-Hakim"), a body
 *    with no kind word after a person an author ("Smith, A. and Oxfam"). A format-26 build shows
 *    its references and citations as they were read; a rebuild mends them.
 * 28 (refs45, themes44, pdf45): "(Hakim 2019)" links "al-Hakim, M." and the reverse, a double
 *    surname is tried whole, a pair's second name compared whole, "Abu-Lughod" not filed under "Abu",
 *    "AJR Groom" and a bare surname the list names elsewhere a person; international law tagged by
 *    its treaties and its court, geopolitics by powerful states' pressure, counter-terrorism by OFAC's
 *    full name; a numbered float caption a box (its text around it rejoined), notes above a bottom
 *    float found, a bare page number high on an A4 print of a Letter page a folio. A format-27 build
 *    shows what it read; a rebuild mends it.
 * Tables a build of format 10 to 17 may lack, which the engine then does without (answering the same,
 * more slowly): term_best's prefix lists and term_postings (term-postings.ts), title_stems.
 */
export const LIBRARY_DB_FORMAT = 28;
/**
 * Older formats the reader still serves: 27 (citations, themes and float captions as read before refs45, themes44 and pdf45), 26 (references and citations as read before refs43), 25 (terms with punctuation cut by the unicode61 tokenizer, above; citations and particle names as read before refs41), 24 (citations as linked before refs39), 23 (citations as linked before refs37), 22 (citations as linked before refs35, page labels as read before pages35), 21 (references as read before review32), 20 (passages in full-width or other compatibility letters untagged; references as read before refs30), 19 (tokens folded before trimmed, above), 18 (glued note numbers read as before), 17, whose pairs table has a stems column (the engine
 * asks its stemmed phrases there: no stem_words table), and 16, which also lacks title_stems
 * (its titles are stemmed on first use, as before). Not 7 to 15 (7 and 8 differ from 9 in their lists' scores
 * only, but a list scored with the title would rank a word other than the engine now does; 9
 * indexed "aide" as "aid", which a query now asks for as "aide"; and so on, above).
 */
export const LIBRARY_DB_ALSO_READS: readonly number[] = [27, 26, 25, 24, 23, 22, 21, 20, 19, 18, 17, 16];

/** The FTS5 columns and their bm25 weights: the same fields and boosts as the lunr index. */
export const FTS_COLUMNS = ['text', 'section', 'title', 'author'] as const;

/** The FTS columns' bm25 weights as SQL arguments (bm25(fts, …)): the lunr field boosts. */
export const FTS_WEIGHTS = FTS_COLUMNS.map((c) => SEARCH_FIELDS.find((f) => f.name === c)?.boost ?? 1).join(', ');

/**
 * The phrases table's column: the text's words as written. A word asked stemmed is asked as its
 * stem's written variants (stem_words, phrase-pairs.ts): format 17's second column, the words
 * stemmed, held the same passages for it and cost the build another insert of every word.
 */
export const PHRASE_COLUMNS = ['words'] as const;

/**
 * Contentless: the index holds analysed terms (core/analysis.ts), the passages table the text.
 * fts_vocab lists the indexed terms, for typo tolerance and "does the index know this word".
 * phrases: each passage's words, stop words kept, as written (a word asked stemmed is asked as
 * its stem's written variants: stem_words, phrase-pairs.ts), so a phrase
 * of one word is matched in the index ("speaking" for "speak"; "of" as a word) instead of reading
 * the stored text of every passage that has it; a phrase of several words is matched as its
 * pairs of words (phrase-pairs.ts), in place. A table of its own: in fts, stop words would change
 * every row's length and so bm25; no column sizes (no scores here), and no positions
 * (detail=column): one word needs none, and a build writing them spent a quarter of this
 * table's CPU on them.
 */
export const PHRASE_TABLES_SCHEMA = `
  CREATE VIRTUAL TABLE phrases USING fts5(${PHRASE_COLUMNS.join(', ')}, content='', columnsize=0, tokenize="ascii tokenchars '_'", detail=column);
  ${PAIRS_SCHEMA}
  ${STEM_WORDS_SCHEMA}
`;

/**
 * The fts table's tokenizer: its columns hold core/analysis.ts's terms, lower-cased and joined by
 * spaces, and each is read whole, as lunr's index holds it: only ASCII spaces and control
 * characters part tokens (ascii: a character past ASCII is a token character; every ASCII
 * punctuation mark made one too). Written as FTS5 reads an option: '' is a quote in the list.
 * Formats to 25 used unicode61, which cut a term at its punctuation (term-counts.ts unicode61Tokens).
 */
export const FTS_TOKENIZER = `ascii tokenchars '${FTS_TOKEN_PUNCTUATION.replace(/'/g, "''")}'`;

/** The full-text tables: fts (the analysed terms, scored), its vocabulary, and the phrase tables (PHRASE_TABLES_SCHEMA). */
export const FTS_SCHEMA = `
  CREATE VIRTUAL TABLE fts USING fts5(${FTS_COLUMNS.join(', ')}, content='', columnsize=1, tokenize="${FTS_TOKENIZER.replace(/"/g, '""')}", detail=full);
  CREATE VIRTUAL TABLE fts_vocab USING fts5vocab(fts, 'row');
  ${PHRASE_TABLES_SCHEMA}
`;

/**
 * A word as one token of the phrases table's tokenizer (ascii: every non-ASCII character is part
 * of a token): ASCII punctuation inside a word ("don't", "1.5") and `_` written as `_hex_`, so
 * the tokenizer neither splits a word nor makes two words one.
 */
export const phraseToken = (word: string) => word.replace(/[^A-Za-z0-9\u0080-\uffff]/g, (c) => `_${c.charCodeAt(0).toString(16)}_`);

/** The word a phrases-table token holds (phraseToken undone: only its escapes hold `_`). */
export const phraseWord = (token: string) => token.replace(/_([0-9a-f]+)_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/**
 * stem_words (phrase-pairs.ts) from the phrases table's written words: each distinct one under
 * its stem's token, as textRows pairs them. Read from FTS5's own vocabulary once the rows are
 * in, so nothing is counted while they stream.
 */
export function writeStemWords(db: Database.Database): void {
  db.exec('CREATE VIRTUAL TABLE temp.phrase_columns USING fts5vocab(main, phrases, col)');
  const written = db.prepare("SELECT term FROM temp.phrase_columns WHERE col = 'words'").pluck().all() as string[];
  db.exec('DROP TABLE temp.phrase_columns');
  const rows = written.map((word) => [phraseToken(stem(phraseWord(word))), word] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  const insert = db.prepare('INSERT INTO stem_words VALUES (?, ?)');
  for (const [s, w] of rows) insert.run(s, w);
}

// A library's words repeat: what a token gives the rows (its term, its word's two phrase
// tokens) is worked out once per distinct token, and each passage's text is cut into tokens
// once for all three columns. Before, the text was cut and looked up once for the FTS row and
// again, with another pattern, for the phrases row: stemming, escaping and the two passes
// were most of preparing a document's rows. Bounded like the stem cache, and emptied only
// between documents, so a document's stems keep their slots (StemSlot) while it is prepared.
const TOKEN_CACHE = 200_000;

/**
 * A stem token's number in the document being prepared (documentRows numbers each document's
 * stems in the order first met): shared by every token with that stem, so numbering a word is
 * a field read, not a second lookup by string (that lookup was a fifth of preparing the rows).
 */
interface StemSlot {
  token: string;
  /** the document it was last numbered in (documentRows' count), and its number there */
  doc: number;
  local: number;
  /** its number in this process (token-numbers.ts): what a file worker sends for it */
  num: number;
}

/** What one token (core/analysis.ts `tokens`) gives a passage's rows. */
interface TokenRow {
  /** its index term, '' for none (tokenTerm) */
  term: string;
  /** the term's tokens as FTS5 reads them (term-counts.ts ftsTokens: most often the term alone), as slots */
  ftsSlots: StemSlot[];
  /** the phrases table's tokens of the one word it holds (`words`), stemmed and as written, if any */
  phrase?: [stem: string, word: string];
  /** the stem token's slot, when it holds a word */
  slot?: StemSlot;
}

/** A kind of token's slots by token, and the numbers this process gave them. */
interface Slots {
  byToken: Map<string, StemSlot>;
  numbers: TokenNumbers;
}

const tokenRows = new Map<string, TokenRow>();
const stemSlots: Slots = { byToken: new Map(), numbers: new TokenNumbers() };
/** the FTS text column's tokens, numbered per document like the stems (DocumentRows' termDict) */
const termSlots: Slots = { byToken: new Map(), numbers: new TokenNumbers() };

/** Empties the caches when full: between documents only (see StemSlot). */
function boundTokenCache(): void {
  if (tokenRows.size < TOKEN_CACHE && stemSlots.byToken.size < TOKEN_CACHE && termSlots.byToken.size < TOKEN_CACHE) return;
  tokenRows.clear();
  for (const slots of [stemSlots, termSlots]) {
    slots.byToken.clear();
    // a slot's number goes with it: the run is told to forget this process's numbers
    slots.numbers.restart();
  }
}

function slotOf(slots: Slots, token: string): StemSlot {
  let slot = slots.byToken.get(token);
  if (slot === undefined) slots.byToken.set(token, (slot = { token, doc: -1, local: 0, num: slots.numbers.next(token) }));
  return slot;
}

const ftsSlotsOf = (term: string) => (term ? ftsTokens(term).map((t) => slotOf(termSlots, t)) : []);

function tokenRow(key: string): TokenRow {
  let row = tokenRows.get(key);
  if (row === undefined) {
    // a token holds no separator, so `words` finds at most one word in it
    const word = words(key)[0];
    const term = tokenTerm(key);
    if (word === undefined) row = { term, ftsSlots: ftsSlotsOf(term) };
    else {
      const stemToken = phraseToken(stem(word));
      // the word as written one byte a character where it can be, as the terms are (core/text.ts oneByte)
      row = { term, ftsSlots: ftsSlotsOf(term), phrase: [stemToken, oneByte(phraseToken(word))], slot: slotOf(stemSlots, stemToken) };
    }
    tokenRows.set(key, row);
  }
  return row;
}

/** A document's stems numbered in the order first met (DocumentRows' stemDict and stemLocal). */
interface StemNumbering {
  doc: number;
  dict: string[];
  /** the dict's tokens' numbers in this process (StemSlot's num) */
  nums: number[];
  local: number[];
}

/** Documents prepared so far in this process: each one's stem slots are told apart by it. */
let documentsNumbered = 0;

/** A slot's number in `numbering`'s document, given it if it has none there yet. */
function localOf(numbering: StemNumbering, slot: StemSlot): number {
  if (slot.doc !== numbering.doc) {
    slot.doc = numbering.doc;
    slot.local = numbering.dict.length;
    numbering.dict.push(slot.token);
    numbering.nums.push(slot.num);
  }
  return slot.local;
}

/** Gives a slot its number in `numbering`'s document if it has none there yet, and adds that number to the run. */
function numberSlot(numbering: StemNumbering, slot: StemSlot): void {
  numbering.local.push(localOf(numbering, slot));
}

/**
 * A passage's text as its FTS column (its analysed terms, as indexTerms gives them) and as the
 * phrases table holds it (its words, core/analysis.ts, stemmed and as written), from one pass
 * over its tokens; `numbering` is given every word's stem in order. `stemsToo`: the stems
 * joined as well (phraseRow's); documentRows sends the stems by number (`numbering`) and
 * threw the joined column away, a few hundred pushes and a join a passage for nothing.
 */
function textRows(text: string, numbering?: StemNumbering, termNumbering?: StemNumbering, stemsToo = true): [terms: string, stems: string, words: string] {
  const terms: string[] = [];
  const stems: string[] = [];
  const written: string[] = [];
  for (const key of tokens(text)) {
    if (!key) continue;
    const row = tokenRow(key);
    if (row.term) {
      terms.push(row.term);
      if (termNumbering) for (const slot of row.ftsSlots) numberSlot(termNumbering, slot);
    }
    if (!row.phrase) continue;
    if (stemsToo) stems.push(row.phrase[0]);
    written.push(row.phrase[1]);
    if (numbering) numberSlot(numbering, row.slot!);
  }
  return [terms.join(' '), stems.join(' '), written.join(' ')];
}

/** A passage's text as the phrases table holds it: its words (core/analysis.ts), stemmed and as written. */
export function phraseRow(text: string): [stems: string, words: string] {
  boundTokenCache();
  const [, stems, written] = textRows(text);
  return [stems, written];
}

/** One field as the analysed terms the FTS table holds. */
const ftsTerms = (field: string) => indexTerms(field).join(' ');

/** One passage's FTS row: each field as its analysed terms. */
export const ftsRow = (...fields: [text: string, section: string, title: string, author: string]) => fields.map(ftsTerms);

const SCHEMA = `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  -- first/end: the document's passages are the ordinals [first, end)
  CREATE TABLE documents (ord INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, first INTEGER NOT NULL, end INTEGER NOT NULL, record TEXT NOT NULL);
  -- what facet counting reads at load (tags: the tag fields of core/facets.ts, as JSON) sits
  -- beside the whole record (JSON), which is read only for passages shown
  CREATE TABLE passages (
    ord INTEGER PRIMARY KEY, id TEXT NOT NULL, doc INTEGER NOT NULL,
    tags TEXT NOT NULL, cites TEXT NOT NULL, duplicate INTEGER NOT NULL, text TEXT NOT NULL, record TEXT NOT NULL
  );
  -- what the server holds in memory of every passage, built as the rows were written
  -- (core/passage-columns.ts): per column its ids (JSON) and its offsets and values arrays
  -- (and the documents' author, year and type columns, a row per document: core/document-columns.ts)
  CREATE TABLE columns (name TEXT PRIMARY KEY, ids TEXT NOT NULL, offsets BLOB NOT NULL, vals BLOB NOT NULL);
  -- one row: every document's id and title in order (JSON), the first ordinal of each one's
  -- passages and the passage count after the last (starts, 32-bit), the authors' labels (JSON,
  -- in the order of the author column's ids): what the server holds of every document
  CREATE TABLE document_list (ids TEXT NOT NULL, starts BLOB NOT NULL, titles TEXT NOT NULL, author_labels TEXT NOT NULL);
  -- one row: each document title's content stems (JSON, a list per title in document_list's
  -- order: core/title-stems.ts), which title match reads instead of stemming every title
  CREATE TABLE title_stems (stems TEXT NOT NULL);
  ${FTS_SCHEMA}
  ${TERM_BEST_SCHEMA}
  ${STEM_RUNS_SCHEMA}
`;

/** The FTS5 tables a build writes. */
const FTS_TABLES = ['fts', 'phrases', 'pairs'] as const;

/** The FTS5 tables of PHRASE_TABLES_SCHEMA, which a second writer may write into a file of its own (PhraseRowsSink). */
export const PHRASE_FTS_TABLES = ['phrases', 'pairs'] as const;

/**
 * FTS5's merge settings while the rows go in. By default FTS5 merges every four segments of a
 * level as it goes (automerge 4), so at 100k passages each byte of the pairs table was written
 * again about four times before the final 'optimize' merged everything once more. No merging
 * until sixty-four segments of a level have piled up (crisismerge), then the one 'optimize'
 * at the end: the same index blocks (only the segment's number differs), written fewer times.
 * Inserting the 100k corpus's rows: 47.7 → 41.8 s of CPU, the optimizes 8.4 → 6.1 s (load 6–7).
 */
const LOAD_MERGES = [
  ['automerge', 0],
  ['crisismerge', 64],
  // FTS5 flushes its pending terms into a new segment whenever they pass 1 MB (hashsize) and
  // at each commit: the pairs table's pending data for the 200 documents of a transaction is
  // about 15 MB, so it was flushed a dozen times a transaction, each flush writing again every
  // distinct pair it held. Flushed at commits only, the same index after 'optimize' (a pair's
  // rows and positions; only segment numbers differ). Replaying the 20k corpus's pairs rows:
  // insert 1.7–2.3 → 1.2–1.4 s of CPU, optimize 0.45 → 0.32 s; the whole writer (every table,
  // 20k documents' rows replayed, three pairs interleaved at load 8–10) 12.0–14.1 → 10.0–11.8 s.
  // At most this much per table held in memory before a flush.
  ['hashsize', 32 * 1024 * 1024],
] as const;

/** FTS5's load settings (LOAD_MERGES) given to `tables` while their rows go in. */
export function setLoadMerges(db: Database.Database, tables: readonly string[]): void {
  for (const table of tables) for (const [key, value] of LOAD_MERGES) db.exec(`INSERT INTO ${table}(${table}, rank) VALUES ('${key}', ${value})`);
}

/**
 * The load's settings taken off `tables` once their rows are in and merged, so a finished build
 * holds FTS5's defaults as before them (setting them back would leave rows saying so): the
 * config tables are written to directly, which SQLite's defensive mode (better-sqlite3's
 * default) refuses but for this statement.
 */
export function dropLoadMerges(db: Database.Database, tables: readonly string[]): void {
  db.unsafeMode(true);
  try {
    for (const table of tables) db.prepare(`DELETE FROM ${table}_config WHERE k IN (${LOAD_MERGES.map(() => '?').join(', ')})`).run(...LOAD_MERGES.map(([key]) => key));
  } finally {
    db.unsafeMode(false);
  }
}

/**
 * Where a writer sends each document's phrases rows (its passages' written words, from ordinal
 * `first` on) when another writer fills the phrase tables (indexer/phrase-writer.ts): FTS5
 * inserting the phrases and pairs rows was the largest part of the one thread writing the build.
 * `commit` marks the writer's own commits, so the other writer's FTS5 segments end where
 * this one's would have (the same index, byte for byte, after 'optimize').
 */
export interface PhraseRowsSink {
  add(first: number, words: readonly string[]): void;
  commit(): void;
}

/** better-sqlite3 binds a Buffer as a blob (a view over the same bytes: no copy). */
const blob = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Multi-valued columns are stored space-separated: ids never contain spaces. */
export const joinIds = (ids: readonly string[] | undefined) => (ids ?? []).join(' ');
export const splitIds = (s: string) => (s ? s.split(' ') : []);

/**
 * One document's rows as LibraryWriter inserts them, per passage in order: what costs CPU
 * (analysing terms, serialising records) is done here, where the document is prepared (in a
 * file worker), so the one process writing the file only inserts.
 */
export interface DocumentRows {
  ids: string[];
  /** the tag fields of core/facets.ts, as JSON */
  tags: string[];
  cites: string[];
  duplicate: number[];
  texts: string[];
  /** the whole passage, as JSON */
  records: string[];
  /** the FTS columns: the text's and the section heading's analysed terms, the document's title and author */
  ftsText: string[];
  ftsSection: string[];
  /**
   * the phrases table's column (phraseRow's written words). Not its stems: format 18 writes none
   * (the writer's stem_runs come from stemDict/stemLocal), and they were ~1.7 kB of a passage's
   * ~15 kB message from the file worker, serialised, sent and read for nothing (build18b).
   */
  phraseWords: string[];
  ftsTitle: string;
  ftsAuthor: string;
  /**
   * The passages' stems for stem_runs (stem-runs.ts), numbered within the document so that the
   * one process writing the build only maps the document's distinct stems to the build's ids:
   * the distinct stem tokens in the order first met, and every passage's words as indexes into
   * them, passage after passage (passage i's end at stemEnds[i]).
   */
  stemDict: string[];
  stemLocal: Uint32Array;
  stemEnds: Uint32Array;
  /**
   * The FTS columns' tokens (term-counts.ts ftsTokens), numbered within the document as the
   * stems are, and every row's terms counted per column by those numbers (term-counts.ts
   * TermEntries), for the writer's term counts: the worker preparing the rows looks every
   * token up anyway, so the one process writing the build neither splits each row again and
   * looks each of its terms up by string, nor counts them; it maps the document's distinct
   * terms to the build's and adds the counts.
   */
  termDict: string[];
  terms: TermEntries;
  /**
   * Set by a file worker (documentRows' `numbered`): stemDict and termDict as the worker's numbers
   * of their tokens (token-numbers.ts), the dicts then left empty; the pool makes them the
   * run's numbers (renumberDict) before the writer reads them.
   */
  stemNumbered?: NumberedDict;
  termNumbered?: NumberedDict;
}

/**
 * `numbered`: the dictionaries as this process's numbers and the tokens numbered since the last
 * numbered document (a file worker sending the rows to the run: token-numbers.ts), not as strings.
 */
export function documentRows(doc: DocumentRecord, passages: readonly Passage[], numbered = false): DocumentRows {
  boundTokenCache();
  const numbering: StemNumbering = { doc: documentsNumbered, dict: [], nums: [], local: [] };
  // the text tokens' numbers (local), counted per passage with its other columns' (termsOf)
  const termNumbering: StemNumbering = { doc: documentsNumbered++, dict: [], nums: [], local: [] };
  const termEntries = new TermEntriesBuilder();
  const termsOf = (column: string) => ftsTokens(column).map((t) => localOf(termNumbering, slotOf(termSlots, t)));
  const ends = new Uint32Array(passages.length);
  const rows: DocumentRows = {
    ids: [], tags: [], cites: [], duplicate: [], texts: [], records: [], ftsText: [], ftsSection: [], phraseWords: [],
    ftsTitle: ftsTerms(doc.csl.title ?? ''), ftsAuthor: ftsTerms((doc.csl.author ?? []).map(nameDisplay).join(' ')),
    stemDict: numbering.dict, stemLocal: new Uint32Array(0), stemEnds: ends,
    termDict: termNumbering.dict, terms: { local: new Uint32Array(0), counts: new Uint32Array(0), ends: new Uint32Array(0), sizes: new Uint32Array(0) },
  };
  const title = termsOf(rows.ftsTitle);
  const author = termsOf(rows.ftsAuthor);
  // a run of passages' section is analysed (and its terms numbered) once, not per passage
  let section: [string, string, number[]] = ['', '', []];
  for (const p of passages) {
    if (p.doc !== doc.id) throw new Error(`passage ${p.id} belongs to ${p.doc}, not ${doc.id}`);
    rows.ids.push(p.id);
    rows.tags.push(JSON.stringify(tagFields(p)));
    rows.cites.push(joinIds(p.cites));
    rows.duplicate.push(p.duplicate ? 1 : 0);
    rows.texts.push(p.text);
    rows.records.push(JSON.stringify(p));
    const heading = sectionField(p);
    if (heading !== section[0]) {
      const terms = ftsTerms(heading);
      section = [heading, terms, termsOf(terms)];
    }
    // one pass for the three columns; the FTS column leaves out web addresses (textField)
    const from = termNumbering.local.length;
    const field = textField(p.text);
    const [terms, , written] = textRows(p.text, numbering, field === p.text ? termNumbering : undefined, false);
    if (field === p.text) rows.ftsText.push(terms);
    else {
      const own = ftsTerms(field);
      rows.ftsText.push(own);
      for (const t of ftsTokens(own)) numberSlot(termNumbering, slotOf(termSlots, t));
    }
    rows.ftsSection.push(section[1]);
    rows.phraseWords.push(written);
    termEntries.add(termNumbering.local, from, termNumbering.local.length, [section[2], title, author]);
    ends[rows.ids.length - 1] = numbering.local.length;
  }
  rows.stemLocal = Uint32Array.from(numbering.local);
  rows.terms = termEntries.finish();
  if (numbered) {
    rows.stemNumbered = { numbers: Uint32Array.from(numbering.nums), fresh: stemSlots.numbers.fresh() };
    rows.termNumbered = { numbers: Uint32Array.from(termNumbering.nums), fresh: termSlots.numbers.fresh() };
    rows.stemDict = [];
    rows.termDict = [];
  }
  return rows;
}

/** What computing term_best's rows from a finished library.db takes (termBestRows). */
export interface TermBestJob {
  path: string;
  queries: ListedQuery[];
  passages: number;
  weights: string;
}

/**
 * The database the indexer streams a build into: `addDocument` once per document with its
 * passages, then the few late updates (`updateDocument`, `updatePassageCitations`), then
 * `finish`. Inserts run in one transaction per batch of documents.
 */
export class LibraryWriter {
  private readonly db: Database.Database;
  private readonly insertDoc: Database.Statement;
  private readonly insertPassage: Database.Statement;
  private readonly insertFts: Database.Statement;
  private readonly insertPhrases: Database.Statement;
  private readonly insertPairs: Database.Statement;
  /** where the phrase tables' rows go when another writer fills them (PhraseRowsSink); here otherwise */
  private readonly phrases: PhraseRowsSink | undefined;
  /** the FTS5 tables this writer fills */
  private readonly ftsTables: readonly string[];
  private readonly insertStemRun: Database.Statement;
  private readonly stemRuns = new StemRunsWriter();
  /** every FTS row's terms counted as inserted, for term_best (term-counts.ts) */
  private readonly termCounts: FtsTermCounts;
  private readonly late: { updateDoc: Database.Statement; range: Database.Statement; passages: Database.Statement; updatePassage: Database.Statement };
  private readonly columns = new PassageColumnsBuilder();
  private readonly documentColumns = new DocumentColumnsBuilder();
  /** per document, the first ordinal of its passages */
  private readonly starts: number[] = [];
  private passages = 0;
  private documents = 0;
  private pending = 0;

  /**
   * `countTerms` false: term_best is asked of FTS5 at the end, nothing counted meanwhile (term-counts.ts worthCounting).
   * `phrases`: the phrase tables' rows go there (another writer's file, adopted at the end:
   * indexer/phrase-writer.ts), and this file's phrase tables stay empty until then.
   */
  constructor(
    private readonly path: string,
    { countTerms = true, phrases }: { countTerms?: boolean; phrases?: PhraseRowsSink } = {},
  ) {
    this.termCounts = new FtsTermCounts(countTerms);
    this.phrases = phrases;
    this.ftsTables = phrases ? ['fts'] : FTS_TABLES;
    this.db = new Database(path);
    // a build is written once, by one process, into a staging directory: durability comes from
    // the publish protocol (manifest last, rename), not from SQLite's journal
    this.db.pragma('journal_mode = OFF');
    this.db.pragma('synchronous = OFF');
    // 8 KB pages, not SQLite's 4 KB: a passage's row (its record and text, ~6 KB) then mostly
    // fits one page instead of spilling into overflow pages, and two of FTS5's ~4 KB index
    // blocks share a page. The writer replaying the 20k corpus's rows, two pairs interleaved at
    // load 8–18: 13.6–15.1 → 10.5–12.0 CPU-s (16 KB: no better; a 32–64 MB page cache: none);
    // the file 150.7 → 155.9 MB. The same rows; a reader needs nothing (the file says its page size).
    this.db.pragma('page_size = 8192');
    this.db.exec(SCHEMA);
    setLoadMerges(this.db, this.ftsTables);
    this.db.prepare('INSERT INTO meta VALUES (?, ?)').run('format', String(LIBRARY_DB_FORMAT));
    this.insertDoc = this.db.prepare('INSERT INTO documents VALUES (?, ?, ?, ?, ?)');
    this.insertPassage = this.db.prepare('INSERT INTO passages VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    this.insertFts = this.db.prepare(`INSERT INTO fts (rowid, ${FTS_COLUMNS.join(', ')}) VALUES (?, ?, ?, ?, ?)`);
    this.insertPhrases = this.db.prepare(`INSERT INTO phrases (rowid, ${PHRASE_COLUMNS.join(', ')}) VALUES (?, ?)`);
    this.insertStemRun = this.db.prepare('INSERT INTO stem_runs VALUES (?, ?)');
    this.insertPairs = this.db.prepare('INSERT INTO pairs (rowid, words) VALUES (?, ?)');
    this.late = {
      updateDoc: this.db.prepare('UPDATE documents SET record = ? WHERE ord = ?'),
      range: this.db.prepare('SELECT first, end FROM documents WHERE ord = ?'),
      passages: this.db.prepare('SELECT ord, record FROM passages WHERE ord >= ? AND ord < ? ORDER BY ord'),
      updatePassage: this.db.prepare('UPDATE passages SET cites = ?, record = ? WHERE ord = ?'),
    };
    this.db.exec('BEGIN');
  }

  get counts(): { documents: number; passages: number } {
    return { documents: this.documents, passages: this.passages };
  }

  addDocument(doc: DocumentRecord, passages: readonly Passage[]): void {
    this.addRows(doc, documentRows(doc, passages));
  }

  /** A document whose rows were computed elsewhere (a file worker: documentRows), inserted as they are. */
  addRows(doc: DocumentRecord, rows: DocumentRows): void {
    const first = this.passages;
    const docOrd = this.documents;
    this.starts.push(first);
    this.documentColumns.add(doc);
    const runs = rows.stemNumbered
      ? this.stemRuns.encodeNumbered(rows.stemNumbered, rows.stemLocal, rows.stemEnds)
      : this.stemRuns.encodeDocument(rows.stemDict, rows.stemLocal, rows.stemEnds);
    this.termCounts.addEntries(rows.termNumbered ? this.termCounts.idsOfNumbers(rows.termNumbered) : this.termCounts.idsOf(rows.termDict), rows.terms);
    const phrases = this.phrases;
    phrases?.add(first, rows.phraseWords);
    for (let i = 0; i < rows.ids.length; i++) {
      const ord = this.passages++;
      this.insertPassage.run(ord, rows.ids[i], docOrd, rows.tags[i], rows.cites[i], rows.duplicate[i], rows.texts[i], rows.records[i]);
      this.insertFts.run(ord, rows.ftsText[i], rows.ftsSection[i], rows.ftsTitle, rows.ftsAuthor);
      if (!phrases) {
        this.insertPhrases.run(ord, rows.phraseWords[i]);
        this.insertPairs.run(ord, pairColumn(rows.phraseWords[i]));
      }
      this.insertStemRun.run(ord, runs[i]);
      // the parsed fields given the rest in place: a copy of each passage's fields was an eighth of this loop's own CPU
      const columns = JSON.parse(rows.tags[i]) as PassageColumns;
      columns.doc = doc.id;
      columns.cites = splitIds(rows.cites[i]);
      columns.duplicate = rows.duplicate[i] === 1;
      this.columns.add(columns);
    }
    this.insertDoc.run(this.documents++, doc.id, first, this.passages, JSON.stringify(doc));
    // commit every few hundred documents so the journal of one transaction stays small
    if (++this.pending >= 200) {
      this.db.exec('COMMIT; BEGIN');
      this.phrases?.commit();
      this.pending = 0;
    }
  }

  /** A document's record replaced (late fields: its citation key, the corpus documents it cites and is cited by). */
  updateDocument(ord: number, doc: DocumentRecord): void {
    this.late.updateDoc.run(JSON.stringify(doc), ord);
    this.documentColumns.replace(ord, doc);
  }

  /** The stored records of a document's passages, by ordinal (read back to apply late fields). */
  passagesOf(ord: number): { ord: number; record: string }[] {
    const range = this.late.range.get(ord) as { first: number; end: number } | undefined;
    if (!range) throw new Error(`no document ${ord} in this database`);
    return this.late.passages.all(range.first, range.end) as { ord: number; record: string }[];
  }

  /** A passage's citations replaced: the column facet counting reads, and the record. Its text and FTS row stay. */
  updatePassageCitations(ord: number, p: Passage): void {
    this.late.updatePassage.run(joinIds(p.cites), JSON.stringify(p), ord);
    this.columns.replaceCites(ord, p.cites);
  }

  /** Commits, writes the columns, indexes the passage ids and merges the FTS segments, so the server opens a compact file. */
  finish(): void {
    const job = this.finishIndexes();
    this.finishTermBest(this.countedTermBest(job) ?? termBestRows(this.db, job.queries, job.passages, job.weights));
  }

  /**
   * All of `finish` but term_best, whose rows (termBestRows) read the finished file only and may
   * be computed by other connections meanwhile (indexer/term-best-pool.ts): what they need.
   */
  finishIndexes(): TermBestJob {
    const insert = this.db.prepare('INSERT INTO columns VALUES (?, ?, ?, ?)');
    for (const [name, column] of namedColumns(this.columns.finish())) {
      const stored = column.stored();
      insert.run(name, stored.ids, blob(stored.offsets), blob(stored.values));
    }
    const documents = this.documentColumns.finish();
    for (const f of DOCUMENT_FACETS) {
      const stored = documents.columns[f].stored();
      insert.run(documentColumnName(f), stored.ids, blob(stored.offsets), blob(stored.values));
    }
    const list = storedDocumentList(documents);
    const starts = Uint32Array.from([...this.starts, this.passages]);
    this.db.prepare('INSERT INTO document_list VALUES (?, ?, ?, ?)').run(list.ids, blob(new Uint8Array(starts.buffer)), list.titles, list.authorLabels);
    this.db.prepare('INSERT INTO title_stems VALUES (?)').run(JSON.stringify(documents.titles.map(titleStemList)));
    this.stemRuns.finish(this.db);
    // the other writer, if any, writes stem_words from its own phrases table
    if (!this.phrases) writeStemWords(this.db);
    this.db.exec('COMMIT');
    this.db.exec('CREATE UNIQUE INDEX passages_id ON passages(id)');
    for (const table of this.ftsTables) this.db.exec(`INSERT INTO ${table}(${table}) VALUES ('optimize')`);
    dropLoadMerges(this.db, this.ftsTables);
    // after the index's last write: the scores term_best keeps are those of the finished index
    return { path: this.path, queries: listedQueries(this.db), passages: this.passages, weights: FTS_WEIGHTS };
  }

  /**
   * term_best's rows of `finishIndexes`' job from the rows' terms as inserted (term-counts.ts), or
   * undefined where they do not match the finished index (FTS5 is then asked: termBestRows).
   */
  countedTermBest(job: TermBestJob, options?: TermBestOptions): TermBestRow[] | undefined {
    return this.termCounts.termBestRows(this.db, job.queries, job.passages, job.weights, options);
  }

  /** What `countedTermBest` scores (term-counts.ts countedJob), for threads to share (indexer/term-best-pool.ts); undefined as there. */
  countedTermBestJob(job: TermBestJob, options?: TermBestOptions): CountedJob | undefined {
    return this.termCounts.countedJob(this.db, job.queries, job.passages, job.weights, options);
  }

  /** term_best's rows (those of `finishIndexes`' queries, in that order) written, and the file closed. */
  finishTermBest(rows: readonly TermBestRow[]): void {
    this.db.exec('BEGIN');
    insertTermBest(this.db, rows);
    this.db.exec('COMMIT');
    this.db.close();
  }

  /** Closes without finishing (a failed run): the staging directory is discarded. */
  abort(): void {
    if (this.db.open) this.db.close();
  }
}

/**
 * Adds the pairs table (phrase-pairs.ts) to a finished library.db written before it, from the
 * passages' stored text as the writer would have: false when it has one already.
 */
export function addPhrasePairs(db: Database.Database): boolean {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'pairs'").get() !== undefined;
  if (exists && db.prepare('SELECT 1 FROM pairs_data WHERE id > 10 LIMIT 1').get() !== undefined) return false;
  const batch = db.prepare('SELECT ord, text FROM passages WHERE ord >= ? AND ord < ?').raw();
  const last = (db.prepare('SELECT max(ord) FROM passages').pluck().get() as number | null) ?? -1;
  db.transaction(() => {
    // an empty table left by an interrupted run is made again
    if (exists) db.exec('DROP TABLE pairs');
    // a build of format 17 or before: the engine reads its stemmed phrases from the stems column
    db.exec(PAIRS_SCHEMA_17);
    const insert = db.prepare('INSERT INTO pairs (rowid, stems, words) VALUES (?, ?, ?)');
    // in batches: a connection cannot write while it reads
    for (let from = 0; from <= last; from += 5000) {
      for (const [ord, text] of batch.all(from, from + 5000) as [number, string][]) insert.run(ord, ...pairRow(...phraseRow(text)));
    }
  })();
  db.exec("INSERT INTO pairs(pairs) VALUES ('optimize')");
  return true;
}
