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
  /** a document's file under a new name, the same bytes: its old links lead to the new id */
  renamed: { from: string; to: string }[];
  /**
   * catalogue entries that followed their file's rename (indexer/renamed-entries.ts): the
   * catalogue still names the old file, so whoever keeps it should update the entry. Said on
   * stderr only before, which a cron run or the server's first start shows nobody.
   */
  entriesFollowed?: { entry: string; from: string; to: string }[];
}
