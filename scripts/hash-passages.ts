import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { listCorpus } from '../indexer/corpus.js';
import { processFile, type ProcessedFile } from '../indexer/process-file.js';
import { processCorpus } from '../indexer/process-corpus.js';

// npx tsx scripts/hash-passages.ts DIR [--pool] [--limit N]: every file of a corpus through the
// per-file pipeline (read → structure → repair → segment → tag), in this one process or
// (--pool) in the indexer's worker pool, printing one hash over the reports, documents and
// passages it yields, and the passages per second. A speed-up of the worker side must leave
// the hash unchanged on corpus/ and on a generated corpus, in both modes.
const dir = resolve(process.argv[2] ?? 'corpus');
const at = process.argv.indexOf('--limit');
const limit = at > 0 ? Number(process.argv[at + 1]) : Infinity;
const pool = process.argv.includes('--pool');
const listing = await listCorpus(dir);
const files = listing.files.slice(0, limit);

async function* inProcess(): AsyncGenerator<ProcessedFile> {
  for (const f of files) yield await processFile(f.abs, f.rel, listing.entries, { maxPages: 2000 });
}

const hash = createHash('sha256');
let passages = 0;
const started = performance.now();
const cpu = process.cpuUsage();
let first = 0;
const results = pool ? processCorpus(files, listing.entries, { maxPages: 2000, timeoutMs: 120_000 }) : inProcess();
for await (const r of results) {
  first ||= performance.now() - started;
  // `ms` is a timing and `cached` depends on the run before: neither is output.
  hash.update(JSON.stringify({ ...r.report, ms: undefined, cached: undefined }));
  hash.update(JSON.stringify(r.document ?? null));
  hash.update(JSON.stringify(r.passages ?? null));
  passages += r.passages?.length ?? 0;
}
const s = (performance.now() - started) / 1000;
// CPU time of this process (not of pool workers): what a load average of others inflates least.
const used = process.cpuUsage(cpu);
const cpuS = (used.user + used.system) / 1e6;
console.log(`${hash.digest('hex').slice(0, 16)}  ${pool ? 'pool' : 'in-process'}: ${files.length} files, ${passages} passages, ${s.toFixed(1)} s, ${Math.round(passages / s)} passages/s, first result after ${Math.round(first)} ms, ${cpuS.toFixed(1)} s CPU in this process (${Math.round(passages / cpuS)} passages per CPU-second)`);
