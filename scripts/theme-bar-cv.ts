import { basename } from 'node:path';
import { matchLabels } from '../eval/tags.js';
import { splitSets, TRAINING_FILES, type SplitSet } from '../eval/tag-halves.js';
import { loadWritten, writtenPassages } from '../eval/written-tags.js';
import { loadTaxonomy } from '../core/taxonomy.js';
import { chooseFactors, countsWithFactors, crossValidate, microF1, type Counts, type ThemeRow } from '../eval/theme-decision-cv.js';
import { DEFAULT_TAGGER, Tagger, themeBar, type TaggerOptions } from '../indexer/tag/tagger.js';

// npx tsx scripts/theme-bar-cv.ts [--folds K] [--margin M]
// The decision rule per theme (issue 14, themes18): whether a theme should need more or less
// summed cue weight than the common bar, chosen by cross-validation by document on the design
// pool only (eval/tag-halves.ts's design halves and both training sets whole). The pool is
// tagged once at the default bar (its tags and their rules) and once at a quarter of it (every
// theme's score down to 0.25 × bar); a theme's tag under a factor m is then "score ≥ m × bar"
// (an implied tag is kept as it is). Each fold's factors are chosen on the other folds, one
// theme at a time, the others at 1 (a factor leaves 1 only when it gains at least --margin
// tags' worth of F1 there), and the fold is scored with them. themes16 fitted per-theme bars in
// sample (design +0.015, check −0.007); this asks, before any check half, whether such a choice
// carries to documents it was not chosen on.

const at = (flag: string) => process.argv.indexOf(flag);
const FOLDS = at('--folds') > 0 ? Number(process.argv[at('--folds') + 1]) : 5;
const MARGIN = at('--margin') > 0 ? Number(process.argv[at('--margin') + 1]) : 0;
const FACTORS = [0.5, 0.625, 0.75, 0.875, 1, 1.25, 1.5, 2];
const LOW = 0.25;

type Row = ThemeRow;

async function pool(tagger: Tagger, role: 'design' | 'check' = 'design'): Promise<SplitSet[]> {
  const sets = (await splitSets(tagger)).filter((s) => s.role === role);
  if (role === 'check') return sets;
  for (const file of TRAINING_FILES) {
    const { labels, passages } = writtenPassages(await loadWritten(file), tagger);
    sets.push({ name: basename(file, '.json'), role: 'design', labels, passages });
  }
  return sets;
}

async function main(): Promise<void> {
  const tax = loadTaxonomy();
  const low: TaggerOptions = { ...DEFAULT_TAGGER, themeThreshold: DEFAULT_TAGGER.themeThreshold * LOW, titleThemeThreshold: DEFAULT_TAGGER.titleThemeThreshold * LOW };
  const rowsOf = async (role: 'design' | 'check'): Promise<Row[]> => {
    const base = await pool(new Tagger(tax), role);
    const lowSets = await pool(new Tagger(tax, low), role);
    const rows: Row[] = [];
    base.forEach((s, i) => {
      const a = matchLabels(s.labels, s.passages).pairs;
      const b = matchLabels(lowSets[i].labels, lowSets[i].passages).pairs;
      a.forEach(([l, p], j) => {
        const q = b[j][1];
        const bar = themeBar(p.kind, p.text, DEFAULT_TAGGER);
        for (const id of new Set([...l.themes, ...p.themes, ...q.themes])) {
          const implied = p.evidence.some((e) => e.facet === 'theme' && e.id === id && e.rule === 'implied');
          const e = q.evidence.find((x) => x.facet === 'theme' && x.id === id && x.rule === 'weighted cues');
          rows.push({ doc: `${s.name}\t${l.doc}`, theme: id, right: l.themes.includes(id), ratio: e?.score !== undefined ? e.score / bar : 0, implied });
        }
      });
    });
    return rows;
  };
  const rows = await rowsOf('design');
  const themes = [...new Set(rows.map((r) => r.theme))];
  /** --global: one factor for every theme (the common bar itself, cross-validated) */
  const chooseGlobal = (rs: Row[]) => {
    const all = (m: number) => new Map(themes.map((t) => [t, m]));
    const best = FACTORS.reduce((a, m) => (microF1(countsWithFactors(rs, all(m))) > microF1(countsWithFactors(rs, all(a))) + 1e-12 ? m : a), 1);
    return best === 1 ? new Map<string, number>() : all(best);
  };
  const choose = (rs: Row[]) => (process.argv.includes('--global') ? chooseGlobal(rs) : chooseFactors(rs, FACTORS, MARGIN));
  const show = (c: Counts) => `${microF1(c).toFixed(3)} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`;
  const list = (f: Map<string, number>) => [...f].map(([t, m]) => `${t} ${m}`).join(', ') || 'none';
  console.log(`design pool at the common bar: F1 ${show(countsWithFactors(rows, new Map()))}`);
  // where the pool's misses lie: below a quarter of the bar (no cue to speak of), or nearer it
  const missed = rows.filter((r) => r.right && !r.implied && r.ratio < 1);
  const band = (lo: number, hi: number) => missed.filter((r) => r.ratio >= lo && r.ratio < hi).length;
  console.log(`misses by score over the bar: < 0.25 ${band(0, 0.25)}, 0.25-0.5 ${band(0.25, 0.5)}, 0.5-0.75 ${band(0.5, 0.75)}, 0.75-1 ${band(0.75, 1)}`);
  const wrong = rows.filter((r) => !r.right && !r.implied && r.ratio >= 1);
  const over = (lo: number, hi: number) => wrong.filter((r) => r.ratio >= lo && r.ratio < hi).length;
  console.log(`false tags by score over the bar: 1-1.25 ${over(1, 1.25)}, 1.25-1.5 ${over(1.25, 1.5)}, 1.5-2 ${over(1.5, 2)}, >= 2 ${over(2, Infinity)}; implied ${rows.filter((r) => !r.right && r.implied).length}`);
  const whole = choose(rows);
  console.log(`factors chosen on the whole pool (in sample ${show(countsWithFactors(rows, whole))}): ${list(whole)}`);
  const cv = crossValidate(rows, FOLDS, choose, (held, f) => countsWithFactors(held, f ?? new Map()));
  cv.choices.forEach((f, i) => console.log(`fold ${i}: ${list(f)}`));
  console.log(`${FOLDS}-fold by document (margin ${MARGIN}): F1 ${show(cv.before)} -> ${show(cv.after)}`);
  if (process.argv.includes('--check')) {
    // The check halves, scored whole with the factors chosen on the whole pool: decided on the
    // pool's cross-validation first, printed once for the record.
    const check = await rowsOf('check');
    console.log(`CHECK halves, whole: F1 ${show(countsWithFactors(check, new Map()))} -> ${show(countsWithFactors(check, whole))}`);
  }
}
void main();
