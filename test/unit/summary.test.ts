import { strict as assert } from 'node:assert';
import { LISTED_FILES, summaryTable } from '../../indexer/summary.js';
import type { FileReport } from '../../core/types.js';
import type { Report } from '../../indexer/run.js';

function report(files: FileReport[]): Report {
  return {
    build: 'b',
    corpus: '/c',
    startedAt: '',
    finishedAt: '',
    files,
    catalogs: [],
    ignored: [],
    resources: { peakRssMb: 100, restarts: 0, workers: 2 },
    totals: { files: files.length, indexed: files.filter((f) => f.status === 'indexed').length, partial: 0, skipped: files.filter((f) => f.status === 'skipped').length, duplicates: 0, documents: 0, passages: 0, pages: 0, cached: 0 },
  };
}
const indexed = (i: number): FileReport => ({ file: `doc-${i}.txt`, status: 'indexed', passages: 3 });

describe('the summary an indexing run prints', () => {
  it('shows a file name with a newline, an escape sequence or a bidi override escaped, one row a file', () => {
    // a file named "nl\nname.txt" had broken the table into two rows; "\x1b[2J" would clear the screen
    const out = summaryTable(report([indexed(1), { file: 'nl\nname.txt', status: 'indexed', passages: 3 }, { file: 'x\x1b[2Jy\u202e.txt', status: 'skipped', passages: 0, reason: 'same as \x1b[31mred' }]));
    assert.equal(out.split('\n').length, summaryTable(report([indexed(1), indexed(2), indexed(3)])).split('\n').length);
    assert.match(out, /nl\\nname\.txt/);
    assert.match(out, /x\\u001b\[2Jy\\u202e\.txt/);
    assert.match(out, /same as \\u001b\[31mred/);
    // eslint-disable-next-line no-control-regex -- checking no control character is left
    assert.doesNotMatch(out, /[\x1b\u202e]/);
  });

  it('names the files of a kind it does not read, which are in no row (userreview19b finding 4)', () => {
    const r = { ...report([indexed(1)]), ignored: ['Meeting minutes March.docx', 'budget 2024.xlsx'] };
    assert.match(summaryTable(r), /^2 other files were not read: only \.pdf, .*\.txt.* files are indexed \(save them as PDF or text to include them\): Meeting minutes March\.docx, budget 2024\.xlsx$/m);
    const many = { ...report([indexed(1)]), ignored: Array.from({ length: 8 }, (_, i) => `sheet-${i}.xlsx`) };
    assert.match(summaryTable(many), /sheet-4\.xlsx and 3 more \(report\.json lists them\)$/m);
    assert.doesNotMatch(summaryTable(report([indexed(1)])), /not read/);
  });

  it('lists every file of a small library', () => {
    const out = summaryTable(report([indexed(1), indexed(2)]));
    assert.match(out, /doc-1\.txt/);
    assert.match(out, /doc-2\.txt/);
  });

  it('lists only the files that need attention in a large library, and says where the rest are', () => {
    const files = Array.from({ length: LISTED_FILES + 10 }, (_, i) => indexed(i));
    files.push({ file: 'scan.pdf', status: 'skipped', passages: 0, reason: 'no text layer' });
    const out = summaryTable(report(files));
    assert.match(out, /scan\.pdf .*no text layer/);
    assert.doesNotMatch(out, /doc-7\.txt/);
    assert.match(out, new RegExp(`${LISTED_FILES + 10} files indexed whole are not listed: report\\.json`));
  });

  it('lists a file holding another file\'s work even in a large library, and counts it in the totals', () => {
    const files = Array.from({ length: LISTED_FILES + 10 }, (_, i) => indexed(i));
    files.push({ file: 'x.txt', status: 'indexed', passages: 3, sameWork: { file: 'x.pdf', reason: 'same title, authors and year' } });
    files.push({ file: 'y.txt', status: 'indexed', passages: 3, note: 'UTF-8 but for 1 byte read as Windows-1252 (first on line 5); save it again as UTF-8' });
    const r = report(files);
    r.totals.sameWork = 1;
    const out = summaryTable(r);
    assert.match(out, /x\.txt .*same work as x\.pdf \(same title, authors and year\)/);
    assert.match(out, /y\.txt .*UTF-8 but for 1 byte/);
    assert.match(out, /1 repeats another file's work \(both indexed, so hits show twice: delete it if a copy, keep both if two versions\)/);
  });

  it('prints a reason of up to 140 characters whole (userreview19b finding 10)', () => {
    const reason = 'too large: 20 MB of text (limit 16 MB); split it into smaller files';
    assert.ok(summaryTable(report([{ file: 'field-log-export.txt', status: 'skipped', passages: 0, reason }])).includes(reason));
  });
});
