import type { Passage } from '../core/types.js';
import type { CorpusTerms } from '../core/corpus-terms.js';
import { isStopWord } from '../core/analysis.js';
import { allMatches, asciiForm, isPlain } from '../core/text.js';
import { addNumbered, corpusWords, foldNumbered, wordCounts, type NumberedCounts, type WordCounts } from './build-vocab.js';

// What the corpus says about its own words, for the query side (server/search/): the acronyms
// it defines, the names its acronyms may stand for, and which words keep company. Collected
// one document at a time as the build streams (CorpusTermsCollector), written once as
// terms.json; nothing here is written for the seed texts.

const SMALL = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'to', 'at', 'by', 'with', 'de', 'du', 'des', 'la', 'le', '&']);
const WORD = "[\\p{L}][\\p{L}\\p{N}'’-]*";
// An acronym as written: two capitals or more, maybe a small letter ("HRuF", "DoD"), a final "s".
const ACRONYM = '[\\p{Lu}][\\p{L}&/-]{1,11}';
// "(ACR)" found first; the name is then looked for in the words just before it. (One pattern
// for both, tried at every word of every passage, was most of the indexer's main process.)
const PAREN_ACRONYM = new RegExp(`\\((?:the\\s+)?(${ACRONYM})\\)`, 'gu');
const WORD_TAIL = new RegExp(`${WORD}$`, 'u');

/** Up to ten words, each followed by white space, right before `end` (the name an acronym's "(" may close). */
function wordsBefore(text: string, end: number): string | null {
  const slice = text.slice(Math.max(0, end - 300), end);
  if (!/\s$/u.test(slice)) return null;
  const tokens = slice.trimEnd().split(/\s+/);
  const out: string[] = [];
  for (let i = tokens.length - 1; i >= 0 && out.length < 10; i--) {
    // a token holding more than a word ("(see Inter-Agency") gives the word at its end, and ends the run
    const word = WORD_TAIL.exec(tokens[i])?.[0];
    if (!word) break;
    out.unshift(word);
    if (word !== tokens[i]) break;
  }
  return out.length ? out.join(' ') + ' ' : null;
}
const NAME_AFTER = new RegExp(`\\b(${ACRONYM})\\s+\\((?:the\\s+)?(\\p{Lu}[^()]{3,100})\\)`, 'gu');
/** The words counted in `known`. */
const LETTERS = /\p{L}+/gu;
/**
 * The shortest word of `known` that `result` can read: an acronym as written has two capitals
 * or more (isAcronymForm), an initialism's key three letters or more. Shorter words ("a", the
 * "s" of "UN’s") are not counted.
 */
export const KNOWN_SHORTEST = 2;

/** A text's words as `known` counts them: runs of letters of the text in lower case, KNOWN_SHORTEST or longer. */
export function knownWords(text: string): string[] {
  const words = text.toLowerCase().match(isPlain(text) ? asciiForm(LETTERS) : LETTERS) ?? [];
  return words.filter((w) => w.length >= KNOWN_SHORTEST);
}
const CAPITALISED = "\\p{Lu}[\\p{L}\\p{N}'’-]*";
// A name in Title Case, small words allowed inside: "Human Rights Up Front", "Protection of
// Civilians"; not across "and", which joins two names ("Russia and China").
const TITLE_RUN = new RegExp(`${CAPITALISED}(?:\\s+(?:(?:of|the|for|in|on|to)\\s+)*${CAPITALISED}){1,7}`, 'gu');

/** An acronym written in at least this share of passages is not expanded to its name. */
export const COMMON_ACRONYM_SHARE = 0.05;

