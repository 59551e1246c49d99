import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CatalogEntry } from './metadata/catalog.js';
import type { CorpusFile } from './corpus.js';
import type { ProcessedFile } from './process-file.js';
import type { FromWorker, ToWorker, WorkerSettings } from './worker-protocol.js';
import type { LayoutPage, PageRange } from './readers/types.js';
import { HELP_FIRST_PAGES, PageLending } from './page-lending.js';
import { bundled } from './worker-bundle.js';
import { codeIdentity, sourceIdentity } from './code-identity.js';
import { DocumentCache, taxonomyIdentity } from './document-cache.js';
import { ExtractionCache } from './cache.js';
import { renumber } from './build-vocab.js';
import { renumberDict, RunTokens } from '../core/build/token-numbers.js';
import { loadTaxonomy } from '../core/taxonomy.js';
import { mark } from './timeline.js';

export interface CorpusOptions {
  maxPages: number;
  /** hard deadline per file: the worker is killed when it passes */
  timeoutMs: number;
  /** memory cap per worker process, in MB (resident set and V8 heap) */
  memoryMb?: number;
  maxTextBytes?: number;
  cacheDir?: string;
  taxonomyFile?: string;
  /** worker processes; default one per core */
  workers?: number;
  /** results carry each document prepared for the build (prepare-document.ts) instead of its passages */
  prepare?: boolean;
  /** filled in while the batch runs */
  stats?: PoolStats;
}

export interface PoolStats {
  /** highest sampled resident memory of this process and its workers together, in MB */
  peakRssMb: number;
  /** workers killed (deadline, memory) or crashed, and replaced */
  restarts: number;
  /** pages of PDFs read by a worker for another one (page-lending.ts) */
  pagesLent?: number;
}

/** Per worker: two workers stay under 2 GB together with the run that collects their results. */
export const DEFAULT_MEMORY_MB = 800;
const POLL_MS = 200;

/**
 * Results finished by the workers that the caller has not taken yet, beyond which no worker
 * starts another file. The run's one process takes them in corpus order and writes each into
 * the build; where it is the slower side (an FTS5 build of a text corpus), workers that ran on
 * ahead only queued results in its memory (most of its peak RSS at 100k passages).
 */
export const AHEAD_LIMIT = 32;

// A worker is a child process, not a promise or a thread: pdf.js can loop synchronously (JBIG2
// images) or allocate outside the V8 heap, and only a process can be stopped whatever it is
// doing and its memory measured and returned whole.

const here = fileURLToPath(import.meta.url);
const compiled = extname(here) === '.js';
const workerFile = here.replace(/process-corpus\.(ts|js)$/, `file-worker.$1`);

const preloadPdfjs = pathToFileURL(here.replace(/process-corpus\.ts$/, 'readers/pdfjs-preload.mjs')).href;

/** The worker's module and Node's arguments for it. */
function workerStart(memoryMb: number, readsPdfs: boolean): { file: string; argv: string[] } {
  // A larger young generation: pdf.js allocates many short-lived objects per page, and the
  // default one spends a fifth of the extraction time in scavenges.
  // The heap limit never goes below what a worker needs to start; the RSS poll holds the cap.
  // A function is handed to the optimising compiler after 8x the usual run of its bytecode
  // (V8's interrupt budget): a worker's background threads spent ~2 s of CPU compiling pdf.js
  // and the stages, a third of its time on the PDF bench, the closures pdf.js makes per page
  // (buildTextContentItem, compareWithLastPosition) 5-7 times each as they deoptimised and came
  // back. Hot code is still optimised, a little later: the bench's CPU 12.0 -> 9.9 s, the
  // 10k text corpus's 11.7 -> 10.6 s, the same output.
  const argv = [`--max-old-space-size=${Math.max(memoryMb, 320)}`, '--max-semi-space-size=32', `--interrupt-budget=${8 * 66 * 1024}`];
  if (compiled) return { file: workerFile, argv };
  // Under tsx (tests, `npm run index`) the worker is TypeScript too: bundled (worker-bundle.ts),
  // a module Node loads as it would the compiled one, pdf.js through pdfjs.ts on the first PDF
  // (the registry loads the PDF reader on first use: a batch without PDFs loads no pdf.js). A
  // coverage run keeps the sources, which it reports on, and runs them through tsx's loader;
  // pdf.js is then preloaded before tsx, which would otherwise take seconds over it (see
  // pdfjs-preload.mjs).
  const bundle = process.env.NODE_V8_COVERAGE ? undefined : bundled(workerFile);
  if (bundle) return { file: bundle, argv };
  if (readsPdfs) argv.push('--import', preloadPdfjs);
  argv.push('--import', pathToFileURL(createRequire(here).resolve('tsx')).href);
  return { file: workerFile, argv };
}

