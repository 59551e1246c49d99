import assert from 'node:assert/strict';
import { ENGINE_NAMES, fixtureContext, fixtureLibrary } from '../helpers/service-fixture.js';
import { identifierOf, quoteIdentifiers } from '../../core/analysis.js';
import { parseQuery } from '../../server/search/query-parser.js';
import { runSearch, type SearchContext, type SearchRequest } from '../../server/search/service.js';
import { snippet } from '../../server/search/snippet.js';
import { stem } from '../../core/analysis.js';

// Identifiers a researcher types (issue 14, a student's finding 8: "S/2023/345" found any "S",
// "2023" and "345" and marked a lone "S"): each found as the run of its parts on every engine,
// never corrected, marked whole; and a missing one said so, with nothing looser offered.

const texts = [
  /* p0 */ 'The Secretary-General reported to the Council (S/2023/345) on children and armed conflict.',
  /* p1 */ 'In S/2023/346 the Council was told of attacks on schools in 2023.',
  /* p2 */ 'Resolution 2417 (2018) condemns starvation of civilians as a method of warfare.',
  /* p3 */ 'The General Assembly adopted the World Summit Outcome (A/RES/60/1) in 2005.',
  /* p4 */ 'The draft A/HRC/50/L.12 was tabled at the fiftieth session.',
  /* p5 */ 'A presidential statement, S/PRST/2022/1, addressed the protection of civilians.',
  /* p6 */ 'See E/CN.4/1998/53/Add.2, the Guiding Principles on Internal Displacement.',
  /* p7 */ 'UNSCR 1325 set the women, peace and security agenda.',
  /* p8 */ 'The article is at doi 10.7227/JHA.2023.0042 in the journal.',
  /* p9 */ 'ISBN 978-1-84369-812-3 is the handbook.',
  /* p10 */ 'HPG Working Paper 12 looks at local faces of aid.',
  /* p11 */ 'Common Article 3 of the Geneva Conventions applies to non-international armed conflict.',
  /* p12 */ 'Art. 70 AP I governs relief actions.',
  /* p13 */ 'S is a letter; 2023 was a year; the page 345 of the book, and 1 of 60 resolutions.',
  /* p14 */ 'Security Council resolution 1325 (2000) on women, adopted on 31/10/2000.',
  /* p15 */ 'Children and armed conflict in 2023: the Council was told again.',
];
const library = fixtureLibrary(texts);
const request = (q: string): SearchRequest => ({ q, filters: {}, page: 1, size: 20, sort: 'relevance', perDoc: 0 });
const contexts = new Map(ENGINE_NAMES.map((name) => [name, fixtureContext(library, name)]));
const search = (ctx: SearchContext, q: string) => runSearch(ctx, request(q));
const ids = (ctx: SearchContext, q: string) => search(ctx, q).hits.map((h) => h.passage.id);

