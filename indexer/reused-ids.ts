// A document id is its address: `/documents/<id>` in a colleague's notes, a reading list, an
// exported citation. When a catalogue gives a file's id to another file (an entry took
// 2019/report.pdf as access2019, and 2020/report.pdf took the freed id `report`), a link kept to
// the id opens another work, and no alias can say so: the id is live (catalog39 left this). The
// summary and the About page say it instead, so whoever keeps such links can mend them.

import type { ReusedId } from '../core/build/changes.js';
import type { PreviousBuild } from './aliases.js';

export type { ReusedId };

/**
 * The ids this build gives to another file than the previous build did, in id order. An edited
 * file keeps its id and is no other work; a renamed one (`renamedFrom`: new name → old) is the
 * same work under its new name.
 */
export function reusedIds(previous: Pick<PreviousBuild, 'hashOf' | 'fileByHash'>, current: Iterable<{ id: string; file: string; hash: string }>, renamedFrom: ReadonlyMap<string, string> = new Map()): ReusedId[] {
  if (!previous.hashOf?.size) return [];
  const docs = [...current];
  const idOfFile = new Map(docs.map((d) => [d.file, d.id]));
  const idOfHash = new Map(docs.map((d) => [d.hash, d.id]));
  const out: ReusedId[] = [];
  for (const d of docs) {
    const hash = previous.hashOf.get(d.id);
    if (hash === undefined) continue;
    const was = previous.fileByHash.get(hash);
    if (was === undefined || was === d.file || renamedFrom.get(d.file) === was) continue;
    // the work the id opened: its file, edited or not, else its bytes under another name
    const movedTo = idOfFile.get(was) ?? idOfHash.get(hash);
    out.push({ id: d.id, file: d.file, was, ...(movedTo !== undefined && movedTo !== d.id ? { movedTo } : {}) });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