const isAcronymForm = (a: string) => (a.match(/\p{Lu}/gu) ?? []).length >= 2 && !/^\p{Lu}\p{Ll}+$/u.test(a);
/** The letters an acronym spells, lower-case: "HRuF" → "hruf", "SRSGs" → "srsg", "RC/HCs" → "rchc". */
export function acronymLetters(a: string): string {
  return a.replace(/s$/, '').replace(/[^\p{L}]/gu, '').toLowerCase();
}
const wordsOf = (name: string) => name.split(/\s+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
/** First letters of a name's words, with the small words and without: "Human Rights Up Front" → hruf. */
function initials(words: string[]): string[] {
  const all = words.map((w) => w[0].toLowerCase()).join('');
  const content = words.filter((w) => !SMALL.has(w.toLowerCase())).map((w) => w[0].toLowerCase()).join('');
  return all === content ? [all] : [content, all];
}

/**
 * The shortest tail of the words before "(ACR)" whose initials spell the acronym, or null:
 * "… the Inter-Agency Standing Committee (IASC)" → "Inter-Agency Standing Committee" (a hyphen
 * joins words that each give a letter).
 */
export function nameFor(acronym: string, before: string): string | null {
  const letters = acronymLetters(acronym);
  if (letters.length < 2) return null;
  const words = wordsOf(before);
  for (let k = 1; k <= words.length; k++) {
    const tail = words.slice(words.length - k);
    if (SMALL.has(tail[0].toLowerCase()) || !/^\p{Lu}/u.test(tail[0])) continue;
    const parts = tail.flatMap((w) => w.split('-').filter(Boolean));
    if (initials(tail).includes(letters) || initials(parts).includes(letters)) return tail.join(' ');
  }
  return null;
}

export interface TermsOptions {
  /** related words kept per word */
  related: number;
  /** a word needs this many passages to have related words, or to be one */
  minPassages: number;
  /** neighbours counted either side of a word */
  window: number;
  /** a word's strongest neighbours kept as its profile */
  features: number;
  /** a neighbour shared by more words than this is ignored */
  maxHolders: number;
  /** the least cosine between two profiles for the words to be related */
  minSimilarity: number;
  /**
   * neighbours two words must share to be related: one shared neighbour is a coincidence in a
   * small library ("sense" and "russia" both next to "momentum"), not a likeness of use
   */
  minShared: number;
  /** passages read: a larger corpus is sampled evenly, so the work stays bounded */
  samplePassages: number;
}

export const TERMS_OPTIONS: TermsOptions = { related: 6, minPassages: 3, window: 2, features: 30, maxHolders: 300, minSimilarity: 0.15, minShared: 2, samplePassages: 20_000 };

/**
 * What the acronym finders gathered from some passages (one document's, in a file worker), to be
 * merged in corpus order: each list in the order first found, as one collector would have kept it.
 */
export interface AcronymCounts {
  /** per acronym's letters: the names it was defined as with their counts, and the ways it was written */
  defined: [string, [string, number][], string[]][];
  runs: WordCounts;
  /** by word number (build-vocab.ts wordTable) */
  known: NumberedCounts;
  passages: number;
  /** the passages (by index in the document) that are no prose for the related words (`forRelated`) */
  apparatus: number[];
}

/** What the acronym and initialism finders keep while documents stream past. */
class AcronymCollector {
  // per acronym's letters: the names it was defined as, and the ways it was written
  private readonly defined = new Map<string, { names: Map<string, number>; written: Set<string> }>();
  private readonly runs = new Map<string, number>();
  /** every word of the corpus, lower-case, with the number of passages that hold it */
  private readonly known = new Map<string, { n: number; at: number }>();
  private passages = 0;

  /**
   * `knownElsewhere`: `known` is counted by word number with the document's other words
   * (document-words.ts), for `counts` only (one document's, in a file worker), not here.
   */
  constructor(private readonly knownElsewhere = false) {}

  /** One document's counts, for `merge`; `known` as counted elsewhere (document-words.ts). */
  counts(known: NumberedCounts): Omit<AcronymCounts, 'apparatus'> {
    return { defined: [...this.defined].map(([key, d]) => [key, [...d.names], [...d.written]]), runs: wordCounts(this.runs), known, passages: this.passages };
  }

  merge(c: AcronymCounts): void {
    for (const [key, names, written] of c.defined) {
      const d = this.defined.get(key) ?? { names: new Map<string, number>(), written: new Set<string>() };
      for (const [name, n] of names) d.names.set(name, (d.names.get(name) ?? 0) + n);
      for (const w of written) d.written.add(w);
      this.defined.set(key, d);
    }
    c.runs.words.forEach((name, i) => this.runs.set(name, (this.runs.get(name) ?? 0) + c.runs.counts[i]));
    addNumbered(this.knownById, c.known);
    this.passages += c.passages;
  }

  /** `known` merged by word number, folded into `known` before it is read */
  private readonly knownById: number[] = [];

  private foldKnown(): void {
    foldNumbered(this.knownById, (w, n) => {
      const k = this.known.get(w);
      if (k) k.n += n;
      else this.known.set(w, { n, at: -1 });
    });
  }

  private note(acr: string, name: string): void {
    const key = acronymLetters(acr);
    const d = this.defined.get(key) ?? { names: new Map<string, number>(), written: new Set<string>() };
    d.names.set(name, (d.names.get(name) ?? 0) + 1);
    d.written.add(acr);
    this.defined.set(key, d);
  }

  private addDefinitions(text: string, plain: boolean): void {
    for (const m of allMatches(plain ? asciiForm(PAREN_ACRONYM) : PAREN_ACRONYM, text)) {
      if (!isAcronymForm(m[1])) continue;
      const before = wordsBefore(text, m.index);
      const name = before ? nameFor(m[1], before) : null;
      if (name) this.note(m[1], name);
    }
    for (const m of allMatches(plain ? asciiForm(NAME_AFTER) : NAME_AFTER, text)) {
      if (!isAcronymForm(m[1])) continue;
      const inside = wordsOf(m[2]);
      if (initials(inside).includes(acronymLetters(m[1]))) this.note(m[1], inside.join(' '));
    }
  }

  add(text: string): void {
    // most passages are plain text, where the patterns' ASCII forms are the faster (core/text.ts)
    const plain = isPlain(text);
    if (text.includes('(')) this.addDefinitions(text, plain);
    for (const m of allMatches(plain ? asciiForm(TITLE_RUN) : TITLE_RUN, text)) {

      // a sentence's first word is capitalised whatever it is: a stop word there is no part of the name
      const [first, ...rest] = m[0].replace(/['’]s?$/u, '').split(/\s+/);
      const name = (isStopWord(first.toLowerCase()) ? rest : [first, ...rest]).join(' ');
      if (name.split(/\s+/).length >= 2) this.runs.set(name, (this.runs.get(name) ?? 0) + 1);
    }
    // each word counted once per passage: the passage it was last counted in is kept with it
    const at = this.passages++;
    if (this.knownElsewhere) return;
    for (const w of knownWords(text)) {
      const k = this.known.get(w);
      if (!k) this.known.set(w, { n: 1, at });
      else if (k.at !== at) {
        k.n++;
        k.at = at;
      }
    }
  }

  result(): { defined: string[][]; initialisms: [string, string][] } {
    this.foldKnown();
    const best = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0][0];
    // An acronym the corpus uses everywhere ("UN") gains no recall from its name, and searching
    // its name beside it only reorders what the acronym already finds: it is left as typed.
    const common = (written: Set<string>) => [...written].some((w) => (this.known.get(w.toLowerCase())?.n ?? 0) >= this.passages * COMMON_ACRONYM_SHARE);
    const definedOut: string[][] = [...this.defined.values()].filter((d) => !common(d.written)).map((d) => [...[...d.written].sort(), best(d.names)]);
    // Initialisms stand in for acronyms the corpus never spells out ("HRuF" for "Human Rights Up
    // Front"): only letters that are no word of the corpus, and one name per letters.
    const byKey = new Map<string, Map<string, number>>();
    for (const [name, n] of this.runs) {
      for (const key of initials(wordsOf(name))) {
        if (key.length < 3 || this.defined.has(key) || this.known.has(key) || isStopWord(key)) continue;
        const m = byKey.get(key) ?? new Map<string, number>();
        m.set(name, n);
        byKey.set(key, m);
      }
    }
    const initialisms: [string, string][] = [];
    for (const [key, names] of byKey) {
      const ranked = [...names].sort((a, b) => b[1] - a[1]);
      if (ranked.length === 1 || ranked[0][1] > ranked[1][1]) initialisms.push([key, ranked[0][0]]);
    }
    return { defined: definedOut.sort((a, b) => a[0].localeCompare(b[0])), initialisms: initialisms.sort() };
  }
}

/** The acronyms a corpus defines, and the names its Title Case phrases' initials spell. */
export function corpusAcronyms(passages: Passage[]): { defined: string[][]; initialisms: [string, string][] } {
  const c = new AcronymCollector();
  for (const p of passages) c.add(p.text);
  return c.result();
}

/**
 * Words used alike in the corpus: two words are related when they keep the same neighbours
 * (within two words either side), by cosine over positive PMI — "quiet" and "private" both
 * come before "diplomacy". A query that finds little is offered them.
 */
export function relatedWords(passages: Passage[], options: TermsOptions = TERMS_OPTIONS): Record<string, string[]> {
  const sample = new PassageSample(options.samplePassages);
  for (const p of passages) if (forRelated(p)) sample.add(p.text);
  return relatedFromSample(sample.texts(), options);
}

/** relatedWords over texts already sampled (CorpusTermsCollector `sampled`): what related-thread.ts computes. */
export const relatedFromTexts = (texts: readonly string[], options: TermsOptions = TERMS_OPTIONS) => relatedFromSample(texts.map(corpusWords), options);

// Words are numbered and counted in typed arrays and maps keyed by number: with maps of maps
// keyed by string this took 7–15 s at the end of a 100k build, with nothing else running.
// The sums are taken in the same order as that plainer form (test/unit/build-terms.test.ts
// holds the two equal), so the figures, and the words kept, are the same to the last bit.
function relatedFromSample(texts: string[][], options: TermsOptions): Record<string, string[]> {
  const ids = new Map<string, number>();
  const words: string[] = [];
  const docs = texts.map((ws) => {
    const out = new Int32Array(ws.length);
    ws.forEach((w, i) => {
      let id = ids.get(w);
      if (id === undefined) {
        id = words.length;
        ids.set(w, id);
        words.push(w);
      }
      out[i] = id;
    });
    return out;
  });
  const n = words.length;
  const df = new Int32Array(n);
  const seenIn = new Int32Array(n).fill(-1);
  docs.forEach((ws, d) => {
    for (const w of ws) {
      if (seenIn[w] === d) continue;
      seenIn[w] = d;
      df[w]++;
    }
  });
  const content = new Uint8Array(n);
  for (let w = 0; w < n; w++) content[w] = words[w].length >= 4 && df[w] >= options.minPassages && !isStopWord(words[w]) ? 1 : 0;
  // neighbour counts per word, words and their neighbours in the order first met
  const pairs = new PairCounts(n);
  const count = new Float64Array(n);
  let total = 0;
  for (const ws of docs) {
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i];
      if (!content[w]) continue;
      for (let j = Math.max(0, i - options.window); j <= Math.min(ws.length - 1, i + options.window); j++) {
        const f = ws[j];
        if (j === i || f === w || !content[f]) continue;
        pairs.add(w, f);
        count[w]++;
        total++;
      }
    }
  }
  // Each word's strongest features by positive PMI, and who has each feature (features in the order first held).
  const norm = new Float64Array(n);
  // holders[f].keys: the words holding feature f
  const holders: (Postings | undefined)[] = new Array(n);
  const featureOrder: number[] = [];
  const feats: { f: number; pmi: number }[] = [];
  for (const w of pairs.centres) {
    feats.length = 0;
    for (let p = pairs.head[w]; p >= 0; p = pairs.next[p]) {
      const f = pairs.f[p];
      const pmi = Math.log((pairs.count[p] * total) / (count[w] * count[f]));
      if (pmi > 0) feats.push({ f, pmi });
    }
    feats.sort((a, b) => b.pmi - a.pmi);
    if (feats.length > options.features) feats.length = options.features;
    let sq = 0;
    for (const { f, pmi } of feats) {
      sq += pmi * pmi;
      append(holders, f, featureOrder, w, pmi);
    }
    norm[w] = Math.sqrt(sq);
  }
  // A neighbour of nearly everything says nothing about likeness (and would cost n² pairs).
  // Per word, the features it shares with others in feature order (with its value for each),
  // words in the order the pairwise sum first reaches them.
  // shared[w].keys: the features w shares
  const shared: (Postings | undefined)[] = new Array(n);
  const first: number[] = [];
  for (const f of featureOrder) {
    const list = holders[f]!;
    if (list.keys.length > options.maxHolders || list.keys.length < 2) continue;
    list.keys.forEach((w, k) => append(shared, w, first, f, list.values[k]));
  }
  const dot = new Float64Array(n);
  const sharedCount = new Int32Array(n);
  const touched = new Uint8Array(n);
  const out: Record<string, string[]> = {};
  for (const w of first) {
    const reached: number[] = [];
    const mine = shared[w]!;
    for (let k = 0; k < mine.keys.length; k++) {
      const vw = mine.values[k];
      const list = holders[mine.keys[k]]!;
      for (let h = 0; h < list.keys.length; h++) {
        const x = list.keys[h];
        if (x === w) continue;
        if (!touched[x]) {
          touched[x] = 1;
          dot[x] = 0;
          sharedCount[x] = 0;
          reached.push(x);
        }
        dot[x] += vw * list.values[h];
        sharedCount[x]++;
      }
    }
    const ranked: [string, number][] = [];
    for (const x of reached) {
      touched[x] = 0;
      const cos = dot[x] / (norm[w] * norm[x]);
      if (cos >= options.minSimilarity && sharedCount[x] >= options.minShared) ranked.push([words[x], cos]);
    }
    ranked.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    if (ranked.length) out[words[w]] = ranked.slice(0, options.related).map(([x]) => x);
  }
  return out;
}

