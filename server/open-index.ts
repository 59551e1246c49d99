import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { indexCorpus } from './index-corpus.js';
import { buildChoice } from './build-choice.js';
import { IndexStore } from './index-store.js';
import { earlierFormat, OTHER_FORMAT } from './older-format.js';
import { logger } from './http/logger.js';
import type { BuildProgress } from './lifecycle.js';

export interface OpenIndexOptions {
  corpusDir: string;
  indexDir: string;
  /**
   * The user named the corpus (CORPUS_DIR): an index that cannot be served is rebuilt from it.
   * Without it only an empty index directory is filled from the default corpus, so a damaged
   * index is never replaced by whatever sits in ./corpus (the bundled three documents).
   */
  corpusGiven: boolean;
  log?: (line: string) => void;
  /** the store to fill (main.ts makes it first, to answer requests while this runs); default a new one */
  store?: IndexStore;
  /** called when indexing starts and as each file is read (total null until the files are listed) */
  onBuilding?: (progress: BuildProgress) => void;
  /** the server is stopping: an indexing run in progress is ended */
  signal?: AbortSignal;
}

/**
 * What the last indexing run left in the index directory when it published nothing (every file
 * unreadable): its report.json, which `npm run index` writes there whenever it finishes. A run that
 * failed outright (an exception) writes none and is not told apart from no run at all.
 */
async function unpublishedRun(indexDir: string): Promise<string | null> {
  try {
    const report = JSON.parse(await readFile(join(indexDir, 'report.json'), 'utf8')) as { build?: unknown; finishedAt?: unknown; files?: unknown[] };
    if (report.build) return null;
    return `the last indexing run (${String(report.finishedAt || 'unfinished')}) published nothing from its ${report.files?.length ?? 0} files: see report.json in the index directory`;
  } catch {
    return null;
  }
}

/** The corpus folder the last indexing run read, from its report.json, or null. */
async function builtFrom(indexDir: string): Promise<string | null> {
  try {
    const report = JSON.parse(await readFile(join(indexDir, 'report.json'), 'utf8')) as { corpus?: unknown };
    return typeof report.corpus === 'string' ? resolve(report.corpus) : null;
  } catch {
    return null;
  }
}

/**
 * The store `npm start` serves. Nothing published yet: index the corpus first (a fresh clone
 * serves the bundled corpus). A current build that cannot be loaded: serve the newest intact
 * older build, health `degraded`. No build loads: re-index only an explicitly given corpus, or
 * the corpus an earlier version's build was made from;
 * otherwise, and when indexing fails, serve 503 with the reason and keep watching for a new
 * build rather than exit (a supervisor would restart it into the same state, in a loop).
 */
export async function openIndex(opts: OpenIndexOptions): Promise<IndexStore> {
  const log = opts.log ?? ((line: string) => logger.info(line));
  const store = opts.store ?? new IndexStore(opts.indexDir);
  const choice = await buildChoice(opts.indexDir);
  const empty = !choice.current && !choice.fallbacks.length && !choice.problem;
  if (!empty) await store.refresh();
  if (store.loaded) return store;
  // a user whose own run just failed would otherwise be shown the bundled three documents as if they were theirs
  const failedRun = empty && !opts.corpusGiven ? await unpublishedRun(opts.indexDir) : null;
  if (failedRun) {
    store.lastError = failedRun;
    log(`No index in ${opts.indexDir}: ${failedRun}. Not indexing ${opts.corpusDir} in its place; every page answers 503 until a build is published.`);
    return store;
  }
  // a build another version made from this very corpus (an upgrade changed the format, or a
  // downgrade left a format this version cannot read): not damage, and its corpus is known, so it
  // is made again rather than left at 503 (review45: the comment said earlier only)
  const upgrade = !empty && !opts.corpusGiven && OTHER_FORMAT.test(store.lastError ?? '') && (await builtFrom(opts.indexDir)) === resolve(opts.corpusDir);
  if (!empty && !opts.corpusGiven && !upgrade) {
    log(`The index in ${opts.indexDir} cannot be served (${store.lastError}). Not re-indexing: set CORPUS_DIR to rebuild it from a corpus, or run npm run index.`);
    return store;
  }
  log(empty ? `No index in ${opts.indexDir}: indexing ${opts.corpusDir} first…` : upgrade ? `The index in ${opts.indexDir} was built by ${earlierFormat(store.lastError ?? '') ? 'an earlier' : 'another'} version from ${opts.corpusDir} (${store.lastError}): indexing it again…` : `The index in ${opts.indexDir} cannot be served (${store.lastError}): indexing ${opts.corpusDir} again…`);
  opts.onBuilding?.({ done: 0, total: null });
  const run = await indexCorpus(opts.corpusDir, opts.indexDir, { onProgress: (done, total) => opts.onBuilding?.({ done, total }), ...(opts.signal ? { signal: opts.signal } : {}) });
  if (opts.signal?.aborted) {
    store.lastError = `indexing ${opts.corpusDir} was stopped: the server is stopping`;
    return store;
  }
  log(run.output);
  if (run.published) await store.refresh();
  else store.lastError = `indexing ${opts.corpusDir} failed: ${run.output.split('\n').filter(Boolean).at(-1) ?? 'the indexer stopped'}`;
  if (!store.loaded) log(`Serving no index (${store.lastError}): every page answers 503 until a build is published.`);
  return store;
}
