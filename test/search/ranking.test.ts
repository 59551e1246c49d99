import assert from 'node:assert/strict';
import type { Passage } from '../../core/types.js';
import { RANKING, adjacency, bestRerankFactor, bodyFirst, coverage, phraseRun, proximity, rerankFactor, smallestWindow, type RankingInput } from '../../server/search/ranking.js';
import { stem } from '../../core/analysis.js';

const passage = (over: Partial<Passage> = {}) => ({ kind: 'finding', duplicate: false, ...over }) as Passage;
function input(text: string, query: string, over: Partial<RankingInput> = {}): RankingInput {
  const words = text.toLowerCase().split(/\s+/);
  const queryWords = query.toLowerCase().split(/\s+/);
  return { passage: passage(), words, stems: words.map(stem), queryWords, queryStems: queryWords.filter((w) => !['up', 'of'].includes(w)).map(stem), queryWordStems: queryWords.map(stem), kindFiltered: false, options: RANKING, ...over };
}

describe('ranking rules', () => {
  it('coverage: a passage with all the query words beats one with some', () => {
    assert.equal(coverage.factor(input('donors fund advocacy', 'donors advocacy')), 1);
    assert.ok(coverage.factor(input('donors fund things', 'donors advocacy')) < 1);
  });
  it('phrase run: the query words together and in order', () => {
    assert.equal(phraseRun.factor(input('the rights up front initiative', 'rights up front')), RANKING.phraseRun);
    assert.equal(phraseRun.factor(input('front rights up', 'rights up front')), 1);
  });
  it('adjacency: neighbouring query words side by side, by stem', () => {
    assert.ok(adjacency.factor(input('protecting civilians matters', 'protection civilians')) > 1);
    assert.equal(adjacency.factor(input('civilians need protection', 'protection civilians')), 1);
  });
  it('proximity: every content word within a short window', () => {
    assert.ok(proximity.factor(input('donors and their advocacy', 'donors advocacy')) > 1);
    const far = `donors ${'x '.repeat(30)}advocacy`;
    assert.equal(proximity.factor(input(far, 'donors advocacy')), 1);
    assert.equal(smallestWindow(['a', 'x', 'b', 'a', 'b'], ['a', 'b']), 2);
  });
  it('body first: notes rank below body text unless asked for; a pull quote is left to the search', () => {
    assert.equal(bodyFirst.factor(input('x', 'x', { passage: passage({ duplicate: true }) })), 1);
    assert.equal(bodyFirst.factor(input('x', 'x', { passage: passage({ kind: 'reference' }) })), RANKING.note);
    assert.equal(bodyFirst.factor(input('x', 'x', { passage: passage({ kind: 'reference' }), kindFiltered: true })), 1);
  });
  it('reads a candidate found by a rewording as well: the acronym alone covers the name it stands for', () => {
    const text = 'the poc mandate of the mission was renewed';
    const asTyped = input(text, 'protection of civilians');
    const asAcronym = input(text, 'poc');
    // as typed, the passage misses both content words; read as the acronym it holds all the query
    assert.ok(rerankFactor(asTyped) < 1);
    assert.equal(bestRerankFactor([asTyped, asAcronym]), 1);
    // the name said in full earns no more than the acronym found: each reading against its best
    const inFull = input('the protection of civilians mandate was renewed', 'protection of civilians');
    assert.equal(bestRerankFactor([inFull]), 1);
  });
  it('combines the rules by multiplying, each from the one options object', () => {
    const neutral = { ...RANKING, coverage: 0, phraseRun: 1, adjacentPair: 0, proximity: 0 };
    assert.equal(rerankFactor(input('rights up front', 'rights up front', { options: neutral })), 1);
  });
});
