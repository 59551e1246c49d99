import assert from 'node:assert/strict';
import { aboutView } from '../../server/about.js';
import { citationExplorer } from '../../server/citation-explorer.js';
import type { Snapshot } from '../../server/index-store.js';
import type { CslItem, DocumentRecord } from '../../core/types.js';

// The pages that list the library's documents, as a library of thousands needs them: a page of
// rows at a time, and choices and notices that do not grow with the corpus.

function doc(i: number, over: Partial<DocumentRecord> = {}, csl: Partial<CslItem> = {}): DocumentRecord {
  return {
    id: `d${i}`,
    csl: { id: `d${i}`, type: 'report', title: `Report ${String(i).padStart(4, '0')}`, author: [{ family: `Author${i % 7}`, given: 'A.' }], issued: { 'date-parts': [[2000 + (i % 25)]] }, ...csl },
    provenance: {},
    file: `d${i}.txt`,
    format: 'txt',
    hash: String(i),
    pages: null,
    pageLabels: null,
    passageCount: i % 40,
    tags: {} as DocumentRecord['tags'],
    furniture: { removed: 0, kinds: {} },
    outline: [],
    ...over,
  };
}

const library = (docs: DocumentRecord[]) => ({ documents: new Map(docs.map((d) => [d.id, d])), passages: { count: docs.length * 20, isDuplicate: () => false } }) as unknown as Snapshot;

describe('the about page lists documents a page at a time', () => {
  const snap = library(Array.from({ length: 250 }, (_, i) => doc(i, {}, i === 7 ? { title: 'Protection in Myanmar', author: [{ family: 'Ćosić', given: 'B.' }] } : {})));

  it('counts the corpus and shows the first page in the corpus order', () => {
    const v = aboutView(snap, {});
    assert.equal(v.documentCount, 250);
    assert.equal(v.passageCount, 5000);
    assert.equal(v.documents.length, 100);
    assert.equal(v.pages, 3);
    assert.equal(v.documents[0].id, 'd0');
  });

  it('orders by year, title or passages and pages on, clamping a page past the end', () => {
    const byYear = aboutView(snap, { sort: 'year' }).documents;
    assert.ok(byYear.every((d, i) => i === 0 || Number(d.csl.issued?.['date-parts']?.[0]?.[0]) <= Number(byYear[i - 1].csl.issued?.['date-parts']?.[0]?.[0])));
    const last = aboutView(snap, { sort: 'passages', page: '9' });
    assert.equal(last.page, 3);
    assert.equal(last.documents.length, 50);
    assert.equal(last.from, 201);
    assert.equal(aboutView(snap, { sort: 'title' }).documents[0].csl.title, 'Protection in Myanmar');
  });

  it('finds documents by words of the title or an author, accents ignored', () => {
    const v = aboutView(snap, { find: 'myanmar cosic' });
    assert.deepEqual(v.documents.map((d) => d.id), ['d7']);
    assert.equal(v.matching, 1);
    assert.equal(aboutView(snap, { find: 'nowhere' }).matching, 0);
  });

  it('names the file of each document whose title another has (userreview19b finding 11)', () => {
    const copies = library([doc(1, { file: 'archive/2023/note.latex2col.pdf' }, { title: 'An age of caution' }), doc(2, { file: 'note.pdf' }, { title: 'An Age of Caution ' }), doc(3)]);
    const v = aboutView(copies, {});
    assert.deepEqual([...v.sameTitle].sort(), ['d1', 'd2']);
    // the set is of the whole library, not of the rows a search leaves
    assert.deepEqual([...aboutView(copies, { find: 'latex2col caution' }).sameTitle].sort(), ['d1', 'd2']);
    assert.equal(aboutView(snap, {}).sameTitle.size, 0);
  });

  it('refuses an unknown order with a 400', () => {
    assert.throws(() => aboutView(snap, { sort: 'bogus' }), (e: { status?: number }) => e.status === 400);
  });
});

