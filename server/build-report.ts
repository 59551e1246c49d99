// The files a build read but did not index whole, from the report.json it carries: the About
// page lists them, so whoever added a file that search cannot find learns why without a shell
// (the indexer's summary and report.json are only seen by whoever ran the build).

/** One file of the build's folder that is not (wholly) in the index. */
export interface FileNotIndexed {
  file: string;
  status: 'skipped' | 'partial';
  reason: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The skipped and partial files of a report.json's `files`, in its order. Anything not shaped
 * as a report (an older or hand-edited file) gives none rather than failing the build's load.
 */
export function filesNotIndexed(report: unknown): FileNotIndexed[] {
  if (!isRecord(report) || !Array.isArray(report.files)) return [];
  const out: FileNotIndexed[] = [];
  for (const f of report.files) {
    if (!isRecord(f) || typeof f.file !== 'string') continue;
    if (f.status !== 'skipped' && f.status !== 'partial') continue;
    out.push({ file: f.file, status: f.status, reason: typeof f.reason === 'string' && f.reason ? f.reason : f.status === 'partial' ? 'read in part' : 'no reason given' });
  }
  return out;
}
