import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { DocumentRecord, Passage } from '../../core/types.js';
import { documentRows, LibraryWriter } from '../../core/build/library-db.js';
import { listedQueries, termBestRows } from '../../core/build/term-best.js';
import { FtsTermCounts, TermEntriesBuilder, ftsTokens, unicode61Tokens, worthCounting } from '../../core/build/term-counts.js';
import { COUNT_BITS, COUNT_SHIFT } from '../../core/build/counted-rows.js';
import { countedInThreads } from '../../indexer/term-best-pool.js';
import { removeAll, tempDir } from '../helpers/tmp.js';

const doc = (id: string, title: string): DocumentRecord => ({
  id, csl: { id, type: 'report', title, author: [{ family: 'Mission', given: 'Ann' }] }, provenance: {}, file: `${id}.txt`, format: 'text', hash: id,
  pages: null, pageLabels: null, passageCount: 0, tags: { actor: [], theme: [], place: [], kind: [] }, furniture: { removed: 0, kinds: {} }, outline: [],
});
const passage = (d: string, i: number, text: string, section: string[]): Passage => ({
  id: `${d}-${i}`, doc: d, ordinal: i, block: i, text, section, page: null, physicalPage: null, start: 0, end: text.length,
  kind: 'finding', blockType: 'paragraph', actors: [], themes: [], places: [], evidence: [],
});
// words in the text, the section, the title (weight 0.3, added once per instance) and the author; punctuation FTS5 splits on; accents
const WORDS = ['protection', 'protecting', 'civilians', 'mission', 'missions', "council's", 'u.n.', 'côte', 'access', 'access', 'mandate', '1.5'];

