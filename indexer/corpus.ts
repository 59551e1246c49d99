import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { supportedExtensions } from './readers/registry.js';
import { parseCatalogBib, parseCatalogJson, type CatalogEntry } from './metadata/catalog.js';

export interface CorpusListing {
  files: { abs: string; rel: string }[];
  entries: CatalogEntry[];
  catalogs: { file: string; status: 'read' | 'skipped'; entries: number; reason?: string }[];
  ignored: string[];
}

const CATALOGS = new Set(['catalog.json', 'catalog.bib']);

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/** Every indexable file under the corpus folder (sub-folders too) and every catalog found there. */
export async function listCorpus(root: string): Promise<CorpusListing> {
  const all = (await walk(root)).sort();
  const listing: CorpusListing = { files: [], entries: [], catalogs: [], ignored: [] };
  for (const abs of all) {
    const rel = relative(root, abs).split(sep).join('/');
    const name = rel.split('/').pop()!.toLowerCase();
    if (CATALOGS.has(name)) {
      try {
        const text = await readFile(abs, 'utf8');
        const entries = name.endsWith('.json') ? parseCatalogJson(text) : parseCatalogBib(text);
        listing.entries.push(...entries);
        listing.catalogs.push({ file: rel, status: 'read', entries: entries.length });
      } catch (error) {
        listing.catalogs.push({ file: rel, status: 'skipped', entries: 0, reason: (error as Error).message.split('\n')[0] });
      }
    } else if (supportedExtensions.some((ext) => name.endsWith(ext))) listing.files.push({ abs, rel });
    else listing.ignored.push(rel);
  }
  // catalog.json wins over catalog.bib for the same item: it is the format the project speaks.
  listing.entries.sort((a, b) => (a.source === b.source ? 0 : a.source === 'catalog.json' ? -1 : 1));
  return listing;
}
