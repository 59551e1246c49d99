import { withoutServerPaths } from './public-text.js';
import type { BuildChanges, RecordChange, ReusedId } from '../core/build/changes.js';

// The files a build read but did not index whole, from the report.json it carries: the About
// page lists them, so whoever added a file that search cannot find learns why without a shell
// (the indexer's summary and report.json are only seen by whoever ran the build).

/** One file of the build's folder that is not (wholly) in the index. */
export interface FileNotIndexed {
  file: string;
  /** 'not read': of a kind no reader takes (a .docx, a spreadsheet), which the run lists apart from the files it read */
  status: 'skipped' | 'partial' | 'not read';
  reason: string;
}

/** Why a file of another kind is not in the index: what the README's corpus folder section says. */
export const NOT_READ_REASON = 'only PDF, plain text and Markdown files are indexed (save it as PDF or text to include it)';

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
    // a reason quoting a file-system error may name a path on the server: the About page answers anyone
    out.push({ file: f.file, status: f.status, reason: typeof f.reason === 'string' && f.reason ? withoutServerPaths(f.reason) : f.status === 'partial' ? 'read in part' : 'no reason given' });
  }
  // a .docx dropped into the folder is in no file line: its owner would believe it searchable
  if (Array.isArray(report.ignored)) for (const file of report.ignored) if (typeof file === 'string') out.push({ file, status: 'not read', reason: NOT_READ_REASON });
  return out;
}


const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * The About page's "changed in this build": so whoever searches learns a report was added or one
 * removed (its old links now answer "not found") without the indexer's summary (userreview19b
 * finding 5). None from a first build, or from a report not shaped as one.
 */
export function buildChanges(report: unknown): BuildChanges | undefined {
  if (!isRecord(report) || !isRecord(report.changes) || typeof report.changes.since !== 'string') return undefined;
  const c = report.changes;
  const renamed = Array.isArray(c.renamed) ? c.renamed.filter((r): r is { from: string; to: string } => isRecord(r) && typeof r.from === 'string' && typeof r.to === 'string').map(({ from, to }) => ({ from, to })) : [];
  const followed = Array.isArray(c.entriesFollowed) ? c.entriesFollowed.filter((r): r is { entry: string; from: string; to: string } => isRecord(r) && typeof r.entry === 'string' && typeof r.from === 'string' && typeof r.to === 'string').map(({ entry, from, to }) => ({ entry, from, to })) : [];
  const count = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0);
  const passages = isRecord(c.passages) ? { edited: count(c.passages.edited), gone: count(c.passages.gone) } : undefined;
  const records = Array.isArray(c.records) ? c.records.map(recordChange).filter((r): r is RecordChange => r !== undefined) : [];
  const reused = Array.isArray(c.reused) ? c.reused.map(reusedId).filter((r): r is ReusedId => r !== undefined) : [];
  return { since: String(c.since), added: strings(c.added), removed: strings(c.removed), changed: strings(c.changed), renamed, ...(passages && (passages.edited || passages.gone) ? { passages } : {}), ...(followed.length ? { entriesFollowed: followed } : {}), ...(records.length ? { records } : {}), ...(reused.length ? { reused } : {}) };
}

const isFromTo = (v: unknown): v is { from: string; to: string } => isRecord(v) && typeof v.from === 'string' && typeof v.to === 'string';

/** One entry of `changes.records` as the indexer writes it; none from anything else. */
function recordChange(r: unknown): RecordChange | undefined {
  if (!isRecord(r) || typeof r.doc !== 'string' || typeof r.file !== 'string') return undefined;
  const fields = Array.isArray(r.fields) ? r.fields.filter((f): f is { field: string; from: string; to: string } => isFromTo(f) && typeof (f as Record<string, unknown>).field === 'string').map(({ field, from, to }) => ({ field, from, to })) : [];
  const key = isFromTo(r.key) ? { from: r.key.from, to: r.key.to } : undefined;
  const id = isFromTo(r.id) ? { from: r.id.from, to: r.id.to } : undefined;
  return fields.length || key || id ? { doc: r.doc, file: r.file, fields, ...(key ? { key } : {}), ...(id ? { id } : {}) } : undefined;
}

/** One entry of `changes.reused` as the indexer writes it; none from anything else. */
function reusedId(r: unknown): ReusedId | undefined {
  if (!isRecord(r) || typeof r.id !== 'string' || typeof r.file !== 'string' || typeof r.was !== 'string') return undefined;
  return { id: r.id, file: r.file, was: r.was, ...(typeof r.movedTo === 'string' ? { movedTo: r.movedTo } : {}) };
}

/**
 * The report's warnings about citation keys (two catalogue entries giving one key, a catalogue
 * key another work held): the About page shows them, as a manuscript's citations may now
 * resolve to another work (indexer/key-warnings.ts). None from a report without them.
 */
export function keyWarnings(report: unknown): string[] {
  if (!isRecord(report)) return [];
  return strings(report.keyWarnings).map((w) => withoutServerPaths(w));
}

/**
 * The catalogues' problems (an entry naming files in two folders, a name in another letter case),
 * each with its catalogue's name: the About page shows them, as an entry that took no file or the
 * wrong one leaves a document without its record, which the summary alone told whoever ran the
 * build (catalog41). None from a report without them.
 */
export function catalogProblems(report: unknown): string[] {
  if (!isRecord(report) || !Array.isArray(report.catalogs)) return [];
  return report.catalogs.flatMap((c) => (isRecord(c) && typeof c.file === 'string' ? strings(c.problems).map((p) => `${c.file}: ${withoutServerPaths(p)}`) : []));
}
