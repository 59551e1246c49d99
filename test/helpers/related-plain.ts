import { isStopWord } from '../../core/analysis.js';
import type { TermsOptions } from '../../indexer/build-terms.js';

/**
 * relatedWords (its words and sums) as first written, with maps of maps keyed by word: the reference the
 * numbered form in indexer/build-terms.ts is held equal to (it sums in the same order).
 */
export function relatedPlain(passages: string[], options: TermsOptions): Record<string, string[]> {
  const texts = passages.map((t) => [...t.toLowerCase().matchAll(/\p{L}[\p{L}'’-]*\p{L}/gu)].map((m) => m[0].replace(/['’]s$/, '')));
  const df = new Map<string, number>();
  for (const ws of texts) for (const w of new Set(ws)) df.set(w, (df.get(w) ?? 0) + 1);
  const content = (w: string) => w.length >= 4 && (df.get(w) ?? 0) >= options.minPassages && !isStopWord(w);
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
  const shared = new Map<string, Map<string, number>>();
  for (const list of holders.values()) {
    if (list.length > options.maxHolders) continue;
    for (let a = 0; a < list.length; a++) for (let b = 0; b < list.length; b++) {
      if (a === b) continue;
      const m = dots.get(list[a][0]) ?? new Map<string, number>();
      m.set(list[b][0], (m.get(list[b][0]) ?? 0) + list[a][1] * list[b][1]);
      dots.set(list[a][0], m);
      const n = shared.get(list[a][0]) ?? new Map<string, number>();
      n.set(list[b][0], (n.get(list[b][0]) ?? 0) + 1);
      shared.set(list[a][0], n);
    }
  }
  const out: Record<string, string[]> = {};
  for (const [w, m] of dots) {
    const ranked = [...m]
      .map(([x, d]): [string, number] => [x, d / (norm.get(w)! * norm.get(x)!)])
      .filter(([x, cos]) => cos >= options.minSimilarity && shared.get(w)!.get(x)! >= options.minShared)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, options.related)
      .map(([x]) => x);
    if (ranked.length) out[w] = ranked;
  }
  return out;
}
