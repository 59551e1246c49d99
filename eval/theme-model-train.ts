import type { ThemeModelWeights } from './theme-model.js';
import { sigmoid } from './theme-model.js';

// Fitting the learned theme model (indexer/tag/theme-model.ts): one L2-regularised logistic
// regression per theme, over the passages where the cues left that theme silent. Pure
// functions, so scripts/theme-model-cv.ts can fit a fold's models without tagging again.

/** One training example for one theme: its features and whether the labellers gave the theme. */
export interface Example {
  doc: string;
  features: ReadonlyMap<string, number>;
  positive: boolean;
}

export interface FitOptions {
  /** L2 penalty per example */
  l2: number;
  epochs: number;
  /** a word or heading feature is kept only when passages of this many documents hold it */
  minDocs: number;
  rate: number;
}

export const DEFAULT_FIT: FitOptions = { l2: 0.01, epochs: 40, minDocs: 3, rate: 0.5 };

/** The word and heading features held by passages of at least `minDocs` documents; other features are always kept. */
export function keptFeatures(examples: readonly Example[], minDocs: number): Set<string> {
  const docs = new Map<string, Set<string>>();
  for (const e of examples) {
    for (const k of e.features.keys()) {
      if (!k.startsWith('w:') && !k.startsWith('h:')) continue;
      const s = docs.get(k) ?? new Set<string>();
      s.add(e.doc);
      docs.set(k, s);
    }
  }
  const out = new Set<string>();
  for (const [k, s] of docs) if (s.size >= minDocs) out.add(k);
  return out;
}

/** A seeded order of n items (mulberry32), so a fit is the same every run. */
function shuffled(n: number, seed: number): number[] {
  let a = seed >>> 0;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const order = [...Array(n).keys()];
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/**
 * Fits one theme's model by AdaGrad on the log loss with an L2 penalty per example (the bias
 * unpenalised). AdaGrad's step shrinks with a feature's summed gradients, so the penalty holds
 * rare words back less than plain gradient descent would: themes23 saw weights above 1 on
 * words of a few training documents whatever the penalty (0.003–0.03).
 */
export function fitTheme(examples: readonly Example[], o: FitOptions = DEFAULT_FIT): ThemeModelWeights {
  const kept = keptFeatures(examples, o.minDocs);
  const keep = (k: string) => (!k.startsWith('w:') && !k.startsWith('h:')) || kept.has(k);
  const rows = examples.map((e) => ({ y: e.positive ? 1 : 0, f: [...e.features].filter(([k]) => keep(k)) }));
  const w = new Map<string, number>();
  const g2 = new Map<string, number>();
  let bias = 0;
  let biasG2 = 1e-8;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (const i of shuffled(rows.length, 17 + epoch)) {
      const { y, f } = rows[i];
      let z = bias;
      for (const [k, v] of f) z += (w.get(k) ?? 0) * v;
      const err = sigmoid(z) - y;
      biasG2 += err * err;
      bias -= (o.rate * err) / Math.sqrt(biasG2);
      for (const [k, v] of f) {
        const wk = w.get(k) ?? 0;
        const g = err * v + o.l2 * wk;
        const acc = (g2.get(k) ?? 1e-8) + g * g;
        g2.set(k, acc);
        w.set(k, wk - (o.rate * g) / Math.sqrt(acc));
      }
    }
  }
  const weights: Record<string, number> = {};
  for (const [k, v] of [...w].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (Math.abs(v) >= 1e-3) weights[k] = Math.round(v * 1e4) / 1e4;
  return { bias: Math.round(bias * 1e4) / 1e4, weights };
}
