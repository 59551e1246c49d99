// Two ways to decide a theme, tested by cross-validation by document on the design pool
// (issue 14, themes18): dropping the cues whose tags are mostly wrong (precision first), and a
// bar of its own for each theme. Pure counting over tags already made, so a fold's choice is
// made without tagging again: scripts/theme-cue-precision.ts and scripts/theme-bar-cv.ts read
// the pool and print what these give.

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export const microF1 = ({ tp, fp, fn }: Counts): number => (tp ? (2 * tp) / (2 * tp + fp + fn) : 0);

/**
 * The precision below which removing tags pays in micro-F1: a removed false tag gains F1/D, a
 * removed true one costs (2 − F1)/D (D = 2tp + fp + fn), so removing pays below F1/2.
 */
export const breakEvenPrecision = (f1: number): number => f1 / 2;

/** A theme given to a labelled passage by summed cue weight, and each cue's share of the sum. */
export interface CueTag {
  doc: string;
  right: boolean;
  score: number;
  bar: number;
  /** the cues ("theme\tcue") the score sums, each with its share */
  parts: { key: string; share: number }[];
}

/** Whether a tag still holds with these cues' shares taken off its score. */
export function survives(t: CueTag, drop: ReadonlySet<string>): boolean {
  return t.score - t.parts.filter((p) => drop.has(p.key)).reduce((a, p) => a + p.share, 0) >= t.bar - 1e-9;
}

/** Per cue, the tags that stand on it (fall below the bar without it): [right, wrong]. */
export function standingTags(tags: readonly CueTag[]): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const t of tags) {
    for (const part of t.parts) {
      if (survives(t, new Set([part.key]))) continue;
      const c = out.get(part.key) ?? [0, 0];
      c[t.right ? 0 : 1]++;
      out.set(part.key, c);
    }
  }
  return out;
}

/** The cues to drop: at least `min` tags stand on them and fewer than `bar` of those are right. */
export function weakCues(stand: ReadonlyMap<string, [number, number]>, min: number, bar: number): Set<string> {
  return new Set([...stand].filter(([, [r, w]]) => r + w >= min && r / (r + w) < bar).map(([k]) => k));
}

/** Counts of a set of tags with some cues dropped; `missed` are the labelled themes never given. */
export function countsWithout(tags: readonly CueTag[], missed: number, drop: ReadonlySet<string>): Counts {
  const c = { tp: 0, fp: 0, fn: missed };
  for (const t of tags) {
    if (!survives(t, drop)) c.fn += t.right ? 1 : 0;
    else if (t.right) c.tp++;
    else c.fp++;
  }
  return c;
}

/** A labelled theme or a given one: its score over the common bar at a low bar (0 below it). */
export interface ThemeRow {
  doc: string;
  theme: string;
  right: boolean;
  ratio: number;
  /** given by an implied rule: kept whatever the factor */
  implied: boolean;
}

/** Counts when each theme needs its factor (1 when unlisted) times the common bar. */
export function countsWithFactors(rows: readonly ThemeRow[], factors: ReadonlyMap<string, number>): Counts {
  const c = { tp: 0, fp: 0, fn: 0 };
  for (const r of rows) {
    const given = r.implied || r.ratio >= (factors.get(r.theme) ?? 1) - 1e-9;
    if (given && r.right) c.tp++;
    else if (given) c.fp++;
    else if (r.right) c.fn++;
  }
  return c;
}

/**
 * Each theme's factor chosen on these rows, one theme at a time with the others at 1: the
 * factor of best micro-F1, kept only when it beats 1 by `margin` tags' worth of F1.
 */
export function chooseFactors(rows: readonly ThemeRow[], grid: readonly number[], margin = 0): Map<string, number> {
  const ref = countsWithFactors(rows, new Map());
  const f1 = microF1(ref);
  const out = new Map<string, number>();
  for (const theme of new Set(rows.map((r) => r.theme))) {
    let best = 1;
    let bestF = f1 + (margin * f1) / (2 * ref.tp + ref.fp + ref.fn);
    for (const m of grid) {
      const s = microF1(countsWithFactors(rows, new Map([[theme, m]])));
      if (s > bestF + 1e-12) {
        best = m;
        bestF = s;
      }
    }
    if (best !== 1) out.set(theme, best);
  }
  return out;
}

/** Folds by document: sorted document ids dealt round-robin, so a document's tags share a fold. */
export function documentFolds(docs: Iterable<string>, k: number): Map<string, number> {
  return new Map([...new Set(docs)].sort().map((d, i) => [d, i % k]));
}

/**
 * k-fold cross-validation by document: `choose` on the other folds, `count` on the fold,
 * counts summed over the folds before (nothing chosen) and after.
 */
export function crossValidate<R extends { doc: string }, C>(rows: readonly R[], k: number, choose: (train: R[]) => C, count: (held: R[], choice: C | undefined) => Counts): { before: Counts; after: Counts; choices: C[] } {
  const folds = documentFolds(rows.map((r) => r.doc), k);
  const before = { tp: 0, fp: 0, fn: 0 };
  const after = { tp: 0, fp: 0, fn: 0 };
  const choices: C[] = [];
  for (let i = 0; i < k; i++) {
    const choice = choose(rows.filter((r) => folds.get(r.doc) !== i));
    choices.push(choice);
    const held = rows.filter((r) => folds.get(r.doc) === i);
    for (const [sum, c] of [[before, count(held, undefined)], [after, count(held, choice)]] as const) {
      sum.tp += c.tp;
      sum.fp += c.fp;
      sum.fn += c.fn;
    }
  }
  return { before, after, choices };
}
