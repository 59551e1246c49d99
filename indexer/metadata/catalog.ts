import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import type { CslItem } from '../../core/types.js';
import type { CatalogEntry } from './catalog-entry.js';
import { cleanCatalogItem } from './catalog-item.js';
import { supportedExtensions } from '../readers/registry.js';

// The two catalog formats a user may drop next to their files: CSL-JSON (catalog.json) and
// BibTeX as Zotero exports it (catalog.bib). Both become CSL-JSON items keyed for matching.

export { matchEntry, type CatalogEntry } from './catalog-entry.js';

// File names a catalog field may hold: any name ending in an extension some reader registers.
const FILE_NAME = new RegExp(`([^\\s;:{}/\\\\]+(?:${supportedExtensions.map((e) => e.replace('.', '\\.')).join('|')}))(?![\\w])`, 'gi');
const fileNames = (value: unknown): string[] => (typeof value === 'string' ? [...value.matchAll(FILE_NAME)].map((m) => m[1]) : []);

/**
 * The entries of a catalog.json. An entry or field that is not CSL-JSON is left out and named in
 * `problems`, the rest kept; only a file that is not JSON, or not a list of entries, is refused.
 */
export function parseCatalogJson(text: string, problems: string[] = []): CatalogEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`catalog.json is not valid JSON: ${(error as Error).message}`);
  }
  const list = Array.isArray(raw) ? raw : (raw as { items?: unknown })?.items;
  if (!Array.isArray(list)) throw new Error('catalog.json is not a CSL-JSON array (a list of items, or an object with one under "items")');
  const entries: CatalogEntry[] = [];
  list.forEach((entry: unknown, i) => {
    const { item, problems: left } = cleanCatalogItem(entry, i + 1);
    problems.push(...left);
    if (item) entries.push({ item, source: 'catalog.json', files: [...fileNames(item.file), ...fileNames(item.note)] });
  });
  return entries;
}

export function parseCatalogBib(text: string): CatalogEntry[] {
  // citation-js drops Zotero's `file` field, so the file names are read from the raw entries.
  const filesByKey = new Map<string, string[]>();
  for (const m of text.matchAll(/@\w+\s*\{\s*([^,\s]+)\s*,([\s\S]*?)(?=\n@|\s*$)/g)) {
    const file = /\bfile\s*=\s*\{([^}]*)\}/i.exec(m[2]);
    if (file) filesByKey.set(m[1], fileNames(file[1]));
  }
  const data = new Cite(text).data;
  return data.map((d) => {
    const { _graph: _ignored, ...item } = d as Record<string, unknown>;
    const key = String(item['citation-key'] ?? item.id);
    return { item: { ...(item as CslItem), id: key }, source: 'catalog.bib', files: [...(filesByKey.get(key) ?? []), ...fileNames(item.note)] };
  });
}
