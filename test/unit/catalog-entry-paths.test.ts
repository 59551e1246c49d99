import assert from 'node:assert/strict';
import { matchEntry, parseCatalogBib, parseCatalogJson, pinEntries, type CatalogEntry } from '../../indexer/metadata/catalog.js';

// An entry whose file was `report.pdf` took `2019/report.pdf` and `2020/report.pdf` alike (or the
// wrong one). A path with a corpus folder names only that path; a bare name or an id that files in
// more than one folder answer to is ambiguous, reported with the candidates, and taken by none.
describe('which file a catalogue entry names', () => {
  const FILES = ['2019/report.pdf', '2020/report.pdf', '2020/summary.pdf', 'annex.txt', 'annex.pdf', 'notes/brief.txt'];
  const pinned = (entries: CatalogEntry[], files = FILES) => pinEntries(entries, files);
  const takers = (entries: CatalogEntry[], files = FILES) => Object.fromEntries(files.map((f) => [f, matchEntry(entries, f)?.item.id ?? null]));

  const json = parseCatalogJson(
    JSON.stringify([
      { id: 'r2019', type: 'report', title: 'Report 2019', file: '2019/report.pdf' },
      { id: 'bare', type: 'report', title: 'Which report?', file: 'report.pdf' },
      { id: 'sum', type: 'report', title: 'Summary', file: 'summary.pdf' },
      { id: 'annex', type: 'report', title: 'Annex (a PDF beside its text)' },
      { id: 'gone', type: 'report', title: 'Its folder is here, its file is not', file: '2020/missing.pdf' },
      { id: 'zotero', type: 'report', title: 'Brief', file: 'C:\\Users\\ann\\Zotero\\storage\\AB12CD\\brief.txt' },
    ]),
  );

  it('catalog.json: a folder path takes that path only; a bare name in two folders is ambiguous and taken by none', () => {
    const { entries, problems } = pinned(json);
    assert.deepEqual(takers(entries), { '2019/report.pdf': 'r2019', '2020/report.pdf': null, '2020/summary.pdf': 'sum', 'annex.txt': 'annex', 'annex.pdf': 'annex', 'notes/brief.txt': 'zotero' });
    assert.deepEqual(problems, [
      {
        source: 'catalog.json',
        problem: 'entry bare: "report.pdf" names files in 2 folders (2019/report.pdf, 2020/report.pdf), so none takes it; name the one meant with its folder in the entry\'s file field (e.g. "2019/report.pdf")',
      },
    ]);
  });

  it('an id that is the stem of files in two folders is ambiguous too, and a path outside the corpus names the corpus path it ends with', () => {
    const entries = parseCatalogJson(JSON.stringify([{ id: 'report', type: 'report', title: 'By id' }, { id: 'z', type: 'report', title: 'Zotero', file: '/home/ann/Zotero/storage/2020/report.pdf' }]));
    const p = pinned(entries);
    assert.deepEqual(takers(p.entries), { '2019/report.pdf': null, '2020/report.pdf': 'z', '2020/summary.pdf': null, 'annex.txt': null, 'annex.pdf': null, 'notes/brief.txt': null });
    assert.deepEqual(p.problems.map((x) => x.problem.split(':')[0] + ':' + x.problem.split(':')[1].split('(')[0]), ['entry report: its id is the name of files in 2 folders ']);
    // one file of that name in the corpus: the bare name and the id still find it wherever it is
    assert.deepEqual(takers(pinned(entries, ['2019/report.pdf']).entries, ['2019/report.pdf']), { '2019/report.pdf': 'report' });
  });

  it('an id in two folders is no problem when the entry\'s file names the folder: that file takes it, the other does not (review39)', () => {
    const entries = parseCatalogJson(JSON.stringify([{ id: 'report', type: 'report', title: 'By id and folder', file: '2019/report.pdf' }]));
    const p = pinned(entries);
    assert.equal(takers(p.entries)['2019/report.pdf'], 'report');
    assert.equal(takers(p.entries)['2020/report.pdf'], null);
    assert.deepEqual(p.problems, []);
  });

  it('a path with "." or ".." names the file it resolves to, not one its tail happens to name (review39)', () => {
    const files = ['2019/report.pdf', 'report.pdf', '2020/report.pdf'];
    for (const [file, taker] of [
      ['2019/sub/../report.pdf', '2019/report.pdf'],
      ['2019/./report.pdf', '2019/report.pdf'],
      ['2020/../report.pdf', 'report.pdf'],
      ['../corpus/2020/report.pdf', '2020/report.pdf'],
    ]) {
      const entries = pinned(parseCatalogJson(JSON.stringify([{ id: 'x', type: 'report', title: 'Dots', file }])), files).entries;
      assert.deepEqual(Object.entries(takers(entries, files)).filter(([, id]) => id).map(([f]) => f), [taker], file);
    }
  });

  it('a folder path whose file is missing takes no file of that name elsewhere', () => {
    const entries = parseCatalogJson(JSON.stringify([{ id: 'old', type: 'report', title: 'The 2019 report', file: '2019/report.pdf' }]));
    assert.deepEqual(takers(pinned(entries, ['2019/other.pdf', '2020/report.pdf']).entries, ['2019/other.pdf', '2020/report.pdf']), { '2019/other.pdf': null, '2020/report.pdf': null });
  });

  it('catalog.bib: Zotero\'s file field, with a corpus folder, a bare name, or its own storage path', () => {
    const bib = `@report{r2019,
	title = {Report 2019},
	file = {Full Text PDF:2019/report.pdf:application/pdf},
}
@report{bare,
	title = {Which report?},
	file = {Full Text PDF:report.pdf:application/pdf},
}
@report{stored,
	title = {Summary},
	file = {Full Text PDF:files/12/summary.pdf:application/pdf},
}
`;
    const { entries, problems } = pinned(parseCatalogBib(bib));
    assert.deepEqual(takers(entries), { '2019/report.pdf': 'r2019', '2020/report.pdf': null, '2020/summary.pdf': 'stored', 'annex.txt': null, 'annex.pdf': null, 'notes/brief.txt': null });
    assert.equal(problems.length, 1);
    assert.equal(problems[0].source, 'catalog.bib');
    assert.match(problems[0].problem, /^entry bare: "report\.pdf" names files in 2 folders \(2019\/report\.pdf, 2020\/report\.pdf\)/);
  });
});

