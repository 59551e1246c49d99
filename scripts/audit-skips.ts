import { execFile } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { FileReport } from '../core/types.js';
import { unreportedFiles, type ReportListing } from './audit-report.js';

// npx tsx scripts/audit-skips.ts CORPUS INDEX: checks a build's report against the files it was
// built from. Every file in the corpus must be in the report (one of a kind no reader takes under
// `ignored`), and no PDF that pdftotext reads (at least 500 characters that are not white space)
// may have been skipped: a skip the indexer reports as "no text" or "corrupt" where poppler finds
// text is text lost to the user. Prints the report's reasons with their counts, then each such
// file; exits 1 if there is any.

const [corpusArg, indexArg] = process.argv.slice(2);
if (!corpusArg || !indexArg) {
  console.error('usage: tsx scripts/audit-skips.ts CORPUS INDEX');
  process.exit(2);
}
const corpus = resolve(corpusArg);
const current = (await readFile(join(indexArg, 'CURRENT'), 'utf8')).trim();
const report = JSON.parse(await readFile(join(indexArg, 'builds', current, 'report.json'), 'utf8')) as Omit<ReportListing, 'files'> & { files: FileReport[] };
const READABLE_CHARS = 500;

const run = promisify(execFile);
/** Characters pdftotext gets from a file (white space not counted); null when it fails or is not installed. */
async function popplerChars(file: string): Promise<number | null> {
  try {
    const { stdout } = await run('pdftotext', ['-q', file, '-'], { timeout: 60_000, maxBuffer: 256 * 1024 * 1024 });
    return stdout.replace(/\s+/g, '').length;
  } catch {
    return null;
  }
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const rel = prefix + entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(join(dir, entry.name), rel + '/')));
    else out.push(rel);
  }
  return out;
}

const missing = unreportedFiles(await listFiles(corpus), report);

const reasons = new Map<string, number>();
for (const f of report.files) {
  const key = `${f.status}${f.reason ? ': ' + f.reason.replace(/\(.*\)|\d+(\.\d+)?/g, '…') : ''}`;
  reasons.set(key, (reasons.get(key) ?? 0) + 1);
}
console.log(`${report.files.length} files in the report${report.ignored?.length ? ` and ${report.ignored.length} of a kind not read` : ''}, ${missing.length} files of the corpus not in it`);
for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(String(n).padStart(6), reason);

const lost: string[] = [];
// a duplicate is skipped because its twin was indexed: readable, and nothing lost
const skippedPdfs = report.files.filter((f) => f.status === 'skipped' && f.duplicateOf === undefined && /\.pdf$/i.test(f.file));
for (const f of skippedPdfs) {
  const chars = await popplerChars(join(corpus, f.file));
  if (chars !== null && chars >= READABLE_CHARS) lost.push(`${f.file}: pdftotext reads ${chars} characters; skipped as "${f.reason ?? ''}"`);
}
for (const f of missing) console.log(`not in the report: ${f}`);
for (const l of lost) console.log(`lost: ${l}`);
console.log(`${skippedPdfs.length} skipped PDFs checked with pdftotext: ${lost.length} of them readable (≥ ${READABLE_CHARS} characters)`);
process.exit(missing.length || lost.length ? 1 : 0);
