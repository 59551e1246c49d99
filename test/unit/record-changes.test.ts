import assert from 'node:assert/strict';
import type { DocumentRecord, MetadataSource } from '../../core/types.js';
import { brief, recordChanges, type PreviousRecord } from '../../indexer/record-changes.js';
import { reusedIds } from '../../indexer/reused-ids.js';
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

// A document id is an address kept in notes and reading lists (catalog41).
describe('document ids a rebuild changed or gave to another file', () => {
  const record = (id: string, file: string): DocumentRecord => ({ id, file, csl: { id, type: 'report', title: 'T' }, provenance: { title: 'catalog.json' } } as unknown as DocumentRecord);

  it('names an id the catalogue changed for the same file, and none for a renamed file (its rename says it)', () => {
    const previous = new Map([['a.pdf', { id: 'annual', csl: { id: 'annual', type: 'report', title: 'T' }, provenance: { title: 'catalog.json' } } as PreviousRecord]]);
    assert.deepEqual(recordChanges(previous, [record('annual2019', 'a.pdf')]), [{ doc: 'annual2019', file: 'a.pdf', fields: [], id: { from: 'annual', to: 'annual2019' } }]);
    assert.deepEqual(recordChanges(previous, [record('b', 'b.pdf')], new Map([['b.pdf', 'a.pdf']])), []);
    assert.deepEqual(recordChanges(previous, [record('annual', 'a.pdf')]), []);
  });

  it('names an id another file now has, and where the work it opened went', () => {
    const previous = { hashOf: new Map([['report', 'h19'], ['report-2', 'h20'], ['brief', 'hb'], ['notes', 'hn'], ['old', 'ho']]), fileByHash: new Map([['h19', '2019/report.pdf'], ['h20', '2020/report.pdf'], ['hb', 'brief.pdf'], ['hn', 'notes.pdf'], ['ho', 'old.pdf']]) };
    const now = [
      { id: 'access2019', file: '2019/report.pdf', hash: 'h19' },
      { id: 'report', file: '2020/report.pdf', hash: 'h20' },
      // edited under its name: the same work
      { id: 'brief', file: 'brief.pdf', hash: 'hb2' },
      // renamed, its bytes unchanged: the same work under its new name
      { id: 'notes', file: 'notes-final.pdf', hash: 'hn' },
      // old.pdf removed, and a new file took its id
      { id: 'old', file: 'sub/old.pdf', hash: 'hx' },
    ];
    assert.deepEqual(reusedIds(previous, now, new Map([['notes-final.pdf', 'notes.pdf']])), [
      { id: 'old', file: 'sub/old.pdf', was: 'old.pdf' },
      { id: 'report', file: '2020/report.pdf', was: '2019/report.pdf', movedTo: 'access2019' },
    ]);
    assert.deepEqual(reusedIds({ fileByHash: new Map() }, now), [], 'a first build reuses nothing');
  });

  it('reads them back for the About page, and nothing that is not shaped as one', () => {
    const changes = buildChanges({
      changes: {
        since: 'b1', added: [], removed: [], changed: [], renamed: [],
        records: [{ doc: 'n', file: 'a.pdf', fields: [], id: { from: 'o', to: 'n' } }, { doc: 'x', file: 'x.pdf', fields: [], id: { from: 1, to: 'x' } }],
        reused: [{ id: 'report', file: '2020/report.pdf', was: '2019/report.pdf', movedTo: 'access2019' }, { id: 'r', file: 'f.pdf', was: 'g.pdf', movedTo: 3 }, { id: 'bad', file: 'f.pdf' }, 'x'],
      },
    });
    assert.deepEqual(changes?.records, [{ doc: 'n', file: 'a.pdf', fields: [], id: { from: 'o', to: 'n' } }]);
    assert.deepEqual(changes?.reused, [{ id: 'report', file: '2020/report.pdf', was: '2019/report.pdf', movedTo: 'access2019' }, { id: 'r', file: 'f.pdf', was: 'g.pdf' }]);
  });
});