// A name with spaces was cut at its last space ("Annual Report 2019.pdf" read as "2019.pdf"), and
// a name in another letter case ("Report.PDF") took nothing without a word (review39).
describe('catalogue file names with spaces or in another letter case (catalog41)', () => {
  const takers = (entries: CatalogEntry[], files: string[]) => Object.fromEntries(files.map((f) => [f, matchEntry(entries, f)?.item.id ?? null]));
  const json = (...items: object[]) => parseCatalogJson(JSON.stringify(items.map((x, i) => ({ id: `e${i}`, type: 'report', title: `T${i}`, ...x }))));

  it('a name with spaces names that file, not the file its last word names', () => {
    const files = ['Annual Report 2019.pdf', '2019.pdf', 'reports/My Brief.txt', 'other/Brief.txt'];
    const { entries, problems } = pinEntries(json({ file: 'Annual Report 2019.pdf' }, { file: 'reports/My Brief.txt' }), files);
    assert.deepEqual(takers(entries, files), { 'Annual Report 2019.pdf': 'e0', '2019.pdf': null, 'reports/My Brief.txt': 'e1', 'other/Brief.txt': null });
    assert.deepEqual(problems, []);
  });

  it('a note, a Zotero file field and a path from outside: the longest tail after a space that names a corpus file', () => {
    const files = ['Annual Report 2019.pdf', 'field notes.txt', 'brief.pdf'];
    const bib = parseCatalogBib(`@report{zot,
	title = {Zotero},
	file = {Full Text PDF:C\\:\\\\Users\\\\Ann Lee\\\\Zotero\\\\storage\\\\AB12\\\\field notes.txt:text/plain},
}
`);
    const entries = [...json({ note: 'See the attached Annual Report 2019.pdf for the figures' }, { note: 'Attached: brief.pdf and more' }), ...bib];
    const p = pinEntries(entries, files);
    assert.deepEqual(takers(p.entries, files), { 'Annual Report 2019.pdf': 'e0', 'field notes.txt': 'zot', 'brief.pdf': 'e1' });
  });

  it('a file URL with its spaces written %20 names the file with spaces', () => {
    const files = ['reports/My Report.pdf', 'Report.pdf'];
    const { entries, problems } = pinEntries(json({ file: 'file:///C:/Users/Ann%20Lee/reports/My%20Report.pdf' }, { file: 'bad%ZZname%E0.pdf' }), files);
    assert.deepEqual(takers(entries, files), { 'reports/My Report.pdf': 'e0', 'Report.pdf': null });
    assert.deepEqual(problems, []);
  });

  it('a name that differs from one file only in letter case takes it, with a warning naming the file', () => {
    const files = ['2019/report.pdf', '2019/report.txt', 'annex.pdf'];
    const { entries, problems } = pinEntries(json({ file: '2019/Report.PDF' }, { file: 'ANNEX.pdf' }, { file: '/home/ann/Zotero/storage/X/Report.Pdf' }), files);
    assert.deepEqual(takers(entries, files), { '2019/report.pdf': 'e0', '2019/report.txt': 'e0', 'annex.pdf': 'e1' });
    assert.deepEqual(problems.map((p) => p.problem), [
      'warning: entry e0: "Report.PDF" names no file as written; 2019/report.pdf differs from it only in letter case, so it takes the entry (write the name as it is on disk in the entry\'s file field)',
      'warning: entry e1: "ANNEX.pdf" names no file as written; annex.pdf differs from it only in letter case, so it takes the entry (write the name as it is on disk in the entry\'s file field)',
      'warning: entry e2: "Report.Pdf" names no file as written; 2019/report.pdf differs from it only in letter case, so it takes the entry (write the name as it is on disk in the entry\'s file field)',
    ]);
  });

  it('a folder written in another letter case finds its folder, not a file of that name elsewhere', () => {
    const files = ['reports/brief.pdf', 'brief.pdf'];
    const { entries, problems } = pinEntries(json({ file: 'Reports/Brief.pdf' }), files);
    assert.deepEqual(takers(entries, files), { 'reports/brief.pdf': 'e0', 'brief.pdf': null });
    assert.deepEqual(problems.map((p) => p.problem), ['warning: entry e0: "Brief.pdf" names no file as written; reports/brief.pdf differs from it only in letter case, so it takes the entry (write the name as it is on disk in the entry\'s file field)']);
  });

  it('a name that several files answer to with letter case ignored is taken by none, and said so', () => {
    const files = ['2019/report.pdf', '2020/REPORT.pdf', 'Summary.txt', 'SUMMARY.txt', 'SUMMARY.md'];
    const { entries, problems } = pinEntries(json({ file: 'Report.pdf' }, { file: 'summary.txt' }), files);
    // SUMMARY.txt and SUMMARY.md are one work in two formats (one folder, one stem): two works in all
    assert.deepEqual(Object.values(takers(entries, files)), [null, null, null, null, null]);
    assert.deepEqual(problems.map((p) => p.problem), [
      'entry e0: "Report.pdf" names no file as written, and 2 files when letter case is ignored (2019/report.pdf, 2020/REPORT.pdf), so none takes it; write the name of the one meant as it is on disk in the entry\'s file field',
      'entry e1: "summary.txt" names no file as written, and 2 files when letter case is ignored (Summary.txt, SUMMARY.txt), so none takes it; write the name of the one meant as it is on disk in the entry\'s file field',
    ]);
  });

  it('the longest tail wins, in another case too: "Annual report 2019.pdf" is not the "2019.pdf" beside it', () => {
    const files = ['Annual Report 2019.pdf', '2019.pdf'];
    const { entries, problems } = pinEntries(json({ file: 'Annual report 2019.pdf' }), files);
    assert.deepEqual(takers(entries, files), { 'Annual Report 2019.pdf': 'e0', '2019.pdf': null });
    assert.equal(problems.length, 1);
    assert.match(problems[0].problem, /^warning: entry e0: "Annual report 2019\.pdf" names no file as written; Annual Report 2019\.pdf differs/);
  });

  it('a name written as on disk is taken as before, beside a file of another case', () => {
    const files = ['report.pdf', 'Report.pdf'];
    const { entries, problems } = pinEntries(json({ file: 'Report.pdf' }), files);
    assert.deepEqual(takers(entries, files), { 'report.pdf': null, 'Report.pdf': 'e0' });
    assert.deepEqual(problems, []);
  });
});

