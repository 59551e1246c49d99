import { createRequire } from 'node:module';
import { loadLabels, matchLabels, prf, seedPassages } from '../eval/tags.js';
import { loadTaxonomy } from '../core/taxonomy.js';

// Which way of tagging themes is better on the labelled passages: the weighted cues of the
// taxonomy, natural's naive Bayes or logistic regression classifiers (one per theme, yes/no),
// or cues corrected by a confident classifier. Classifiers are scored by 5-fold
// cross-validation so they are never tested on passages they were trained on.
//   npx tsx scripts/compare-theme-classifiers.ts

interface Classification {
  label: string;
  value: number;
}
interface BinaryClassifier {
  addDocument(text: string, label: string): void;
  train(): void;
  getClassifications(text: string): Classification[];
}
type ClassifierCtor = new (stemmer: unknown) => BinaryClassifier;

const require = createRequire(import.meta.url);
const classifiers: [string, ClassifierCtor][] = [
  ['naive Bayes', require('natural/lib/natural/classifiers/bayes_classifier') as ClassifierCtor],
  ['logistic regression', require('natural/lib/natural/classifiers/logistic_regression_classifier') as ClassifierCtor],
];
const stemmer = require('natural/lib/natural/stemmers/porter_stemmer') as unknown;

const { pairs } = matchLabels(await loadLabels(), await seedPassages());
const themes = loadTaxonomy().themes.map((t) => t.id);
const count = (got: Set<string>, gold: string[], c: { tp: number; fp: number; fn: number }) => {
  for (const t of got) c[gold.includes(t) ? 'tp' : 'fp']++;
  for (const t of gold) if (!got.has(t)) c.fn++;
};

const cues = { tp: 0, fp: 0, fn: 0 };
for (const [l, p] of pairs) count(new Set(p.themes), l.themes, cues);
const rows: [string, ReturnType<typeof prf>][] = [['weighted cues (the tagger)', prf(cues.tp, cues.fp, cues.fn)]];

for (const [name, Ctor] of classifiers) {
  const alone = { tp: 0, fp: 0, fn: 0 };
  const hybrid = { tp: 0, fp: 0, fn: 0 };
  const K = 5;
  for (let k = 0; k < K; k++) {
    const train = pairs.filter((_, i) => i % K !== k);
    const models = new Map<string, BinaryClassifier>();
    for (const th of themes) {
      const c = new Ctor(stemmer);
      for (const [l, p] of train) c.addDocument(p.text, l.themes.includes(th) ? 'yes' : 'no');
      c.train();
      models.set(th, c);
    }
    for (const [l, p] of pairs.filter((_, i) => i % K === k)) {
      const got = new Set<string>();
      const mixed = new Set<string>(p.themes);
      for (const th of themes) {
        const cls = models.get(th)!.getClassifications(p.text);
        const yes = cls.find((x) => x.label === 'yes')?.value ?? 0;
        const no = cls.find((x) => x.label === 'no')?.value ?? 0;
        const pYes = yes / (yes + no || 1);
        if (pYes > 0.5) got.add(th);
        if (pYes > 0.8) mixed.add(th);
        if (pYes < 0.1) mixed.delete(th);
      }
      count(got, l.themes, alone);
      count(mixed, l.themes, hybrid);
    }
  }
  rows.push([`${name} (5-fold)`, prf(alone.tp, alone.fp, alone.fn)], [`cues + confident ${name} (5-fold)`, prf(hybrid.tp, hybrid.fp, hybrid.fn)]);
}

console.log('| method | micro P | micro R | micro F1 |\n|---|---|---|---|');
for (const [name, r] of rows) console.log(`| ${name} | ${r.precision.toFixed(3)} | ${r.recall.toFixed(3)} | ${r.f1.toFixed(3)} |`);
