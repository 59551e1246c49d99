// What a rebuild changed in the library, by file, against the build it replaces: an officer who
// added three reports, deleted one and replaced one saw the same shape of summary every week, the
// new files among "(11 files indexed whole are not listed …)" and the deleted one nowhere, though
// its links now answer 404 (userreview19b finding 5). Files are compared by the documents the
// two builds hold (the file each was read from and its bytes' hash), so a skipped file is no change.

import type { BuildChanges } from '../core/build/changes.js';

export type { BuildChanges };

/**
 * The changes from the previous build's documents (content hash → file) to this one's.
 * `previousHashOfFile` may hold files that are no documents now; `current` is every document written.
 */
export function changesSince(since: string, previousFileByHash: ReadonlyMap<string, string>, current: readonly { file: string; hash: string }[]): BuildChanges {
  const previousHashOfFile = new Map([...previousFileByHash].map(([hash, file]) => [file, hash]));
  const currentFiles = new Set(current.map((d) => d.file));
  const added: string[] = [];
  const changed: string[] = [];
  const renamed: { from: string; to: string }[] = [];
  const movedFrom = new Set<string>();
  for (const d of current) {
    const before = previousHashOfFile.get(d.file);
    if (before === d.hash) continue;
    if (before !== undefined) {
      changed.push(d.file);
      continue;
    }
    const from = previousFileByHash.get(d.hash);
    // the same bytes under another name, and that name gone: a rename (aliases.ts keeps its links)
    if (from !== undefined && !currentFiles.has(from)) {
      renamed.push({ from, to: d.file });
      movedFrom.add(from);
    } else added.push(d.file);
  }
  const removed = [...previousHashOfFile.keys()].filter((f) => !currentFiles.has(f) && !movedFrom.has(f));
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return { since, added: added.sort(byName), removed: removed.sort(byName), changed: changed.sort(byName), renamed: renamed.sort((a, b) => byName(a.to, b.to)) };
}