// An entry's id in another case than its file's stem ("Report" for report.pdf) took nothing (catalog41 left it).
describe('a catalogue entry id in another letter case than its file (catalog42)', () => {
  const entries = (ids: string[]) => parseCatalogJson(JSON.stringify(ids.map((id) => ({ id, type: 'report', title: id }))));

  it('takes the one work whose name differs from it only in case, with a warning', () => {
    const files = ['2019/report.pdf', '2019/report.txt', 'brief.txt'];
    const { entries: pinned, problems } = pinEntries(entries(['Report', 'BRIEF']), files);
    assert.deepEqual(files.map((f) => matchEntry(pinned, f)?.item.id ?? null), ['Report', 'Report', 'BRIEF']);
    assert.equal(problems.length, 2);
    assert.match(problems[0].problem, /^warning: entry Report: its id names no file as written; 2019\/report\.pdf differs from it only in letter case, so it takes the entry/);
  });

  it('takes none when several works fit, and says so; an id as on disk is as before', () => {
    const files = ['2019/report.pdf', '2020/REPORT.pdf', 'brief.txt'];
    const { entries: pinned, problems } = pinEntries(entries(['Report', 'brief']), files);
    assert.deepEqual(files.map((f) => matchEntry(pinned, f)?.item.id ?? null), [null, null, 'brief']);
    assert.deepEqual(problems.map((p) => p.problem), ["entry Report: its id names no file as written, and 2 files when letter case is ignored (2019/report.pdf, 2020/REPORT.pdf), so none takes it; name the one meant in the entry's file field"]);
  });

  it('an entry whose file field takes a file is not also given the file its id folds to', () => {
    const files = ['report.pdf', 'annex.pdf'];
    const pinnedEntries = parseCatalogJson(JSON.stringify([{ id: 'Report', type: 'report', title: 'Annex', file: 'annex.pdf' }]));
    const { entries: pinned, problems } = pinEntries(pinnedEntries, files);
    assert.deepEqual(files.map((f) => matchEntry(pinned, f)?.item.id ?? null), [null, 'Report']);
    assert.deepEqual(problems, []);
  });
});

describe('an absent catalogue entry naming a file of a type not indexed', () => {
  it('takes a web page in its note for no such file: a page online is no file to save as PDF (review45)', () => {
    const unread = (note: string) => parseCatalogJson(JSON.stringify([{ id: 'e', type: 'report', title: 'E', note }]))[0].unread;
    assert.equal(unread('Online at https://www.example.org/news/report.html, accessed 2020'), undefined);
    assert.equal(unread('See www.unhcr.org/en-us/protection.html'), undefined);
    assert.deepEqual(unread('Draft: drafts/brief.docx; online at https://example.org/brief.html'), ['drafts/brief.docx']);
    assert.deepEqual(unread('file:///home/ann/drafts/brief.docx'), ['/home/ann/drafts/brief.docx']);
    const bib = parseCatalogBib('@report{k1,\n  title = {T},\n  note = {Available at https://reliefweb.int/report/foo.html},\n  file = {Snapshot:files/12/Snapshot.html:text/html}\n}\n');
    assert.deepEqual(bib[0].unread, ['files/12/Snapshot.html']);
  });
});
