import { parentPort, workerData } from 'node:worker_threads';
import { relatedFromTexts, type TermsOptions } from './build-terms.js';
import { mark, nameThread } from './timeline.js';

// A thread finding the corpus's related words (build-terms.ts) from the sampled passages'
// texts, while the run's own thread finishes the database (related-pool.ts).

const { texts, options } = workerData as { texts: string[]; options: TermsOptions };
nameThread('related');
mark('related: start');
parentPort!.postMessage(relatedFromTexts(texts, options));
mark('related: done');
