// One cut of a passage's text for the notions of a word that preparing a document's rows has.
// A file worker read the same words three times there, each time cut with a pattern of its own
// and each piece looked up by string in a table of its own: lunr's tokens for the rows
// (core/build/library-db.ts), the vocabulary's words (indexer/build-vocab.ts) and the acronyms'
// known words (indexer/build-terms.ts). Here a text is cut once, at ASCII white space, into
// pieces each interned once per process (a number and its lower-cased form); what each notion
// of a word makes of a piece is worked out once per distinct piece (a PieceView) and read by the
// piece's number after that. Each notion stops a word at white space, and lower-casing a piece
// alone gives what lower-casing the whole text gives there (white space is no letter and no
// case-ignorable character, so not even a Greek final sigma reads across it), so a passage's
// words are its pieces' words in order. (The tagger's probe words were tried too: a Set built
// from the pieces' words cost more than its own split, 41 against 21 µs a passage.)

/** A run of a text between ASCII white space, interned: the same number for the same characters. */
export interface Piece {
  readonly id: number;
  readonly text: string;
  readonly lower: string;
}

/** A word of one of the notions above, interned: its string's hash computed once, and a number. */
export interface Word {
  readonly id: number;
  readonly text: string;
  /** which FirstMet last counted it, and its place in that counter */
  counter: number;
  local: number;
  /** the last passage (a caller's stamp) it was seen in: counting once per passage */
  seen: number;
}

const GAP = /[ \t\n\r]+/;
const OTHER_GAP = /[\t\n\r]/;

// Pieces and words are kept for the process's life up to a bound a library's vocabulary rarely
// reaches, then forgotten together (between documents only: boundPieces), views with them.
const LIMIT = 300_000;
let pieceIds = new Map<string, Piece>();
let pieceCount = 0;
let wordIds = new Map<string, Word>();
/** bumped when the tables are emptied, so every view knows its values are stale */
let generation = 0;

/** A text's pieces in order (no empty ones). */
export function piecesOf(text: string): Piece[] {
  const out: Piece[] = [];
  // a string separator is split far faster than a pattern; tabs and line breaks are rare in a passage
  for (const s of OTHER_GAP.test(text) ? text.split(GAP) : text.split(' ')) {
    if (!s) continue;
    let piece = pieceIds.get(s);
    if (piece === undefined) pieceIds.set(s, (piece = { id: pieceCount++, text: s, lower: s.toLowerCase() }));
    out.push(piece);
  }
  return out;
}

/** The interned word for a string. */
export function wordOf(text: string): Word {
  let word = wordIds.get(text);
  if (word === undefined) wordIds.set(text, (word = { id: wordIds.size, text, counter: -1, local: 0, seen: -1 }));
  return word;
}

/** Empties the tables once past their bound: called where nothing holds a piece or word across the call (between documents). */
export function boundPieces(limit = LIMIT): void {
  if (pieceCount < limit && wordIds.size < limit) return;
  pieceIds = new Map();
  pieceCount = 0;
  wordIds = new Map();
  generation++;
}

/** What one notion of a word makes of a piece, worked out once per distinct piece and kept by its number. */
export class PieceView<T> {
  private values: (T | undefined)[] = [];
  private generation = generation;

  constructor(private readonly make: (piece: Piece) => T) {}

  of(piece: Piece): T {
    if (this.generation !== generation) {
      this.values = [];
      this.generation = generation;
    }
    const values = this.values;
    let value = values[piece.id];
    if (value === undefined) {
      value = this.make(piece);
      // filled in order, so the array stays a list and never turns into a dictionary of holes
      while (values.length < piece.id) values.push(undefined);
      values[piece.id] = value;
    }
    return value;
  }
}

let counters = 0;

/**
 * Words counted in the order first met, as a Map from word to count would keep them, without a
 * lookup by string: each word holds its place in the counter counting it. One counter counts at
 * a time (a word holds one place).
 */
export class FirstMet {
  private readonly stamp = counters++;
  readonly words: string[] = [];
  readonly counts: number[] = [];

  add(word: Word): void {
    if (word.counter !== this.stamp) {
      word.counter = this.stamp;
      word.local = this.words.length;
      this.words.push(word.text);
      this.counts.push(1);
    } else this.counts[word.local]++;
  }
}

let passages = 0;

/** A fresh stamp for Word.seen: one per passage counted once per word. */
export const passageStamp = (): number => passages++;
