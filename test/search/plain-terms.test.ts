import assert from 'node:assert/strict';
import { Fts5Engine } from '../../core/engines/fts5.js';
import type { EngineClause } from '../../core/engines/engine.js';
import { PASSAGE_FIELDS } from '../../core/search-fields.js';
import { decodePostings, encodePostings, type Postings } from '../../core/build/term-postings.js';
import { PlainTermsScorer } from '../../core/engines/plain-terms.js';
import { rng } from '../helpers/fuzz.js';

// Queries of plain terms summed in JavaScript from the terms' postings (core/engines/plain-terms.ts)
// answer as FTS5 does: the same matches and the same scores to the last bit. FTS5's own answer
// is the same query with every clause restricted to the passage's own fields, which the engine
// leaves to FTS5 (a field is not plain) and which matches and scores exactly as a word typed
// without a field (core/search-fields.ts: not the document's title).

const WORDS = ['protection', 'civilians', 'security', 'council', 'mandate', 'advocacy', 'funding', 'donors', 'mission', 'peace', 'camps', 'rights', 'access', 'the', 'of'];
const random = rng(5);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
const docs = Array.from({ length: 400 }, (_, ordinal) => ({
  ordinal,
  text: Array.from({ length: 3 + Math.floor(random() * 30) }, () => pick(WORDS)).join(' '),
  section: random() < 0.3 ? pick(WORDS) : '',
  title: `${pick(WORDS)} report`,
  author: random() < 0.5 ? 'Mission Author' : 'Other',
}));

const passageFields = (clauses: EngineClause[]) => clauses.map((c) => ({ ...c, fields: [...PASSAGE_FIELDS] }));
const clause = (t: string): EngineClause => {
  const presence = t.startsWith('+') ? 'required' : t.startsWith('-') ? 'prohibited' : 'optional';
  const boost = /\^([\d.]+)$/.exec(t)?.[1];
  const term = t.replace(/^[+-]/, '').replace(/\^[\d.]+$/, '').replace(/~$/, '');
  return { term, presence, ...(t.replace(/\^[\d.]+$/, '').endsWith('~') ? { editDistance: 1 } : {}), ...(boost ? { boost: Number(boost) } : {}) };
};

const QUERIES = [
  'protection', 'protection civilians', 'council security mandate', 'rights rights', 'zanzibar', 'protection zanzibar',
  '+protection +civilians', '+protection civilians', '+council access camps', 'protection -camps', '+security +council -the -rights',
  'protectoin~ council', '+mision~ peace', 'the', '+the council', 'author', 'report mission',
  'protection^3 civilians', '+council^2 access camps', 'rights^1.6 -camps', 'protectoin~^4 council', 'peace^0.4 mission',
];

