import { basename } from 'node:path';
import type { CorpusFile } from './corpus.js';
import type { CatalogEntry } from './metadata/catalog-entry.js';
import { matchEntry } from './metadata/catalog-entry.js';
import { hashFile } from './copies.js';

// A catalogue entry finds its file by the file's stem or by a name in its `file` field
// (catalog-entry.ts). Renaming a catalogued file ("report.pdf" → "report-final.pdf") used to
// part it from its entry without a word: the document lost its title, authors, type and
// publisher to its file name, and a colleague's exported reference with them (userreview22,
// finding 2). A file renamed with its bytes unchanged is still the work the entry describes, so
// the entry follows it: the entry the build being replaced matched to a file no longer in the
// corpus goes to the file that now holds those bytes and matches no entry. The document keeps
// the catalogue's id, and with it its links and citation key.

export interface FollowedRename {
  /** the entry's id */
  id: string;
  from: string;
  to: string;
}

/**
 * `entries` with each entry whose file was renamed naming the new file, and the renames so
 * followed. `previous`: content hash → the file the build being replaced read those bytes from.
 */
export async function entriesFollowingRenames(files: readonly CorpusFile[], entries: CatalogEntry[], previous: ReadonlyMap<string, string>): Promise<{ entries: CatalogEntry[]; followed: FollowedRename[] }> {
  if (entries.length === 0 || previous.size === 0) return { entries, followed: [] };
  const present = new Set(files.map((f) => f.rel));
  // the previous build's files gone from the corpus that an entry matched, by their hash
  const gone = new Map<string, { entry: CatalogEntry; from: string }>();
  for (const [hash, from] of previous) {
    if (present.has(from)) continue;
    const entry = matchEntry(entries, from);
    if (entry) gone.set(hash, { entry, from });
  }
  if (gone.size === 0) return { entries, followed: [] };
  const matched = new Set<CatalogEntry>();
  const unmatched: CorpusFile[] = [];
  for (const f of files) {
    if (f.problem) continue;
    const entry = matchEntry(entries, f.rel);
    if (entry) matched.add(entry);
    else unmatched.push(f);
  }
  const out = [...entries];
  const followed: FollowedRename[] = [];
  for (const f of unmatched) {
    const hash = await hashFile(f.abs).catch(() => undefined);
    const was = hash === undefined ? undefined : gone.get(hash);
    // an entry another file still matches (a copy kept under the old name) stays with it
    if (!was || matched.has(was.entry)) continue;
    matched.add(was.entry);
    gone.delete(hash!);
    out[out.indexOf(was.entry)] = { ...was.entry, files: [...was.entry.files, basename(f.rel)] };
    followed.push({ id: String(was.entry.item.id), from: was.from, to: f.rel });
  }
  return { entries: out, followed };
}
