import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { z } from 'zod';
import type { CslItem } from '../../core/types.js';
import type { CatalogEntry } from './catalog-entry.js';
import { supportedExtensions } from '../readers/registry.js';

// The two catalog formats a user may drop next to their files: CSL-JSON (catalog.json) and
// BibTeX as Zotero exports it (catalog.bib). Both become CSL-JSON items keyed for matching.

export { matchEntry, type CatalogEntry } from './catalog-entry.js';

const cslItemSchema = z
  .object({
    id: z.union([z.string(), z.number()]).transform(String),
    type: z.string().default('document'),
  })
  .passthrough();

// File names a catalog field may hold: any name ending in an extension some reader registers.
const FILE_NAME = new RegExp(`([^\\s;:{}/\\\\]+(?:${supportedExtensions.map((e) => e.replace('.', '\\.')).join('|')}))(?![\\w])`, 'gi');
const fileNames = (value: unknown): string[] => (typeof value === 'string' ? [...value.matchAll(FILE_NAME)].map((m) => m[1]) : []);

export function parseCatalogJson(text: string): CatalogEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`catalog.json is not valid JSON: ${(error as Error).message}`);
  }
  const items = z.array(cslItemSchema).safeParse(Array.isArray(raw) ? raw : (raw as { items?: unknown })?.items);
  if (!items.success) throw new Error(`catalog.json is not a CSL-JSON array: ${items.error.issues[0]?.message ?? 'invalid'}`);
  return items.data.map((item) => ({
    item: item as unknown as CslItem,
    source: 'catalog.json',
    files: [...fileNames((item as Record<string, unknown>).file), ...fileNames((item as Record<string, unknown>).note)],
  }));
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
