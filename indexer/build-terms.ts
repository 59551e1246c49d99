import type { Passage } from '../core/types.js';
import type { CorpusTerms } from '../core/corpus-terms.js';
import { isStopWord } from '../core/analysis.js';

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
  /** passages read: a larger corpus is sampled evenly, so the work stays bounded */
  samplePassages: number;
}

export const TERMS_OPTIONS: TermsOptions = { related: 6, minPassages: 3, window: 2, features: 30, maxHolders: 300, minSimilarity: 0.15, samplePassages: 20_000 };

/** What the acronym and initialism finders keep while documents stream past. */
class AcronymCollector {
  // per acronym's letters: the names it was defined as, and the ways it was written
  private readonly defined = new Map<string, { names: Map<string, number>; written: Set<string> }>();
  private readonly runs = new Map<string, number>();
  /** every word of the corpus, lower-case, with the number of passages that hold it */
  private readonly known = new Map<string, number>();
  private passages = 0;

  private note(acr: string, name: string): void {
    const key = acronymLetters(acr);
    const d = this.defined.get(key) ?? { names: new Map<string, number>(), written: new Set<string>() };
    d.names.set(name, (d.names.get(name) ?? 0) + 1);
    d.written.add(acr);
    this.defined.set(key, d);
  }

  private addDefinitions(text: string): void {
    for (const m of text.matchAll(PAREN_ACRONYM)) {
      if (!isAcronymForm(m[1])) continue;
      const before = wordsBefore(text, m.index);
      const name = before ? nameFor(m[1], before) : null;
      if (name) this.note(m[1], name);
    }
    for (const m of text.matchAll(NAME_AFTER)) {
      if (!isAcronymForm(m[1])) continue;
      const inside = wordsOf(m[2]);
      if (initials(inside).includes(acronymLetters(m[1]))) this.note(m[1], inside.join(' '));
    }
  }

  add(text: string): void {
    if (text.includes('(')) this.addDefinitions(text);
    for (const m of text.matchAll(TITLE_RUN)) {

      // a sentence's first word is capitalised whatever it is: a stop word there is no part of the name
      const [first, ...rest] = m[0].replace(/['’]s?$/u, '').split(/\s+/);
      const name = (isStopWord(first.toLowerCase()) ? rest : [first, ...rest]).join(' ');
      if (name.split(/\s+/).length >= 2) this.runs.set(name, (this.runs.get(name) ?? 0) + 1);
    }
    this.passages++;
    for (const w of new Set(text.toLowerCase().match(/\p{L}+/gu))) this.known.set(w, (this.known.get(w) ?? 0) + 1);
  }

  result(): { defined: string[][]; initialisms: [string, string][] } {
    const best = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0][0];
    // An acronym the corpus uses everywhere ("UN") gains no recall from its name, and searching
    // its name beside it only reorders what the acronym already finds: it is left as typed.
    const common = (written: Set<string>) => [...written].some((w) => (this.known.get(w.toLowerCase()) ?? 0) >= this.passages * COMMON_ACRONYM_SHARE);
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
  for (const p of passages) sample.add(p.text);
  return relatedFromSample(sample.texts(), options);
}

function relatedFromSample(texts: string[][], options: TermsOptions): Record<string, string[]> {
  const df = new Map<string, number>();
  for (const ws of texts) for (const w of new Set(ws)) df.set(w, (df.get(w) ?? 0) + 1);
  const content = (w: string) => w.length >= 4 && (df.get(w) ?? 0) >= options.minPassages && !isStopWord(w);
  // neighbour counts per word
  const ctx = new Map<string, Map<string, number>>();
  const count = new Map<string, number>();
  let total = 0;
  for (const ws of texts) {
    ws.forEach((w, i) => {
      if (!content(w)) return;
      for (let j = Math.max(0, i - options.window); j <= Math.min(ws.length - 1, i + options.window); j++) {
        const f = ws[j];
        if (j === i || f === w || !content(f)) continue;
        const m = ctx.get(w) ?? new Map<string, number>();
        m.set(f, (m.get(f) ?? 0) + 1);
        ctx.set(w, m);
        count.set(w, (count.get(w) ?? 0) + 1);
        total++;
      }
    });
  }
  // Each word's strongest features by positive PMI, and who has each feature.
  const vectors = new Map<string, Map<string, number>>();
  const holders = new Map<string, [string, number][]>();
  for (const [w, m] of ctx) {
    const feats = [...m]
      .map(([f, c]): [string, number] => [f, Math.log((c * total) / (count.get(w)! * count.get(f)!))])
      .filter(([, pmi]) => pmi > 0)
      .sort((a, b) => b[1] - a[1])
      .slice(0, options.features);
    vectors.set(w, new Map(feats));
    for (const [f, v] of feats) {
      const list = holders.get(f) ?? [];
      list.push([w, v]);
      holders.set(f, list);
    }
  }
  const norm = new Map([...vectors].map(([w, v]) => [w, Math.sqrt([...v.values()].reduce((a, x) => a + x * x, 0))]));
  const dots = new Map<string, Map<string, number>>();
  for (const list of holders.values()) {
    // a neighbour of nearly everything says nothing about likeness (and would cost n² pairs)
    if (list.length > options.maxHolders) continue;
    for (let a = 0; a < list.length; a++) for (let b = 0; b < list.length; b++) {
      if (a === b) continue;
      const m = dots.get(list[a][0]) ?? new Map<string, number>();
      m.set(list[b][0], (m.get(list[b][0]) ?? 0) + list[a][1] * list[b][1]);
      dots.set(list[a][0], m);
    }
  }
  const out: Record<string, string[]> = {};
  for (const [w, m] of dots) {
    const ranked = [...m]
      .map(([x, d]): [string, number] => [x, d / (norm.get(w)! * norm.get(x)!)])
      .filter(([, cos]) => cos >= options.minSimilarity)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, options.related)
      .map(([x]) => x);
    if (ranked.length) out[w] = ranked;
  }
  return out;
}

const TOKEN = /\p{L}[\p{L}'’-]*\p{L}/gu;

/**
 * An even sample of at most `cap` passages' words from a stream of unknown length: every
 * passage while there is room, then every second, fourth … as it grows (the same passages a
 * whole-corpus sample taking every k-th would keep, so a small corpus is read whole).
 */
class PassageSample {
  private step = 1;
  private seen = 0;
  private kept: { at: number; words: string[] }[] = [];

  constructor(private readonly cap: number) {}

  add(text: string): void {
    const at = this.seen++;
    if (at % this.step !== 0) return;
    this.kept.push({ at, words: [...text.toLowerCase().matchAll(TOKEN)].map((m) => m[0].replace(/['’]s$/, '')) });
    if (this.kept.length > this.cap) {
      this.step *= 2;
      this.kept = this.kept.filter((k) => k.at % this.step === 0);
    }
  }

  texts(): string[][] {
    return this.kept.map((k) => k.words);
  }
}

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
      this.sample.add(p.text);
    }
  }

  result(): CorpusTerms {
    const { defined, initialisms } = this.acronyms.result();
    return { acronyms: defined, initialisms, related: relatedFromSample(this.sample.texts(), this.options) };
  }
}
