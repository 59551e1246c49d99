import { basename } from 'node:path';
import type { CorpusFile } from './corpus.js';
import type { CatalogEntry } from './metadata/catalog-entry.js';
import { matchEntry } from './metadata/catalog-entry.js';
import { hashFile } from './copies.js';
import { documentId } from './metadata/resolve.js';
import type { PreviousBuild } from './aliases.js';

// A catalogue entry finds its file by the file's stem or by a name in its `file` field
// (catalog-entry.ts). Renaming a catalogued file ("report.pdf" → "report-final.pdf") used to
// part it from its entry without a word: the document lost its title, authors, type and
// publisher to its file name, and a colleague's exported reference with them (userreview22,
// finding 2). A file renamed with its bytes unchanged is still the work the entry describes, so
// the entry follows it: the entry the build being replaced matched to a file no longer in the
// corpus goes to the file that now holds those bytes and matches no entry. The document keeps
// the catalogue's id, and with it its links and citation key; at the next run that document
// (the entry's id) leads the entry to the file again, until the catalogue names the file.

export interface FollowedRename {
  /** the entry's id */
  id: string;
  from: string;
  to: string;
}

/**
 * `entries` with each entry whose file was renamed naming the new file, and the renames so
 * followed. `previous`: the build being replaced, its document ids by content hash. An entry
 * no file matches by name, whose document that build made from bytes a file that matches no
 * entry now holds, names that file — at the rename and at every later run, since the document
 * keeps the entry's id.
 */
export async function entriesFollowingRenames(files: readonly CorpusFile[], entries: CatalogEntry[], previous: Pick<PreviousBuild, 'hashOf' | 'fileByHash'>): Promise<{ entries: CatalogEntry[]; followed: FollowedRename[] }> {
  if (entries.length === 0 || !previous.hashOf?.size) return { entries, followed: [] };
  const matched = new Set<CatalogEntry>();
  const unmatched: CorpusFile[] = [];
  for (const f of files) {
    if (f.problem) continue;
    const entry = matchEntry(entries, f.rel);
    if (entry) matched.add(entry);
    else unmatched.push(f);
  }
  // entries no file matches by name, by the content hash of the document the last build made for them
  const orphans = new Map<string, CatalogEntry>();
  for (const e of entries) {
    if (matched.has(e)) continue;
    const hash = previous.hashOf.get(documentId('', String(e.item.id)));
    if (hash !== undefined && !orphans.has(hash)) orphans.set(hash, e);
  }
  if (orphans.size === 0) return { entries, followed: [] };
  const out = [...entries];
  const followed: FollowedRename[] = [];
  for (const f of unmatched) {
    const hash = await hashFile(f.abs).catch(() => undefined);
    const entry = hash === undefined ? undefined : orphans.get(hash);
    if (!entry) continue;
    orphans.delete(hash!);
    out[out.indexOf(entry)] = { ...entry, files: [...entry.files, basename(f.rel)] };
    const from = previous.fileByHash.get(hash!) ?? f.rel;
    if (from !== f.rel) followed.push({ id: String(entry.item.id), from, to: f.rel });
  }
  return { entries: out, followed };
}
