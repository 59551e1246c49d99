import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { ReadResult } from './readers/types.js';

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
}
