import assert from 'node:assert/strict';
import { stem } from '../../core/analysis.js';
import { documentTitles, raiseTitleMatches, titleShare } from '../../server/search/title-match.js';

describe('title match (title-match.ts)', () => {
  const stems = (...ws: string[]) => ws.map((w) => stem(w));

  it("is the share of the query's content stems the title holds, in any inflection, stop words aside", () => {
    assert.equal(titleShare('The Age of Caution', stems('caution')), 1);
    assert.equal(titleShare('Collaborating on advocacy', stems('collaborate', 'advocacy', 'humanitarian', 'rights')), 0.5);
    assert.equal(titleShare('Peace operations', stems('donors')), 0);
    assert.equal(titleShare('Peace operations', []), 0);
    // a word repeated in the query counts once
    assert.equal(titleShare('Peace operations', stems('peace', 'peace', 'mali')), 0.5);
  });

  it("raises each candidate by its document's title, once per document, and leaves the others", () => {
    const docOf = (ord: number) => (ord < 3 ? 'a' : 'b');
    const titles: Record<string, string> = { a: 'Humanitarian advocacy', b: 'Peace operations' };
    const reranked = new Map([[0, 1], [1, 2], [3, 4]]);
    raiseTitleMatches(reranked, { docOf }, (d) => titles[d], stems('advocacy', 'donors'), 0.2);
    assert.deepEqual([...reranked], [[0, 1.1], [1, 2.2], [3, 4]]);
    // weight 0, or no content word: nothing moves
    const same = new Map([[0, 1]]);
    raiseTitleMatches(same, { docOf }, (d) => titles[d], stems('advocacy'), 0);
    raiseTitleMatches(same, { docOf }, (d) => titles[d], [], 0.2);
    assert.deepEqual([...same], [[0, 1]]);
  });

  it('reads no title for a document the facet labels by its id (it has none)', () => {
    const titleOf = documentTitles({ labels: new Map([['doc', new Map([['peace-ops-2015', 'peace-ops-2015'], ['a', 'Peace operations']])]]) });
    assert.equal(titleOf('peace-ops-2015'), undefined);
    assert.equal(titleOf('a'), 'Peace operations');
  });
});