describe('term_best from the rows’ counted terms', () => {
  let dir: string;
  before(async () => (dir = await tempDir('term-counts-')));
  after(() => removeAll(dir));

  it('gives the very rows (bytes and order) FTS5 scores give, terms and prefixes', () => {
    const writer = new LibraryWriter(join(dir, 'library.db'));
    for (let d = 0; d < 7; d++) {
      writer.addDocument(
        doc(`d${d}`, d % 2 ? 'Protection of civilians: protection missions' : 'Access and mandate'),
        Array.from({ length: 12 }, (_, i) => passage(`d${d}`, i, WORDS.filter((_, w) => (d * 12 + i) % (w + 2) === 0).join(' ') || 'mandate', i < 6 ? ['Civilian protection'] : [])),
      );
    }
    const job = writer.finishIndexes();
    const reader = new Database(job.path, { readonly: true });
    const queries = listedQueries(reader, { min: 1, prefixMin: 1 });
    const asked = termBestRows(reader, queries, job.passages, job.weights, { length: 20, membersShare: 0.1 });
    reader.close();
    assert.ok(queries.length > 10);
    const counted = writer.countedTermBest({ ...job, queries }, { length: 20, membersShare: 0.1 });
    assert.ok(counted, 'the counts match the index');
    assert.deepEqual(counted, asked);
    writer.finishTermBest(counted);
  });

  it('gives the same rows scored by shares in threads, over postings they share', async () => {
    const writer = new LibraryWriter(join(dir, 'shared.db'));
    for (let d = 0; d < 7; d++) {
      writer.addDocument(
        doc(`d${d}`, d % 2 ? 'Protection of civilians: protection missions' : 'Access and mandate'),
        Array.from({ length: 12 }, (_, i) => passage(`d${d}`, i, WORDS.filter((_, w) => (d * 12 + i) % (w + 3) === 0).join(' ') || 'mandate', i < 6 ? ['Civilian protection'] : [])),
      );
    }
    const job = writer.finishIndexes();
    const reader = new Database(job.path, { readonly: true });
    const queries = listedQueries(reader, { min: 1, prefixMin: 1 });
    const asked = termBestRows(reader, queries, job.passages, job.weights, { length: 20, membersShare: 0.1 });
    reader.close();
    const shared = writer.countedTermBestJob({ ...job, queries }, { length: 20, membersShare: 0.1 });
    assert.ok(shared, 'the counts match the index');
    assert.ok(shared.postings.postingOrd.buffer instanceof SharedArrayBuffer);
    // three threads, from the first entry: every share scored elsewhere but the first
    const threaded = await countedInThreads(shared, 3, 0);
    assert.deepEqual(threaded, asked);
    assert.deepEqual(await countedInThreads(shared, 1), asked);
    writer.finishTermBest(threaded);
  });

  it('gives nothing when its counts are not those of the index', async () => {
    const writer = new LibraryWriter(join(dir, 'other.db'));
    writer.addDocument(doc('a', 'Access'), [passage('a', 0, 'protection of civilians', [])]);
    const job = writer.finishIndexes();
    const counts = new FtsTermCounts();
    counts.add(['protection civilian', '', 'access', '']);
    const db = new Database(job.path, { readonly: true });
    assert.equal(counts.termBestRows(db, listedQueries(db, { min: 1 }), job.passages, job.weights), undefined);
    db.close();
    writer.finishTermBest([]);
  });

  it('gives nothing when a passage holds a term more times than its column’s count can say (counted where the rows are prepared)', () => {
    const writer = new LibraryWriter(join(dir, 'overflow.db'));
    // the title column's count has 5 bits: 32 instances do not fit
    writer.addDocument(doc('a', Array(32).fill('access').join(' ')), [passage('a', 0, 'protection of civilians', [])]);
    writer.addDocument(doc('b', 'Mandate'), [passage('b', 0, 'mandate', [])]);
    const job = writer.finishIndexes();
    assert.equal(writer.countedTermBest(job), undefined);
    writer.finishTermBest([]);
  });

  it('packs a row’s counts per column into one number each term, as COUNT_SHIFT places them', () => {
    const b = new TermEntriesBuilder();
    // term 7 in all four columns (the most the text's and the title's counts hold), term 3 in the text only, term 9 in the author only
    const text = [...Array<number>((1 << COUNT_BITS[0]) - 1).fill(7), 3, 3];
    b.add(text, 0, text.length, [[7, 7], Array<number>((1 << COUNT_BITS[2]) - 1).fill(7), [7, 9]]);
    b.add([3], 0, 1, [[], [], []]);
    const e = b.finish();
    const unpack = (packed: number) => COUNT_SHIFT.map((s, c) => (packed >>> s) & ((1 << COUNT_BITS[c]) - 1));
    const first = [...e.local.slice(0, e.ends[0])].map((id, k) => [id, unpack(e.counts[k])]);
    assert.deepEqual(first, [[7, [(1 << COUNT_BITS[0]) - 1, 2, (1 << COUNT_BITS[2]) - 1, 1]], [3, [2, 0, 0, 0]], [9, [0, 0, 0, 1]]]);
    assert.deepEqual([...e.local.slice(e.ends[0], e.ends[1])], [3]);
    assert.equal(e.counts[e.ends[0]], 1);
    assert.deepEqual([...e.sizes], [text.length + 2 + 31 + 2, 1]);
    assert.equal(e.overflow, undefined);
    // one more than a column's bits hold is told, not packed into the next column unseen
    const over = new TermEntriesBuilder();
    over.add([], 0, 0, [[], Array<number>(1 << COUNT_BITS[2]).fill(1), []]);
    assert.match(over.finish().overflow ?? '', /32 times in one column/);
  });

  it('counts a row given as strings as it counts a prepared document’s rows', () => {
    const document = doc('a', 'Access to civilians');
    const passages = [passage('a', 0, 'protecting civilians, protected', ['Civilians']), passage('a', 1, 'access', [])];
    const rows = documentRows(document, passages);
    const counts = new FtsTermCounts();
    rows.ftsText.forEach((text, i) => counts.add([text, rows.ftsSection[i], rows.ftsTitle, rows.ftsAuthor]));
    const writer = new LibraryWriter(join(dir, 'strings.db'));
    writer.addDocument(document, passages);
    const job = writer.finishIndexes();
    const db = new Database(job.path, { readonly: true });
    const queries = listedQueries(db, { min: 1, prefixMin: 1 });
    assert.ok(queries.length > 3);
    assert.deepEqual(counts.termBestRows(db, queries, job.passages, job.weights), termBestRows(db, queries, job.passages, job.weights));
    db.close();
    writer.finishTermBest([]);
  });

  it('counts nothing for a corpus too large to count, from its text files’ bytes, and leaves term_best to FTS5', () => {
    assert.equal(worthCounting(106_000_000), true);
    assert.equal(worthCounting(1_100_000_000), false);
    const writer = new LibraryWriter(join(dir, 'uncounted.db'), { countTerms: false });
    writer.addDocument(doc('a', 'Access'), [passage('a', 0, 'protection of civilians', [])]);
    const job = writer.finishIndexes();
    assert.equal(writer.countedTermBest(job), undefined);
    writer.finishTermBest([]);
  });

  it('reads a column as the fts table’s tokenizer does: each term whole (query41), and as a format-25 build’s unicode61 did', () => {
    assert.deepEqual(ftsTokens('protect civilian'), ['protect', 'civilian']);
    assert.deepEqual(ftsTokens("u.n council's 1.5 côte 2,000 e.g 難民の保護"), ['u.n', "council's", '1.5', 'côte', '2,000', 'e.g', '難民の保護']);
    assert.deepEqual(ftsTokens(' a  b '), ['a', 'b']);
    assert.deepEqual(unicode61Tokens("u.n council's 1.5 côte"), ['u', 'n', 'council', 's', '1', '5', 'côte']);
  });
});
