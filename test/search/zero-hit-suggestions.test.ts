import assert from 'node:assert/strict';
import type { DocumentRecord, Passage } from '../../core/types.js';
import { MemoryPassageStore } from '../../core/passage-store.js';
import { loadTaxonomy } from '../../core/taxonomy.js';
import { ENGINE_MODULES } from '../../core/engines/registry.js';
import { FacetIndex } from '../../server/search/facets.js';
import { Vocabulary } from '../../server/search/vocabulary.js';
import { MAX_SUGGESTIONS_TRIED, PREFIX_LOOKED_AT, runSearch, SUGGESTED_QUERIES, type SearchContext, type SearchRequest } from '../../server/search/service.js';
import { corpusWords } from '../../indexer/build-vocab.js';
import { Budget } from '../../server/search/budget.js';

// A zero-hit query's suggestions (issue 14, search22): ordered by what they find, the most first,
// and never one that itself finds nothing. Before, the first three that found something were
// offered in the order tried: the nearest corpus word by its count of uses, not of passages, so a
// name written ten times in one passage came before one written once in each of three.

const doc = (id: string): DocumentRecord => ({
  id, csl: { id, type: 'report', title: id, author: [{ family: 'Doe', given: 'Jane' }] }, provenance: {}, file: `${id}.txt`, format: 'txt', hash: '',
  pages: null, pageLabels: null, passageCount: 0, tags: { actor: [], theme: [], place: [], kind: [] }, furniture: { removed: 0, kinds: {} }, outline: [],
});
const texts = [
  // UNMIK written ten times in one passage: the more used of the two acronyms one edit from "UNMIZ"
  `The UNMIK teams cleared mines. ${Array.from({ length: 9 }, () => 'UNMIK').join(' and ')} reported.`,
  // UNMIT once in each of three passages: fewer uses, more passages
  ...Array.from({ length: 3 }, (_, i) => `UNMIT documented civilian casualties in province ${i}.`),
  'Mine action in Afghanistan was coordinated nationally.',
];
const places = [['AFG'], [], [], [], ['AFG']];
const passages: Passage[] = texts.map((text, i) => ({
  id: `p${i}`, doc: 'd', ordinal: i, block: i, text, section: [], page: null, physicalPage: null, start: 0, end: text.length,
  kind: 'finding', blockType: 'paragraph', actors: [], themes: [], places: places[i], evidence: [],
}));
const documents = new Map([['d', doc('d')]]);

