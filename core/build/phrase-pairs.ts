// Phrases answered from pairs of words. The phrases table (library-db.ts) keeps every word in
// its place, and FTS5 answers a phrase there by reading the positions of each of its words in
// the whole index: with a common word or a stop word ("protection advocacy and"), 10-20 ms at
// 100k passages, twice per phrase (stemmed, then as written). Here each passage's text is
// its runs of two words, in place: a phrase of n words is its n - 1 pairs one after the other,
// the same passages, and a pair is far rarer than either of its words, so FTS5 reads little.

/**
 * Contentless like the phrases table, with the same tokenizer: a pair is one token, its two
 * words' tokens (library-db.ts phraseToken) joined by the escape of a space, which no word's
 * token holds, so two different pairs never make the same token. Only the words as written:
 * a stemmed phrase is asked as its written variants' pairs (stem_words, below), so the build
 * writes each pair instance once, not also as stems (the stems column was about half of this
 * table's inserting, itself most of the one process writing the build's CPU). Format 18.
 */
export const PAIRS_SCHEMA = `
  CREATE VIRTUAL TABLE pairs USING fts5(words, content='', columnsize=0, tokenize="ascii tokenchars '_'", detail=full);
`;

/**
 * The pairs table of formats 8 to 17, stems and written words (what add-query-tables.ts gives a
 * build of such a format, and what the engine reads there).
 */
export const PAIRS_SCHEMA_17 = `
  CREATE VIRTUAL TABLE pairs USING fts5(stems, words, content='', columnsize=0, tokenize="ascii tokenchars '_'", detail=full);
`;

/**
 * Every written word's token of the phrases table (its words column) under its stem's token:
 * the written variants of a stem, which a stemmed phrase of several words is asked as. A
 * written token's stem is a function of the token (phraseToken is undone, the word stemmed),
 * so a passage holds the stems s1 s2 … in a row exactly when it holds written words w1 w2 … in
 * a row with each wi among si's variants.
 */
export const STEM_WORDS_SCHEMA = `
  CREATE TABLE stem_words (stem TEXT NOT NULL, word TEXT NOT NULL, PRIMARY KEY (stem, word)) WITHOUT ROWID;
`;

/** A stemmed phrase's combinations of written variants asked in one MATCH (an OR of phrases). */
export const VARIANTS_PER_MATCH = 64;

/**
 * Every combination of one variant per word, in order (the first word's variants slowest):
 * the written phrases a stemmed phrase stands for.
 */
export function variantPhrases(variants: readonly (readonly string[])[]): string[][] {
  let out: string[][] = [[]];
  for (const vs of variants) out = out.flatMap((head) => vs.map((v) => [...head, v]));
  return variants.length ? out : [];
}

/** The most written phrases one stemmed phrase is asked as at once (four MATCHes); longer ones go by windows. */
export const STEMMED_PHRASES_AT_MOST = 4 * VARIANTS_PER_MATCH;

/**
 * A phrase's words as windows [from, to] (inclusive, at least two words each, overlapping by one
 * word, covering every word), each as long as its words' counts of written forms multiplied stay
 * within `most`: one window when the whole phrase does.
 */
export function phraseWindows(counts: readonly number[], most: number): [number, number][] {
  const out: [number, number][] = [];
  for (let from = 0; from + 1 < counts.length;) {
    let to = from + 1;
    let n = counts[from] * counts[to];
    while (to + 1 < counts.length && n * counts[to + 1] <= most) n *= counts[++to];
    out.push([from, to]);
    from = to;
  }
  return out;
}

const JOIN = '_20_';

/** The tokens of a phrases-table column as its tokenizer reads them (an empty word token is no token). */
const tokensOf = (column: string) => column.split(' ').filter(Boolean);

/** The pairs of a run of tokens, in order. */
export function pairTokens(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) out.push(`${tokens[i]}${JOIN}${tokens[i + 1]}`);
  return out;
}

/**
 * A phrases-table column's pairs, as `pairTokens` of its tokens joined by spaces. A column of
 * tokens one space apart (what phraseRow writes) is paired by one regular expression over the
 * string, each space becoming the join, the next token, a space and that token again ("a b c"
 * → "a_20_b b_20_c"): splitting and joining every passage's words twice cost the one process
 * writing the build 6 s at 100k passages.
 */
export function pairColumn(column: string): string {
  if (column.startsWith(' ') || column.endsWith(' ') || column.includes('  ')) return pairTokens(tokensOf(column)).join(' ');
  const last = column.lastIndexOf(' ');
  if (last < 0) return '';
  return `${column.slice(0, last).replace(/ ([^ ]+)/g, `${JOIN}$1 $1`)}${JOIN}${column.slice(last + 1)}`;
}

/** A passage's pairs row of format 17 from its phrases row (phraseRow): the stems' pairs and the written words' pairs. */
export const pairRow = (stems: string, words: string): [stems: string, words: string] => [pairColumn(stems), pairColumn(words)];
