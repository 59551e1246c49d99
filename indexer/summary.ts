import type { Report } from './run.js';
import { supportedExtensions } from './readers/registry.js';
import type { BuildChanges } from './changes.js';
import { editedLine, recordLine, recordNotes, removedUnreused, reusedLine } from '../core/build/changes.js';
import { firstFew } from '../core/text.js';

/**
 * A file name (or a reason quoting one) as the terminal should show it: control characters, line
 * and paragraph separators and bidirectional overrides escaped. A corpus file named with a
 * newline had broken the table into a row of its own, and one with an escape sequence could
 * clear the screen or recolour the summary; report.json keeps the name as it is.
 */
export const printable = (text: string): string =>
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  text.replace(/[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : c === '\r' ? '\\r' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));

/** Files listed one per row at most; past it only those that were not indexed whole are. */
export const LISTED_FILES = 40;

/**
 * The per-file table and totals an indexing run prints (the CLI, and npm start when it indexes).
 * A library of thousands of files would scroll its problems out of sight among thousands of
 * "indexed" rows: past LISTED_FILES only partial and skipped files are listed; report.json has all.
 */
export function summaryTable(report: Report): string {
  // a file holding another file's work, or read with a note, is listed too: the user has something to do
  const listed = report.files.length <= LISTED_FILES ? report.files : report.files.filter((f) => f.status !== 'indexed' || f.sameWork || f.note);
  const unlisted = report.files.length - listed.length;
  const rows = listed.map((f) => [printable(f.file), f.status, String(f.passages), f.pages !== undefined ? String(f.pages) : '', printable(f.reason ?? f.note ?? (f.sameWork ? `same work as ${f.sameWork.file} (${f.sameWork.reason})${f.sameWork.key ? `: one work, cited as ${f.sameWork.key}${f.sameWork.work ? ", this file's record" : ''}` : ''}` : f.cached ? 'cached extraction' : ''))]);
  const head = ['file', 'status', 'passages', 'pages', 'reason'];
  // the reason is what the reader acts on ("split it into smaller files"): cut later than a file name
  const widths = head.map((h, i) => Math.min(i === head.length - 1 ? 140 : 60, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const fmt = (r: string[]) => r.map((c, i) => (c.length > widths[i] ? c.slice(0, widths[i] - 1) + '…' : c.padEnd(widths[i]))).join('  ');
  const t = report.totals;
  // copies made one work with the file they repeat (indexer/work-copies.ts): one key and entry, hits still shown per file
  // counted by the run: a copy other files' rows lead to has no row of its own (9 copies had said 6)
  const merged = t.copies ?? report.files.filter((f) => f.sameWork?.key && !f.sameWork.work).length;
  const versions = (t.sameWork ?? 0) - report.files.filter((f) => f.sameWork?.key).length;
  const repeats = [
    merged ? `${merged} ${merged === 1 ? 'is a copy' : 'are copies'} of another file's work (one work: one citation key and entry, the catalogue's record; search shows the work's file)` : '',
    versions ? `${versions} repeat${versions === 1 ? 's' : ''} another file's work (both indexed, so hits show twice: delete ${versions === 1 ? 'it' : 'each'} if a copy, keep both if two versions)` : '',
  ].filter(Boolean).map((x) => `, ${x}`).join('');
  return [
    fmt(head),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(fmt),
    ...(unlisted ? [`(${unlisted} files indexed whole are not listed: report.json in the build lists every file)`] : []),
    '',
    `${t.files} files: ${t.indexed} indexed, ${t.partial} partial, ${t.skipped} skipped${t.duplicates ? ` (${t.duplicates} duplicate${t.duplicates === 1 ? '' : 's'})` : ''}${repeats}; ${t.documents} documents, ${t.passages} passages, ${t.pages} PDF pages (${t.cached} from cache)${t.reused ? `; ${t.reused} unchanged file${t.reused === 1 ? '' : 's'} reused as an earlier run built ${t.reused === 1 ? 'it' : 'them'}` : ''}`,
    ...notRead(report.ignored),
    // a run that published nothing changed nothing: build X still serves every document it had
    // (an empty corpus's run said its files were removed and their links "now answer not found"; userreview21a)
    ...(report.build ? changeLines(report.changes) : []),
    `peak memory ${report.resources.peakRssMb} MB (run and ${report.resources.workers} workers)${report.resources.runPeakRssMb ? `; the run alone at most ${report.resources.runPeakRssMb} MB, writing the build included` : ''}${report.resources.restarts ? `; ${report.resources.restarts} workers stopped at a limit and replaced` : ''}`,
    ...(report.keyWarnings ?? []).map((w) => `warning: ${printable(w)}`),
    ...report.catalogs.flatMap((c) => [`catalog ${c.file}: ${c.status === 'read' ? `${c.entries} entries` : `skipped (${c.reason})`}`, ...catalogProblems(c.problems ?? [])]),
  ].join('\n');
}

// A hand-written catalog may have a fault in every entry: the first few are shown, report.json has all.
const SHOWN_PROBLEMS = 5;
function catalogProblems(problems: readonly string[]): string[] {
  const shown = problems.slice(0, SHOWN_PROBLEMS).map((p) => `  ${printable(p)}`);
  return problems.length > SHOWN_PROBLEMS ? [...shown, `  (${problems.length - SHOWN_PROBLEMS} more in report.json)`] : shown;
}

/** Files of a kind no reader takes shown at most; report.json's `ignored` has all. */
const SHOWN_NOT_READ = 5;

/**
 * A .docx or .xlsx dropped into the folder is in no row above (it is no file the run read): said
 * here, or its owner believes it searchable (userreview19b finding 4).
 */
function notRead(ignored: readonly string[]): string[] {
  if (!ignored.length) return [];
  const names = ignored.slice(0, SHOWN_NOT_READ).map(printable).join(', ');
  const more = ignored.length > SHOWN_NOT_READ ? ` and ${ignored.length - SHOWN_NOT_READ} more (report.json lists them)` : '';
  const one = ignored.length === 1;
  return [`${ignored.length} other file${one ? ' was' : 's were'} not read: only ${supportedExtensions.join(', ')} files are indexed (save ${one ? 'it' : 'them'} as PDF or text to include ${one ? 'it' : 'them'}): ${names}${more}`];
}

/** Names shown per kind of change; report.json's `changes` has every one. */
const SHOWN = 5;

const names = (files: readonly string[]) => firstFew(files.map(printable), SHOWN);

/** A heading, then the first lines of a list indented under it, then how many more report.json lists. */
const listed = (heading: string, lines: readonly string[]): string[] => [heading, ...lines.slice(0, SHOWN).map((l) => `    ${printable(l)}`), ...(lines.length > SHOWN ? [`    and ${lines.length - SHOWN} more (report.json lists them)`] : [])];

/** The summary's lines for the changes: one heading line, then one line per kind that happened. */
export function changeLines(changes: BuildChanges | undefined): string[] {
  if (!changes) return [];
  const { added, changed, renamed } = changes;
  const removed = removedUnreused(changes);
  const gone = new Set(changes.removed);
  const records = changes.records ?? [];
  const reused = changes.reused ?? [];
  if (!added.length && !changes.removed.length && !changed.length && !renamed.length && !records.length && !reused.length) return [`Since the last build (${changes.since}): no document added, removed or changed.`];
  const notes = recordNotes(records, reused.length > 0);
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  return [
    `Since the last build (${changes.since}):`,
    ...(added.length ? [`  ${count(added.length, 'file')} added: ${names(added)}`] : []),
    ...(changed.length ? [`  ${count(changed.length, 'file')} changed (read again; passages whose text is unchanged keep their links): ${names(changed)}`] : []),
    ...(changes.passages ? [`    ${editedLine(changes.passages)}`] : []),
    ...(renamed.length ? [`  ${count(renamed.length, 'file')} renamed (old links lead to the new name): ${renamed.slice(0, SHOWN).map((r) => `${printable(r.from)} → ${printable(r.to)}`).join(', ')}${renamed.length > SHOWN ? ` and ${renamed.length - SHOWN} more` : ''}`] : []),
    ...(records.length ? listed(`  ${count(records.length, 'record')} changed by the catalogue${notes.length ? ` (${notes.join('; ')})` : ''}:`, records.map(recordLine)) : []),
    ...(reused.length ? listed(`  ${count(reused.length, 'document id')} now given to another file (update links kept to ${reused.length === 1 ? 'it' : 'them'}):`, reused.map((r) => reusedLine(r, gone.has(r.was)))) : []),
    ...(removed.length ? [`  ${count(removed.length, 'file')} removed or no longer indexed (links to ${removed.length === 1 ? 'its document' : 'their documents'} now answer "not found"): ${names(removed)}`] : []),
  ];
}
