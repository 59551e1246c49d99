import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isStopWord } from '../core/analysis.js';
import type { Taxonomy } from '../core/taxonomy.js';
import { withoutMarks } from '../core/text.js';
import { pluralCue } from '../indexer/tag/tagger.js';

// Theme cues mined from labelled passages (issue 14): the words and short phrases that are much
// more common in the passages of a theme than in the others, each with a weight from how much
// more. Cues written by reading labelled passages overfit them; mined ones are chosen by
// counts over many documents, with constants chosen by cross-validation by document
// (scripts/mine-theme-cues.ts), and land in the taxonomy as data (a theme's "mined" cues), so
// the tagger matches them, and shows them as evidence, as it does the written ones.

/** A labelled passage to mine: its document (the unit of cross-validation), its text, its themes. */
export interface ThemeSample {
  group: string;
  text: string;
  themes: readonly string[];
}

/** The miner's constants, chosen by cross-validation by document. */
export interface MinerConstants {
  /** least number of the theme's passages that hold the cue */
  minSupport: number;
  /** least number of documents among them: a word of one document's story is no topic word */
  minGroups: number;
  /** least share of the cue's passages that have the theme (add-one smoothed): a cue must mostly mean its theme */
  minShare: number;
  /** least lower-bound log-odds ratio (the estimate less `z` standard errors) */
  minLogOdds: number;
  /** standard errors taken off the log-odds ratio: rare words' ratios are noisy */
  z: number;
  /** weight = scale × the lower-bound log-odds ratio, at most maxWeight */
  scale: number;
  maxWeight: number;
  /** most cues kept per theme, strongest first */
  perTheme: number;
  /** the tagger's minedCap: most a theme's mined cues add up to in one passage; 100 is none, as DEFAULT_TAGGER's (caps of 0.5–2 lost in cross-validation) */
  cap: number;
  /** the tagger's minedRepeats: how many times a mined cue counts in one passage */
  repeats: number;
}

export const MINER_DEFAULTS: MinerConstants = { minSupport: 8, minGroups: 6, minShare: 0.6, minLogOdds: 1, z: 0, scale: 0.25, maxWeight: 1.5, perTheme: 10, cap: 100, repeats: 2 };

interface Token {
  lower: string;
  capital: boolean;
  /** first word of a sentence, a heading or an item: its capital says nothing */
  opens: boolean;
  /** joined to the word before by spaces or hyphens only, as a phrase cue's words are (tagger.ts) */
  joined: boolean;
}

/** A text's words (letters only), with what the miner needs to know of each. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let end = 0;
  const plain = withoutMarks(text);
  for (const m of plain.matchAll(/\p{L}+/gu)) {
    const between = plain.slice(end, m.index);
    const w = m[0];
    out.push({ lower: w.toLowerCase(), capital: /^\p{Lu}/u.test(w), opens: out.length === 0 || /[.!?:;•"“‘(\n]\s*$/u.test(between), joined: out.length > 0 && /^[ \t-]+$/.test(between) });
    end = m.index + w.length;
  }
  return out;
}

/**
 * What the training texts say of their words: the words seen (to fold a plural to a singular
 * that occurs) and the proper nouns (capitalised in most places a sentence does not open):
 * names of places, people and organisations, which are no theme's cue.
 */
export interface Vocabulary {
  words: Set<string>;
  proper: Set<string>;
}

export function vocabulary(texts: readonly string[]): Vocabulary {
  const words = new Set<string>();
  const cap = new Map<string, [number, number]>();
  for (const text of texts) {
    for (const t of tokenize(text)) {
      words.add(t.lower);
      if (t.opens) continue;
      const c = cap.get(t.lower) ?? [0, 0];
      c[t.capital ? 0 : 1]++;
      cap.set(t.lower, c);
    }
  }
  const proper = new Set([...cap].filter(([, [up, down]]) => up > down).map(([w]) => w));
  return { words, proper };
}

/** A plural's singular when the singular occurs too and the tagger's plural of it gives the word back ("policies" → "policy"). */
function singular(word: string, vocab: Vocabulary): string {
  for (const s of [word.replace(/ies$/, 'y'), word.replace(/es$/, ''), word.replace(/s$/, '')]) {
    if (s !== word && vocab.words.has(s) && pluralCue(s) === word) return s;
  }
  return word;
}

// natural's lexicon (from pos.js): each word's parts of speech, commonest first.
const LEXICON = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json'), 'utf8')) as Record<string, string[]>;

