import { matchLabels } from '../eval/tags.js';
import { loadWritten, writtenHalf, writtenPassages, WRITTEN_VALIDATION_FILES } from '../eval/written-tags.js';
import { loadTaxonomy } from '../core/taxonomy.js';
import type { Passage } from '../core/types.js';
import { DEFAULT_TAGGER, Tagger, themeBar } from '../indexer/tag/tagger.js';

// npx tsx scripts/theme-context-counts.ts: on the design pool only (both training sets whole, the
// written sets' looked-at halves; never an unseen half), how often a context signal the tagger
// could read would add a theme the passage is labelled with: for each candidate rule, the themes
// it would add that the tagger did not give (fires) and how many of them are labelled (right).
// A rule adding tags raises micro-F1 when right / fires exceeds about half the current F1.
const tax = loadTaxonomy();
const tagger = new Tagger(tax);
const scored = new Tagger(tax, { ...DEFAULT_TAGGER, themeThreshold: 0, titleThemeThreshold: 0 });
const files = [...WRITTEN_VALIDATION_FILES, 'test/labels/training/theme-training.json', 'test/labels/training/theme-training-2.json'];
type Row = { gold: Set<string>; got: Set<string>; score: Map<string, number>; bar: number; p: Passage };
const rules = new Map<string, [number, number]>();
const count = (rule: string, right: boolean) => {
  const r = rules.get(rule) ?? [0, 0];
  r[0]++;
  if (right) r[1]++;
  rules.set(rule, r);
};
let tp = 0, fp = 0, fn = 0;
for (const file of files) {
  const training = file.includes('training');
  const mine = (await loadWritten(file)).filter((l) => training || writtenHalf(l) === 'looked');
  const a = writtenPassages(mine, tagger);
  const b = writtenPassages(mine, scored);
  const scoreOf = new Map(b.passages.map((p) => [p.id, new Map(p.evidence.filter((e) => e.facet === 'theme').map((e) => [e.id, e.score ?? 0]))]));
  const pairs = matchLabels(a.labels, a.passages).pairs;
  const byDoc = new Map<string, Row[]>();
  for (const [l, p] of pairs) {
    const row: Row = { gold: new Set(l.themes), got: new Set(p.themes), score: scoreOf.get(p.id) ?? new Map(), bar: themeBar(p.kind, p.text, DEFAULT_TAGGER), p };
    byDoc.set(p.doc, [...(byDoc.get(p.doc) ?? []), row]);
    for (const t of row.got) if (row.gold.has(t)) tp++; else fp++;
    for (const t of row.gold) if (!row.got.has(t)) fn++;
  }
  for (const rows of byDoc.values()) {
    const docCounts = new Map<string, number>();
    for (const r of rows) for (const t of r.got) docCounts.set(t, (docCounts.get(t) ?? 0) + 1);
    rows.forEach((r, i) => {
      if (r.p.kind === 'reference' || r.p.kind === 'footnote') return;
      const prev = rows[i - 1];
      const next = rows[i + 1];
      const sameSection = (o?: Row) => o && o.p.section.join('/') === r.p.section.join('/');
      const sec = rows.filter((o) => o !== r && sameSection(o));
      const themes = new Set([...(prev?.got ?? []), ...(next?.got ?? []), ...r.score.keys(), ...docCounts.keys()]);
      for (const t of themes) {
        if (r.got.has(t)) continue;
        const right = r.gold.has(t);
        const s = r.score.get(t) ?? 0;
        const share = s / r.bar;
        const inPrev = prev?.got.has(t) ?? false;
        const inNext = next?.got.has(t) ?? false;
        if (inPrev) count('previous passage has it', right);
        if (inPrev && sameSection(prev)) count('previous passage, same section', right);
        if (inNext) count('next passage has it', right);
        if (inPrev && inNext) count('previous and next both', right);
        if (sec.length >= 2 && sec.filter((o) => o.got.has(t)).length / sec.length >= 0.5) count('half the section has it', right);
        if ((docCounts.get(t) ?? 0) / rows.length >= 0.3) count('30% of the document has it', right);
        if (r.p.blockType === 'list-item') { if (inPrev) count('list item, previous has it', right); }
        if (share >= 0.5) count('own score >= half bar', right);
        if (share >= 0.75) count('own score >= 3/4 bar', right);
        if (share > 0 && (inPrev || inNext)) count('own cue + a neighbour has it', right);
        if (share >= 0.5 && (inPrev || inNext)) count('own >= half + a neighbour has it', right);
        if (share >= 0.25 && inPrev && inNext) count('own >= quarter + both neighbours', right);
      }
    });
  }
}
const f1 = (2 * tp) / (2 * tp + fp + fn);
console.log(`pool: tp ${tp} fp ${fp} fn ${fn}, F1 ${f1.toFixed(3)} (a rule helps above precision ${(f1 / 2).toFixed(3)})`);
for (const [rule, [n, right]] of rules) {
  const f = (2 * (tp + right)) / (2 * (tp + right) + fp + (n - right) + fn - right);
  console.log(`${rule.padEnd(36)} fires ${String(n).padStart(4)} right ${String(right).padStart(4)} (${(right / n).toFixed(2)})  pool F1 if added ${f.toFixed(3)}`);
}
