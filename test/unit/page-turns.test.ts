import assert from 'node:assert/strict';
import type { Block, Passage } from '../../core/types.js';
import { locatorLabel, spanLocation } from '../../core/csl.js';
import { mark } from '../../core/text.js';
import { countedChars, joinTurns, offsetAfter, turnPageBefore } from '../../indexer/stages/page-turns.js';
import { chunkPages, segment } from '../../indexer/stages/segment.js';
import { repairBlocks } from '../../indexer/stages/repair.js';
import { layoutBlocks } from '../../indexer/stages/layout-blocks.js';
import { fakePage, para, type FakeLine } from '../helpers/layout.js';
import { withPageTurns } from '../../server/view-helpers.js';

// A quotation is cited by the page its words are on: where a passage's pages turn is carried
// from the lines that start a page, through the repairs, into each passage's text.

const sentence = (i: number) => `Sentence number ${i} says something about protection of civilians in armed conflict today.`;
const sentences = (from: number, n: number) => Array.from({ length: n }, (_, i) => sentence(from + i)).join(' ');
const on = (p: Passage, words: string) => {
  const start = p.text.indexOf(words);
  assert.ok(start >= 0, `"${words}" is in the passage`);
  return locatorLabel(spanLocation(p, { start, end: start + words.length }));
};

