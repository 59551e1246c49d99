import fc from 'fast-check';
import { ENGINE_NAMES } from '../test/helpers/service-fixture.js';
import { bundledSnapshot } from '../test/helpers/search-in-process.js';
import { CLASS_NAMES, classProperty, CPU_BOUND_MS, emptyReport, probeAnswers, type ClassReport } from '../test/helpers/query-properties.js';
import { exitWithUsageIfAsked } from './usage.js';

exitWithUsageIfAsked(`
npx tsx scripts/fuzz-queries.ts [RUNS [SEED]]

Property-based fuzz of the query parser and the search service, in process, on both engines
over the bundled corpus (test/helpers/query-properties.ts): RUNS generated requests per class
(unicode, syntax, runs, long, params, fields, paging; default 2000), seed SEED (default: random, printed).
Prints the worst CPU per class and engine, and the first failure of each class, shrunk, with
the seed and path that replay it. Exits 1 on any failure.
`);

const runs = Number(process.argv[2] ?? 2000);
const seed = Number(process.argv[3] ?? Math.floor(Math.random() * 2 ** 31));
let failed = false;
console.log(`seed ${seed}, ${runs} runs per class, CPU bound ${CPU_BOUND_MS} ms`);
for (const engine of ENGINE_NAMES) {
  const snap = await bundledSnapshot(engine);
  const before = probeAnswers(snap);
  for (const name of CLASS_NAMES) {
    const report: ClassReport = emptyReport();
    const details = fc.check(classProperty(snap, name, report), { seed, numRuns: runs, endOnFailure: false });
    console.log(`${engine} ${name}: ${report.runs} runs, statuses ${JSON.stringify(report.statuses)}, worst CPU ${report.worstCpuMs.toFixed(1)} ms: ${report.worstInput.slice(0, 160)}`);
    if (details.failed) {
      failed = true;
      console.log(`  FAILED (seed ${details.seed}, path ${details.counterexamplePath}): ${JSON.stringify(details.counterexample).slice(0, 600)}\n  ${String(details.errorInstance).slice(0, 600)}`);
    }
  }
  const after = probeAnswers(snap);
  const changed = before.filter((b, i) => b !== after[i]).length;
  console.log(`${engine}: ${changed} of ${before.length} probe answers changed after the campaign`);
  if (changed) failed = true;
}
process.exit(failed ? 1 : 0);