/** Resident memory of a process in MB, from /proc (Linux); null where that cannot be read. */
function rssMb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** A corpus file to read, or (`run`) a run of pages of one another worker is reading. */
interface Job {
  index: number;
  file: CorpusFile;
  run?: PageRange;
}

/** What the workers share: the queue, page lending, and where results go. */
interface Pool {
  next(): Job | undefined;
  finish(index: number, result: ProcessedFile): void;
  /** pages read for the reader of file `index`, or null if they could not be */
  lent(index: number, run: PageRange, pages: LayoutPage[] | null): void;
  fatal(error: Error): void;
  /** the next run of pages of file `index` for its reader (page-lending.ts) */
  claim(index: number, total: number): { run: PageRange | null; lent: number };
  /** the run's numbers of the stems and FTS terms the workers number (core/build/token-numbers.ts) */
  readonly stems: RunTokens;
  readonly terms: RunTokens;
}

const skipped = (file: string, reason: string, ms?: number): ProcessedFile => ({ report: { file, status: 'skipped', reason, passages: 0, ms } });

class Worker {
  private child: ChildProcess | undefined;
  private job: (Job & { seq: number; started: number; timer: NodeJS.Timeout }) | undefined;
  private killedFor: string | undefined;
  private poll: NodeJS.Timeout | undefined;
  private ready = false;
  private stopping = false;
  private failedStarts = 0;
  private stderr = '';
  /** last sampled resident memory, MB */
  rss = 0;
  /** the child's word numbers to the run's (build-vocab.ts renumber) */
  private words: number[] = [];
  /** the child's stem and FTS term numbers to the run's (core/build/token-numbers.ts renumberDict) */
  private stems: number[] = [];
  private terms: number[] = [];

  constructor(
    private readonly settings: WorkerSettings,
    private readonly options: CorpusOptions & { memoryMb: number; readsPdfs: boolean },
    private readonly pool: Pool,
  ) {}

  start(): void {
    this.words = [];
    this.stems = [];
    this.terms = [];
    const { file, argv } = workerStart(this.options.memoryMb, this.options.readsPdfs);
    const child = fork(file, [], { execArgv: argv, stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'advanced' });
    this.child = child;
    this.ready = false;
    this.killedFor = undefined;
    this.stderr = '';
    child.stderr?.on('data', (d: Buffer) => {
      this.stderr = (this.stderr + d.toString()).slice(-4000);
    });
    child.on('message', (message: FromWorker) => this.received(message));
    child.on('exit', (code, signal) => this.exited(child, code, signal));
    child.send({ type: 'init', settings: this.settings } satisfies ToWorker);
    this.poll = setInterval(() => {
      this.rss = (child.pid ? rssMb(child.pid) : null) ?? 0;
      if (this.job && this.rss > this.options.memoryMb) this.kill(`memory limit: used more than ${this.options.memoryMb} MB`);
    }, POLL_MS);
  }

  private received(message: FromWorker): void {
    const job = this.job;
    if (message.type === 'ready') {
      this.ready = true;
      this.failedStarts = 0;
      this.take();
    } else if (message.type === 'claim') {
      if (job && !job.run && message.seq === job.seq) this.send({ type: 'range', seq: job.seq, ...this.pool.claim(job.index, message.total) });
    } else if (message.type === 'pages') {
      if (!job?.run || message.seq !== job.seq) return;
      this.clearJob();
      this.pool.lent(job.index, job.run, message.pages);
      this.take();
    } else if (job && !job.run && message.seq === job.seq) {
      this.clearJob();
      // in the order this worker numbered its words, which is not the order results are used in
      const prepared = message.result.prepared;
      if (prepared?.words) renumber(prepared.words, this.words, [prepared.vocabulary, prepared.acronyms.known]);
      if (prepared?.rows.stemNumbered) renumberDict(prepared.rows.stemNumbered, this.stems, this.pool.stems);
      if (prepared?.rows.termNumbered) renumberDict(prepared.rows.termNumbered, this.terms, this.pool.terms);
      this.pool.finish(job.index, message.result);
      this.take();
    }
  }

