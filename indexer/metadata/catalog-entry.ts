import { basename, extname } from 'node:path';
import type { CslItem } from '../../core/types.js';

// A catalog entry and how a corpus file finds its own, apart from the parsers in catalog.ts:
// every file worker matches entries, and none should load citation-js and its fetch
// polyfills (a fifth of a worker's start-up) to do it.

export interface CatalogEntry {
  item: CslItem;
  source: 'catalog.json' | 'catalog.bib';
  /** file names the entry names in a `file` or `note` field */
  files: string[];
}

/** The entry for a corpus file: by id or citation key equal to the file's stem, else by a named file. */
export function matchEntry(entries: CatalogEntry[], file: string): CatalogEntry | undefined {
  const name = basename(file);
  const stem = basename(file, extname(file));
  return entries.find((e) => e.item.id === stem) ?? entries.find((e) => e.files.some((f) => f === name || basename(f, extname(f)) === stem));
}
