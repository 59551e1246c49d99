import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { termBestRows } from '../core/build/term-best.js';
import type { TermBestJob } from '../core/build/library-db.js';
import { nameThread } from './timeline.js';

// A thread computing a share of term_best's rows from a finished library.db (term-best-pool.ts),
// over a read-only connection of its own.

const job = workerData as TermBestJob;
nameThread('term-best');
const db = new Database(job.path, { readonly: true });
try {
  parentPort!.postMessage(termBestRows(db, job.queries, job.passages, job.weights));
} finally {
  db.close();
}
