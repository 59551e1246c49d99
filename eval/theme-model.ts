import { isFunctionWord } from '../core/nlp/function-words.js';

// A learned second opinion on themes the cues leave silent (issue 14, themes23): per theme, a
// logistic model over the passage's words, its heading's words, how near the cues came to the
// bar, how many of the theme's own cue and definition words the passage holds, and whether the
// theme is the topic of the passage's neighbours. It only adds a theme, and only when
// confident; the cues' tags stand as they are. Measured, not shipped: scripts/theme-model-cv.ts
// fits it on the design pool by cross-validation by document (docs/measurements.md, themes23:
// +0.01 out of fold, its evidence partly incidental words of the training documents). Kept in
// eval/ so a later, larger training set can be tried the same way.

/** One theme's model: a bias and feature weights, sparse. */
export interface ThemeModelWeights {
  bias: number;
  weights: Record<string, number>;
}

export interface ThemeModel {
  /** the least probability at which a theme the cues left silent is added */
  threshold: number;
  /** per theme id */
  themes: Record<string, ThemeModelWeights>;
}

/** What the tagger knows of one passage, as the model reads it. */
export interface ModelInput {
  words: Iterable<string>;
  heading: string;
  kind: string;
  /** per theme id: summed cue weight over the passage's bar (0 when no cue), for themes not tagged */
  ratio: ReadonlyMap<string, number>;
  /** themes the cues gave the passage before and after it in the document */
  previous: ReadonlySet<string>;
  next: ReadonlySet<string>;
  /** per theme id, the share of the document's body passages the cues gave it */
  documentShare: ReadonlyMap<string, number>;
}

/**
 * A word's stem for the model: lower case, an English plural or -ing/-ed ending taken off, so
 * "negotiations", "negotiating" and "negotiated" share one weight. Crude on purpose (the model
 * needs only that forms of one word meet) and cheap: the tagger asks it of every word.
 */
export function modelStem(word: string): string {
  let w = word.toLowerCase();
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  if (w.length > 5 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 6 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 5 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 5 && /(?:ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

const WORD = /^[a-z][a-z'’-]*[a-z]$/;

/** The stems of a set of words the model reads: letters only, three or more, no function words. */
export function modelStems(words: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const raw of words) {
    const w = raw.toLowerCase();
    if (w.length < 3 || !WORD.test(w) || isFunctionWord(w)) continue;
    out.add(modelStem(w));
  }
  return out;
}

/** A theme's own words, stemmed: those of its cues (every kind) and of its definition. */
export interface ThemeLexicon {
  cueWords: ReadonlySet<string>;
  definitionWords: ReadonlySet<string>;
}

/** The lexicon of a theme from its cue strings and definition ("leaders|SRSGs ~ role" gives leader, srsg, role). */
export function themeLexicon(cues: Iterable<string>, definition: string): ThemeLexicon {
  const split = (s: string) => s.toLowerCase().split(/[^a-z'’-]+/).filter(Boolean);
  return { cueWords: modelStems([...cues].flatMap(split)), definitionWords: modelStems(split(definition)) };
}

/** How many of the lexicon's stems the passage holds, in fifths, at most 1. */
function overlap(stems: ReadonlySet<string>, words: ReadonlySet<string>): number {
  let n = 0;
  for (const s of stems) if (words.has(s)) n++;
  return Math.min(1, n / 5);
}

/** The named features of a passage for one theme (sparse, value 1 unless given). */
export function features(input: ModelInput, theme: string, stems: ReadonlySet<string>, headingStems: ReadonlySet<string>, lexicon?: ThemeLexicon, useWords = true): Map<string, number> {
  const f = new Map<string, number>();
  if (useWords) for (const s of stems) f.set(`w:${s}`, 1);
  if (useWords) for (const s of headingStems) f.set(`h:${s}`, 1);
  if (lexicon) {
    const cw = overlap(stems, lexicon.cueWords);
    if (cw) f.set('cw', cw);
    const dw = overlap(stems, lexicon.definitionWords);
    if (dw) f.set('dw', dw);
    const hw = overlap(headingStems, lexicon.cueWords);
    if (hw) f.set('hw', hw);
  }
  f.set(`k:${input.kind}`, 1);
  const r = input.ratio.get(theme) ?? 0;
  if (r > 0) f.set('cue', Math.min(1, r));
  if (input.previous.has(theme)) f.set('prev', 1);
  if (input.next.has(theme)) f.set('next', 1);
  const share = input.documentShare.get(theme) ?? 0;
  if (share > 0) f.set('doc', share);
  return f;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** A theme's probability under its model. */
export function probability(m: ThemeModelWeights, f: ReadonlyMap<string, number>): number {
  let z = m.bias;
  for (const [k, v] of f) z += (m.weights[k] ?? 0) * v;
  return sigmoid(z);
}
