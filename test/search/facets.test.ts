import assert from 'node:assert/strict';
import type { DocumentRecord, Passage } from '../../core/types.js';
import { loadTaxonomy } from '../../core/taxonomy.js';
import { Bitset } from '../../server/search/bitset.js';
import { FacetIndex } from '../../server/search/facets.js';
import { MemoryPassageStore } from '../../core/passage-store.js';

const doc = (id: string, year: number, type = 'report'): DocumentRecord => ({
  id, csl: { id, type, title: id.toUpperCase(), author: [{ family: 'Smith', given: 'Ann' }], issued: { 'date-parts': [[year]] } },
  provenance: {}, file: `${id}.txt`, format: 'txt', hash: '', pages: null, pageLabels: null, passageCount: 0, tags: { actor: [], theme: [], place: [], kind: [] }, furniture: { removed: 0, kinds: {} }, outline: [],
});
const passage = (i: number, docId: string, actors: string[], themes: string[]): Passage => ({
  id: `p${i}`, doc: docId, ordinal: i, block: i, text: 't', section: [], page: null, physicalPage: null, start: 0, end: 1, kind: i % 2 ? 'recommendation' : 'finding', blockType: 'paragraph', actors, themes, places: [], evidence: [],
});

describe('facets', () => {
  const docs = new Map([['a', doc('a', 2020)], ['b', doc('b', 2021, 'article-journal')]]);
  const passages = [
    passage(0, 'a', ['unhcr'], ['displacement']),
    passage(1, 'a', ['unhcr', 'ohchr'], ['advocacy-and-diplomacy']),
    passage(2, 'b', ['ohchr'], ['displacement']),
    passage(3, 'b', [], ['accountability']),
  ];
  const fx = new FacetIndex(new MemoryPassageStore(passages), docs, loadTaxonomy());
  const all = Bitset.full(4);
  const count = (vals: { id: string; count: number }[], id: string) => vals.find((v) => v.id === id)?.count ?? 0;

  it('ORs values within a facet and ANDs across facets', () => {
    assert.deepEqual([...fx.apply(all, { actor: { include: ['unhcr', 'ohchr'], exclude: [] } }).result], [0, 1, 2]);
    assert.deepEqual([...fx.apply(all, { actor: { include: ['unhcr', 'ohchr'], exclude: [] }, theme: { include: ['displacement'], exclude: [] } }).result], [0, 2]);
  });

  it('counts each facet with the other facets’ filters only', () => {
    const { facets } = fx.apply(all, { actor: { include: ['unhcr'], exclude: [] }, theme: { include: ['displacement'], exclude: [] } });
    // actor counts ignore the actor choice: what choosing ohchr as well would give
    assert.equal(count(facets.actor, 'ohchr'), 1);
    assert.equal(count(facets.actor, 'unhcr'), 1);
    // theme counts ignore the theme choice
    assert.equal(count(facets.theme, 'advocacy-and-diplomacy'), 1);
    assert.equal(count(facets.theme, 'displacement'), 1);
  });

  it('keeps a chosen value with no hits visible, and supports exclusion', () => {
    const { facets, result } = fx.apply(Bitset.of(4, [3]), { actor: { include: ['unicef'], exclude: [] } });
    assert.equal(result.count(), 0);
    assert.deepEqual(facets.actor.find((v) => v.id === 'unicef'), { id: 'unicef', label: 'UNICEF', count: 0, selected: true });
    assert.deepEqual([...fx.apply(all, { actor: { include: [], exclude: ['unhcr'] } }).result], [2, 3]);
  });

  it('filters years by value or range, and knows document facets', () => {
    assert.deepEqual([...fx.apply(all, { year: { include: ['2021'], exclude: [] } }).result], [2, 3]);
    assert.deepEqual([...fx.apply(all, { year: { include: ['2019-2020'], exclude: [] } }).result], [0, 1]);
    assert.equal(fx.knows('type', 'article-journal'), true);
    assert.equal(fx.knows('actor', 'not-an-actor'), false);
    assert.equal(fx.knows('year', '20x1'), false);
  });
});

describe('Bitset', () => {
  it('iterates, counts and combines across word boundaries', () => {
    const a = Bitset.of(100, [0, 31, 32, 63, 99]);
    const b = Bitset.of(100, [31, 99, 50]);
    assert.deepEqual([...a], [0, 31, 32, 63, 99]);
    assert.equal(a.andCount(b), 2);
    assert.deepEqual([...a.andNot(b)], [0, 32, 63]);
    assert.equal(Bitset.full(100).count(), 100);
  });
});
