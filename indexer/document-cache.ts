import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { DocumentRecord, FileReport, Passage } from '../core/types.js';
import { entryIndex, type CatalogEntry } from './metadata/catalog-entry.js';

// A file's document as the worker built it (structure, repairs, passages, tags, metadata), kept
// from one run to the next. The extraction cache (cache.ts) spared only a PDF's reading; a
// library of 2,000 text files rebuilt after one file was added built all 2,000 documents again
// (userreview22: 127 s of CPU against 134 s for the first build). Building a document is a
// pure function of the file's bytes and path, the catalogue entries it is built from and the
// page limit (the key) and of the taxonomy and the indexer's code (the generation, the entries'
// folder), so a hit is the document a fresh build would make.

export interface CachedDocument {
  report: FileReport;
  document: DocumentRecord;
  passages: Passage[];
}

/**
 * The catalogue entries a document is built from: the file's own and, from the other catalogue,
 * the one with its id (resolve.ts reads it as a second layer). processFile gives buildDocument
 * these only, so they are all the catalogue a cached document depends on.
 */
export function entriesRead(entries: readonly CatalogEntry[], file: string): CatalogEntry[] {
  const index = entryIndex(entries);
  const entry = index.match(file);
  if (!entry) return [];
  return [entry, ...index.withId(entry.item.id).filter((e) => e !== entry && e.source !== entry.source)];
}

export interface DocumentKeyParts {
  /** sha256 of the file's bytes */
  hash: string;
  /** the path under the corpus folder: the document's id and file name come from it */
  file: string;
  maxPages: number;
  /** entriesRead(...) for this file */
  entries: readonly CatalogEntry[];
}

/** A short identity of the taxonomy the tagger reads. */
export const taxonomyIdentity = (taxonomy: unknown): string => createHash('sha256').update(JSON.stringify(taxonomy)).digest('hex').slice(0, 16);

/** Whether a parsed entry has the shape set() writes: a report, a document with its id, passages. */
function isCachedDocument(value: unknown): value is CachedDocument {
  const v = value as Partial<CachedDocument> | null;
  return typeof v === 'object' && v !== null && typeof v.report?.status === 'string' && typeof v.document?.id === 'string' && Array.isArray(v.passages);
}

export class DocumentCache {
  /**
   * `root`: the index's cache folder. Entries live under one folder per code and taxonomy
   * (`documents/<codeId>-<taxonomyId>`): a new version of the indexer cannot use the old ones,
   * so `prune` removes them rather than letting each upgrade leave a copy of the library behind.
   */
  constructor(
    private readonly root: string,
    private readonly generation: string,
  ) {}

  private get dir(): string {
    return join(this.root, 'documents', this.generation);
  }

  static key(parts: DocumentKeyParts): string {
    const h = createHash('sha256');
    h.update(`${parts.hash}\0${parts.file}\0${parts.maxPages}\0`);
    for (const e of parts.entries) h.update(JSON.stringify([e.source, e.item, e.files])).update('\0');
    return h.digest('hex').slice(0, 40);
  }

  async get(key: string): Promise<CachedDocument | undefined> {
    const path = join(this.dir, `${key}.json.gz`);
    try {
      const data = await readFile(path);
      const value = JSON.parse(gunzipSync(data).toString('utf8')) as unknown;
      // an entry that is not one (edited by hand, another program's file) is built again, not served
      if (!isCachedDocument(value)) return undefined;
      // used by this run: kept by sweep
      const now = new Date();
      await utimes(path, now, now).catch(() => undefined);
      return value;
    } catch {
      return undefined;
    }
  }

  async set(key: string, value: CachedDocument): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const tmp = join(this.dir, `.${key}.${process.pid}.tmp`);
    await writeFile(tmp, gzipSync(JSON.stringify(value), { level: 1 }));
    await rename(tmp, join(this.dir, `${key}.json.gz`));
  }

  /**
   * Removes the entries of `generation` that a run over the whole corpus, started at `started`
   * (ms), neither read nor wrote: those of files edited, renamed or removed since, of catalogue
   * entries changed, of another page limit, and a worker's temporary file left by its kill.
   * Prune clears other versions only, and each edit of a file left its old document behind for
   * good (review22 b, finding 5). Returns how many were removed.
   */
  static async sweep(root: string, generation: string, started: number): Promise<number> {
    const dir = join(root, 'documents', generation);
    const names = await readdir(dir).catch(() => [] as string[]);
    let removed = 0;
    for (const name of names) {
      const path = join(dir, name);
      const info = await stat(path).catch(() => undefined);
      // a second's slack: a file system's times may be coarser than the clock's
      if (!info?.isFile() || info.mtimeMs >= started - 1000) continue;
      await rm(path, { force: true }).catch(() => undefined);
      removed++;
    }
    return removed;
  }

  /** Removes the entries of other code or taxonomy versions (never read again). */
  static async prune(root: string, generation: string): Promise<void> {
    const dir = join(root, 'documents');
    const names = await readdir(dir).catch(() => [] as string[]);
    await Promise.all(names.filter((n) => n !== generation).map((n) => rm(join(dir, n), { recursive: true, force: true })));
  }
}
