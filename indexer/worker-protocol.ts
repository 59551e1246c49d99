import type { CatalogEntry } from './metadata/catalog.js';
import type { ProcessedFile } from './process-file.js';

// The messages between the worker pool (process-corpus.ts) and a file worker (file-worker.ts).

export interface WorkerSettings {
  entries: CatalogEntry[];
  maxPages: number;
  maxTextBytes?: number;
  /** extraction cache folder; none: every file is extracted again */
  cacheDir?: string;
  taxonomyFile?: string;
  /** send each document prepared for the build (prepare-document.ts) rather than its passages */
  prepare?: boolean;
}

export type ToWorker = { type: 'init'; settings: WorkerSettings } | { type: 'file'; seq: number; abs: string; rel: string };

export type FromWorker = { type: 'ready' } | { type: 'done'; seq: number; result: ProcessedFile };
