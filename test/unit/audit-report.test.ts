import assert from 'node:assert/strict';
import { unreportedFiles } from '../../scripts/audit-report.js';

// scripts/audit-skips.ts checks that report.json accounts for every file of the corpus folder. A
// file of a kind no reader takes (a .docx) is listed under `ignored` and named in the summary:
// accounted for, not lost, so the audit does not fail on it (readme26).

describe('audit-skips: the files report.json accounts for (scripts/audit-report.ts)', () => {
  const corpus = ['a.pdf', 'notes.docx', 'sub/b.txt', 'catalog.json', 'sub/catalog.bib', 'c.md'];

  it('counts indexed and skipped files, catalogues and ignored kinds as reported', () => {
    const report = { files: [{ file: 'a.pdf' }, { file: 'sub/b.txt' }, { file: 'c.md' }], catalogs: [{ file: 'catalog.json' }, { file: 'sub/catalog.bib' }], ignored: ['notes.docx'] };
    assert.deepEqual(unreportedFiles(corpus, report), []);
  });

  it('names a file the report leaves out', () => {
    const report = { files: [{ file: 'a.pdf' }, { file: 'sub/b.txt' }], catalogs: [{ file: 'catalog.json' }, { file: 'sub/catalog.bib' }], ignored: ['notes.docx'] };
    assert.deepEqual(unreportedFiles(corpus, report), ['c.md']);
  });

  it('reads a report made before catalogs and ignored were listed (catalog.json stands)', () => {
    assert.deepEqual(unreportedFiles(corpus, { files: [{ file: 'a.pdf' }, { file: 'sub/b.txt' }, { file: 'c.md' }] }), ['notes.docx', 'sub/catalog.bib']);
  });
});
