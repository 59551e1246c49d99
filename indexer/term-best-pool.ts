import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { TermBestJob } from '../core/build/library-db.js';
import { termBestRows, type TermBestRow } from '../core/build/term-best.js';
import type { CountedJob } from '../core/build/term-counts.js';
import { countedRowsHere } from '../core/build/counted-rows.js';
import { bundled } from './worker-bundle.js';

// term_best's rows (core/build/term-best.ts) score every passage of each common term: at 100k
// passages the longest step of the build's end, when the file workers are gone and a core is
// idle. Computing them only reads the finished file, so threads with connections of their own
// share the lists, while the run's own thread writes what else the build needs.

const here = fileURLToPath(import.meta.url);

/** A thread's module (`name`.ts or .js beside this one): compiled, or under tsx bundled from the sources (worker-bundle.ts); none in a coverage run. */
function threadModule(name: string): string | undefined {
  const file = here.replace(/term-best-pool\.(ts|js)$/, `${name}.$1`);
  if (extname(here) === '.js') return file;
  return process.env.NODE_V8_COVERAGE ? undefined : bundled(file);
}

/** better-sqlite3 binds a Buffer as a blob; a buffer posted between threads arrives as a plain Uint8Array. */
const asBuffer = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

function inThread(file: string, data: unknown): Promise<TermBestRow[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData: data });
    worker.once('message', (rows: TermBestRow[]) => resolve(rows.map(([term, matches, ords, scores, members, postings]) => [term, matches, asBuffer(ords), asBuffer(scores), members && asBuffer(members), postings && asBuffer(postings)])));
    worker.once('error', reject);
    // after the message this changes nothing
    worker.once('exit', (code) => reject(new Error(`a term_best thread stopped (exit code ${code}) before its rows`)));
  });
}

/** term_best's rows of `job.queries`, in their order, computed by `threads` threads (in this one where threads cannot run). */
export async function termBestInThreads(job: TermBestJob, threads = Math.min(2, availableParallelism())): Promise<TermBestRow[]> {
  const file = threads > 1 && job.queries.length > 1 ? threadModule('term-best-thread') : undefined;
  if (!file) {
    const db = new Database(job.path, { readonly: true });
    try {
      return termBestRows(db, job.queries, job.passages, job.weights);
    } finally {
      db.close();
    }
  }
  const shares = dealt(job.queries, threads);
  return inQueryOrder(await Promise.all(shares.map((queries) => inThread(file, { ...job, queries }))), job.queries.length);
}

/**
 * The queries dealt in turn to `threads` shares: terms come in vocabulary order, then prefixes,
 * so each share holds common and rarer ones alike.
 */
function dealt<T>(queries: readonly T[], threads: number): T[][] {
  return Array.from({ length: threads }, (_, t) => queries.filter((_, i) => i % threads === t));
}

/** The shares' rows (as `dealt` dealt their queries) back in the queries' order. */
function inQueryOrder(rows: TermBestRow[][], count: number): TermBestRow[] {
  return Array.from({ length: count }, (_, i) => rows[i % rows.length][Math.floor(i / rows.length)]);
}

/**
 * Postings below this many entries are scored in the calling thread alone: a thread takes
 * longer to start (its module, a SQLite connection) than it would save.
 */
export const COUNTED_THREAD_FROM = 500_000;

/**
 * term_best's rows from the counted postings (core/build/counted-rows.ts), in `job.queries`'
 * order: the calling thread scores one share while `threads - 1` others score the rest over
 * the same shared postings. On the counted path this was the longest step of a 100k build's end
 * (~7 of the run's thread's ~10 CPU-s there, build23) with the other core idle: the phrase
 * tables' merge and the related words are done by then.
 */
export async function countedInThreads(job: CountedJob, threads = Math.min(2, availableParallelism()), from = COUNTED_THREAD_FROM): Promise<TermBestRow[]> {
  const file = threads > 1 && job.queries.length > 1 && job.postings.postingOrd.length >= from ? threadModule('counted-best-thread') : undefined;
  if (!file) return countedRowsHere(job.postings, job.queries);
  const shares = dealt(job.queries, threads);
  const others = shares.slice(1).map((queries) => inThread(file, { postings: job.postings, queries }));
  // a failure is met where the shares are awaited
  for (const o of others) o.catch(() => undefined);
  const mine = countedRowsHere(job.postings, shares[0]);
  return inQueryOrder([mine, ...(await Promise.all(others))], job.queries.length);
}
