import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { relatedFromTexts, TERMS_OPTIONS, type TermsOptions } from './build-terms.js';
import { bundled } from './worker-bundle.js';

// The related words (build-terms.ts) come from a sample of up to 20,000 passages, whatever the
// library's size: about a second of CPU at the end of a build, after the file workers are gone
// and while the run's thread is busy finishing the database (FTS5's merges, term_best), so
// one core was idle. Found in a thread of their own, they overlap that work. A sample this
// small is found in the calling thread: a thread takes longer to start than it would save.

/** Sampled passages below this many are worked through in the calling thread. */
export const THREAD_FROM = 2000;

const here = fileURLToPath(import.meta.url);
const threadFile = here.replace(/related-pool\.(ts|js)$/, 'related-thread.$1');

/** The thread's module: compiled, or under tsx bundled from the sources (worker-bundle.ts); none in a coverage run. */
function threadModule(): string | undefined {
  if (extname(here) === '.js') return threadFile;
  return process.env.NODE_V8_COVERAGE ? undefined : bundled(threadFile);
}

/** relatedFromTexts of `texts`, the same words in the same order, found in a thread where one is worth starting. */
export async function relatedInThread(texts: string[], options: TermsOptions = TERMS_OPTIONS, from = THREAD_FROM): Promise<Record<string, string[]>> {
  const file = texts.length >= from ? threadModule() : undefined;
  if (!file) return relatedFromTexts(texts, options);
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData: { texts, options } });
    worker.once('message', (related: Record<string, string[]>) => resolve(related));
    worker.once('error', reject);
    // after the message this changes nothing
    worker.once('exit', (code) => reject(new Error(`the related-words thread stopped (exit code ${code}) before its answer`)));
  });
}