describe('page turns inside a block', () => {
  it('counts letters and digits only, note marks left out', () => {
    assert.equal(countedChars(`Aid, 2020 — “access”.${mark('12')} Done`), 17);
  });

  it('records where text from a later page is joined, once per page, and makes the block run onto it', () => {
    const b: Block = { type: 'paragraph', text: 'Ends on page one with', page: 1 };
    turnPageBefore(b, 1);
    assert.equal(b.pageTurns, undefined, 'a line of the same page is no turn');
    turnPageBefore(b, 2);
    b.text += ' words on page two';
    turnPageBefore(b, 2);
    assert.deepEqual(b.pageTurns, [{ at: 17, page: 2 }]);
    assert.equal(b.pageEnd, 2);
    turnPageBefore(b, null);
    assert.deepEqual(b.pageTurns, [{ at: 17, page: 2 }], 'text without pages turns none');
  });

  it('puts the turn after the last word of the page and its punctuation, before the next page\'s first word or quotation mark', () => {
    const text = 'the end of it.” “Next page begins';
    const at = offsetAfter(text, countedChars('the end of it'))!;
    assert.equal(text.slice(at), '“Next page begins');
    // a word broken by the turn and joined again: the turn stays inside it
    const word = 'a recommendation made';
    assert.equal(word.slice(offsetAfter(word, countedChars('a recom'))!), 'mendation made');
    assert.equal(offsetAfter('all on one page', countedChars('all on one page')), null, 'a turn at the very end starts nothing in this text');
  });

  it('carries a paragraph rejoined across a page turn: the continuation\'s start and its own turns', () => {
    const first: Block = { type: 'paragraph', text: 'A paragraph broken off on page one in the', page: 1 };
    const rest: Block = { type: 'paragraph', text: 'middle, going on over page two and onto', page: 2, pageEnd: 3, pageTurns: [{ at: countedChars('middle, going on over page two and'), page: 3 }] };
    joinTurns(first, rest);
    assert.deepEqual(first.pageTurns, [
      { at: countedChars(first.text), page: 2 },
      { at: countedChars(first.text) + countedChars('middle, going on over page two and'), page: 3 },
    ]);
    assert.equal(first.pageEnd, 3);
  });

  it('repair rejoins a sentence continued on the next page, and the passage knows where page two starts in it (hyphen undone across the turn)', () => {
    const blocks = repairBlocks([
      { type: 'paragraph', text: 'Humanitarian actors agreed on the recom-', page: 7 },
      { type: 'footnote', n: '3', text: 'A note at the foot of page seven.', page: 7 },
      { type: 'paragraph', text: 'mendation that access be negotiated. Donors funded it in full.', page: 8 },
    ]);
    const passages = segment('d', blocks, [null, null, null, null, null, null, 'iv', 'v']);
    const p = passages.find((x) => x.text.startsWith('Humanitarian'))!;
    assert.equal(p.text, 'Humanitarian actors agreed on the recommendation that access be negotiated. Donors funded it in full.');
    assert.deepEqual([p.page, p.pageEnd], ['iv', 'v']);
    assert.deepEqual(p.pageBreaks, [{ offset: p.text.indexOf('mendation'), page: 'v' }]);
    assert.equal(on(p, 'Humanitarian actors agreed'), 'p. iv');
    assert.equal(on(p, 'Donors funded it in full.'), 'p. v');
    // the word broken over the turn is on both pages
    assert.equal(on(p, 'recommendation'), 'pp. iv–v');
    assert.equal(locatorLabel(p), 'pp. iv–v', 'the whole passage as before');
  });

  it('labels pages by the file\'s own count where no printed number is known (PDF p.)', () => {
    const blocks: Block[] = [{ type: 'paragraph', text: 'Text on the fourth sheet goes on to the fifth sheet here.', page: 4, pageEnd: 5, pageTurns: [{ at: countedChars('Text on the fourth sheet goes on'), page: 5 }] }];
    const [p] = segment('d', blocks, null);
    assert.equal(p.pageIsPhysical, true);
    assert.deepEqual(p.pageBreaks, [{ offset: p.text.indexOf('to the fifth'), page: '5' }]);
    assert.equal(on(p, 'to the fifth sheet'), 'PDF p. 5');
    assert.equal(on(p, 'fourth sheet goes on to'), 'PDF pp. 4–5');
    // a passage from a printed page onto one with no printed number is counted in the file's pages alike
    const [mixed] = segment('d', blocks, [null, null, null, '12', null]);
    assert.deepEqual([mixed.page, mixed.pageEnd, mixed.pageIsPhysical, mixed.pageBreaks?.[0].page], ['4', '5', true, '5']);
  });

  it('gives each passage cut from a long block the pages of its own text', () => {
    const text = `${sentences(0, 30)} ${sentences(30, 30)}`;
    const turn = countedChars(sentences(0, 30)) + countedChars('Sentence number 30 says');
    const block: Block = { type: 'paragraph', text, page: 2, pageEnd: 3, pageTurns: [{ at: turn, page: 3 }] };
    const passages = segment('d', [block], ['1', '2', '3']);
    assert.ok(passages.length >= 3);
    const at = passages.findIndex((p) => p.text.includes('Sentence number 30 says'));
    assert.deepEqual([passages[at].page, passages[at].pageEnd, passages[at].pageBreaks?.[0].page], ['2', '3', '3']);
    assert.equal(passages[at].text.slice(passages[at].pageBreaks![0].offset, passages[at].pageBreaks![0].offset + 9), 'something');
    for (const p of passages.slice(0, at)) assert.deepEqual([p.page, p.pageEnd, p.physicalPage], ['2', undefined, 2]);
    for (const p of passages.slice(at + 1)) assert.deepEqual([p.page, p.pageEnd, p.physicalPage], ['3', undefined, 3]);
  });

  it('keeps the whole range for every chunk where the turns are not known or the chunks lost letters', () => {
    const block: Block = { type: 'paragraph', text: 'One. Two.', page: 2, pageEnd: 3 };
    assert.deepEqual(chunkPages(block, ['One.', 'Two.']), [
      { physical: 2, end: 3, breaks: [] },
      { physical: 2, end: 3, breaks: [] },
    ]);
    const turned = { ...block, pageTurns: [{ at: 3, page: 3 }] };
    assert.deepEqual(chunkPages(turned, ['One.', 'Tw.']).map((c) => c.end), [3, 3]);
    assert.deepEqual(chunkPages(turned, ['One.', 'Two.']), [
      { physical: 2, end: 2, breaks: [] },
      { physical: 3, end: 3, breaks: [] },
    ]);
  });

  it('gives a run of short list items made one passage the page turn between them', () => {
    const blocks: Block[] = [
      { type: 'list-item', n: '•', text: 'Displacement.', page: 5, depth: 1 },
      { type: 'list-item', n: '•', text: 'Conduct of hostilities.', page: 6, depth: 1 },
    ];
    const [p] = segment('d', blocks, ['1', '2', '3', '4', '5', '6']);
    assert.equal(p.text, 'Displacement. Conduct of hostilities.');
    assert.deepEqual([p.page, p.pageEnd, p.pageBreaks], ['5', '6', [{ offset: p.text.indexOf('Conduct'), page: '6' }]]);
  });
});

