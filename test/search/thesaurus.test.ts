import assert from 'node:assert/strict';
import type { DocumentRecord, Passage } from '../../core/types.js';
import { MemoryPassageStore } from '../../core/passage-store.js';
import { loadTaxonomy } from '../../core/taxonomy.js';
import { ENGINE_MODULES } from '../../core/engines/registry.js';
import { FacetIndex } from '../../server/search/facets.js';
import { Vocabulary } from '../../server/search/vocabulary.js';
import { byUse, numberForms, runSearch, synonymMap, thesaurusAlts, thesaurusMap, type SearchContext } from '../../server/search/service.js';
import { RANKING, type RankingOptions } from '../../server/search/ranking.js';
import { belowTyped } from '../../server/search/below-typed.js';
import { QUERY_LIMITS } from '../../server/search/query-limits.js';
import { FIELD_ACRONYMS, NEAR_SYNONYMS } from '../../core/nlp/thesaurus.js';
import { isStopWord, stem, words } from '../../core/analysis.js';

// Vocabulary mismatch: a researcher types the field's other word for a thing ("aid workers")
// and the passage says it its own way ("humanitarian staff"). The thesaurus (core/nlp/thesaurus.ts)
// searches the span said the other way, ranked a share (RANKING.thesaurus) below the words typed.
describe('the field thesaurus', () => {
  it('finds a group by the words typed: a phrase in either number, a single word only as written (review13)', () => {
    const map = thesaurusMap([['aid workers', 'humanitarian staff'], ['peacekeeping', 'peace operations'], ['armed forces', 'militaries']]);
    const alts = (phrase: string) => thesaurusAlts(map, words(phrase));
    assert.deepEqual(alts('aid worker'), ['humanitarian staff']);
    assert.deepEqual(alts('humanitarian staffs'), ['aid workers']);
    assert.deepEqual(alts('peace operation'), ['peacekeeping']);
    assert.deepEqual(alts('aid'), [], 'a word of a phrasing is not the phrasing');
    // a stem shared by words of other meanings does not carry the group to them
    assert.deepEqual(alts('military'), [], '"military" is not "militaries"');
    assert.deepEqual(alts('peacekeepers'), [], '"peacekeepers" are not "peacekeeping"');
    assert.deepEqual(alts('militaries'), ['armed forces']);
    assert.deepEqual(alts('armed force'), ['militaries']);
    assert.deepEqual(alts('armed forcing'), [], 'a phrase word in another form than its number');
  });

  it('number forms: singular and plural of one noun only', () => {
    for (const [a, b] of [['worker', 'workers'], ['agencies', 'agency'], ['crisis', 'crises'], ['staff', 'staff']]) assert.ok(numberForms(a, b), `${a} ${b}`);
    for (const [a, b] of [['peacekeeping', 'peacekeepers'], ['operation', 'operational']]) assert.ok(!numberForms(a, b), `${a} ${b}`);
  });

  it('the field thesaurus does not read "military" as "militaries" nor "peacekeepers" as "peacekeeping" (review13)', () => {
    const map = thesaurusMap(NEAR_SYNONYMS);
    assert.deepEqual(thesaurusAlts(map, ['military']), []);
    assert.deepEqual(thesaurusAlts(map, ['military', 'forces']), ['armed forces', 'militaries']);
    assert.deepEqual(thesaurusAlts(map, ['peacekeepers']), []);
    assert.ok(thesaurusAlts(map, ['peacekeeping']).includes('peace operations'));
  });

  it('belowTyped: the thesaurus-only hits go below the weakest direct one, in their own order; the direct ones are untouched', () => {
    const hits = [{ ord: 0, score: 7.5 }, { ord: 1, score: 5.47 }, { ord: 2, score: 9 }, { ord: 3, score: 2 }];
    belowTyped(hits, new Set([0, 2]));
    assert.deepEqual(hits.filter((h) => h.ord === 1 || h.ord === 3).map((h) => h.score), [5.47, 2]);
    assert.ok(hits[2].score > hits[0].score && hits[2].score < 2);
  });

  it('its data: groups of two or more, no phrasing in two groups, none a stop word or a copy of another by stem', () => {
    const seen = new Map<string, number>();
    NEAR_SYNONYMS.forEach((g, i) => {
      assert.ok(g.length >= 2, g.join(' / '));
      for (const p of g) {
        const k = words(p).map(stem).join(' ');
        assert.ok(!(words(p).length === 1 && isStopWord(p)), p);
        assert.ok(!seen.has(k) || seen.get(k) === i, `${p} is in two groups`);
        assert.ok(!g.some((q) => q !== p && words(q).map(stem).join(' ') === k), `${p} repeats another phrasing of its group`);
        seen.set(k, i);
      }
    });
    for (const [short, ...long] of FIELD_ACRONYMS) {
      assert.match(short, /^[A-Z]{2,6}$/, short);
      assert.ok(long.length >= 1);
    }
  });

  it("an acronym's field names join the taxonomy's: IHL is also the law of armed conflict and the laws of war (ICRC)", () => {
    const synonyms = synonymMap([['IHL', 'international humanitarian law'], ...FIELD_ACRONYMS.map((g) => [...g])]);
    for (const alt of ['international humanitarian law', 'law of armed conflict', 'laws of war']) assert.ok(synonyms.get('ihl')?.includes(alt), alt);
    assert.ok(synonyms.get('law of armed conflict')?.includes('loac'));
  });

  it('groups only phrasings of the same thing, not related or narrower concepts (review13)', () => {
    const together = (a: string, b: string) => NEAR_SYNONYMS.some((g) => g.includes(a) && g.includes(b));
    for (const [a, b] of [['people in need', 'affected populations'], ['civilian casualties', 'civilian harm'], ['local NGOs', 'local actors'],
      ['denial of access', 'access constraints'], ['public criticism', 'naming and shaming']]) assert.ok(!together(a, b), `${a} / ${b}`);
  });

  it('a question\'s "work together" is also searched as collaboration and cooperation, and they are not reworded back (search22)', () => {
    const map = thesaurusMap(NEAR_SYNONYMS);
    // the verb phrase in any number of its noun ("working together" is a form the stems leave apart: not listed)
    assert.deepEqual(thesaurusAlts(map, words('work together')), ['collaboration', 'cooperation']);
    // the one-word phrasings name the same joint work; a word of the phrase alone is not it
    assert.deepEqual(thesaurusAlts(map, words('together')), []);
    assert.deepEqual(thesaurusAlts(map, words('work')), []);
    // coordination is a related thing, not joint work: not in the group
    assert.ok(!NEAR_SYNONYMS.some((g) => g.includes('work together') && g.includes('coordination')));
  });

  it('does not expand a narrower or other thing, nor an acronym the field reads two ways (review15)', () => {
    const map = thesaurusMap(NEAR_SYNONYMS);
    for (const phrase of ['humanitarian pause', 'humanitarian ceasefire', 'social protection', 'senior officials', 'cash and voucher assistance']) {
      assert.deepEqual(thesaurusAlts(map, words(phrase)), [], phrase);
    }
    assert.ok(!thesaurusAlts(map, words('safety nets')).includes('social protection'));
    assert.ok(!thesaurusAlts(map, words('senior leaders')).includes('senior officials'));
    const acronyms = synonymMap(FIELD_ACRONYMS.map((g) => [...g]));
    for (const short of ['usg', 'asg', 'iac', 'rrm', 'pcc', 'cva']) assert.equal(acronyms.get(short), undefined, short);
    assert.equal(acronyms.get('under secretary general'), undefined);
  });

  const doc = (id: string): DocumentRecord => ({
    id, csl: { id, type: 'report', title: id }, provenance: {}, file: `${id}.txt`, format: 'txt', hash: '',
    pages: null, pageLabels: null, passageCount: 0, tags: { actor: [], theme: [], place: [], kind: [] }, furniture: { removed: 0, kinds: {} }, outline: [],
  });
  const texts = [
    'Attacks on humanitarian staff rose in the north.',
    'Aid workers in the north were attacked on the road to the camps, the report says.',
    'The aid budget was cut and workers in the ministry left.',
    'The Emergency Relief Coordinator briefed the Council.',
    'Humanitarian assistance reached the camps.',
    ...Array.from({ length: 20 }, (_, i) => `Other work ${i} on shelter and camps.`),
  ];
  const passages: Passage[] = texts.map((text, i) => ({
    id: `p${i}`, doc: `d${i}`, ordinal: i, block: i, text, section: [], page: null, physicalPage: null, start: 0, end: text.length,
    kind: 'finding', blockType: 'paragraph', actors: [], themes: [], places: [], evidence: [],
  }));
  const documents = new Map(passages.map((p) => [p.doc, doc(p.doc)]));

  for (const name of Object.keys(ENGINE_MODULES) as (keyof typeof ENGINE_MODULES)[]) {
    const store = new MemoryPassageStore(passages);
    const engine = ENGINE_MODULES[name].inMemory(passages.map((p, ordinal) => ({ ordinal, text: p.text, section: '', title: '', author: '' })));
    const ctx: SearchContext = {
      passages: store, documents, engine, facets: new FacetIndex(store, documents, loadTaxonomy()), vocabulary: new Vocabulary([]),
      synonyms: synonymMap([['ERC', 'Emergency Relief Coordinator']]),
      thesaurus: thesaurusMap([['aid workers', 'humanitarian staff'], ['humanitarian aid', 'humanitarian assistance', 'emergency relief']]),
      citing: new Map(),
    };
    const run = (q: string, options: RankingOptions = RANKING) => runSearch(ctx, { q, filters: {}, page: 1, size: 10, sort: 'relevance', perDoc: 0 }, options);
    const ids = (q: string, options: RankingOptions = RANKING) => run(q, options).hits.map((h) => h.passage.id);

    it(`${name}: "aid workers" also finds "humanitarian staff", below the passage that says it as typed, and says so`, () => {
      const got = ids('aid workers');
      assert.equal(got[0], 'p1', 'the words typed first, although the other passage is shorter');
      assert.ok(got.includes('p0'), 'the field’s other phrasing is found');
      assert.ok(got.indexOf('p0') > got.indexOf('p1'));
      assert.ok(run('aid worker').query.expansions?.includes('humanitarian staff'), 'an inflection typed finds the group');
      assert.ok(!ids('aid workers', { ...RANKING, thesaurus: 0 }).includes('p0'), 'thesaurus 0: off');
    });

    it(`${name}: a passage found only by the thesaurus ranks below every passage holding the words typed (review13)`, () => {
      // the reworded passage is the shorter, so its engine score is the higher
      const local: Passage[] = ['Warring parties in the north and the south and the east refused again and again to let the convoys of food pass the lines they held, the mission reported over years.',
        'Belligerents blocked convoys.', ...Array.from({ length: 20 }, (_, i) => `Other work ${i} on shelter and camps.`)].map((text, i) => ({ ...passages[0], id: `w${i}`, doc: `d${i}`, ordinal: i, block: i, text, end: text.length }));
      const localStore = new MemoryPassageStore(local);
      const localEngine = ENGINE_MODULES[name].inMemory(local.map((p, ordinal) => ({ ordinal, text: p.text, section: '', title: '', author: '' })));
      const lctx: SearchContext = { ...ctx, passages: localStore, engine: localEngine, documents: new Map(local.map((p) => [p.doc, doc(p.doc)])),
        facets: new FacetIndex(localStore, new Map(local.map((p) => [p.doc, doc(p.doc)])), loadTaxonomy()), thesaurus: thesaurusMap([['warring parties', 'belligerents']]) };
      const got = runSearch(lctx, { q: 'warring parties', filters: {}, page: 1, size: 10, sort: 'relevance', perDoc: 0 }, RANKING).hits.map((h) => h.passage.id);
      assert.deepEqual(got.slice(0, 2), ['w0', 'w1']);
      // sorted by date (one year here), the same: the date sort scores a year's hits only when its pages reach them
      const byDate = runSearch(lctx, { q: 'warring parties', filters: {}, page: 1, size: 10, sort: 'date', perDoc: 0 }, RANKING).hits.map((h) => h.passage.id);
      assert.deepEqual(byDate.slice(0, 2), ['w0', 'w1']);
    });

    it(`${name}: the thesaurus takes at most QUERY_LIMITS.thesaurusExpansions rewordings, after a quoted phrase's own acronym (review13)`, () => {
      const wide: SearchContext = { ...ctx, thesaurus: thesaurusMap(NEAR_SYNONYMS) };
      // the library holds three of the other phrasings (humanitarian staff; humanitarian assistance, emergency relief): two are searched
      const r = runSearch(wide, { q: '"Emergency Relief Coordinator" aid workers humanitarian aid', filters: {}, page: 1, size: 10, sort: 'relevance', perDoc: 0 }, RANKING);
      const got = r.query.expansions ?? [];
      assert.ok(got.includes('erc'), `the quoted phrase's acronym is searched: ${got.join(' / ')}`);
      const near = got.filter((e) => NEAR_SYNONYMS.some((g) => g.some((p) => words(p).join(' ') === e)));
      assert.equal(near.length, QUERY_LIMITS.thesaurusExpansions, got.join(' / '));
    });

    it(`${name}: the thesaurus's slots go to the phrasings the library uses most, not the list's first; unused ones are not searched`, () => {
      const texts = ['Warring parties blocked the road.', 'Belligerents blocked convoys.', 'The belligerents agreed a pause.', 'Belligerents shelled the town.',
        'Parties to the conflict met once.', ...Array.from({ length: 20 }, (_, i) => `Other work ${i} on shelter and camps.`)];
      const local: Passage[] = texts.map((text, i) => ({ ...passages[0], id: `u${i}`, doc: `d${i}`, ordinal: i, block: i, text, end: text.length }));
      const localStore = new MemoryPassageStore(local);
      const localDocs = new Map(local.map((p) => [p.doc, doc(p.doc)]));
      const counts = new Map<string, number>();
      for (const t of texts) for (const w of words(t)) counts.set(w, (counts.get(w) ?? 0) + 1);
      const lctx: SearchContext = { ...ctx, passages: localStore, documents: localDocs, facets: new FacetIndex(localStore, localDocs, loadTaxonomy()), vocabulary: new Vocabulary([...counts]),
        engine: ENGINE_MODULES[name].inMemory(local.map((p, ordinal) => ({ ordinal, text: p.text, section: '', title: '', author: '' }))),
        thesaurus: thesaurusMap([['warring parties', 'conflict parties', 'parties to conflict', 'parties to the conflict', 'belligerents']]) };
      assert.deepEqual(byUse(['conflict parties', 'parties to the conflict', 'belligerents'], lctx), ['belligerents', 'parties to the conflict'], 'by use, the unused left out');
      const r = runSearch(lctx, { q: 'warring parties', filters: {}, page: 1, size: 10, sort: 'relevance', perDoc: 0 }, RANKING);
      assert.deepEqual(r.query.expansions, ['belligerents', 'parties to the conflict']);
      assert.equal(r.hits[0].passage.id, 'u0', 'the words typed still first');
      assert.ok(['u1', 'u2', 'u3'].every((id) => r.hits.some((h) => h.passage.id === id)), 'the library\'s own word is found');
    });

    it(`${name}: a phrasing the library already holds in thesaurusBelow passages or more is not reworded`, () => {
      // "aid workers" is in one passage here: below 2 it is reworded, at 1 it is the library's own phrasing
      assert.ok(ids('aid workers', { ...RANKING, thesaurusBelow: 2 }).includes('p0'));
      assert.ok(!ids('aid workers', { ...RANKING, thesaurusBelow: 1 }).includes('p0'));
      assert.equal(run('aid workers', { ...RANKING, thesaurusBelow: 1 }).query.expansions, undefined);
      // a phrasing the library lacks is always reworded
      assert.ok(ids('humanitarian staff', { ...RANKING, thesaurusBelow: 1 }).includes('p1') === false, 'held once: not reworded');
      assert.ok(ids('humanitarian aid', { ...RANKING, thesaurusBelow: 1 }).includes('p4'), 'held by none: reworded');
    });

    it(`${name}: the words of a name the taxonomy knows are not reworded ("Emergency Relief Coordinator" is not "emergency relief")`, () => {
      const r = run('Emergency Relief Coordinator');
      assert.ok(!(r.query.expansions ?? []).some((e) => e.includes('humanitarian')), String(r.query.expansions));
      assert.ok(!r.hits.some((h) => h.passage.id === 'p4'));
      assert.ok(ids('emergency relief').includes('p4'), 'said alone, it is the phrase');
    });
  }
});