function context(engineName: keyof typeof ENGINE_MODULES): SearchContext {
  const store = new MemoryPassageStore(passages);
  const engine = ENGINE_MODULES[engineName].inMemory(passages.map((p, ordinal) => ({ ordinal, text: p.text, section: '', title: p.doc, author: 'Jane Doe' })));
  const counts = new Map<string, number>();
  for (const t of texts) for (const w of corpusWords(t)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return { passages: store, documents, engine, facets: new FacetIndex(store, documents, loadTaxonomy()), vocabulary: new Vocabulary([...counts]), synonyms: new Map(), citing: new Map() };
}
const request = (q: string, filters: SearchRequest['filters'] = {}): SearchRequest => ({ q, filters, page: 1, size: 50, sort: 'relevance', perDoc: 0 });

describe('a zero-hit search’s suggestions (search22)', () => {
  for (const name of Object.keys(ENGINE_MODULES) as (keyof typeof ENGINE_MODULES)[]) {
    it(`${name}: the suggestions are ordered by what they find, the most first`, () => {
      const ctx = context(name);
      assert.ok(ctx.vocabulary.count('unmik') > ctx.vocabulary.count('unmit'), 'UNMIK is the more used word');
      const r = runSearch(ctx, request('UNMIZ'));
      assert.equal(r.total, 0);
      const offered = (r.query.suggestions ?? []).filter((s) => !s.drop);
      assert.deepEqual(offered.map((s) => [s.q, s.total]), [['UNMIT', 3], ['UNMIK', 1]]);
    });

    it(`${name}: no suggestion finds nothing, and each finds what it says, with the search's filters`, () => {
      const ctx = context(name);
      const afg = { place: { include: ['AFG'], exclude: [] } };
      for (const [q, filters] of [['UNMIZ', {}], ['UNMIZ', afg], ['UNMIZ casualties', afg], ['+UNMIT +mines', afg], ['UNMIT', afg]] as [string, SearchRequest['filters']][]) {
        const r = runSearch(ctx, request(q, filters));
        assert.equal(r.total, 0, q);
        for (const s of r.query.suggestions ?? []) {
          // a dropped filter is searched without it; another query with the same filters
          const again = s.drop ? runSearch(ctx, request(s.q, {})) : runSearch(ctx, request(s.q, filters));
          assert.ok(s.total > 0, `${q} → ${s.q}`);
          assert.equal(again.total, s.total, `${q} → ${s.q}${s.drop ? ` without ${s.drop.value}` : ''}`);
        }
      }
      // with the filter, UNMIT's passages are left out: only UNMIK is offered, and dropping the filter is
      const r = runSearch(ctx, request('UNMIZ', afg));
      assert.deepEqual((r.query.suggestions ?? []).map((s) => [s.q, s.total, s.drop?.value]), [['UNMIK', 1, undefined]]);
      const u = runSearch(ctx, request('UNMIT', afg));
      assert.deepEqual((u.query.suggestions ?? []).map((s) => [s.q, s.total, s.drop?.value]), [['UNMIT', 3, 'AFG']]);
    });
  }

  for (const name of Object.keys(ENGINE_MODULES) as (keyof typeof ENGINE_MODULES)[]) {
    it(`${name}: the tries stop when the request's time is spent, without marking the zero-hit answer partial, and a try cut midway is not offered (review22a finding 1)`, () => {
      const ctx = context(name);
      let suggesting = false;
      let clockReads = 0;
      let tries = 0;
      // suggest() alone asks the vocabulary for PREFIX_LOOKED_AT words of a prefix: the tries follow
      const withPrefix = ctx.vocabulary.withPrefix.bind(ctx.vocabulary);
      ctx.vocabulary.withPrefix = (prefix: string, limit?: number) => {
        if (limit === PREFIX_LOOKED_AT) suggesting = true;
        return withPrefix(prefix, limit);
      };
      // every search, the main one and each try, asks which copies to leave out once
      const copiesLeftOut = ctx.facets.copiesLeftOut.bind(ctx.facets);
      ctx.facets.copiesLeftOut = (filters) => {
        if (suggesting) tries++;
        return copiesLeftOut(filters);
      };
      // the time is spent right after the first try is allowed to start: inside it, its rewordings are skipped
      const clock = () => (suggesting && clockReads++ >= 1 ? 1000 : 0);
      const r = runSearch(ctx, { ...request('UNMIZ'), budget: new Budget(100, clock) });
      assert.equal(r.total, 0);
      assert.equal(tries, 1, 'one try started, and none once the time was spent');
      assert.equal(r.query.partial, undefined, 'the zero-hit answer is complete');
      assert.ok(!r.query.warnings.some((w) => /took too long/.test(w)), r.query.warnings.join(' '));
      assert.deepEqual(r.query.suggestions ?? [], [], 'the try cut midway counted short: not offered');
      // with time, the same search offers its suggestions as before
      assert.ok((runSearch(context(name), request('UNMIZ')).query.suggestions ?? []).length > 0);
    });
  }

  for (const name of Object.keys(ENGINE_MODULES) as (keyof typeof ENGINE_MODULES)[]) {
    it(`${name}: a swap keeps the other words as typed, capitals included (leftovers23's note)`, () => {
      // a zero-hit answer needs every word unknown (a query's other words answer otherwise); the
      // two slips are swapped together, the word with no near corpus word kept as typed
      const r = runSearch(context(name), request('UNMIZ CASUALTES QWXZ'));
      assert.equal(r.total, 0);
      const offered = (r.query.suggestions ?? []).filter((s) => !s.drop).map((s) => s.q);
      assert.ok(offered.length > 0, 'the slips swapped together are offered');
      assert.ok(offered.every((q) => q.endsWith(' QWXZ')), offered.join(' | '));
    });
  }

  for (const name of Object.keys(ENGINE_MODULES) as (keyof typeof ENGINE_MODULES)[]) {
    it(`${name}: a misspelt phrase is offered as the phrase it meant, and a loosened try as what it searched, once (userreview29 finding 2)`, () => {
      const r = runSearch(context(name), request('"civilian casualtes"'));
      assert.equal(r.total, 0);
      const offered = (r.query.suggestions ?? []).filter((s) => !s.drop);
      // the phrase, quotes kept: what the reader asked, spelt right
      assert.ok(offered.some((s) => s.q === '"civilian casualties"' && s.total === 3), JSON.stringify(offered));
      // the loose words, which search corrects: offered corrected, never the slip typed back
      assert.ok(!offered.some((s) => /casualtes/.test(s.q)), JSON.stringify(offered));
      assert.equal(new Set(offered.map((s) => s.q.toLowerCase())).size, offered.length, 'each offered once');
      for (const s of offered) assert.equal(runSearch(context(name), request(s.q)).total, s.total, s.q);
    });
  }

  it('offers at most SUGGESTED_QUERIES other queries, within MAX_SUGGESTIONS_TRIED tries', () => {
    assert.ok(SUGGESTED_QUERIES <= MAX_SUGGESTIONS_TRIED);
  });
});
