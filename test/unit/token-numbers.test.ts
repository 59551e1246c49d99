import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { DocumentRecord, Passage } from '../../core/types.js';
import { documentRows, LibraryWriter, type DocumentRows } from '../../core/build/library-db.js';
import { renumberDict, RunTokens, TokenNumbers, dictTokens } from '../../core/build/token-numbers.js';
import { removeAll, tempDir } from '../helpers/tmp.js';

const doc = (id: string, title: string): DocumentRecord => ({
  id, csl: { id, type: 'report', title, author: [{ family: 'Gilder', given: 'Alexander' }] }, provenance: {}, file: `${id}.txt`, format: 'text', hash: id,
  pages: null, pageLabels: null, passageCount: 2, tags: { actor: [], theme: [], place: [], kind: [] }, furniture: { removed: 0, kinds: {} }, outline: [],
});
const passage = (id: string, d: string, text: string): Passage => ({
  id, doc: d, ordinal: 0, block: 0, text, section: ['Findings'], page: '3', physicalPage: 3, start: 0, end: text.length,
  kind: 'finding', blockType: 'paragraph', actors: [], themes: [], places: [], evidence: [],
});

const TEXTS = [
  ['Peacekeepers protected civilians in Mali.', 'Protection of civilians: the council’s role.'],
  ['The Security Council remained divided on Mali.', 'A fresh word, zanzibar, and civilians again.'],
  ['Peace operations and the protection of civilians', 'Humanitarian access negotiated in Côte d’Ivoire, 1.5 °C'],
  ['Zanzibar, Mali and the council', 'Operations protected; operation protecting.'],
];
const docs = TEXTS.map((texts, d) => ({ document: doc(`d${d}`, `Report ${d} on civilians`), passages: texts.map((t, i) => passage(`d${d}p${i}`, `d${d}`, t)) }));

/** Every table of a closed library.db, row by row. */
function tables(path: string): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true });
  const out: Record<string, unknown[]> = {};
  for (const { name } of db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'").all() as { name: string }[]) {
    out[name] = db.prepare(`SELECT * FROM "${name}" ORDER BY 1`).raw().all();
  }
  db.close();
  return out;
}

describe('token numbers (a worker numbers its tokens, the run renumbers them)', () => {
  let dir: string;
  before(async () => (dir = await tempDir('tokens-')));
  after(async () => removeAll(dir));

  it('renumbers two workers’ numbers into the run’s, each worker’s tokens sent once, a restart forgotten', () => {
    const run = new RunTokens();
    const [a, b] = [new TokenNumbers(), new TokenNumbers()];
    const mine: [number[], number[]] = [[], []];
    const sent = (numbers: TokenNumbers, tokens: string[], ids: number[]) => ({ numbers: Uint32Array.from(ids), fresh: numbers.fresh(), tokens, run: undefined as RunTokens | undefined });
    const na = ['x', 'y'].map((t) => a.next(t));
    const d1 = sent(a, ['x', 'y'], na);
    const nb = ['y', 'z'].map((t) => b.next(t));
    const d2 = sent(b, ['y', 'z'], nb);
    const d3 = sent(a, ['y', 'x'], [na[1], na[0]]);
    a.restart();
    const d4 = sent(a, ['z', 'x'], ['z', 'x'].map((t) => a.next(t)));
    for (const [d, w] of [[d1, 0], [d2, 1], [d3, 0], [d4, 0]] as const) {
      renumberDict(d, mine[w], run);
      assert.deepEqual(dictTokens(d), d.tokens);
      assert.deepEqual(d.fresh, { restart: false, tokens: [] });
    }
    assert.deepEqual(run.tokens, ['x', 'y', 'z']);
    assert.throws(() => renumberDict(d1, mine[0], run), /already/);
  });

  it('writes from numbered rows the tables it writes from the strings: stem runs, stem ids, term counts', () => {
    // the same documents: as strings, and numbered as a worker would send them, renumbered as the pool does
    const plain = docs.map(({ document, passages }) => documentRows(document, passages));
    const local = { stems: [] as number[], terms: [] as number[] };
    const [runStems, runTerms] = [new RunTokens(), new RunTokens()];
    const numbered: DocumentRows[] = docs.map(({ document, passages }) => {
      const rows = documentRows(document, passages, true);
      assert.deepEqual([rows.stemDict, rows.termDict], [[], []]);
      renumberDict(rows.stemNumbered!, local.stems, runStems);
      renumberDict(rows.termNumbered!, local.terms, runTerms);
      return rows;
    });
    numbered.forEach((rows, i) => {
      assert.deepEqual(dictTokens(rows.stemNumbered!), plain[i].stemDict);
      assert.deepEqual(dictTokens(rows.termNumbered!), plain[i].termDict);
    });
    const written = [plain, numbered].map((all, k) => {
      const path = join(dir, `library-${k}.db`);
      const writer = new LibraryWriter(path);
      all.forEach((rows, i) => writer.addRows(docs[i].document, rows));
      writer.finish();
      return tables(path);
    });
    assert.deepEqual([written[0].stem_runs.length, written[0].stem_ids.length > 10], [8, true]);
    assert.deepEqual(written[1], written[0]);
  });

  it('refuses a worker’s numbers the pool did not renumber', () => {
    const writer = new LibraryWriter(join(dir, 'refused.db'));
    try {
      assert.throws(() => writer.addRows(docs[0].document, documentRows(docs[0].document, docs[0].passages, true)), /before the pool numbered them/);
    } finally {
      writer.abort();
    }
  });
});
