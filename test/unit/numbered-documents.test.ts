import assert from 'node:assert/strict';
import type { DocumentRecord } from '../../core/types.js';
import { numberedDocuments as named } from '../../server/numbered-documents.js';
import { parseQuery } from '../../server/search/query-parser.js';
import { SEARCH_FIELDS } from '../../core/search-fields.js';

// the page's call: the query as the search parses it
const numberedDocuments = (d: DocumentRecord[], q: string) => named(d, parseQuery(q, SEARCH_FIELDS.map((f) => f.name)));

const doc = (id: string, csl: Record<string, string>): DocumentRecord => ({ id, file: `${id}.pdf`, csl: { id, type: 'report', ...csl } }) as unknown as DocumentRecord;
const docs = [doc('s-2024-385', { number: 'S/2024/385', title: 'Protection of civilians' }), doc('keller', { DOI: '10.7227/JHA.2023.0042', title: 'Negotiating access' }), doc('plain', { title: 'A note' })];

describe('numberedDocuments (userreview18)', () => {
  it('finds a document by its UN symbol or DOI as typed, quoted or with a sign, in any case', () => {
    assert.deepEqual(numberedDocuments(docs, 'S/2024/385').map((d) => d.id), ['s-2024-385']);
    assert.deepEqual(numberedDocuments(docs, '"s/2024/385" hunger').map((d) => d.id), ['s-2024-385']);
    assert.deepEqual(numberedDocuments(docs, '+10.7227/JHA.2023.0042').map((d) => d.id), ['keller']);
  });
  it('finds nothing for words, another symbol or a part of one', () => {
    assert.deepEqual(numberedDocuments(docs, 'protection of civilians'), []);
    assert.deepEqual(numberedDocuments(docs, 'S/2024/386'), []);
    assert.deepEqual(numberedDocuments(docs, '2024 385'), []);
  });
  it('takes the identifiers the query parser marks: an ISBN, not one excluded', () => {
    const isbn = [doc('book', { ISBN: '978-0-19-956001-1', title: 'A book' })];
    assert.deepEqual(numberedDocuments(isbn, 'ISBN 978-0-19-956001-1').map((d) => d.id), ['book']);
    assert.deepEqual(parseQuery('S/2024/385 hunger', []).identifiers, ['S/2024/385']);
    assert.deepEqual(numberedDocuments(docs, 'hunger -S/2024/385'), []);
    assert.deepEqual(numberedDocuments(docs, 'hunger NOT "S/2024/385"'), []);
    assert.equal(parseQuery('protection of civilians', []).identifiers, undefined);
  });
});
