import assert from 'node:assert/strict';
import type { Block } from '../../core/types.js';
import { segment, splitLong } from '../../indexer/stages/segment.js';
import { wordCount } from '../../core/text.js';
import { locatorLabel } from '../../core/csl.js';

const sentence = (i: number) => `Sentence number ${i} says something about protection of civilians in armed conflict today.`;
const long = Array.from({ length: 60 }, (_, i) => sentence(i)).join(' ');

describe('segment', () => {
  it('splits long paragraphs at sentence boundaries near the target and leaves no short tail', () => {
    const chunks = splitLong(long, 200);
    assert.ok(chunks.length >= 3);
    for (const c of chunks) {
      assert.match(c, /\.$/);
      assert.ok(wordCount(c) >= 70 && wordCount(c) <= 260, `chunk of ${wordCount(c)} words`);
    }
    assert.equal(chunks.join(' '), long);
  });

  it('cuts a run of words with no full stop into passages near the target, keeping every word', () => {
    // one line of a 15 MB file with no sentence end had been one passage: its worker ran out of time
    const words = Array.from({ length: 5000 }, (_, i) => `word${i}${i % 150 === 149 ? ',' : ''}`);
    const text = words.join(' ');
    const chunks = splitLong(text, 200);
    assert.ok(chunks.length >= 20, `${chunks.length} chunks`);
    for (const c of chunks) assert.ok(wordCount(c) <= 250 && wordCount(c) >= 70, `${wordCount(c)} words`);
    assert.equal(chunks.join(' '), text);
    // a comma in a run's second half is where it is cut
    assert.ok(chunks[0].endsWith('word149,'), chunks[0].slice(-20));
    // sentences of ordinary length are cut at their ends as before
    const prose = Array.from({ length: 40 }, (_, i) => `Sentence ${i} has exactly eight words in it here.`).join(' ');
    for (const c of splitLong(prose, 100)) assert.match(c, /here\.$/);
  });

  it('cuts a run out of its own text: a newline inside a run stays a newline (review15)', () => {
    const lines = Array.from({ length: 60 }, (_, i) => `row${i} alpha beta gamma delta`);
    const text = lines.join('\n');
    const chunks = splitLong(text, 100);
    assert.ok(chunks.length >= 2, `${chunks.length} chunks`);
    for (const c of chunks) {
      assert.ok(text.includes(c), 'a run is a slice of the text');
      assert.match(c, /\n/);
    }
  });

  it('leaves a sentence of 300 words ending in a full stop whole, so its id does not change (review15)', () => {
    // a UN resolution's preamble: one sentence, many clauses, one full stop
    const clauses = Array.from({ length: 40 }, () => 'recalling its resolutions on the protection of civilians,').join(' ');
    const sentence = `The Security Council, ${clauses} decides to renew the mandate.`;
    assert.ok(wordCount(sentence) >= 300);
    assert.deepEqual(splitLong(sentence, 200), [sentence]);
    const ids = (t: string) => segment('doc', [{ type: 'paragraph', text: t, page: 1 }], null).map((p) => p.id);
    assert.equal(ids(sentence).length, 1);
    // the same words with no sentence end are a run, and cut
    assert.ok(splitLong(sentence.slice(0, -1), 200).length >= 2);
    // past RUN_CAP targets even a sentence with a full stop is cut (a 15 MB line ending in one)
    const huge = `${Array.from({ length: 2500 }, (_, i) => `word${i}`).join(' ')}.`;
    assert.ok(splitLong(huge, 200).length >= 10);
  });

  it('gives the same passage the same id across builds, and different text a different id', () => {
    const blocks: Block[] = [{ type: 'paragraph', text: 'Alpha text.', page: 3 }, { type: 'paragraph', text: 'Beta text.', page: 4 }];
    const a = segment('doc', blocks, null);
    const b = segment('doc', [{ type: 'heading', text: 'New heading', page: 1, level: 1 }, ...blocks], null);
    assert.equal(a[0].id, b[0].id);
    assert.notEqual(a[0].id, a[1].id);
    assert.notEqual(segment('other', blocks, null)[0].id, a[0].id);
  });

  it('carries the section path, the printed page label and a structural kind', () => {
    const blocks: Block[] = [
      { type: 'heading', text: 'Conclusions', page: 2, level: 1 },
      { type: 'heading', text: 'Recommendations', page: 2, level: 2 },
      { type: 'list-item', n: '1', depth: 1, text: 'Donors should fund protection advocacy at field level.', page: 3 },
      { type: 'footnote', n: '1', text: 'See the annex.', page: 3 },
    ];
    const ps = segment('doc', blocks, [null, '1', '2']);
    assert.deepEqual(ps[0].section, ['Conclusions', 'Recommendations']);
    assert.equal(ps[0].page, '2');
    assert.equal(ps[0].physicalPage, 3);
    assert.equal(ps[0].kind, 'recommendation');
    assert.equal(ps[1].kind, 'footnote');
  });

  it('cites the physical page, and says so, where no printed number is known (none printed, or numbers that restart)', () => {
    const blocks: Block[] = [
      { type: 'paragraph', text: 'A passage on a numbered page.', page: 1 },
      { type: 'paragraph', text: 'A passage on page 48 of a compilation whose numbers restart.', page: 48 },
      { type: 'paragraph', text: 'A passage running from the unnumbered page onto the next.', page: 48, pageEnd: 49 },
    ];
    const labels = Array.from({ length: 49 }, (_, i): string | null => (i === 0 ? 'iv' : null));
    const ps = segment('doc', blocks, labels);
    assert.deepEqual(
      ps.map((p) => [p.page, p.pageEnd, p.pageIsPhysical, p.para]),
      [
        ['iv', undefined, undefined, undefined],
        ['48', undefined, true, undefined],
        ['48', '49', true, undefined],
      ],
    );
    assert.equal(locatorLabel(ps[1]), 'PDF p. 48');
    assert.equal(locatorLabel(ps[2]), 'PDF pp. 48–49');
    assert.equal(locatorLabel(ps[0]), 'p. iv');
    // a PDF with no printed number anywhere: every passage its physical page
    assert.deepEqual(segment('doc', blocks, null).map((p) => p.page), ['1', '48', '48']);
    // text without pages: paragraph numbers, as before
    assert.deepEqual(segment('doc', blocks.map((b) => ({ ...b, page: null, pageEnd: undefined })), null).map((p) => [p.page, p.para, p.pageIsPhysical]), [[null, 1, undefined], [null, 2, undefined], [null, 3, undefined]]);
  });

  it('merges runs of very short list items into one passage', () => {
    const items = ['Displacement.', 'Conduct of hostilities.', 'Media and information.'].map((text, i): Block => ({ type: 'list-item', n: String(i + 1), depth: 1, text, page: null }));
    const ps = segment('doc', items, null);
    assert.equal(ps.length, 1);
    assert.equal(ps[0].text, 'Displacement. Conduct of hostilities. Media and information.');
  });

  it('links footnote marks to the passage holding the note', () => {
    const ps = segment('doc', [{ type: 'paragraph', text: 'Body.', page: 1, footnoteRefs: ['1'] }, { type: 'footnote', n: '1', text: 'The note.', page: 1 }], null);
    assert.deepEqual(ps[0].notes, [{ n: '1', passage: ps[1].id }]);
  });
});

