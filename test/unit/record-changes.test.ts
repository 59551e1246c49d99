import assert from 'node:assert/strict';
import type { DocumentRecord, MetadataSource } from '../../core/types.js';
import { brief, recordChanges, type PreviousRecord } from '../../indexer/record-changes.js';
import { buildChanges } from '../../server/build-report.js';

// A catalogue correction changes a record while the file's bytes stay: what the report says of it.
describe('records a catalogue correction changed', () => {
  const record = (file: string, csl: Record<string, unknown>, provenance: Record<string, MetadataSource>): DocumentRecord => ({ id: file.replace(/\..*$/, ''), file, csl: { id: file.replace(/\..*$/, ''), type: 'report', ...csl }, provenance } as unknown as DocumentRecord);
  const before = (d: DocumentRecord): PreviousRecord => ({ id: d.id, csl: d.csl, provenance: d.provenance });

  it('names each catalogued field that changed, in brief, and a changed key old → new', () => {
    const old = record('a.pdf', { title: 'Acess in {Mali}', author: [{ family: 'Smith', given: 'J.' }], 'citation-key': 'smith2019Acess' }, { title: 'catalog.json', author: 'catalog.json' });
    const now = record('a.pdf', { title: 'Access in {Mali}', author: [{ family: 'Smith', given: 'Jane' }, { literal: 'ICRC' }], DOI: '10.1/x', 'citation-key': 'smith2019Access' }, { title: 'catalog.json', author: 'catalog.json', DOI: 'catalog.json' });
    assert.deepEqual(recordChanges(new Map([['a.pdf', before(old)]]), [now]), [
      {
        doc: 'a',
        file: 'a.pdf',
        fields: [
          { field: 'DOI', from: '', to: '10.1/x' },
          { field: 'author', from: 'Smith, J.', to: 'Smith, Jane; ICRC' },
          { field: 'title', from: 'Acess in {Mali}', to: 'Access in {Mali}' },
        ],
        key: { from: 'smith2019Acess', to: 'smith2019Access' },
      },
    ]);
  });

  it('leaves out fields no catalogue gave: a record read from the PDF changes when the reader does', () => {
    const old = record('b.pdf', { title: 'Old guess', publisher: 'OCHA' }, { title: 'first-page', publisher: 'catalog.bib' });
    const now = record('b.pdf', { title: 'Better guess', publisher: 'OCHA' }, { title: 'first-page', publisher: 'catalog.bib' });
    assert.deepEqual(recordChanges(new Map([['b.pdf', before(old)]]), [now]), []);
  });

  it('reports an entry removed (a field falls back to the file) and follows a renamed file', () => {
    const old = record('old.pdf', { issued: { 'date-parts': [[2019, 3]] } }, { issued: 'catalog.json' });
    const now = record('new.pdf', { issued: { 'date-parts': [[2021]] } }, { issued: 'pdf-info' });
    assert.deepEqual(recordChanges(new Map([['old.pdf', before(old)]]), [now], new Map([['new.pdf', 'old.pdf']])), [{ doc: 'new', file: 'new.pdf', fields: [{ field: 'issued', from: '2019-3', to: '2021' }] }]);
    assert.deepEqual(recordChanges(new Map([['old.pdf', before(old)]]), [now]), [], 'a file the previous build did not hold is added, not changed');
  });

  it('writes a value in one short line', () => {
    assert.equal(brief([{ family: 'Berg', 'non-dropping-particle': 'van der', given: 'Pieter', suffix: 'Jr.' }]), 'van der Berg, Pieter, Jr.');
    assert.equal(brief({ raw: 'Spring 2020' }), 'Spring 2020');
    assert.equal(brief(`A ${'very '.repeat(30)}long title`).length, 80);
    assert.equal(brief(undefined), '');
  });

  it('reads them back for the About page, and nothing that is not shaped as one', () => {
    const report = { changes: { since: 'B1', added: [], removed: [], changed: [], renamed: [], records: [{ doc: 'a', file: 'a.pdf', fields: [{ field: 'title', from: 'x', to: 'y' }, { field: 3 }], key: { from: 'k1', to: 'k2' } }, { doc: 'b' }, 'c', { doc: 'd', file: 'd.pdf', fields: [] }] } };
    assert.deepEqual(buildChanges(report)?.records, [{ doc: 'a', file: 'a.pdf', fields: [{ field: 'title', from: 'x', to: 'y' }], key: { from: 'k1', to: 'k2' } }]);
    assert.equal(buildChanges({ changes: { since: 'B1', records: 'none' } })?.records, undefined);
  });
});
