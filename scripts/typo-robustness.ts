// npx tsx scripts/typo-robustness.ts [--seed 7] [--show] [QUERIES.json …] (default: the tuning half and both validation sets): how much one typo
// costs. Every labelled query without quotes is searched as labelled and again with one slip
// in its longest word (two letters swapped, one dropped or one doubled, chosen by a seeded
// generator), in process with all hits ranked; nDCG@10 of both is printed per file. It needs
// no new labels: the relevant passages of a query are those of its clean form.
import { existsSync } from 'node:fs';
import { corpusSnapshot, gradesOf, loadQueries, rankInProcess, rankMetrics, type LabelledQuery } from '../eval/search.js';

const args = process.argv.slice(2);
const seedAt = args.indexOf('--seed');
let seed = seedAt >= 0 ? Number(args[seedAt + 1]) : 7;
const show = args.includes('--show');
// the value after --seed is no file; without --seed every other argument is (seedAt + 1 was 0: the first file was dropped)
const files = args.filter((a, i) => !a.startsWith('--') && (seedAt < 0 || i !== seedAt + 1));
if (!files.length) files.push('test/labels/queries.json', 'test/labels/validation/queries.json', ...['test/labels/validation/queries-2.json'].filter((f) => existsSync(f)));

// a linear congruential generator: the same slips for the same seed on every machine
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

function slip(word: string): string {
  const i = 1 + Math.floor(random() * (word.length - 2));
  switch (Math.floor(random() * 3)) {
    case 0:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    default:
      return word.slice(0, i) + word[i] + word.slice(i);
  }
}

/** The query with a slip in its longest word, or null when it has quotes or no word of five letters. */
function withSlip(q: LabelledQuery): LabelledQuery | null {
  if (/["“”]/.test(q.q)) return null;
  const ws = q.q.split(/\s+/);
  const len = (w: string) => w.replace(/[^\p{L}]/gu, '').length;
  const at = ws.reduce((best, w, i) => (len(w) > len(ws[best]) ? i : best), 0);
  if (len(ws[at]) < 5) return null;
  return { ...q, q: ws.map((w, i) => (i === at ? slip(w) : w)).join(' ') };
}

const { snap, cleanup } = await corpusSnapshot();
try {
  for (const file of files) {
    let clean = 0;
    let slipped = 0;
    let n = 0;
    const queries = (await loadQueries(file)) as (LabelledQuery & { looked?: boolean })[];
    // a validation set (its queries marked looked or not) lists only its looked-at half's queries:
    // the other half is scored as a whole only (test/labels/README.md)
    const split = queries.some((q) => q.looked !== undefined);
    for (const q of queries) {
      const typo = withSlip(q);
      if (!typo) continue;
      const { grades } = gradesOf(snap, q);
      const a = rankMetrics(rankInProcess(snap, q), grades).ndcg10;
      const b = rankMetrics(rankInProcess(snap, typo), grades).ndcg10;
      clean += a;
      slipped += b;
      n++;
      if (show && b < a - 0.05 && (!split || q.looked)) console.log(`  ${a.toFixed(3)} → ${b.toFixed(3)}  ${typo.q}`);
    }
    console.log(`${file}: ${n} queries, nDCG@10 as labelled ${(clean / n).toFixed(3)}, with one typo ${(slipped / n).toFixed(3)}`);
  }
} finally {
  await cleanup();
}
