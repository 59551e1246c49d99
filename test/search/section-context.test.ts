import assert from 'node:assert/strict';
import type { Passage } from '../../core/types.js';
import { MemoryPassageStore } from '../../core/passage-store.js';
import { headingShare, raiseSectionMates, SECTION_REACH } from '../../server/search/section-context.js';

const passage = (i: number, doc: string, section: string[]): Passage =>
  ({ id: `p${i}`, doc, ordinal: i, block: i, text: 't', section, page: null, physicalPage: null, start: 0, end: 1, kind: 'finding', blockType: 'paragraph', actors: [], themes: [], places: [], evidence: [] }) as unknown as Passage;

describe('section context (section-context.ts)', () => {
  // doc a: 0–3 under "Risk", 4 a footnote under "Notes", 5 under "Risk" again, 6 under "Access"; doc b: 7 under "Risk"
  const passages = [
    ...[0, 1, 2, 3].map((i) => passage(i, 'a', ['Findings', 'Risk'])),
    passage(4, 'a', ['Notes']),
    passage(5, 'a', ['Findings', 'Risk']),
    passage(6, 'a', ['Findings', 'Access']),
    passage(7, 'b', ['Findings', 'Risk']),
  ];
  const store = new MemoryPassageStore(passages);

  it("raises the candidates under the best one's headings, in its document, past a note between them; the best stays first", () => {
    const scores = new Map([[1, 10], [3, 2], [4, 3], [5, 1], [6, 2.5], [7, 2.5]]);
    raiseSectionMates(scores, store, 0.5);
    assert.deepEqual([...scores], [[1, 15], [3, 3], [4, 3], [5, 1.5], [6, 2.5], [7, 2.5]]);
  });

  it('changes nothing with no weight, one candidate, or none near the best', () => {
    const scores = new Map([[1, 10], [3, 2]]);
    raiseSectionMates(scores, store, 0);
    assert.deepEqual([...scores], [[1, 10], [3, 2]]);
    const alone = new Map([[1, 10]]);
    raiseSectionMates(alone, store, 0.5);
    assert.deepEqual([...alone], [[1, 10]]);
  });

  it("ranks around the best passage the filters show, not one they leave out", () => {
    // 1 is the best candidate but filtered out: 6, the best shown, is under "Access" alone
    const scores = new Map([[1, 10], [3, 2], [6, 5]]);
    raiseSectionMates(scores, store, 0.5, (ord) => ord !== 1);
    assert.deepEqual([...scores], [[1, 10], [3, 2], [6, 7.5]]);
    const none = new Map([[1, 10], [3, 2]]);
    raiseSectionMates(none, store, 0.5, () => false);
    assert.deepEqual([...none], [[1, 10], [3, 2]]);
  });

  it('raises nothing when the best passage is under no heading (reading-order neighbours did not hold)', () => {
    const flat = new MemoryPassageStore([0, 1, 2].map((i) => passage(i, 'a', [])));
    const scores = new Map([[0, 10], [1, 2], [2, 1]]);
    raiseSectionMates(scores, flat, 0.5);
    assert.deepEqual([...scores], [[0, 10], [1, 2], [2, 1]]);
  });

  it('looks no further than SECTION_REACH passages from the best', () => {
    const long = new MemoryPassageStore(Array.from({ length: SECTION_REACH + 3 }, (_, i) => passage(i, 'a', ['One section'])));
    const scores = new Map([[0, 10], [SECTION_REACH, 1], [SECTION_REACH + 2, 1]]);
    raiseSectionMates(scores, long, 1);
    assert.deepEqual([...scores], [[0, 20], [SECTION_REACH, 2], [SECTION_REACH + 2, 1]]);
  });

  describe('the section the best candidates vote for (voters)', () => {
    // doc a: 0 under "Introduction", 1–3 under "Risk", 4 under no heading; doc b: 5 under "Risk"
    const voting = new MemoryPassageStore([
      passage(0, 'a', ['Introduction']),
      ...[1, 2, 3].map((i) => passage(i, 'a', ['Findings', 'Risk'])),
      passage(4, 'a', []),
      passage(5, 'b', ['Findings', 'Risk']),
    ]);

    it('anchors on the section holding the most of the best candidates\' score, not on a lone best passage', () => {
      // "Risk" holds 6 + 5 of the three best (11) against "Introduction"'s 10: 1–3 are raised, 3 too (a mate, not a voter)
      const scores = new Map([[0, 10], [1, 6], [2, 5], [3, 1]]);
      raiseSectionMates(scores, voting, 0.5, () => true, 3);
      assert.deepEqual([...scores], [[0, 10], [1, 9], [2, 7.5], [3, 1.5]]);
      // one voter: the best passage's own section, as before
      const one = new Map([[0, 10], [1, 6], [2, 5], [3, 1]]);
      raiseSectionMates(one, voting, 0.5, () => true, 1);
      assert.deepEqual([...one], [[0, 15], [1, 6], [2, 5], [3, 1]]);
    });

    it('keeps the best passage\'s section when it is not outvoted, and gives a tie to the section ranked first', () => {
      const scores = new Map([[0, 10], [1, 4], [2, 4]]);
      raiseSectionMates(scores, voting, 0.5, () => true, 3);
      assert.deepEqual([...scores], [[0, 15], [1, 4], [2, 4]]);
      const tie = new Map([[0, 10], [1, 5], [2, 5]]);
      raiseSectionMates(tie, voting, 0.5, () => true, 3);
      assert.deepEqual([...tie], [[0, 15], [1, 5], [2, 5]]);
    });

    it('counts only candidates the user is shown and under a heading, and a section only within its document', () => {
      // 1 is filtered out and 4 has no heading: "Risk" of doc a holds 2 alone against 0's 3
      const scores = new Map([[0, 3], [1, 9], [2, 2], [4, 8]]);
      raiseSectionMates(scores, voting, 0.5, (ord) => ord !== 1, 4);
      assert.deepEqual([...scores], [[0, 4.5], [1, 9], [2, 2], [4, 8]]);
      // "Risk" in doc b is another section: 2 + 5 (doc b) do not add up against 0's 6
      const docs = new Map([[0, 6], [2, 4], [5, 5]]);
      raiseSectionMates(docs, voting, 0.5, () => true, 3);
      assert.deepEqual([...docs], [[0, 9], [2, 4], [5, 5]]);
    });

    it('anchors on the best passage when no two voters share a document, reading no headings to vote', () => {
      const scores = new Map([[1, 10], [2, 3], [5, 9]]);
      raiseSectionMates(scores, voting, 0.5, () => true, 2);
      assert.deepEqual([...scores], [[1, 15], [2, 4.5], [5, 9]]);
      // the best under no heading raises nothing, as with one voter
      const flat = new Map([[4, 10], [5, 9], [1, 1]]);
      raiseSectionMates(flat, voting, 0.5, () => true, 2);
      assert.deepEqual([...flat], [[4, 10], [5, 9], [1, 1]]);
    });
  });
  describe("a section's headings naming the query's words weigh its vote (HeadingVote)", () => {
    // doc a: 0–1 under "Recommendations", 2–3 under "Why collaborate on advocacy?"
    const named = new MemoryPassageStore([
      passage(0, 'a', ['Recommendations']),
      passage(1, 'a', ['Recommendations']),
      passage(2, 'a', ['Why collaborate on advocacy?']),
      passage(3, 'a', ['Why collaborate on advocacy?']),
    ]);
    const query = ['collabor', 'advocaci', 'humanitarian', 'actor'];

    it('counts the distinct query stems a heading path holds, by their stems', () => {
      assert.equal(headingShare(JSON.stringify(['Findings', 'Why collaborate on advocacy?']), query), 0.5);
      assert.equal(headingShare(JSON.stringify(['Recommendations']), query), 0);
      assert.equal(headingShare('[]', query), 0);
      assert.equal(headingShare(JSON.stringify(['Advocacy']), []), 0);
    });

    it('turns a near tie toward the section whose headings name the query, and changes nothing at weight 0', () => {
      // "Recommendations" holds 10 + 9 = 19, the other 9 + 8 = 17; weighed ×1.5 (half the words, weight 1) it holds 25.5
      const scores = new Map([[0, 10], [1, 9], [2, 9], [3, 8]]);
      raiseSectionMates(scores, named, 0.5, () => true, 4, { queryStems: query, weight: 1 });
      assert.deepEqual([...scores], [[0, 10], [1, 9], [2, 13.5], [3, 12]]);
      const off = new Map([[0, 10], [1, 9], [2, 9], [3, 8]]);
      raiseSectionMates(off, named, 0.5, () => true, 4, { queryStems: query, weight: 0 });
      assert.deepEqual([...off], [[0, 15], [1, 13.5], [2, 9], [3, 8]]);
    });

    it('does not overturn a clear majority', () => {
      const scores = new Map([[0, 20], [1, 18], [2, 9], [3, 8]]);
      raiseSectionMates(scores, named, 0.5, () => true, 4, { queryStems: query, weight: 1 });
      assert.deepEqual([...scores], [[0, 30], [1, 27], [2, 9], [3, 8]]);
    });
  });
});
