import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { DocumentRecord, FileReport, Passage } from '../core/types.js';
import { listCorpus } from './corpus.js';
import { processCorpus, type PoolStats } from './process-corpus.js';
import { buildLunrIndex } from './build-index.js';
import { buildVocabulary } from './build-vocab.js';
import { loadTaxonomy } from '../core/taxonomy.js';
import { buildCitationGraph } from './references/graph.js';
import { assignCitationKeys } from '../core/csl.js';
import { newBuildId, publish } from '../core/build/publish.js';
import type { Manifest } from '../core/build/format.js';

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
  /** the editable taxonomy (default taxonomy/taxonomy.json) */
  taxonomyFile?: string;
  onStart?: (files: number) => void;
  onFile?: (report: FileReport, done: number, total: number, passages: number, pages: number) => void;
}

/** Limits for one file, the same for `npm run index` and for `npm start` indexing the corpus. */
export const RUN_DEFAULTS = { maxPages: 2000, timeoutMs: 120_000, useCache: true };

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
  const index = buildLunrIndex(passages, documents);
  report.finishedAt = new Date().toISOString();
  const manifest = await publish(
    options.indexDir,
    id,
    {
      'documents.json': JSON.stringify([...documents.values()]),
      'passages.json': JSON.stringify(passages),
      'lunr.json': JSON.stringify(index),
      'vocabulary.json': JSON.stringify(buildVocabulary(passages)),
      'taxonomy.json': JSON.stringify(taxonomy),
      'report.json': JSON.stringify(report, null, 2),
    },
    { documents: documents.size, passages: passages.length, files: reports.length, skipped: totals.skipped },
  );
  return { report, manifest };
}
