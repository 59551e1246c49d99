import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Passage } from '../../core/types.js';
import { loadTaxonomy } from '../../core/taxonomy.js';
import { MemoryPassageStore } from '../../core/passage-store.js';
import { labelSets } from '../../eval/label-sets.js';
import { classTable, engineTable, evaluateSets, missedTargets, searchSets, sideBySide } from '../../eval/harness.js';
import { corpusApi, rankMetrics, type SearchApi } from '../../eval/search.js';
import { crossValidate, foldOf } from '../../eval/cross-validate.js';
import type { TagLabel } from '../../eval/tags.js';
import { removeAll, tempDir } from '../helpers/tmp.js';

// The evaluation harness itself, on small synthetic label files in a temporary directory:
// never on test/labels/heldout/, which nobody tuning may read.

const passage = (id: string, text: string, tags: Partial<Passage> = {}): Passage => ({
  id, doc: 'doc-a', ordinal: 0, block: 0, text, section: [], page: null, physicalPage: null, start: 0, end: text.length,
  kind: 'finding', blockType: 'paragraph', actors: [], themes: [], places: [], evidence: [], ...tags,
});
const passages = [
  passage('p1', 'UNHCR leads the protection cluster in Yemen.', { actors: ['unhcr'], places: ['YEM'] }),
  passage('p2', 'Donors should fund local organisations.', { kind: 'recommendation', themes: ['funding'] }),
  passage('p3', 'The mission in Mali reported attacks.', { places: ['MLI'] }),
];
const label = (at: string, l: Partial<TagLabel>): TagLabel => ({ doc: 'doc-a', at, kind: 'finding', actors: [], themes: [], places: [], ...l });

/** A search "engine" that always answers p3, p1, p2 — grouped, p3 alone. */
const fakeApi: SearchApi = {
  snap: { passages: new MemoryPassageStore(passages), documents: new Map() },
  ranked: async (_q, _f, perDoc) => (perDoc === 0 ? ['p3', 'p1', 'p2'] : ['p3']),
  close: async () => {},
};

