import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { TermBestJob } from '../core/build/library-db.js';
import { termBestRows, type TermBestRow } from '../core/build/term-best.js';
import { bundled } from './worker-bundle.js';

// term_best's rows (core/build/term-best.ts) score every passage of each common term: at 100k
// passages the longest step of the build's end, when the file workers are gone and a core is
// idle. Computing them only reads the finished file, so threads with connections of their own
// share the lists, while the run's own thread writes what else the build needs.

const here = fileURLToPath(import.meta.url);
const threadFile = here.replace(/term-best-pool\.(ts|js)$/, 'term-best-thread.$1');

/** The thread's module: compiled, or under tsx bundled from the sources (worker-bundle.ts); none in a coverage run. */
function threadModule(): string | undefined {
  if (extname(here) === '.js') return threadFile;
  return process.env.NODE_V8_COVERAGE ? undefined : bundled(threadFile);
}

/** better-sqlite3 binds a Buffer as a blob; a buffer posted between threads arrives as a plain Uint8Array. */
const asBuffer = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

function inThread(file: string, job: TermBestJob): Promise<TermBestRow[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData: job });
    worker.once('message', (rows: TermBestRow[]) => resolve(rows.map(([term, matches, ords, scores, members, postings]) => [term, matches, asBuffer(ords), asBuffer(scores), members && asBuffer(members), postings && asBuffer(postings)])));
    worker.once('error', reject);
    // after the message this changes nothing
    worker.once('exit', (code) => reject(new Error(`a term_best thread stopped (exit code ${code}) before its rows`)));
  });
}

/** term_best's rows of `job.queries`, in their order, computed by `threads` threads (in this one where threads cannot run). */
export async function termBestInThreads(job: TermBestJob, threads = Math.min(2, availableParallelism())): Promise<TermBestRow[]> {
  const file = threads > 1 && job.queries.length > 1 ? threadModule() : undefined;
  if (!file) {
    const db = new Database(job.path, { readonly: true });
    try {
      return termBestRows(db, job.queries, job.passages, job.weights);
    } finally {
      db.close();
    }
  }
  // Dealt in turn: terms in vocabulary order, then prefixes, so each share holds common and rarer ones alike.
  const shares = Array.from({ length: threads }, (_, t) => job.queries.filter((_, i) => i % threads === t));
  const rows = await Promise.all(shares.map((queries) => inThread(file, { ...job, queries })));
  return job.queries.map((_, i) => rows[i % threads][Math.floor(i / threads)]);
}
