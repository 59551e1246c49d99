import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PhraseRowsSink } from '../core/build/library-db.js';
import { adoptPhraseTables } from '../core/build/phrase-tables.js';
import { bundled } from './worker-bundle.js';
import { DONE, FAILED, type PhraseMessage } from './phrase-protocol.js';

// A second writer for an FTS5 build: a thread filling the phrase tables (phrases, pairs,
// stem_words) in a file of their own while the run's thread writes library.db's other tables;
// library.db adopts them at the end (core/build/phrase-tables.ts). FTS5 inserting the phrases
// and pairs rows was the largest part of the run's thread, which alone capped the build's
// passages/s on two cores whatever the file workers did.

const here = fileURLToPath(import.meta.url);
const threadFile = here.replace(/phrase-writer\.(ts|js)$/, 'phrase-thread.$1');

/**
 * The most documents sent and not yet written (~25 passages and ~25 kB of words each): the run's
 * thread waits beyond it, so a thread falling behind (a busy machine) holds at most ~10 MB of
 * messages, not the rest of the corpus.
 */
const AHEAD = 400;

/**
 * How long the run's thread waits on a thread that writes nothing before failing the run. A
 * thread that dies without saying so in `progress` (its module failing to load, an out-of-memory
 * end, a terminate) reaches this thread only as an event, which cannot run while it waits: without
 * this the run waited forever (reviewfix19b). A document's rows take milliseconds, a commit seconds.
 */
const STALL_MS = 120_000;

/** The thread's module: compiled, or under tsx bundled from the sources (worker-bundle.ts); none in a coverage run. */
function threadModule(): string | undefined {
  if (extname(here) === '.js') return threadFile;
  return process.env.NODE_V8_COVERAGE ? undefined : bundled(threadFile);
}

/** The phrase tables of `library` written by a thread into `file` (beside it), or undefined where no thread can run (the writer then writes them itself). */
export function phraseWriter(library: string, file: string): PhraseWriter | undefined {
  const module = threadModule();
  return module ? new PhraseWriter(module, library, file) : undefined;
}

export class PhraseWriter implements PhraseRowsSink {
  private readonly worker: Worker;
  /** the thread's failure, reported at the next call (it fails the run) */
  private failed: Error | undefined;
  private readonly finished: Promise<void>;
  private finishing = false;
  /** shared with the thread: DONE, FAILED */
  private readonly progress = new Int32Array(new SharedArrayBuffer(8));
  private sent = 0;

  constructor(
    module: string,
    private readonly library: string,
    private readonly file: string,
    private readonly stallMs = STALL_MS,
  ) {
    this.worker = new Worker(module, { workerData: { path: file, progress: this.progress } });
    this.finished = new Promise((resolve, reject) => {
      this.worker.once('message', () => resolve());
      this.worker.once('error', (error: Error) => {
        this.failed = error;
        reject(error);
      });
      // after 'finished' this changes nothing
      this.worker.once('exit', (code) => reject(new Error(`the phrase tables' thread stopped (exit code ${code}) before finishing`)));
    });
    // a failure is thrown by the next call, or by `adopt`; not unhandled meanwhile
    this.finished.catch(() => undefined);
  }

  private post(message: PhraseMessage): void {
    if (this.failed) throw this.failed;
    this.worker.postMessage(message);
  }

  add(first: number, words: readonly string[]): void {
    this.post(['add', first, words]);
    this.sent++;
    // the thread's failure reaches this thread as an event, which cannot run while it waits: FAILED says it
    let waited = 0;
    for (let done = Atomics.load(this.progress, DONE); this.sent - done > AHEAD; ) {
      if (Atomics.load(this.progress, FAILED)) throw new Error("the phrase tables' thread failed");
      if (waited >= this.stallMs) throw new Error(`the phrase tables' thread failed: it wrote nothing for ${Math.round(waited / 1000)} s`);
      const t = performance.now();
      Atomics.wait(this.progress, DONE, done, Math.min(1000, this.stallMs));
      const now = Atomics.load(this.progress, DONE);
      // any progress restarts the count
      waited = now === done ? waited + (performance.now() - t) : 0;
      done = now;
    }
  }

  commit(): void {
    this.post(['commit']);
  }

  /** No more rows: the thread finishes its tables (merges them, writes stem_words) while the run's thread finishes library.db's. */
  finish(): void {
    if (this.finishing) return;
    this.post(['finish']);
    this.finishing = true;
  }

  /** Once library.db is closed: the thread's tables finished and copied into it, the thread ended. */
  async adopt(): Promise<void> {
    this.finish();
    await this.finished;
    await this.worker.terminate();
    adoptPhraseTables(this.library, this.file);
  }

  /** The thread stopped (a failed run: the staging directory and its file are discarded). */
  async abort(): Promise<void> {
    await this.worker.terminate();
  }
}