describe('evaluation harness', () => {
  let root: string;
  beforeEach(async () => {
    root = await tempDir('eval-labels-');
    await writeFile(join(root, 'tags.json'), JSON.stringify([label('UNHCR leads', { actors: ['unhcr'], places: ['YEM'] }), label('Donors should', { kind: 'recommendation', themes: ['funding'] })]));
    await writeFile(join(root, 'queries.json'), JSON.stringify([{ id: 'q1', q: 'unhcr yemen', class: 'named', filters: {}, relevant: [{ doc: 'doc-a', at: 'UNHCR leads', grade: 2 }] }]));
  });
  afterEach(() => removeAll(root));

  it('finds the tuning half alone when there is no held-out half', () => {
    const sets = labelSets(root);
    assert.deepEqual(sets.map((s) => s.name), ['tuning']);
    assert.equal(sets[0].tags, join(root, 'tags.json'));
  });

  it('adds the held-out half when its files exist, and leaves it out when asked', async () => {
    await mkdir(join(root, 'heldout'));
    await writeFile(join(root, 'heldout', 'tags.json'), '[]');
    assert.deepEqual(labelSets(root).map((s) => [s.name, Boolean(s.tags), Boolean(s.queries)]), [['tuning', true, true], ['held-out', true, false]]);
    assert.deepEqual(labelSets(root, { heldOut: false }).map((s) => s.name), ['tuning']);
  });

  it('reports both halves side by side, search with all hits ranked and grouped, per query class', async () => {
    await mkdir(join(root, 'heldout'));
    await writeFile(join(root, 'heldout', 'tags.json'), JSON.stringify([label('The mission in Mali', { places: ['MLI'], actors: ['un-peace-operations'] })]));
    await writeFile(join(root, 'heldout', 'queries.json'), JSON.stringify([
      { id: 'h1', q: 'mali', class: 'named', filters: {}, relevant: [{ doc: 'doc-a', at: 'The mission in Mali', grade: 2 }] },
      { id: 'h2', q: 'what do donors fund', class: 'question', filters: {}, relevant: [{ doc: 'doc-a', at: 'Donors should', grade: 1 }] },
    ]));
    const results = await evaluateSets(labelSets(root), passages, fakeApi);
    assert.deepEqual(results.map((r) => r.name), ['tuning', 'held-out']);
    const [tuning, held] = results;
    assert.equal(tuning.tags!.facets.places.micro.f1, 1);
    assert.equal(held.tags!.facets.actors.micro.recall, 0);
    // h1: p3 first either way; h2: p2 third with all hits, gone when grouped.
    assert.equal(held.search![0].ndcg10, 1);
    assert.equal(held.search![1].grouped.ndcg10, 0);
    assert.ok(held.search![1].ndcg10 > 0 && held.search![1].ndcg10 < 1);
    const table = sideBySide(results);
    assert.match(table, /\| measure \| tuning \(2 passages\) \(1 queries\) \| held-out \(1 passages\) \(2 queries\) \| target \|/);
    assert.match(table, /\| search nDCG@10, all hits ranked \(perDoc=0\) \| 0\.631 \| 0\.750 \| /);
    assert.match(table, /\| search nDCG@10, default grouping \| 0\.000 \| 0\.500 \|/);
    const classes = classTable(results);
    assert.match(classes, /\| named \| 1 \| 0\.631 \| 0\.000 \| 1 \| 1\.000 \| 1\.000 \|/);
    assert.match(classes, /\| question \| 0 \| — \| — \| 1 \| /);
    assert.match(table, /\| recommendation F1 \| 1\.000 \| — \|/, 'no recommendation labelled or found: no figure');
    assert.ok(missedTargets(held).includes('held-out actors'));
    assert.ok(!missedTargets(held).includes('held-out recommendation'));
    assert.ok(missedTargets(held).includes('held-out grouped search nDCG@10'));
    // every engine's search beside the others, per set and class (the same API twice here: the same figures)
    const again = await searchSets(labelSets(root), fakeApi);
    assert.deepEqual(again.map((r) => [r.name, r.tags, r.search?.length]), [['tuning', undefined, 1], ['held-out', undefined, 2]]);
    const engines = engineTable(new Map([['lunr', results], ['fts5', again]]));
    assert.match(engines, /\| set \| engine \| n \| nDCG@10 all \| nDCG@10 grouped \| named \| question \|/);
    assert.match(engines, /\| tuning \| lunr \| 1 \| 0\.631 \| 0\.000 \| 0\.631 \| — \|/);
    assert.match(engines, /\| held-out \| fts5 \| 2 \| 0\.750 \| 0\.500 \| 1\.000 \| 0\.500 \|/);
  });

  it('scores a ranking by nDCG@10 with gain 2^grade − 1, recall@20 and reciprocal rank', () => {
    const grades = new Map([['a', 2], ['b', 1]]);
    assert.deepEqual(rankMetrics(['a', 'b'], grades), { ndcg10: 1, recall20: 1, rr: 1 });
    const swapped = rankMetrics(['x', 'b', 'a'], grades);
    assert.equal(swapped.rr, 0.5);
    assert.ok(Math.abs(swapped.ndcg10 - (1 / Math.log2(3) + 3 / 2) / (3 + 1 / Math.log2(3))) < 1e-9);
  });

  it('cross-validates tuned constants on folds made from the labels alone', () => {
    // Folds depend on document and opening words only: stable, and spread over all five.
    assert.equal(foldOf({ doc: 'd', at: 'x' }), foldOf({ doc: 'd', at: 'x' }));
    const many = Array.from({ length: 200 }, (_, i) => foldOf({ doc: 'd', at: `passage ${i}` }));
    for (let f = 0; f < 5; f++) assert.ok(many.filter((x) => x === f).length > 20);
    const tax = loadTaxonomy();
    const ps = Array.from({ length: 10 }, (_, i) => passage(`c${i}`, `UNHCR worked with refugees in Yemen, case ${i}.`));
    const labels = ps.map((p) => label(p.text, { actors: ['unhcr'], places: ['YEM'] }));
    const cv = crossValidate(labels, ps, tax);
    assert.equal(cv.foldSizes.reduce((a, b) => a + b, 0), 10);
    assert.equal(cv.facets.places.f1, 1);
    assert.ok(cv.chosen.every((c) => c.perFold.length === 5));
    assert.match(cv.how, /FNV-1a hash/);
  });

  it('scores a query the server refuses (an unknown facet value) as finding nothing, and goes on', async function () {
    this.timeout(60_000);
    const corpus = await tempDir('eval-corpus-');
    await writeFile(join(corpus, 'note.txt'), 'A note on protection\n\nUNHCR leads the protection cluster in Yemen and elsewhere.\n');
    const api = await corpusApi(corpus);
    try {
      assert.deepEqual(await api.ranked('protection', { place: ['ZZZ'] }, 0), []);
      assert.equal((await api.ranked('protection', {}, 0)).length, 1);
    } finally {
      await api.close();
      await removeAll(corpus);
    }
  });
});