/** Numbered keys with a value each, in the order appended. */
interface Postings {
  keys: number[];
  values: number[];
}

/** Appends (key, value) to lists[at], made on first use, when `at` is also noted in `order`. */
function append(lists: (Postings | undefined)[], at: number, order: number[], key: number, value: number): void {
  let list = lists[at];
  if (!list) {
    list = { keys: [], values: [] };
    lists[at] = list;
    order.push(at);
  }
  list.keys.push(key);
  list.values.push(value);
}

/**
 * Counts of (word, neighbour) pairs of numbered words, in one open-addressed table: each
 * word's neighbours listed in the order first counted, the words in the order first given one.
 */
class PairCounts {
  /** per word: its first pair, -1 when none yet */
  readonly head: Int32Array;
  private readonly tail: Int32Array;
  readonly centres: number[] = [];
  w = new Int32Array(1 << 16);
  f = new Int32Array(1 << 16);
  count = new Int32Array(1 << 16);
  next = new Int32Array(1 << 16);
  private size = 0;
  private slots = new Int32Array(1 << 17).fill(-1);

  constructor(words: number) {
    this.head = new Int32Array(words).fill(-1);
    this.tail = new Int32Array(words).fill(-1);
  }

  private static hash(w: number, f: number): number {
    return (Math.imul(w, 0x9e3779b1) ^ Math.imul(f + 1, 0x85ebca77)) >>> 0;
  }