  send(message: ToWorker): void {
    this.child?.send(message);
  }

  /** Reading file `index`: the runs other workers read for it go to this worker. */
  reads(index: number): boolean {
    return !!this.job && !this.job.run && this.job.index === index;
  }

  /** Starts the next job if this worker is free; with none to do, it waits to be asked again. */
  take(): void {
    if (!this.ready || this.job || !this.child) return;
    const job = this.pool.next();
    if (!job) return;
    const seq = job.run ? nextRunSeq++ : job.index;
    const timer = setTimeout(() => this.kill(`time limit: still reading after ${Math.round(this.options.timeoutMs / 100) / 10} s`), this.options.timeoutMs);
    this.job = { ...job, seq, started: Date.now(), timer };
    if (job.run) this.send({ type: 'pages', seq, abs: job.file.abs, run: job.run });
    else this.send({ type: 'file', seq, abs: job.file.abs, rel: job.file.rel });
  }

  private clearJob(): void {
    if (this.job) clearTimeout(this.job.timer);
    this.job = undefined;
  }

  private kill(reason: string): void {
    if (this.killedFor) return;
    this.killedFor = reason;
    this.child?.kill('SIGKILL');
  }

  private exited(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (child !== this.child) return;
    clearInterval(this.poll);
    this.child = undefined;
    const job = this.job;
    this.clearJob();
    if (job) {
      if (job.run) {
        // A run read for another worker: that worker reads it itself, and meets the same trouble under its own limits.
        this.pool.lent(job.index, job.run, null);
      } else {
        let reason = this.killedFor;
        if (!reason && /heap out of memory|Allocation failed/i.test(this.stderr)) reason = `memory limit: used more than ${this.options.memoryMb} MB`;
        const said = this.lastError();
        reason ??= `failed: the reader stopped (${signal ?? `exit code ${code}`})${said ? `: ${said}` : ''}`;
        this.pool.finish(job.index, skipped(job.file.rel, `${reason} (the worker was stopped and replaced)`, Date.now() - job.started));
      }
      if (this.options.stats) this.options.stats.restarts++;
      this.start();
    } else if (!this.stopping) {
      // Died between files (or before its first one): a replacement carries on with the queue,
      // unless workers cannot start at all, which no file would be better off for retrying.
      if (!this.ready && ++this.failedStarts >= 3) {
        this.pool.fatal(new Error(`indexing workers cannot start: ${this.lastError() ?? `exit code ${code}`}`));
        return;
      }
      this.start();
    }
  }

  /** The line of the worker's last words that says what went wrong. */
  private lastError(): string | undefined {
    const lines = this.stderr.split('\n').map((l) => l.trim()).filter(Boolean);
    return lines.find((l) => /error/i.test(l)) ?? lines.pop();
  }

  stop(): void {
    this.stopping = true;
    clearInterval(this.poll);
    const child = this.child;
    this.child = undefined;
    if (child?.connected) child.disconnect();
    if (child && child.exitCode === null) child.kill('SIGKILL');
  }
}

/** Runs of pages are named apart from corpus files (whose index names them). */
let nextRunSeq = 1e9;

/**
 * Reads, structures and tags every corpus file in worker processes (one per core), each with a
 * hard deadline and a memory cap, and yields the results in corpus order. A file whose worker
 * had to be killed comes back as skipped with the reason; the rest of the batch goes on.
 */