/** Numbers and quantities in words, which the lexicon does not list: "tens of thousands" is no topic. */
const NUMBERS = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|tens|half|both|either|neither|once|twice)$/;

/**
 * Whether a word can name a topic: its commonest part of speech is a noun, an adjective or a
 * participle ("besieged", "crossing"), or the lexicon does not know it (a term of the field:
 * "peacebuilding", "funder"); a verb's base form may open a phrase ("negotiate access"). Not
 * "came", "within", "elsewhere", "ten": words of any story, which a librarian would not take.
 */
export function topicWord(word: string, opensPhrase = false): boolean {
  if (NUMBERS.test(word)) return false;
  const tags = Object.hasOwn(LEXICON, word) ? LEXICON[word] : undefined;
  if (!tags) return true;
  return /^(?:NNS?|JJ|VBN|VBG)$/.test(tags[0]) || (opensPhrase && tags[0] === 'VB');
}

/** A word that may be part of a cue here: three letters or more, no stop word, and no part of a name (a capital where no sentence opens, or a word mostly written so). */
const content = (t: Token, vocab: Vocabulary) => t.lower.length >= 3 && !isStopWord(t.lower) && !vocab.proper.has(t.lower) && !(t.capital && !t.opens);

/** The small words a three-word cue may hold in its middle: "use of force", "access to justice", "freedom from fear". */
const LINKS = new Set(['of', 'to', 'for', 'from', 'on', 'in', 'against', 'with', 'and', 'by']);

/**
 * The candidate cues a text holds, as the tagger would write them: single words by their
 * singular (the tagger adds the plural), and phrases of two or three joined words that neither
 * open nor end with a stop word ("use of force"), their last word by its singular. No proper
 * noun, no word under three letters.
 */
export function candidateCues(text: string, vocab: Vocabulary): Map<string, string> {
  const toks = tokenize(text);
  /** candidate (last word singular) → the words as written here */
  const out = new Map<string, string>();
  toks.forEach((t, i) => {
    if (content(t, vocab) && topicWord(t.lower)) out.set(singular(t.lower, vocab), t.lower);
    const u = toks[i + 1];
    if (!u?.joined || !content(t, vocab) || !topicWord(t.lower, true)) return;
    if (content(u, vocab) && topicWord(u.lower)) out.set(`${t.lower} ${singular(u.lower, vocab)}`, `${t.lower} ${u.lower}`);
    const v = toks[i + 2];
    if (v?.joined && content(v, vocab) && topicWord(v.lower) && (content(u, vocab) || (LINKS.has(u.lower) && !u.capital))) {
      out.set(`${t.lower} ${u.lower} ${singular(v.lower, vocab)}`, `${t.lower} ${u.lower} ${v.lower}`);
    }
  });
  return out;
}

/** Counts of the candidate cues over the training passages, per theme. */
export interface CueCounts {
  passages: number;
  perTheme: Map<string, number>;
  /** cue → its passages, the forms it is written in, and per theme its passages and their documents */
  cues: Map<string, { total: number; forms: Set<string>; byTheme: Map<string, { n: number; groups: Set<string> }> }>;
  vocab: Vocabulary;
}

export function countCues(samples: readonly ThemeSample[]): CueCounts {
  const vocab = vocabulary(samples.map((s) => s.text));
  const perTheme = new Map<string, number>();
  const cues: CueCounts['cues'] = new Map();
  for (const s of samples) {
    for (const t of s.themes) perTheme.set(t, (perTheme.get(t) ?? 0) + 1);
    for (const [cue, form] of candidateCues(s.text, vocab)) {
      const c = cues.get(cue) ?? { total: 0, forms: new Set<string>(), byTheme: new Map() };
      c.total++;
      c.forms.add(form);
      for (const t of s.themes) {
        const b = c.byTheme.get(t) ?? { n: 0, groups: new Set<string>() };
        b.n++;
        b.groups.add(s.group);
        c.byTheme.set(t, b);
      }
      cues.set(cue, c);
    }
  }
  return { passages: samples.length, perTheme, cues, vocab };
}

/**
 * The log-odds ratio of a theme given a cue against the rest (add-½ smoothing), less z of its
 * standard errors: a ratio from few passages counts for less.
 */
export function lowerLogOdds(inTheme: number, themeSize: number, outside: number, restSize: number, z: number): number {
  const a = inTheme + 0.5;
  const b = themeSize - inTheme + 0.5;
  const c = outside + 0.5;
  const d = restSize - outside + 0.5;
  return Math.log((a * d) / (b * c)) - z * Math.sqrt(1 / a + 1 / b + 1 / c + 1 / d);
}

