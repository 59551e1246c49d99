import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { ReadResult } from './readers/types.js';

/**
 * Bump when a reader (indexer/readers/) changes what it returns, so cached reads are redone:
 * the cache holds the readers' output, and a re-index is served it. x2: /Rotate pages upright
 * (upright.ts) and print-pipeline stamps dropped as titles (info-title.ts), review17 finding 6.
 * Since fixur17 the key also carries the code identity (code-identity.ts), so a changed reader
 * is read again without a bump; the readers' pinned-hash test went with that. Kept here, not in
 * process-file.ts, so the run's own process can prune without loading the readers' pipeline.
 */
export const EXTRACTOR_VERSION = 'x2';

/** The extraction cache's key for a file's bytes read by this version of the readers and, given its `codeId`, this code. */
export function extractionCacheKey(hash: string, maxPages: number, version: string = EXTRACTOR_VERSION, codeId?: string): string {
  return `${version}-${codeId ? `${codeId}-` : ''}${maxPages}-${hash}`;
}

/** An entry's file name, or a worker's temporary file for one (`.<key>.<pid>.tmp`), with its key. */
const ENTRY = /^\.?(x\w*-.+?)(?:\.json\.gz|\.\d+\.tmp)$/;

/**
 * Extractions keyed by content hash (and extractor version): re-indexing a corpus of hundreds
 * of PDFs after adding one re-reads one file.
 */
export class ExtractionCache {
  hits = 0;
  misses = 0;
  constructor(private readonly dir: string) {}

  async get(key: string): Promise<ReadResult | undefined> {
    try {
      const data = await readFile(join(this.dir, `${key}.json.gz`));
      this.hits++;
      return JSON.parse(gunzipSync(data).toString('utf8')) as ReadResult;
    } catch {
      this.misses++;
      return undefined;
    }
  }

  async set(key: string, value: ReadResult): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const tmp = join(this.dir, `.${key}.${process.pid}.tmp`);
    await writeFile(tmp, gzipSync(JSON.stringify(value)));
    await rename(tmp, join(this.dir, `${key}.json.gz`));
  }

  /**
   * Removes the extractions of other code identities or reader versions, which this code never
   * reads: each upgrade (or edit of the indexer's sources) left a copy of every PDF's reading
   * behind for good (review22 b, finding 5), as the document cache's prune already prevents for
   * documents. Those of this code, whatever their page limit, are kept. Returns how many went.
   */
  static async prune(dir: string, codeId: string, version: string = EXTRACTOR_VERSION): Promise<number> {
    const mine = `${version}-${codeId}-`;
    const names = await readdir(dir).catch(() => [] as string[]);
    let removed = 0;
    for (const name of names) {
      const key = ENTRY.exec(name)?.[1];
      if (key === undefined || key.startsWith(mine)) continue;
      await rm(join(dir, name), { force: true }).catch(() => undefined);
      removed++;
    }
    return removed;
  }
}