describe('document identifiers typed as a query', () => {
  it('recognises UN symbols, DOIs, ISBNs, figures joined by slashes and dates, not prose with a slash or hyphen', () => {
    for (const id of ['S/2023/345', 'A/RES/60/1', 'A/HRC/50/L.12', 'S/PRST/2022/1', 'E/CN.4/1998/53/Add.2', 'a/res/60/1', '10.7227/JHA.2023.0042', '978-1-84369-812-3', '0-19-852663-6', '12/05/2023', '2023-05-12', '46/182', '24/7'])
      assert.equal(identifierOf(id), id, id);
    assert.equal(identifierOf('https://doi.org/10.7227/JHA.2023.0042'), '10.7227/JHA.2023.0042');
    assert.equal(identifierOf('S/2023/345.'), 'S/2023/345', 'a full stop after it ends the sentence');
    for (const prose of ['IHL/IHRL', 'and/or', 'COVID-19', 'humanitarian-development', 'UN/OCHA/WFP', '1-2-3', 'protection']) assert.equal(identifierOf(prose), undefined, prose);
  });

  it('quotes an identifier typed bare, its sign outside, and leaves quoted text and fields alone', () => {
    assert.equal(quoteIdentifiers('children S/2023/345'), 'children "S/2023/345"');
    assert.equal(quoteIdentifiers('-S/2023/345 +A/RES/60/1'), '-"S/2023/345" +"A/RES/60/1"');
    assert.equal(quoteIdentifiers('"report S/2023/345" title:S/2023/345'), '"report S/2023/345" title:S/2023/345');
    const parsed = parseQuery('S/2023/345', ['text', 'title']);
    assert.deepEqual(parsed.phrases, [{ text: 's 2023 345', presence: 'required', identifier: 'S/2023/345' }]);
    assert.ok(parsed.terms.every((t) => t.quoted && t.identifier && t.presence === 'required'));
    assert.deepEqual(parsed.warnings, []);
  });

  for (const name of ENGINE_NAMES) {
    const ctx = contexts.get(name)!;

    it(`${name}: finds each identifier as written, only where it is written (finding 8)`, () => {
      const cases: [string, string[]][] = [
        ['S/2023/345', ['p0']],
        ['s/2023/345', ['p0']],
        ['A/RES/60/1', ['p3']],
        ['A/HRC/50/L.12', ['p4']],
        ['S/PRST/2022/1', ['p5']],
        ['E/CN.4/1998/53/Add.2', ['p6']],
        ['10.7227/JHA.2023.0042', ['p8']],
        ['doi:10.7227/JHA.2023.0042', ['p8']],
        ['978-1-84369-812-3', ['p9']],
        ['31/10/2000', ['p14']],
        // a General Assembly resolution by session and number, inside its symbol; "1 of 60" is not it
        ['60/1', ['p3']],
      ];
      for (const [q, want] of cases) {
        const r = search(ctx, q);
        assert.deepEqual(r.hits.map((h) => h.passage.id), want, q);
        assert.deepEqual(r.query.warnings, [], q);
        assert.equal(r.query.correctedQuery, undefined, q);
      }
    });

    it(`${name}: marks the identifier whole in the snippet, not a lone "S"`, () => {
      assert.match(search(ctx, 'S/2023/345').hits[0].snippet, /\(<mark>S\/2023\/345<\/mark>\)/);
      assert.match(search(ctx, 'A/HRC/50/L.12').hits[0].snippet, /<mark>A\/HRC\/50\/L\.12<\/mark> was/);
      assert.match(search(ctx, 'E/CN.4/1998/53/Add.2').hits[0].snippet, /<mark>E\/CN\.4\/1998\/53\/Add\.2<\/mark>,/);
      assert.match(search(ctx, '10.7227/JHA.2023.0042').hits[0].snippet, /<mark>10\.7227\/JHA\.2023\.0042<\/mark>/);
      assert.match(search(ctx, '978-1-84369-812-3').hits[0].snippet, /ISBN <mark>978-1-84369-812-3<\/mark>/);
    });

    it(`${name}: an identifier with other words narrows to it; its parts alone are still words`, () => {
      assert.deepEqual(ids(ctx, 'children S/2023/345'), ['p0']);
      // a part typed alone is a word like any other
      assert.deepEqual(ids(ctx, 'PRST'), ['p5']);
      assert.ok(ids(ctx, '2023').includes('p0'));
      // excluded as a whole: the passage with its parts apart stays
      const without = ids(ctx, '2023 -S/2023/345');
      assert.ok(!without.includes('p0') && without.includes('p13') && without.includes('p1'), without.join());
    });

    it(`${name}: no "near" filler of its parts apart below an identifier, typed bare or quoted`, () => {
      for (const q of ['S/2023/345', '"S/2023/345"']) {
        const r = runSearch(ctx, { ...request(q), near: true });
        assert.deepEqual(r.hits.map((h) => h.passage.id), ['p0'], q);
        assert.equal(r.query.nearMatches, undefined, q);
      }
    });

    it(`${name}: an identifier no passage holds is said whole, neither corrected nor loosened to its parts`, () => {
      const r = search(ctx, 'S/2023/347');
      assert.equal(r.total, 0);
      assert.deepEqual(r.query.warnings, ['No passage mentions S/2023/347: an identifier is searched as written.']);
      assert.equal(r.query.correctedQuery, undefined);
      assert.equal(r.query.suggestions, undefined, 'no "s 2023 347" of loose words');
      const withWords = search(ctx, 'children S/2023/347');
      assert.deepEqual(withWords.query.suggestions?.map((s) => s.q), ['children']);
    });

    it(`${name}: references of several words rank the passage that writes them first`, () => {
      assert.equal(ids(ctx, 'resolution 2417 (2018)')[0], 'p2');
      assert.equal(ids(ctx, 'UNSCR 1325')[0], 'p7');
      assert.ok(ids(ctx, 'UNSCR 1325').includes('p14'), 'resolution 1325 written out is found too');
      assert.equal(ids(ctx, 'Article 3 common')[0], 'p11');
      assert.equal(ids(ctx, 'Art. 70 AP I')[0], 'p12');
      assert.equal(ids(ctx, 'HPG Working Paper 12')[0], 'p10');
    });
  }

  it('marks a phrase run joined by slashes whole, and words marked alone apart', () => {
    const text = 'The IHL/IHRL debate, S/2023/345 and aide-memoire.';
    assert.equal(snippet(text, new Set(['ihl', 'ihrl'])), 'The <mark>IHL</mark>/<mark>IHRL</mark> debate, S/2023/345 and aide-memoire.');
    assert.equal(snippet(text, new Set(), [], 40, [['s', '2023', '345'].map((w) => stem(w))]), 'The IHL/IHRL debate, <mark>S/2023/345</mark> and aide-memoire.');
  });
});
