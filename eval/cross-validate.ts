import type { Passage } from '../core/types.js';
import type { Taxonomy } from '../core/taxonomy.js';
import { DEFAULT_TAGGER, Tagger, type TaggerOptions } from '../indexer/tag/tagger.js';
import { matchLabels, prf, type PRF, type TagLabel } from './tags.js';
import { SET_FIELDS, fieldsTaggedBy, perSetField, type SetField } from '../core/facets.js';

// k-fold cross-validation of the tagger's tuned constants on the tuning labels: for each fold
// the constant is chosen on the other folds (best micro-F1 over a grid) and scored on this
// one, so the figure says what tuning would give on passages it never saw. The cues themselves
// were written by reading the tuning passages and cannot be refitted per fold: the figure is
// still optimistic about them, which only the held-out half can say.

export const FOLDS = 5;

/**
 * The fold of a labelled passage: FNV-1a hash of its document id and opening words, mod k.
 * Stable when labels are added or reordered, and blind to what the passage says.
 */
export function foldOf(label: Pick<TagLabel, 'doc' | 'at'>, k = FOLDS): number {
  let h = 0x811c9dc5;
  for (const ch of `${label.doc}\n${label.at}`) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % k;
}

type Facet = SetField;

/** A tuned constant: its option, the grid it was chosen from and the facets it is chosen for. */
export interface TunedConstant {
  option: 'themeThreshold' | 'titleThemeThreshold' | 'mentionThreshold' | 'headingWeight';
  grid: number[];
  facets: Facet[];
}

export const TUNED: TunedConstant[] = [
  { option: 'themeThreshold', grid: [1.5, 1.75, 2, 2.25, 2.5, 2.75, 3, 3.25, 3.5], facets: fieldsTaggedBy('cues') },
  { option: 'titleThemeThreshold', grid: [0.75, 1, 1.25, 1.5, 1.75], facets: fieldsTaggedBy('cues') },
  { option: 'headingWeight', grid: [0, 0.25, 0.5, 0.75, 1], facets: fieldsTaggedBy('cues') },
  { option: 'mentionThreshold', grid: [0.5, 0.75, 1, 1.25, 1.5, 2], facets: fieldsTaggedBy('mentions') },
];

export interface CrossValidation {
  folds: number;
  foldSizes: number[];
  how: string;
  /** per tuned constant: the value chosen on each fold's training folds, and the default */
  chosen: { option: string; default: number; perFold: number[] }[];
  /** micro P/R/F1 over all folds, each fold tagged with constants chosen without it */
  facets: Record<Facet, PRF>;
}

type Counts = { tp: number; fp: number; fn: number };
const add = (a: Counts, b: Counts) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

function counts(gold: string[], got: string[]): Counts {
  return { tp: got.filter((x) => gold.includes(x)).length, fp: got.filter((x) => !gold.includes(x)).length, fn: gold.filter((x) => !got.includes(x)).length };
}

/** Every passage re-tagged with other options, a document at a time (lead-ins read neighbours). */
function retag(passages: Passage[], tagger: Tagger): Passage[] {
  const byDoc = new Map<string, Passage[]>();
  for (const p of passages) byDoc.set(p.doc, [...(byDoc.get(p.doc) ?? []), p]);
  return [...byDoc.values()].flatMap((ps) => tagger.tagDocument(ps));
}

export function crossValidate(labels: TagLabel[], passages: Passage[], taxonomy: Taxonomy, k = FOLDS, tuned = TUNED): CrossValidation {
  const tagWith = (options: TaggerOptions) => matchLabels(labels, retag(passages, new Tagger(taxonomy, options))).pairs;
  const pairs = tagWith(DEFAULT_TAGGER);
  const fold = pairs.map(([l]) => foldOf(l, k));
  const facets: Facet[] = SET_FIELDS;
  const countsOf = (ps: [TagLabel, Passage][]) => ps.map(([l, got]) => Object.fromEntries(facets.map((f) => [f, counts(l[f], got[f])])) as Record<Facet, Counts>);
  // Per constant and grid value, each labelled passage's counts with every other constant at its default.
  const table = tuned.map((t) => t.grid.map((v) => countsOf(tagWith({ ...DEFAULT_TAGGER, [t.option]: v }))));
  const total = perSetField(zero);
  const chosen = tuned.map((t) => ({ option: t.option, default: DEFAULT_TAGGER[t.option], perFold: [] as number[] }));
  for (let f = 0; f < k; f++) {
    const options: TaggerOptions = { ...DEFAULT_TAGGER };
    tuned.forEach((t, ti) => {
      let best = { v: DEFAULT_TAGGER[t.option], f1: -1 };
      t.grid.forEach((v, gi) => {
        const c = table[ti][gi].reduce((acc, row, i) => (fold[i] === f ? acc : t.facets.reduce((a, fc) => add(a, row[fc]), acc)), zero());
        const f1 = prf(c.tp, c.fp, c.fn).f1;
        // Ties go to the value nearer the default, so a flat stretch does not drift.
        const nearer = Math.abs(v - DEFAULT_TAGGER[t.option]) < Math.abs(best.v - DEFAULT_TAGGER[t.option]);
        if (f1 > best.f1 + 1e-9 || (Math.abs(f1 - best.f1) <= 1e-9 && nearer)) best = { v, f1 };
      });
      options[t.option] = best.v;
      chosen[ti].perFold.push(best.v);
    });
    tagWith(options).forEach(([l, got], i) => {
      if (fold[i] !== f) return;
      for (const fc of facets) total[fc] = add(total[fc], counts(l[fc], got[fc]));
    });
  }
  const foldSizes = Array.from({ length: k }, (_, f) => fold.filter((x) => x === f).length);
  return {
    folds: k,
    foldSizes,
    how: `${k} folds by FNV-1a hash of each label's document id and opening words, mod ${k} (sizes ${foldSizes.join(', ')}); per fold each constant is chosen on the other folds from its grid (${tuned.map((t) => `${t.option} ${t.grid.join('/')}`).join('; ')}), the others at their defaults`,
    chosen,
    facets: perSetField((f) => prf(total[f.field].tp, total[f.field].fp, total[f.field].fn)),
  };
}
