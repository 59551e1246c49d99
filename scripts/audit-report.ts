/** What a build's report.json names of its corpus folder. */
export interface ReportListing {
  /** every file a reader takes: indexed, partial or skipped with its reason */
  files: { file: string }[];
  /** the catalogues read (catalog.json, catalog.bib) */
  catalogs?: { file: string }[];
  /** files of a kind no reader takes (a .docx), named in the summary and on the About page */
  ignored?: string[];
}

/**
 * The corpus's files (paths relative to it) that report.json does not account for. A file of a
 * kind no reader takes is accounted for: the report lists it under `ignored` and the run's
 * summary names it, so it is no file the run lost (scripts/audit-skips.ts counted a .docx as one
 * and exited 1). catalog.json stands for the catalogues of a report made before it listed them.
 */
export function unreportedFiles(corpusFiles: readonly string[], report: ReportListing): string[] {
  const named = new Set([...report.files.map((f) => f.file), ...(report.catalogs ?? []).map((c) => c.file), ...(report.ignored ?? []), 'catalog.json']);
  return corpusFiles.filter((f) => !named.has(f));
}
