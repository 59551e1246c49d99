import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { DocumentRecord, FileReport, Passage } from '../core/types.js';
import { listCorpus } from './corpus.js';
import { processCorpus, type PoolStats } from './process-corpus.js';
import { buildLunrIndex } from './build-index.js';
import { buildVocabulary } from './build-vocab.js';
import { loadTaxonomy } from '../core/taxonomy.js';
import { config } from '../core/config.js';
import { buildCitationGraph } from './references/graph.js';
import { assignCitationKeys } from '../core/csl.js';
import { newBuildId, StagedBuild } from '../core/build/publish.js';
import { LIBRARY_DB, type EngineName, type Manifest } from '../core/build/format.js';
import { LibraryWriter } from '../core/build/library-db.js';

export interface RunOptions {
  corpusDir: string;
  indexDir: string;
  maxPages: number;
  timeoutMs: number;
  useCache: boolean;
  /** memory cap per worker process in MB (default DEFAULT_MEMORY_MB) */
  memoryMb?: number;
  /** text and Markdown files larger than this are skipped (default TEXT_LIMIT_BYTES) */
  maxTextBytes?: number;
  /** worker processes (default: one per core) */
  workers?: number;
  /** the engine the build is written for; auto: lunr for small libraries, fts5 from AUTO_FTS5_PASSAGES */
  engine?: EngineName | 'auto';
  /** the editable taxonomy (default taxonomy/taxonomy.json) */
  taxonomyFile?: string;
  onStart?: (files: number) => void;
  onFile?: (report: FileReport, done: number, total: number, passages: number, pages: number) => void;
}

/** Limits for one file, the same for `npm run index` and for `npm start` indexing the corpus. */
export const RUN_DEFAULTS = { maxPages: 2000, timeoutMs: 120_000, useCache: true };

/**
 * From this many passages `--engine auto` writes an FTS5 build: below it lunr loads and
 * answers as fast and runs in a browser; above it lunr's index grows past what a server's
 * heap holds (the crossover measured earlier was about 3,000 passages).
 */
export const AUTO_FTS5_PASSAGES = 3000;

export const engineFor = (choice: EngineName | 'auto' | undefined, passages: number): EngineName => (choice === 'auto' ? (passages >= AUTO_FTS5_PASSAGES ? 'fts5' : 'lunr') : (choice ?? 'lunr'));

export interface Report {
  build: string | null;
  corpus: string;
  startedAt: string;
  finishedAt: string;
  files: FileReport[];
  catalogs: Awaited<ReturnType<typeof listCorpus>>['catalogs'];
  ignored: string[];
  /** sampled peak memory of the run and its workers; workers replaced after a kill or crash */
  resources: PoolStats & { workers: number };
  totals: { files: number; indexed: number; partial: number; skipped: number; documents: number; passages: number; pages: number; cached: number };
}

export interface RunResult {
  report: Report;
  manifest: Manifest | null;
}

/** Every document gets its citation key, unique in the corpus, the same in every export format. */
function assignKeys(documents: Map<string, DocumentRecord>): void {
  const keys = assignCitationKeys([...documents.values()].map((d) => d.csl));
  for (const d of documents.values()) d.csl = { ...d.csl, 'citation-key': keys.get(d.id)! };
}

/** corpus → extract → clean → segment → index → publish, files read in isolated workers; a bad file is reported and skipped. */
export async function runIndex(options: RunOptions): Promise<RunResult> {
  const startedAt = new Date().toISOString();
  // An invalid taxonomy stops the run before any work: its error names the file and line.
  const taxonomy = loadTaxonomy(options.taxonomyFile);
  const listing = await listCorpus(options.corpusDir);
  options.onStart?.(listing.files.length);
  const reports: FileReport[] = [];
  const passages: Passage[] = [];
  const documents = new Map<string, DocumentRecord>();
  let pages = 0;
  const stats: PoolStats = { peakRssMb: 0, restarts: 0 };
  const results = processCorpus(listing.files, listing.entries, {
    stats,
    maxPages: options.maxPages,
    timeoutMs: options.timeoutMs,
    memoryMb: options.memoryMb,
    maxTextBytes: options.maxTextBytes,
    cacheDir: options.useCache ? join(options.indexDir, 'cache') : undefined,
    taxonomyFile: options.taxonomyFile,
    workers: options.workers,
  });
  for await (const result of results) {
    if (result.document && result.passages) {
      // Two files resolving to one id (a.pdf and a.txt) would collide; the second gets a suffix.
      let id = result.document.id;
      for (let k = 2; documents.has(id); k++) id = `${result.document.id}-${k}`;
      if (id !== result.document.id) {
        result.document.id = id;
        result.document.csl = { ...result.document.csl, id };
        for (const p of result.passages) p.doc = id;
        result.report.doc = id;
      }
      documents.set(id, result.document);
      passages.push(...result.passages);
      pages += result.document.pages ?? 0;
    }
    reports.push(result.report);
    options.onFile?.(result.report, reports.length, listing.files.length, passages.length, pages);
  }
  const totals = {
    files: reports.length,
    indexed: reports.filter((r) => r.status === 'indexed').length,
    partial: reports.filter((r) => r.status === 'partial').length,
    skipped: reports.filter((r) => r.status === 'skipped').length,
    documents: documents.size,
    passages: passages.length,
    pages,
    cached: reports.filter((r) => r.cached).length,
  };
  const report: Report = { build: null, corpus: options.corpusDir, startedAt, finishedAt: '', files: reports, catalogs: listing.catalogs, ignored: listing.ignored, resources: { ...stats, workers: options.workers ?? availableParallelism() }, totals };
  if (passages.length === 0) {
    report.finishedAt = new Date().toISOString();
    return { report, manifest: null };
  }
  assignKeys(documents);
  buildCitationGraph(documents, passages);
  const id = newBuildId();
  report.build = id;
  const engine = engineFor(options.engine ?? config.indexEngine, passages.length);
  const staged = await StagedBuild.open(options.indexDir, id);
  if (engine === 'fts5') {
    // documents and their passages streamed into the database one document at a time
    const writer = new LibraryWriter(staged.path(LIBRARY_DB));
    try {
      let at = 0;
      for (const d of documents.values()) {
        let end = at;
        while (end < passages.length && passages[end].doc === d.id) end++;
        writer.addDocument(d, passages.slice(at, end));
        at = end;
      }
      writer.finish();
    } catch (error) {
      writer.abort();
      throw error;
    }
  } else {
    await staged.writeFile('documents.json', JSON.stringify([...documents.values()]));
    await staged.writeFile('passages.json', JSON.stringify(passages));
    await staged.writeFile('lunr.json', JSON.stringify(buildLunrIndex(passages, documents)));
  }
  await staged.writeFile('vocabulary.json', JSON.stringify(buildVocabulary(passages)));
  await staged.writeFile('taxonomy.json', JSON.stringify(taxonomy));
  report.finishedAt = new Date().toISOString();
  await staged.writeFile('report.json', JSON.stringify(report, null, 2));
  const manifest: Manifest = await staged.commit({ documents: documents.size, passages: passages.length, files: reports.length, skipped: totals.skipped }, engine);
  return { report, manifest };
}
