import { mkdtemp, rm } from 'node:fs/promises';
import { pino } from 'pino';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIndex, RUN_DEFAULTS } from '../indexer/run.js';
import { IndexStore } from '../server/index-store.js';
import { fuzzTarget } from '../test/helpers/fuzz-target.js';
import { runFuzz } from '../test/helpers/fuzz.js';
import { exitWithUsageIfAsked } from './usage.js';

// npm run fuzz [-- --n 10000 --seed 1 --concurrency 4 --index DIR]: generated requests across
// every route in openapi.yaml and every page (see test/helpers/fuzz.ts), against the server as
// npm start runs it, over an index of corpus/ (or DIR). Fails on any 5xx, any answer over
// 2 s, or any JSON answer not in the documented shape. A failing request is replayed with the
// same --seed.

exitWithUsageIfAsked(`
npm run fuzz [-- OPTIONS]

Generated requests across every route in openapi.yaml and every page, hostile values for each
parameter, against the server as npm start runs it over an index of corpus/ (or DIR). Fails on
any 5xx, any answer over 2 s or any JSON answer not in the documented shape.

  --n N              requests (default 10000)
  --seed N           seed; a failing request is replayed with the same seed (default 1)
  --concurrency N    requests at once (default 4)
  --index DIR        a published index directory instead of a fresh index of corpus/
  -h, --help         this text
`);

const arg = (name: string, def: string) => process.argv.find((_a, i) => process.argv[i - 1] === `--${name}`) ?? def;
const n = Number(arg('n', '10000'));
const seed = Number(arg('seed', '1'));
const concurrency = Number(arg('concurrency', '4'));

let indexDir = arg('index', '');
let temp: string | null = null;
if (!indexDir) {
  temp = await mkdtemp(join(tmpdir(), 'pp-fuzz-'));
  indexDir = temp;
  process.stderr.write(`indexing corpus/ into ${temp} …\n`);
  await runIndex({ ...RUN_DEFAULTS, corpusDir: 'corpus', indexDir });
}
const store = new IndexStore(indexDir);
await store.refresh();
// the run's own report replaces 10,000 access-log lines (LOG_LEVEL=info shows them)
const target = await fuzzTarget(store, pino({ level: process.env.LOG_LEVEL ?? 'silent' }));
process.stderr.write(`sending ${n} requests (seed ${seed}, ${concurrency} at a time) …\n`);
const t0 = performance.now();
const result = await runFuzz(target.port, target.known, { n, seed, concurrency });
const seconds = (performance.now() - t0) / 1000;
target.server.close();
store.close();
if (temp) await rm(temp, { recursive: true, force: true });

console.log(`\n| route | requests |\n|---|---|`);
for (const [route, count] of Object.entries(result.byRoute)) console.log(`| ${route} | ${count} |`);
console.log(`\n| status | requests |\n|---|---|`);
for (const [status, count] of Object.entries(result.byStatus)) console.log(`| ${status} | ${count} |`);
console.log(`\n${result.requests} requests in ${seconds.toFixed(1)} s: 5xx ${result.serverErrors.length}, over 2 s ${result.slow.length}, not as documented ${result.specMismatches.length}; p99 ${result.p99Ms} ms, max ${result.maxMs} ms`);
// the slowest first: a stall of the machine delays many answers a little, a real problem one a lot
const slowest = [...result.slow].sort((a, b) => parseInt(b, 10) - parseInt(a, 10));
for (const line of [...result.serverErrors, ...result.specMismatches, ...slowest].slice(0, 30)) console.log(`  ${line}`);
console.log(JSON.stringify({ requests: result.requests, seed, seconds: Math.round(seconds), byStatus: result.byStatus, serverErrors: result.serverErrors.length, slow: result.slow.length, specMismatches: result.specMismatches.length, p99Ms: result.p99Ms, maxMs: result.maxMs }));
process.exitCode = result.serverErrors.length || result.slow.length || result.specMismatches.length ? 1 : 0;
