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

/** Related words being found: their answer, and a way to stop the thread finding them. */
export interface RelatedJob {
  readonly result: Promise<Record<string, string[]>>;
  /** the thread, where one was started (it has exited once `stop` resolves) */
  readonly thread?: Worker;
  stop(): Promise<void>;
}

/** relatedFromTexts of `texts`, the same words in the same order, begun in a thread where one is worth starting. */
export function startRelated(texts: string[], options: TermsOptions = TERMS_OPTIONS, from = THREAD_FROM): RelatedJob {
  const file = texts.length >= from ? threadModule() : undefined;
  if (!file) {
    const result = new Promise<Record<string, string[]>>((resolve) => resolve(relatedFromTexts(texts, options)));
    return { result, stop: async () => undefined };
  }
  const thread = new Worker(file, { workerData: { texts, options } });
  const result = new Promise<Record<string, string[]>>((resolve, reject) => {
    thread.once('message', (related: Record<string, string[]>) => resolve(related));
    thread.once('error', reject);
    // after the message this changes nothing
    thread.once('exit', (code) => reject(new Error(`the related-words thread stopped (exit code ${code}) before its answer`)));
  });
  return { result, thread, stop: async () => void (await thread.terminate()) };
}

/**
 * `during`'s value and the related words of `texts`, found while `during` runs. Whichever fails
 * first fails the whole, and the thread is stopped on every path: left running after `during`
 * threw (the database could not be finished), it kept the failing run waiting for it.
 */
export async function relatedAlongside<T>(
  texts: string[],
  during: () => Promise<T>,
  options: TermsOptions = TERMS_OPTIONS,
  from = THREAD_FROM,
  start: typeof startRelated = startRelated,
): Promise<{ value: T; related: Record<string, string[]> }> {
  const job = start(texts, options, from);
  // a failure is met where it is awaited
  job.result.catch(() => undefined);
  try {
    const value = await during();
    return { value, related: await job.result };
  } catch (error) {
    await job.stop();
    throw error;
  }
}