describe('a span\'s pages (spanLocation)', () => {
  const p = { page: '1', pageEnd: '2', pageBreaks: [{ offset: 20, page: '2' }] };
  it('cites the page a span is on, and both only when the span crosses the turn', () => {
    assert.equal(locatorLabel(spanLocation(p, { start: 0, end: 20 })), 'p. 1', 'ending right before the turn');
    assert.equal(locatorLabel(spanLocation(p, { start: 20, end: 30 })), 'p. 2', 'starting right at it');
    assert.equal(locatorLabel(spanLocation(p, { start: 19, end: 21 })), 'pp. 1–2');
  });
  it('cites the passage\'s own location where no break is known', () => {
    assert.equal(locatorLabel(spanLocation({ page: '1', pageEnd: '2' }, { start: 30, end: 40 })), 'pp. 1–2');
    assert.equal(locatorLabel(spanLocation({ page: null, para: 12 }, { start: 0, end: 4 })), 'para. 12');
  });
  it('runs over three pages', () => {
    const three = { page: '7', pageEnd: '9', pageBreaks: [{ offset: 10, page: '8' }, { offset: 50, page: '9' }] };
    assert.equal(locatorLabel(spanLocation(three, { start: 12, end: 40 })), 'p. 8');
    assert.equal(locatorLabel(spanLocation(three, { start: 12, end: 60 })), 'pp. 8–9');
    assert.equal(locatorLabel(spanLocation(three, { start: 0, end: 60 })), 'pp. 7–9');
  });
});

describe('page turns read from a PDF\'s lines', () => {
  it('knows where the next page starts in a paragraph running over a page turn', () => {
    const footer = (n: number): FakeLine => ({ text: `${n} Briefing note`, size: 8.5, top: 800 });
    const p1 = fakePage(1, [...para('Alpha', 6), { text: 'and it runs on to the next page without', gap: 15 }, footer(1)]);
    const p2 = fakePage(2, [{ text: 'ending its sentence here.', top: 80 }, ...para('Beta', 3).map((l, i) => (i === 0 ? { ...l, gap: 30 } : l)), footer(2)]);
    const s = layoutBlocks([p1, p2]);
    const passages = segment('d', repairBlocks(s.blocks), s.pageLabels);
    const p = passages.find((x) => x.text.includes('ending its sentence here.'))!;
    assert.deepEqual([p.page, p.pageEnd], ['1', '2']);
    assert.equal(p.text.slice(p.pageBreaks![0].offset), 'ending its sentence here.');
    assert.equal(on(p, 'ending its sentence'), 'p. 2');
    assert.equal(on(p, 'to the next page without'), 'p. 1');
  });
});

describe('page markers in the reading view (withPageTurns)', () => {
  const breaks = { pageBreaks: [{ offset: 10, page: '8' }] };
  it('cuts the text where the page starts, marked pieces too, and labels the piece that opens the page', () => {
    const out = withPageTurns([{ text: 'abcdefghijklmnop', mark: false }], 0, breaks);
    assert.deepEqual(out, [{ text: 'abcdefghij', mark: false }, { text: 'klmnop', mark: false, pageTurn: 'p. 8' }]);
    // a segment starting later in the passage, its mark across the turn
    assert.deepEqual(withPageTurns([{ text: 'abc', mark: false }, { text: 'defg', mark: true }], 5, breaks), [
      { text: 'abc', mark: false },
      { text: 'de', mark: true },
      { text: 'fg', mark: true, pageTurn: 'p. 8' },
    ]);
    // a piece starting right at the turn
    assert.deepEqual(withPageTurns([{ text: 'abc', mark: false }, { text: 'xyz', mark: true }], 7, breaks), [{ text: 'abc', mark: false }, { text: 'xyz', mark: true, pageTurn: 'p. 8' }]);
  });
  it('says PDF p. where the pages are the file\'s, and leaves a passage without breaks whole', () => {
    assert.equal(withPageTurns([{ text: 'abcdefghijklmnop', mark: false }], 0, { ...breaks, pageIsPhysical: true })[1].pageTurn, 'PDF p. 8');
    assert.deepEqual(withPageTurns([{ text: 'abc', mark: false }], 0, {}), [{ text: 'abc', mark: false }]);
  });
});