describe('plain terms summed from postings', () => {
  // postings for every term in two passages or more (the build keeps them from 2,000), and for none
  const engines = { postings: Fts5Engine.build(docs, { min: 2, length: 5 }), read: Fts5Engine.build(docs) };

  for (const [name, engine] of Object.entries(engines)) {
    it(`matches and scores as FTS5 (${name})`, () => {
      for (const q of QUERIES) {
        const clauses = q.split(' ').map(clause);
        const fts = engine.search(passageFields(clauses));
        assert.deepEqual([...engine.search(clauses)], [...fts], q);
        const ranked = engine.ranked!;
        assert.deepEqual(Array.from(ranked.matching(clauses)).sort((a, b) => a - b), [...fts.keys()].sort((a, b) => a - b), q);
        const bits = ranked.memberBits!(clauses);
        if (bits) assert.deepEqual([...Array(docs.length).keys()].filter((o) => (bits[o >>> 5] & (1 << (o & 31))) !== 0), [...fts.keys()].sort((a, b) => a - b), q);
        const among = [...fts.keys()].filter((o) => o % 3 === 0).sort((a, b) => a - b);
        assert.deepEqual(Array.from(ranked.matching(clauses, among)).sort((a, b) => a - b), among, q);
        for (const limit of [1, 7, 50, 1000]) {
          for (const scope of [{}, { accept: (o: number) => o % 2 === 0 }, { within: { first: 33, end: 180 }, accept: (o: number) => o >= 33 && o < 180 }, { among }]) {
            assert.deepEqual(ranked.best(clauses, limit, scope), ranked.best(passageFields(clauses), limit, scope), `${q} ${limit} ${JSON.stringify(scope)}`);
          }
        }
      }
    });
  }

  it('few matches against long postings: each looked up, the same floats as every posting added up', () => {
    const size = 50_000;
    const term = (n: number): Postings => {
      const ords = Uint32Array.from(new Set(Array.from({ length: n }, () => Math.floor(random() * size)))).sort();
      const values = Float64Array.from({ length: 40 }, () => random() * 7);
      return { ords, values, index: Uint16Array.from(ords, () => Math.floor(random() * values.length)) };
    };
    const [a, b, c] = [term(20_000), term(9_000), term(30)];
    const scorer = new PlainTermsScorer(size);
    // the reference: each match's parts added in the expression's order, from zero
    const expected = (phrases: Postings[], ords: ArrayLike<number>) =>
      Array.from(ords, (o) => phrases.reduce((s, p) => { const i = p.ords.indexOf(o); return i < 0 ? s : s + p.values[p.index[i]]; }, 0));
    for (const q of [
      { required: [[a], [b]], optional: [], prohibited: [], phrases: [a, b] },
      { required: [], optional: [[a], [b], [c]], prohibited: [], phrases: [a, b, c] },
      { required: [[b]], optional: [[a], [c]], prohibited: [c.ords], phrases: [b, a, c, b] },
    ]) {
      for (const among of [Uint32Array.from(new Set([...a.ords.filter((_, i) => i % 997 === 0), ...b.ords.slice(0, 5), ...c.ords, size - 1])).sort(), undefined]) {
        const { ords, scores } = scorer.matches(q, true, { among });
        assert.deepEqual(Array.from(scores!), expected(q.phrases, ords));
      }
    }
  });

  it('postings round-trip: ordinals, and scores negated as the engine ranks', () => {
    const ords = [0, 1, 127, 128, 300, 16_384, 2_000_000];
    const bm25 = [-1.5, -2.25, -1.5, -0.1, -7, -1.5, -2.25];
    const p = decodePostings(encodePostings(ords, bm25));
    assert.deepEqual([...p.ords], ords);
    assert.deepEqual([...p.index].map((i) => p.values[i]), bm25.map((s) => -s));
    assert.equal(p.bits, undefined);
  });

  it('postings of a dense term round-trip as bit words, its commonest score ranked first', () => {
    // one passage in three: its gaps take more bytes than its bit words
    const ords = Array.from({ length: 3000 }, (_, i) => 3 * i + (i % 2));
    const bm25 = ords.map((o) => (o % 7 === 0 ? -2.5 : o % 5 === 0 ? -1.25 : -0.75));
    const blob = encodePostings(ords, bm25);
    const p = decodePostings(blob);
    assert.ok(p.bits);
    assert.ok(blob.length < 16 + 3 * 8 + 4 * ((ords[ords.length - 1] >>> 5) + 1) + ords.length + 1);
    assert.deepEqual([...p.ords], ords);
    assert.deepEqual([...p.index].map((i) => p.values[i]), bm25.map((s) => -s));
    assert.equal(p.values[0], 0.75);
    // a query's members the same from the bit words as from the ordinals, alone and ORed with another term's
    const scorer = new PlainTermsScorer(10_000);
    const other: Postings = { ords: Uint32Array.from([1, 2, 9_999]), index: new Uint16Array(3), values: Float64Array.of(1) };
    const plain = { ...p, bits: undefined };
    for (const groups of [[[p]], [[p, other]], [[other, p]], [[p], [other]]]) {
      const without = groups.map((g) => g.map((t) => (t === p ? plain : t)));
      const q = (required: Postings[][]) => ({ required, optional: [], prohibited: [], phrases: required.flat() });
      assert.deepEqual(scorer.memberBits(q(groups)), scorer.memberBits(q(without)));
      assert.deepEqual(scorer.matches(q(groups), true), scorer.matches(q(without), true));
    }
  });
});