/**
 * Words no theme may have as a mined cue: the names of the taxonomy's actors and places, and
 * every word of a place's names (a country's name in the training stories is no topic).
 */
export function excludedCues(tax: Taxonomy): Set<string> {
  const out = new Set<string>();
  const add = (name: string) => {
    const lower = name.toLowerCase().replace(/^~/, '').replace(/-/g, ' ');
    out.add(lower);
  };
  for (const a of tax.actors) [...a.aliases, ...Object.keys(a.acronyms), ...Object.values(a.acronyms)].forEach(add);
  for (const p of tax.places) {
    for (const name of [p.label, ...p.aliases, ...p.capitals, ...p.regions, ...p.peoples, ...p.missions]) {
      add(name);
      for (const w of name.toLowerCase().split(/[\s-]+/)) if (w.length >= 3 && !isStopWord(w)) out.add(w);
    }
  }
  return out;
}

/**
 * Proposals a reviewer rejected, reading the miner's output as a librarian would, before any
 * figure was looked at: words that are evidence of no theme on their own, whatever their odds
 * in the training stories — fragments of compounds ("multi"-year, "counter"-terrorism), words
 * of every register ("different", "public", "private", "committed", "contact") and words of
 * two senses in this field ("base": a military base, a base of support; "bridge": a river's, a
 * gap's). A tag's evidence is shown to users: "coordination, because: different" is no reason.
 */
export const REVIEWED_OUT: ReadonlySet<string> = new Set(['base', 'bridge', 'committed', 'contact', 'counter', 'different', 'multi', 'private', 'public']);

/** A theme's written cues in the forms the miner writes them: lower-case, hyphens as spaces, singular and plural. */
function writtenForms(cues: Record<string, number>): Set<string> {
  const out = new Set<string>();
  for (const cue of Object.keys(cues)) {
    if (cue.includes('~')) continue;
    const c = cue.toLowerCase().replace(/-/g, ' ');
    out.add(c);
    const plural = pluralCue(c);
    if (plural) out.add(plural);
  }
  return out;
}

export type MinedCues = Record<string, Record<string, number>>;

/**
 * Each theme's mined cues: candidates the theme's passages hold often enough, in enough
 * documents, that mostly mean the theme, with a lower-bound log-odds ratio at least minLogOdds, not written for the theme
 * already, not a name; the strongest perTheme, weighted scale × the ratio (quarter steps).
 */
export function mineCues(counts: CueCounts, tax: Taxonomy, k: MinerConstants): MinedCues {
  const excluded = excludedCues(tax);
  const out: MinedCues = {};
  for (const theme of tax.themes) {
    const size = counts.perTheme.get(theme.id) ?? 0;
    const rest = counts.passages - size;
    const written = writtenForms(theme.cues);
    const scored: [string, number, number][] = [];
    for (const [cue, c] of counts.cues) {
      const b = c.byTheme.get(theme.id);
      if (!b || b.n < k.minSupport || b.groups.size < k.minGroups) continue;
      if (REVIEWED_OUT.has(cue) || excluded.has(cue) || written.has(cue) || cue.split(' ').some((w) => excluded.has(w) && counts.vocab.proper.has(w))) continue;
      if (b.n / (c.total + 1) < k.minShare) continue;
      const lo = lowerLogOdds(b.n, size, c.total - b.n, rest, k.z);
      if (lo >= k.minLogOdds) scored.push([cue, lo, b.n]);
    }
    scored.sort((x, y) => y[1] - x[1] || y[2] - x[2] || x[0].localeCompare(y[0]));
    const cues: Record<string, number> = {};
    for (const [cue, lo] of scored.slice(0, k.perTheme)) {
      const weight = Math.round(Math.min(k.maxWeight, k.scale * lo) * 4) / 4;
      if (weight <= 0) continue;
      // A word by its singular (the tagger adds the plural); a phrase in each form the passages wrote it.
      const forms = cue.includes(' ') ? [...counts.cues.get(cue)!.forms].sort() : [cue];
      for (const form of forms) if (!written.has(form)) cues[form] = weight;
    }
    if (Object.keys(cues).length) out[theme.id] = cues;
  }
  return out;
}

/** The taxonomy with these mined cues in place of its own. */
export function withMinedCues(tax: Taxonomy, mined: MinedCues): Taxonomy {
  return { ...tax, themes: tax.themes.map((t) => ({ ...t, mined: mined[t.id] ?? {} })) };
}
