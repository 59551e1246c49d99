import assert from 'node:assert/strict';
import type { DocumentRecord, Passage } from '../../core/types.js';
import { loadTaxonomy } from '../../core/taxonomy.js';
import { Bitset } from '../../server/search/bitset.js';
import { authorKey, FacetIndex, MAX_FACET_VALUES } from '../../server/search/facets.js';
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

  it('keys authors with accents by their folded letters, and still resolves the keys of old links (userreview11)', () => {
    assert.equal(authorKey({ family: 'Lefèvre', given: 'Élodie' }).id, 'lefevre-elodie');
    assert.equal(authorKey({ family: 'Muñoz', given: 'José' }).id, 'munoz-jose');
    assert.equal(authorKey({ family: 'Иванов', given: 'Пётр' }).id, 'иванов-пётр', 'ё is a letter of its own, as folding keeps it');
    assert.equal(authorKey({ family: 'Metcalfe-Hough', given: 'Victoria' }).id, 'metcalfe-hough-victoria');
    const withAccents = new Map([
      ['a', { ...doc('a', 2020), csl: { ...doc('a', 2020).csl, author: [{ family: 'Lefèvre', given: 'Élodie' }, { family: 'Muñoz', given: 'José' }] } }],
      ['b', doc('b', 2021)],
    ]);
    const f = new FacetIndex(new MemoryPassageStore(passages), withAccents, loadTaxonomy());
    assert.equal(f.resolve('author', 'lefevre-elodie'), 'lefevre-elodie');
    // the ids made before, accents cut into hyphens
    assert.equal(f.resolve('author', 'lefe-vre-e-lodie'), 'lefevre-elodie');
    assert.equal(f.resolve('author', 'mun-oz-jose'), 'munoz-jose');
    assert.equal(f.resolve('author', 'smith-ann'), 'smith-ann');
    assert.equal(f.resolve('author', 'lefe-vre'), undefined);
  });

  it('keeps apart authors whose names differ by a vowel sign or a voicing mark, and resolves old ids of letters NFKD does not split (review11)', () => {
    assert.notEqual(authorKey({ family: 'राम', given: 'श्याम' }).id, authorKey({ family: 'रम', given: 'श्याम' }).id);
    assert.equal(authorKey({ family: 'राम', given: 'श्याम' }).id, 'राम-श्याम');
    assert.notEqual(authorKey({ family: '佐藤', given: 'ガ' }).id, authorKey({ family: '佐藤', given: 'カ' }).id);
    assert.equal(authorKey({ family: 'Wałęsa', given: 'Lech' }).id, 'wałesa-lech');
    assert.equal(authorKey({ family: 'Ｓｍｉｔｈ', given: 'Ｊ' }).id, 'smith-j');
    const withNames = new Map([
      ['a', { ...doc('a', 2020), csl: { ...doc('a', 2020).csl, author: [{ family: 'Wałęsa', given: 'Lech' }, { family: 'Иванов', given: 'Пётр' }, { family: 'राम', given: 'श्याम' }, { family: 'रम', given: 'श्याम' }] } }],
      ['b', doc('b', 2021)],
    ]);
    const f = new FacetIndex(new MemoryPassageStore(passages), withNames, loadTaxonomy());
    // the id the first slug made (every letter but a-z0-9 after NFKD cut into a hyphen)
    assert.equal(f.resolve('author', 'wa-e-sa-lech'), 'wałesa-lech');
    assert.equal(f.resolve('author', 'walesa-lech'), undefined, 'l is not ł');
    // the id the last change made (ё split into е and its mark, the mark dropped)
    assert.equal(f.resolve('author', 'иванов-петр'), 'иванов-пётр');
    assert.equal(f.resolve('author', 'रम-श्याम'), 'रम-श्याम');
    assert.equal(f.resolve('author', 'राम-श्याम'), 'राम-श्याम');
    // an id the last change made of either name is either's: neither answers
    assert.equal(f.resolve('author', 'रम-शयम'), undefined);
  });

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

  it('lists the most frequent values up to a limit, chosen ones always, and says how many it left out', () => {
    const { facets, more } = fx.apply(all, { theme: { include: ['accountability'], exclude: [] } }, 1);
    // displacement (2) is the most frequent theme; accountability is listed because it is chosen
    assert.deepEqual(facets.theme.map((v) => v.id), ['displacement', 'accountability']);
    assert.equal(more.theme, 1);
    assert.deepEqual(fx.apply(all, {}).more, {});
  });

  it('filters years by value or range, and knows document facets', () => {
    assert.deepEqual([...fx.apply(all, { year: { include: ['2021'], exclude: [] } }).result], [2, 3]);
    assert.deepEqual([...fx.apply(all, { year: { include: ['2019-2020'], exclude: [] } }).result], [0, 1]);
    assert.equal(fx.knows('type', 'article-journal'), true);
    assert.equal(fx.knows('actor', 'not-an-actor'), false);
    assert.equal(fx.knows('year', '20x1'), false);
  });
});

