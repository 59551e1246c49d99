import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { countedRows, sqliteLn, type CountedPostings, type CountedQuery } from '../core/build/counted-rows.js';

// A thread scoring a share of term_best's queries from the counted postings (term-best-pool.ts
// countedInThreads), which it reads where the run's thread put them (SharedArrayBuffers).
// SQLite's ln over a connection of its own: the same C function as the run's.

const { postings, queries } = workerData as { postings: CountedPostings; queries: CountedQuery[] };
const db = new Database(':memory:');
try {
  parentPort!.postMessage(countedRows(postings, queries, sqliteLn(db)));
} finally {
  db.close();
}