describe('segment: pages and paragraphs', () => {
  it('records both pages of a passage that runs across a page break', () => {
    const blocks: Block[] = [
      { type: 'paragraph', text: 'Access was negotiated with every party to the conflict over several months.', page: 1 },
      { type: 'paragraph', text: 'The agreement held until the rains came and the roads closed again in June.', page: 1, pageEnd: 2 },
    ];
    const [a, b] = segment('d', blocks, ['20', '21']);
    assert.equal(a.page, '20');
    assert.equal(a.pageEnd, undefined);
    assert.equal(b.page, '20');
    assert.equal(b.pageEnd, '21');
  });

  it('numbers paragraphs when the document has no page information', () => {
    const blocks: Block[] = [
      { type: 'heading', text: 'Findings', page: null, level: 1 },
      { type: 'paragraph', text: 'Access was negotiated with every party to the conflict.', page: null },
      { type: 'list-item', n: '1', text: 'Donors should fund protection work for longer periods than a year.', page: null },
    ];
    const passages = segment('d', blocks, null);
    assert.deepEqual(passages.map((p) => p.para), [1, 2]);
    assert.ok(passages.every((p) => p.page === null));
    const paged = segment('d', blocks.map((b) => ({ ...b, page: 1 })), ['1']);
    assert.ok(paged.every((p) => p.para === undefined));
  });
  it("cites a paged briefing's one numbered list by its page, and a paged report numbered across sections by its paragraphs (review18 c, 2)", () => {
    const item = (n: number, page = 2): Block => ({ type: 'list-item', n: String(n), depth: 1, text: `Donors should fund protection programming in district ${n}. ${sentence(n)} ${sentence(n + 10)}`, page });
    const briefing: Block[] = [{ type: 'paragraph', text: sentence(1), page: 1 }, { type: 'heading', level: 2, text: 'Recommendations', page: 2 }, ...[1, 2, 3, 4, 5].map((n) => item(n))];
    const listed = segment('b', briefing, ['1', '2']);
    assert.ok(listed.every((p) => p.para === undefined), JSON.stringify(listed.map((p) => p.para)));
    assert.equal(locatorLabel(listed[3]), 'p. 2');
    const report: Block[] = [{ type: 'heading', level: 1, text: 'I. Introduction', page: 1 }, item(1, 1), item(2, 1), { type: 'heading', level: 1, text: 'II. Observations', page: 2 }, item(3), item(4)];
    assert.deepEqual(segment('r', report, ['1', '2']).map((p) => p.para), [1, 2, 3, 4]);
  });
});
