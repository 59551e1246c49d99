import assert from 'node:assert/strict';
import type { DocumentRecord } from '../../core/types.js';
import { numberedDocuments } from '../../server/numbered-documents.js';

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
});
