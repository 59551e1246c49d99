import assert from 'node:assert/strict';
import type { Passage } from '../../core/types.js';
import { MemoryPassageStore } from '../../core/passage-store.js';
import { raiseSectionMates, SECTION_REACH } from '../../server/search/section-context.js';

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
});
