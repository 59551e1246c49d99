import type { CatalogEntry } from './metadata/catalog.js';
import type { Taxonomy } from '../core/taxonomy.js';
import type { ProcessedFile } from './process-file.js';
import type { LayoutPage, PageRange } from './readers/types.js';

// The messages between the worker pool (process-corpus.ts) and a file worker (file-worker.ts).
// `seq` names the corpus file a message is about (its index in the batch); a run of pages read
// for another worker is named by a `seq` of its own.

export interface WorkerSettings {
  entries: CatalogEntry[];
  maxPages: number;
  maxTextBytes?: number;
  /** extraction cache folder; none: every file is extracted again */
  cacheDir?: string;
  /** the workers' code (code-identity.ts), part of the extraction cache's key */
  codeId?: string;
  /** the document cache's generation under cacheDir (document-cache.ts): none, every document is built again */
  documents?: string;
  /** parsed and checked by the pool once, rather than by each worker (0.15 s of its start) */
  taxonomy: Taxonomy;
  /** send each document prepared for the build (prepare-document.ts) rather than its passages */
  prepare?: boolean;
}

export type ToWorker =
  | { type: 'init'; settings: WorkerSettings }
  | { type: 'file'; seq: number; abs: string; rel: string }
  /** the answer to a claim: the next run to read, or null and how many runs other workers read */
  | { type: 'range'; seq: number; run: PageRange | null; lent: number }
  /** a run another worker read for this one (pages null: it failed, read them yourself) */
  | { type: 'lent'; seq: number; run: PageRange; pages: LayoutPage[] | null }
  /** read a run of another worker's PDF */
  | { type: 'pages'; seq: number; abs: string; run: PageRange };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'done'; seq: number; result: ProcessedFile }
  /** the file's reader asks for its next run of pages (PageShare) */
  | { type: 'claim'; seq: number; total: number }
  | { type: 'pages'; seq: number; pages: LayoutPage[] | null };
