import assert from 'node:assert/strict';
import { layoutBlocks } from '../../indexer/stages/layout-blocks.js';
import { fakePage, para, type FakeLine } from '../helpers/layout.js';

// meta45: amsart sets its sections as "1. Background", centred in small capitals at the text's
// size; the number and stop made them list items (pdf-unseen13's amsart paper, block F1 0.749).
// Centred and alone in another face, such a line is a heading; at the margin it is still an item.

const centred = (text: string, extra: Partial<FakeLine> = {}): FakeLine => ({ text, x: (595 - text.length * 11 * 0.45) / 2, gap: 22, ...extra });
const page = (head: FakeLine) =>
  fakePage(2, [...para('Alpha'), { text: 'Alpha closes its sentence here.', gap: 15 }, head, ...para('Beta'), { text: 'Beta closes its sentence here.', gap: 15 }]);
const read = (head: FakeLine) => layoutBlocks([page(head)]).blocks.filter((b) => b.type === 'heading' || b.type === 'list-item').map((b) => `${b.type}: ${b.text}`);

describe('a numbered section centred in small capitals (meta45)', () => {
  it('reads "1. Background" centred in small capitals as a heading', () => {
    assert.deepEqual(read(centred('1. Background', { font: 'LMRomanCaps10-Regular' })), ['heading: 1. Background']);
    assert.deepEqual(read(centred('12. Effects on households', { font: 'CMCSC10' })), ['heading: 12. Effects on households']);
  });

  it('keeps a numbered line at the margin, or closed like a sentence, a list item', () => {
    assert.deepEqual(read({ text: '1. Background', font: 'LMRomanCaps10-Regular', gap: 22 }).map((s) => s.split(':')[0]), ['list-item']);
    assert.ok(!read(centred('1. Background of the pilots.', { font: 'LMRomanCaps10-Regular' })).some((s) => s.startsWith('heading')));
  });
});