  add(w: number, f: number): void {
    // at half full the table doubles, the pairs placed again
    if ((this.size + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    const mask = this.slots.length - 1;
    for (let s = PairCounts.hash(w, f) & mask; ; s = (s + 1) & mask) {
      const p = this.slots[s];
      if (p < 0) {
        this.slots[s] = this.insert(w, f);
        return;
      }
      if (this.w[p] === w && this.f[p] === f) {
        this.count[p]++;
        return;
      }
    }
  }

  private insert(w: number, f: number): number {
    const p = this.size++;
    if (p === this.w.length) this.grow();
    this.w[p] = w;
    this.f[p] = f;
    this.count[p] = 1;
    this.next[p] = -1;
    if (this.head[w] < 0) {
      this.head[w] = p;
      this.centres.push(w);
    } else this.next[this.tail[w]] = p;
    this.tail[w] = p;
    return p;
  }

  private rehash(length: number): void {
    this.slots = new Int32Array(length).fill(-1);
    const mask = length - 1;
    for (let q = 0; q < this.size; q++) {
      let s = PairCounts.hash(this.w[q], this.f[q]) & mask;
      while (this.slots[s] >= 0) s = (s + 1) & mask;
      this.slots[s] = q;
    }
  }

  private grow(): void {
    const bigger = (a: Int32Array) => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.w = bigger(this.w);
    this.f = bigger(this.f);
    this.count = bigger(this.count);
    this.next = bigger(this.next);
  }
}

/**
 * An even sample of at most `cap` passages' words from a stream of unknown length: every
 * passage while there is room, then every second, fourth … as it grows (the same passages a
 * whole-corpus sample taking every k-th would keep, so a small corpus is read whole).
 */
class PassageSample {
  private step = 1;
  private seen = 0;
  // texts are split into words only once they are sure to be kept: at the end
  private kept: { at: number; text: string }[] = [];

  constructor(private readonly cap: number) {}

  add(text: string): void {
    const at = this.seen++;
    if (at % this.step !== 0) return;
    this.kept.push({ at, text });
    if (this.kept.length > this.cap) {
      this.step *= 2;
      this.kept = this.kept.filter((k) => k.at % this.step === 0);
    }
  }

  texts(): string[][] {
    return this.kept.map((k) => corpusWords(k.text));
  }

  /** The kept passages' texts as they came. */
  raw(): string[] {
    return this.kept.map((k) => k.text);
  }
}

// A reference entry's or a note's words stand beside each other because a publisher's place,
// a series or a journal's name put them there: "humanitarian" had "york" for a related word
// (New York, the place of many UN publications), offered to a reader whose search found nothing.
// The related words are found in what the documents say, not in how they cite.
const APPARATUS: ReadonlySet<string> = new Set(['reference', 'footnote']);

/** Whether a passage's words count towards the related words: prose, not the citing apparatus. */
export const forRelated = (p: Pick<Passage, 'kind'>): boolean => !APPARATUS.has(p.kind);

/** The corpus's terms, gathered as the build streams: `add` each document's passages, then `result`. */
export class CorpusTermsCollector {
  private readonly acronyms = new AcronymCollector();
  private readonly sample: PassageSample;

  constructor(private readonly options: TermsOptions = TERMS_OPTIONS) {
    this.sample = new PassageSample(options.samplePassages);
  }

  add(passages: readonly Passage[]): void {
    for (const p of passages) {
      this.acronyms.add(p.text);
      if (forRelated(p)) this.sample.add(p.text);
    }
  }

  /**
   * The acronym counts of some passages (one document's), for `merge`: what a file worker sends.
   * `known`: the passages' known words by number (document-words.ts), counted with their vocabulary.
   */
  static counts(passages: readonly Passage[], known: NumberedCounts): AcronymCounts {
    const c = new AcronymCollector(true);
    for (const p of passages) c.add(p.text);
    const apparatus: number[] = [];
    passages.forEach((p, i) => forRelated(p) || apparatus.push(i));
    return { ...c.counts(known), apparatus };
  }

  /** A document whose acronyms were counted elsewhere (`counts`), with its passages' texts. */
  merge(counts: AcronymCounts, texts: readonly string[]): void {
    this.acronyms.merge(counts);
    const skip = new Set(counts.apparatus);
    texts.forEach((t, i) => skip.has(i) || this.sample.add(t));
  }

  /** The passages the related words are found in (an even sample, relatedFromTexts), for a caller finding them elsewhere. */
  sampled(): string[] {
    return this.sample.raw();
  }

  /** The corpus's terms; `related` when found elsewhere from `sampled()` (indexer/related-pool.ts). */
  result(related?: Record<string, string[]>): CorpusTerms {
    const { defined, initialisms } = this.acronyms.result();
    return { acronyms: defined, initialisms, related: related ?? relatedFromSample(this.sample.texts(), this.options) };
  }
}