describe('the citation explorer bounds its choices and notices', () => {
  const ref = (i: number, n: number) => Array.from({ length: n }, (_, k) => ({ id: `r${i}-${k}`, type: 'book' as const, title: `Work ${k}`, passage: 'p', work: `w${k}` }));
  // 300 documents cite (d0 the most), 400 have no reference list
  const docs = [...Array.from({ length: 300 }, (_, i) => doc(i, { references: ref(i, 300 - i) })), ...Array.from({ length: 400 }, (_, i) => doc(1000 + i))];
  const snap = { ...library(docs), citing: new Map(), passages: { count: 0, at: () => undefined } } as unknown as Snapshot;

  it('offers the documents citing the most, the chosen one always, sorted by title', () => {
    const v = citationExplorer(snap, {}, 50);
    assert.equal(v.documents.length, 50);
    assert.equal(v.citingDocuments, 300);
    assert.ok(v.documents.every((d) => Number(d.id.slice(1)) < 50));
    assert.deepEqual(v.documents.map((d) => d.csl.title), [...v.documents.map((d) => d.csl.title)].sort((a, b) => String(a).localeCompare(String(b))));
    const chosen = citationExplorer(snap, { from: 'd299' }, 50);
    assert.ok(chosen.documents.some((d) => d.id === 'd299'));
  });

  it('offers every document of a small library, those without references too', () => {
    const small = { ...library(docs.slice(295, 305)), citing: new Map(), passages: { count: 0, at: () => undefined } } as unknown as Snapshot;
    assert.equal(citationExplorer(small, {}, 50).documents.length, 10);
  });

  it('names a few documents without a reference list and counts the rest', () => {
    const v = citationExplorer(snap, {});
    assert.equal(v.unreadCount, 400);
    assert.ok(v.unread.length <= 10);
    assert.ok(v.documents.every((d) => (d.references ?? []).length > 0));
  });
});

describe('the citation explorer and a work cited by hundreds of documents', () => {
  // every one of 300 documents cites w0 in its reference list and in two passages of its text
  const docs = Array.from({ length: 300 }, (_, i) => doc(i, { references: [{ id: `r${i}`, type: 'report' as const, title: 'The much-cited report', passage: 'p', work: 'w0' }] }));
  const text = 'Protection advocacy is cautious (Bowden and Metcalfe-Hough, 2020).';
  const passage = (ord: number) => ({ id: `p${ord}`, doc: `d${Math.floor(ord / 2)}`, kind: 'finding', text, citing: [{ work: 'w0', start: 33, end: 65 }] });
  let read = 0;
  const passages = { count: 600, isDuplicate: () => false, docOf: (ord: number) => `d${Math.floor(ord / 2)}`, at: (ord: number) => (read++, passage(ord)) };
  const snap = { ...library(docs), passages, citing: new Map([['w0', Array.from({ length: 600 }, (_, k) => k)]]) } as unknown as Snapshot;

  it('names a dozen citing documents and lists three passages, counting the rest', () => {
    const v = citationExplorer(snap, {});
    const [w] = v.works;
    assert.equal(w.citing.size, 300);
    assert.equal(w.citingNamed.length, 12);
    assert.equal(w.body.length, 600);
    assert.equal(w.passages.length, 3);
    assert.ok(w.passages.every(({ c }) => c));
  });

  it('reads the citing passages once a build, and then only those it lists', () => {
    citationExplorer(snap, {});
    read = 0;
    citationExplorer(snap, {});
    assert.equal(read, 3);
    read = 0;
    const one = citationExplorer(snap, { work: 'w0' });
    assert.equal(one.works[0].passages.length, 100);
    assert.equal(read, 100);
    // a citing document chosen: its own passages only
    const from = citationExplorer(snap, { from: 'd7' });
    assert.deepEqual(from.works[0].body, [14, 15]);
    assert.deepEqual(from.works[0].passages.map(({ p }) => p.id), ['p14', 'p15']);
  });
});
