import { parentPort, workerData } from 'node:worker_threads';
import { countedRowsHere, type CountedPostings, type CountedQuery } from '../core/build/counted-rows.js';
import { nameThread } from './timeline.js';

// A thread scoring a share of term_best's queries from the counted postings (term-best-pool.ts
// countedInThreads), which it reads where the run's thread put them (SharedArrayBuffers), with
// SQLite's ln over a connection of its own: the same C function as the run's.

const { postings, queries } = workerData as { postings: CountedPostings; queries: CountedQuery[] };
nameThread('term-best');
parentPort!.postMessage(countedRowsHere(postings, queries));
