// What a rebuild changed in the library, by file, against the build it replaces: the indexer
// writes it into report.json (indexer/changes.ts), the About page reads it back
// (server/build-report.ts).

export interface BuildChanges {
  /** the build this one replaces */
  since: string;
  /** files whose document is new in this build */
  added: string[];
  /** files whose document the previous build held and this one does not: their links answer 404 */
  removed: string[];
  /** files read again with other bytes (a corrected version under the same name) */
  changed: string[];
  /**
   * the previous build's passages of the changed files that are no longer in the build: `edited`
   * lead to their edited text (302), `gone` answer "not found", naming their document
   * (indexer/aliases.ts). Absent when none: a link kept to a replaced file's passage is what a
   * rebuild can break, and the file list alone did not say whether it had (user37).
   */
  passages?: { edited: number; gone: number };
  /** a document's file under a new name, the same bytes: its old links lead to the new id */
  renamed: { from: string; to: string }[];
  /**
   * catalogue entries that followed their file's rename (indexer/renamed-entries.ts): the
   * catalogue still names the old file, so whoever keeps it should update the entry. Said on
   * stderr only before, which a cron run or the server's first start shows nobody.
   */
  entriesFollowed?: { entry: string; from: string; to: string }[];
  /**
   * documents whose record a catalogue correction changed (indexer/record-changes.ts): a fixed
   * title, name, year or DOI rebuilt the record while the file stayed as it was, and the
   * summary said nothing had changed. `key` when the citation key changed: a manuscript citing
   * the old one no longer resolves.
   */
  records?: RecordChange[];
  /**
   * document ids this build gives to another file than the previous build did (indexer/reused-ids.ts):
   * a link kept to `/documents/<id>` opened `was` and now opens `file`, another work, with no
   * alias to say so, since the id is live. `movedTo`: the id the work it opened has now, if any.
   */
  reused?: ReusedId[];
}

/** An id the previous build gave one file and this one another. */
export interface ReusedId {
  id: string;
  file: string;
  was: string;
  movedTo?: string;
}

/** A reused id in one line: what a link kept to it opened, what it opens now. */
export function reusedLine(r: ReusedId, removed = false): string {
  return `/documents/${r.id} opened ${r.was} and now opens ${r.file}, another file: links kept to it lead there${r.movedTo ? `; ${r.was} is now /documents/${r.movedTo}` : removed ? `; ${r.was} was removed` : ''}`;
}

/**
 * The removed files whose links now answer "not found": not one whose id another file took, whose
 * links open that file (its reused-id line says so; "not found" would be wrong for it).
 */
export function removedUnreused(changes: Pick<BuildChanges, 'removed' | 'reused'>): string[] {
  const taken = new Set((changes.reused ?? []).map((r) => r.was));
  return changes.removed.filter((f) => !taken.has(f));
}

/**
 * What a reader of the catalogue's record changes must do, one note each: cite the new keys,
 * follow the changed ids (links kept to the old one lead to the new, unless another file took it).
 * The summary and the About page print the same notes.
 */
export function recordNotes(records: readonly RecordChange[], reused: boolean): string[] {
  const keys = records.filter((r) => r.key).length;
  const ids = records.filter((r) => r.id).length;
  return [
    ...(keys ? [`${keys} citation key${keys === 1 ? '' : 's'} changed: a manuscript citing the old one must be updated`] : []),
    ...(ids ? [`${ids} document id${ids === 1 ? '' : 's'} changed: links kept to the old one lead to the new${reused ? ', unless another file now has it (below)' : ''}`] : []),
  ];
}

/** One document's record before and after a rebuild, each value in brief. */
export interface RecordChange {
  doc: string;
  file: string;
  fields: { field: string; from: string; to: string }[];
  key?: { from: string; to: string };
  /** the document's id (its address) when the catalogue changed it for the same file */
  id?: { from: string; to: string };
}

/** A record change in one line: `file: id a → b, title "A" → "B", key smith2019A → smith2019B`. */
export function recordLine(r: RecordChange): string {
  const value = (v: string) => (v ? `"${v}"` : '(none)');
  const parts = [...(r.id ? [`id ${r.id.from} → ${r.id.to}`] : []), ...r.fields.map((f) => `${f.field} ${value(f.from)} → ${value(f.to)}`), ...(r.key ? [`citation key ${r.key.from} → ${r.key.to}`] : [])];
  return `${r.file}: ${parts.join(', ')}`;
}

/** What became of the links to the changed files' passages whose text changed (the indexer's summary and the About page). */
export function editedLine({ edited, gone }: { edited: number; gone: number }): string {
  const n = (k: number) => `${k} passage${k === 1 ? '' : 's'}`;
  const parts = [
    ...(edited ? [`${n(edited)} edited: ${edited === 1 ? 'its link leads' : 'their links lead'} to the text as it reads now`] : []),
    ...(gone ? [`${n(gone)} rewritten or removed: ${gone === 1 ? 'its link answers' : 'their links answer'} "not found", naming the document`] : []),
  ];
  return `of their passages, ${parts.join('; ')}`;
}