export async function* processCorpus(files: CorpusFile[], entries: CatalogEntry[], options: CorpusOptions): AsyncGenerator<ProcessedFile> {
  const started = Date.now();
  const results = new Map<number, ProcessedFile>();
  const queue: Job[] = [];
  files.forEach((file, index) => {
    if (file.problem) results.set(index, skipped(file.rel, file.problem));
    else queue.push({ index, file });
  });
  const jobs = queue.length;
  let finished = 0;
  /** results the workers finished that the caller has not taken (AHEAD_LIMIT) */
  const ahead = new Set<number>();
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  const lending = new PageLending();
  const readsPdfs = queue.some((j) => /\.pdf$/i.test(j.file.rel));
  const codeId = options.cacheDir ? (sourceIdentity() ?? codeIdentity(workerStart(DEFAULT_MEMORY_MB, readsPdfs).file)) : undefined;
  const taxonomy = loadTaxonomy(options.taxonomyFile);
  // documents built by an earlier run of this code over this taxonomy (document-cache.ts); those of other versions go
  const documents = options.cacheDir && codeId ? `${codeId}-${taxonomyIdentity(taxonomy)}` : undefined;
  if (options.cacheDir && documents) await DocumentCache.prune(options.cacheDir, documents);
  if (options.cacheDir && codeId) await ExtractionCache.prune(options.cacheDir, codeId);
  const settings: WorkerSettings = { entries, maxPages: options.maxPages, maxTextBytes: options.maxTextBytes, cacheDir: options.cacheDir, codeId, documents, taxonomy, prepare: options.prepare };
  const limits = { ...options, memoryMb: options.memoryMb ?? DEFAULT_MEMORY_MB, readsPdfs };
  // One PDF is worth a worker per core: the others read runs of its pages.
  const count = Math.max(1, Math.min(options.workers ?? availableParallelism(), readsPdfs ? Infinity : queue.length));
  const lendJob = (lend: { index: number; run: PageRange }): Job => ({ index: lend.index, file: files[lend.index], run: lend.run });
  const pool: Pool = {
    stems: new RunTokens(),
    terms: new RunTokens(),
    next() {
      // A long file first: its reader would otherwise be the last one working, alone.
      const help = lending.lend(HELP_FIRST_PAGES);
      if (help) return lendJob(help);
      // No new file while enough wait to be taken; the file the caller waits for is never held
      // back by this: every result waiting then comes before it, and has been taken.
      const job = ahead.size < AHEAD_LIMIT ? queue.shift() : undefined;
      if (job && !queue.length) mark('pool: last file handed out');
      if (job) return job;
      const any = lending.lend(1);
      return any && lendJob(any);
    },
    claim(index, total) {
      const answer = lending.claim(index, total);
      // Pages to lend: workers waiting for work may take some.
      if (answer.run) for (const w of workers) w.take();
      return answer;
    },
    lent(index, pages, read) {
      if (read && options.stats) options.stats.pagesLent = (options.stats.pagesLent ?? 0) + read.length;
      workers.find((w) => w.reads(index))?.send({ type: 'lent', seq: index, run: pages, pages: read });
    },
    finish(index, result) {
      lending.forget(index);
      results.set(index, result);
      if (++finished === jobs) mark('pool: last file back');
      ahead.add(index);
      wake?.();
    },
    fatal(error) {
      failure = error;
      wake?.();
    },
  };
  const workers: Worker[] = queue.length ? Array.from({ length: count }, () => new Worker(settings, limits, pool)) : [];
  const stats = options.stats;
  const sample = stats
    ? setInterval(() => {
        const total = process.memoryUsage.rss() / 1048576 + workers.reduce((sum, w) => sum + w.rss, 0);
        stats.peakRssMb = Math.max(stats.peakRssMb, Math.round(total));
      }, POLL_MS)
    : undefined;
  try {
    mark('pool: workers starting');
    for (const w of workers) w.start();
    for (let i = 0; i < files.length; i++) {
      while (!results.has(i)) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
      }
      const result = results.get(i)!;
      results.delete(i);
      // room again for a worker held back (AHEAD_LIMIT)
      if (ahead.delete(i)) for (const w of workers) w.take();
      yield result;
    }
  } finally {
    clearInterval(sample);
    for (const w of workers) w.stop();
  }
  // Every file has been through this run (a caller that stopped early never gets here): the
  // documents it neither reused nor built are of files edited, renamed or removed since.
  if (options.cacheDir && documents) await DocumentCache.sweep(options.cacheDir, documents, started);
}