describe('facets at scale', () => {
  // a library of 400 documents, 50 passages each, tagged pseudo-randomly
  const rnd = (() => {
    let x = 12345;
    return () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
  })();
  const taxonomy = loadTaxonomy();
  const pick = <T>(xs: readonly T[], n: number) => Array.from({ length: n }, () => xs[Math.floor(rnd() * xs.length)]);
  const actorIds = taxonomy.actors.map((a) => a.id);
  const themeIds = taxonomy.themes.map((t) => t.id);
  const docs = new Map(Array.from({ length: 400 }, (_, i) => {
    const d = doc(`d${i}`, 2000 + (i % 25), i % 3 ? 'report' : 'article-journal');
    d.csl.author = [{ family: `Author${i % 37}`, given: 'A' }];
    return [d.id, d] as const;
  }));
  const passages = [...docs.keys()].flatMap((d, i) => Array.from({ length: 50 }, (_, k) => passage(i * 50 + k, d, [...new Set(pick(actorIds, Math.floor(rnd() * 3)))], [...new Set(pick(themeIds, 1 + Math.floor(rnd() * 2)))])));
  const fx = new FacetIndex(new MemoryPassageStore(passages), docs, taxonomy);
  const hits = Bitset.of(passages.length, passages.map((_, i) => i).filter(() => rnd() < 0.3));

  /** A facet's counts the slow way: every passage of the base asked for its values. */
  const valuesOf = (p: Passage, f: string): string[] => {
    const d = docs.get(p.doc)!;
    if (f === 'actor') return p.actors;
    if (f === 'theme') return p.themes;
    if (f === 'kind') return [p.kind];
    if (f === 'doc') return [p.doc];
    if (f === 'year') return [String(d.csl.issued!['date-parts']![0][0])];
    if (f === 'type') return [d.csl.type];
    if (f === 'author') return ['author' + d.csl.author![0].family!.slice(6) + '-a'];
    return [];
  };

  it('counts every facet as a walk over the passages would, with filters in several facets', () => {
    const filters = { theme: { include: [themeIds[0], themeIds[1]], exclude: [] }, year: { include: ['2003-2012'], exclude: ['2005'] }, doc: { include: [], exclude: ['d7'] } };
    const { result, facets } = fx.apply(hits, filters, MAX_FACET_VALUES);
    const allowed = (p: Passage, except: string) =>
      (except === 'theme' || p.themes.some((t) => filters.theme.include.includes(t))) &&
      (except === 'year' || (Number(valuesOf(p, 'year')[0]) >= 2003 && Number(valuesOf(p, 'year')[0]) <= 2012 && valuesOf(p, 'year')[0] !== '2005')) &&
      (except === 'doc' || p.doc !== 'd7');
    assert.deepEqual([...result], [...hits].filter((o) => allowed(passages[o], '')));
    for (const f of ['actor', 'theme', 'kind', 'doc', 'year', 'type', 'author']) {
      const expected = new Map<string, number>();
      for (const o of hits) if (allowed(passages[o], f)) for (const v of valuesOf(passages[o], f)) expected.set(v, (expected.get(v) ?? 0) + 1);
      const got = new Map(facets[f as keyof typeof facets].filter((v) => v.count > 0 && !(f === 'year' && v.id.includes('-'))).map((v) => [v.id, v.count]));
      assert.deepEqual(got, expected, f);
      // a chosen range is shown with the passages it would give
      if (f === 'year') assert.equal(facets.year.find((v) => v.id === '2003-2012')?.count, [...expected].filter(([y]) => y >= '2003' && y <= '2012').reduce((n, [, c]) => n + c, 0));
    }
  });

  it('holds a few bytes per passage: no set per document or per value', () => {
    // 20,000 passages: one bitset per document alone would be 400 × 2.5 kB = 1 MB
    assert.ok(fx.bytes < 40 * passages.length, `${fx.bytes} bytes for ${passages.length} passages`);
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

  it('counts ranges, finds its span, and walks its members as the iterator does', () => {
    const members = [0, 5, 31, 32, 33, 63, 64, 95, 96, 150, 199];
    const a = Bitset.ofArray(200, members);
    for (let first = 0; first <= 200; first += 7) {
      for (let end = first; end <= 200; end += 5) assert.equal(a.countRange(first, end), members.filter((m) => m >= first && m < end).length, `[${first}, ${end})`);
    }
    assert.deepEqual(a.span(), { first: 0, end: 200 });
    assert.deepEqual(Bitset.of(200, [40, 70]).span(), { first: 40, end: 71 });
    assert.deepEqual(new Bitset(200).span(), { first: 0, end: 0 });
    const walked: number[] = [];
    a.forEach((i) => walked.push(i));
    assert.deepEqual(walked, [...a]);
    a.delete(31);
    a.orInPlace(Bitset.of(200, [7]));
    assert.deepEqual([...a], [0, 5, 7, 32, 33, 63, 64, 95, 96, 150, 199]);
  });
});
