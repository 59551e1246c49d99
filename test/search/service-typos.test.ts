import assert from 'node:assert/strict';
import { ENGINE_NAMES, fixtureContext, fixtureLibrary, type EngineName } from '../helpers/service-fixture.js';
import { runSearch, type SearchContext, type SearchRequest } from '../../server/search/service.js';
import { Vocabulary } from '../../server/search/vocabulary.js';

// Typo tolerance and corrections against a large library's vocabulary (search20), through the
// service on every engine: a library whose documents hold their own slips ("goup") and names
// written once ("Nyiba") beside the words they resemble.

const texts = [
  'Protection of civilians in Mali depends on the mission.',
  'Protecting civilians was the mandate of peacekeepers in Mali.',
  'The protection cluster met armed groups in the north.',
  'One goup of fighters left the town.',
  'Nyiba was the village the convoy reached.',
  ...Array.from({ length: 30 }, (_, i) => `Armed groups ${i} met Nyina elders and sick villagers about protection.`),
  'What the mission protects is contested.',
  'Humanitarian access was denied to the convoy.',
  'Humanitarian access and the protection of civilians.',
];
const library = fixtureLibrary(texts);

function context(engineName: EngineName): SearchContext {
  const counts = new Map<string, number>();
  for (const t of texts) for (const w of t.toLowerCase().match(/\p{L}+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return { ...fixtureContext(library, engineName), vocabulary: new Vocabulary([...counts]) };
}

const request = (q: string): SearchRequest => ({ q, filters: {}, page: 1, size: 40, sort: 'relevance', perDoc: 0 });

describe('typos against a library\'s own vocabulary, through the search service (search20)', () => {
  for (const name of ENGINE_NAMES) {
    describe(name, () => {
      const ctx = context(name);
      it('word~N matches the corpus words as written within N edits ("protectoin~2": 1 from protection, 3 from its stem)', () => {
        const r = runSearch(ctx, request('protectoin~2'));
        assert.equal(r.total, 35);
        assert.ok(r.marks.words.includes('protect'), r.marks.words.join());
        // required, beside another required word
        assert.deepEqual(runSearch(ctx, request('+protectoin~1 +mali')).hits.map((h) => h.passage.id).sort(), ['p0', 'p1']);
        // excluded
        assert.equal(runSearch(ctx, request('civilians -protectoin~1')).total, 0);
        assert.equal(runSearch(ctx, request('mali -protectoin~1')).total, 0);
      });
      it('corrects a slip the index knows only through another slip\'s stem, when the correction finds clearly more ("goups")', () => {
        const r = runSearch(ctx, request('goups'));
        assert.deepEqual(r.query.corrections, { goups: 'groups' });
        assert.equal(r.total, 31);
      });
      it('never corrects a name the library writes, however rarely ("nyiba" is no slip of "nyina")', () => {
        const r = runSearch(ctx, request('nyiba'));
        assert.equal(r.query.corrections, undefined);
        assert.deepEqual(r.hits.map((h) => h.passage.id), ['p4']);
      });
      it('never corrects a word of English the library lacks ("stick" is no slip of "sick"), and corrects a slip of a question word ("waht")', () => {
        assert.equal(runSearch(ctx, request('stick')).query.corrections, undefined);
        const q = runSearch(ctx, request('waht is protection in mali'));
        assert.deepEqual(q.query.corrections, { waht: 'what' });
        assert.ok(q.query.ignored?.includes('what'), JSON.stringify(q.query));
      });
      it('puts back a dropped space: two corpus words written side by side, searched as two terms (issue 14)', () => {
        const r = runSearch(ctx, request('Humanitarianaccess convoy'));
        assert.deepEqual(r.query.corrections, { humanitarianaccess: 'humanitarian access' });
        assert.equal(r.query.correctedQuery, 'Humanitarian access convoy');
        assert.equal(r.hits[0]?.passage.id, 'p36');
        // a stop word split off beside a corpus word
        assert.deepEqual(runSearch(ctx, request('protection ofcivilians')).query.corrections, { ofcivilians: 'of civilians' });
      });
      it('shows a dropped space put back as the query that was searched: sign, field, boost and AND on both words (review26)', () => {
        for (const [typed, shown] of [
          ['+humanitarianaccess', '+humanitarian +access'],
          ['title:humanitarianaccess', 'title:humanitarian title:access'],
          ['humanitarianaccess^2 convoy', 'humanitarian^2 access^2 convoy'],
          ['humanitarianaccess AND convoy', 'humanitarian AND access AND convoy'],
          ['convoy AND humanitarianaccess', 'convoy AND humanitarian AND access'],
          ['Humanitarianaccess convoy', 'Humanitarian access convoy'],
        ]) {
          const r = runSearch(ctx, request(typed));
          assert.equal(r.query.correctedQuery, shown, typed);
          // the query shown, searched again, finds what the corrected search found
          const again = runSearch(ctx, request(shown));
          assert.deepEqual([again.total, again.hits.map((h) => h.passage.id)], [r.total, r.hits.map((h) => h.passage.id)], typed);
        }
      });
      it('counts a dropped space\'s phrases once a query: a joined word typed four times costs what it costs once (review26)', () => {
        // the phrase count reads the passages holding both words (or asks the phrase index):
        // what the correction costs is that work beyond the same query typed with its spaces
        let reads = 0;
        const counted = <T extends object>(target: T, names: string[]): T =>
          new Proxy(target, {
            get(t, key, receiver) {
              const v: unknown = Reflect.get(t, key, receiver);
              if (typeof v !== 'function') return v;
              return (...args: unknown[]) => {
                if (names.includes(String(key))) reads++;
                return (v as (...a: unknown[]) => unknown).apply(t, args);
              };
            },
          });
        const engine = ctx.engine.phrases ? Object.assign(Object.create(ctx.engine) as typeof ctx.engine, { phrases: counted(ctx.engine.phrases, ['holding']) }) : ctx.engine;
        const watched: SearchContext = { ...ctx, engine, passages: counted(ctx.passages, ['brief']) };
        const extra = (times: number) => {
          reads = 0;
          const joined = runSearch(watched, request(Array(times).fill('humanitarianaccess').join(' ')));
          assert.deepEqual(joined.query.corrections, { humanitarianaccess: 'humanitarian access' });
          const before = reads;
          reads = 0;
          runSearch(watched, request(Array(times).fill('humanitarian access').join(' ')));
          return before - reads;
        };
        const once = extra(1);
        assert.ok(once > 0, 'the correction counted no phrase');
        assert.equal(extra(4), once);
      });
    });
  }
});
