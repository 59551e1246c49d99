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
  // Only a path new since that build, or the one it read an orphan's bytes from, can hold them:
  // the others are not read (an orphan lasts until the catalogue names the renamed file, and
  // every uncatalogued file was read whole at every run till then: review22 b, finding 9).
  const before = new Set(previous.fileByHash.values());
  const orphansFiles = new Set([...orphans.keys()].map((h) => previous.fileByHash.get(h)));
  for (const f of unmatched) {
    if (before.has(f.rel) && !orphansFiles.has(f.rel)) continue;
    const hash = await hashFile(f.abs).catch(() => undefined);
    const entry = hash === undefined ? undefined : orphans.get(hash);
    if (!entry) continue;
    const from = previous.fileByHash.get(hash!) ?? f.rel;
    if (!madeFrom(entry, from, entries)) continue;
    orphans.delete(hash!);
    // its path, not its name: a file of that name in another folder is another work (catalog-entry.ts)
    out[out.indexOf(entry)] = { ...entry, files: [...entry.files, `./${f.rel}`] };
    if (from !== f.rel) followed.push({ id: String(entry.item.id), from, to: f.rel });
  }
  return { entries: out, followed };
}

/**
 * Whether the previous build's document with the entry's id was made from the entry: its file
 * (`from`) matched the entry by name, or its id cannot be its file's own (so it came from a
 * catalogue: the entry followed it at an earlier run). A document id is also the slug of an
 * uncatalogued file's stem: an entry `annual-report` whose file is not in the corpus met the
 * uncatalogued "Annual Report.txt" (id `annual-report`, no match by name) and gave it another
 * work's title, authors and key, without a note (review22 b, finding 2).
 */
function madeFrom(entry: CatalogEntry, from: string, entries: CatalogEntry[]): boolean {
  return matchEntry(entries, from) === entry || documentId(from) !== documentId('', String(entry.item.id));
}
