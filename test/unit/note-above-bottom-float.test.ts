import assert from 'node:assert/strict';
import { join } from 'node:path';
import { processFile } from '../../indexer/process-file.js';
import { layoutBlocks } from '../../indexer/stages/layout-blocks.js';
import { fakePage, para } from '../helpers/layout.js';

// LaTeX sets a bottom float ([b]) under the column's footnotes, so a note stands between the text
// and the figure's caption, and a long one breaks there and goes on at the next column's foot.
// The search for notes climbed from the column's foot through small lines only: it stopped at
// the caption, and the note's first part was read into the text (2 of the 10 papers of
// test/fixtures/pdf-unseen13: "pro- gramme", "con- tract").

async function blocksOf(path: string) {
  const r = await processFile(path, path, [], { maxPages: 10, timeoutMs: 60_000 });
  return r.blocks ?? [];
}

describe('a footnote above a float at a column\'s foot', () => {
  it('reads the note above the figure, and its rest at the next column\'s foot, as one note (pdflatex)', async function () {
    this.timeout(180_000);
    const blocks = await blocksOf(join('test/fixtures/pdf-latex45', 'note-above-bottom-figure.pdf'));
    const notes = blocks.filter((b) => b.type === 'footnote');
    assert.equal(notes.length, 1, blocks.map((b) => `${b.type}: ${b.text}`).join('\n'));
    assert.match(notes[0].text, /^The shares are estimated .* never came forward\. In the second district the distribution points opened two days later than planned, .* is about one in five\.$/);
    const text = blocks.map((b) => b.text).join('\n');
    assert.match(text, /The review recommends that the teams update the lists with the village committees every year/);
    assert.ok(blocks.some((b) => b.type === 'box' && b.label === 'Figure 1'), text);
  });

  it('mends the notes of two unseen papers broken around a bottom figure (pdflatex, lualatex)', async function () {
    this.timeout(180_000);
    const floats = await blocksOf(join('test/fixtures/pdf-unseen13', 'okafor-lindqvist-2022-cash-transfers.twocolumn-spanabstract-floats.pdf'));
    assert.ok(floats.some((b) => b.type === 'footnote' && b.text === 'One office reported that its bank required a full new contract for any change of the transfer mechanism.'), floats.map((b) => b.text).join('\n'));
    assert.ok(floats.some((b) => b.type === 'footnote' && /original grant\.$/.test(b.text)));
    const dejavu = await blocksOf(join('test/fixtures/pdf-unseen13', 'haddad-ferreira-2023-climate-displacement.lualatex-dejavu-twocolumn.pdf'));
    assert.ok(dejavu.some((b) => b.type === 'footnote' && /social protection programme, updated through a short verification exercise\.$/.test(b.text)), dejavu.map((b) => b.text).join('\n'));
  });

  it('reads no note in a small table\'s rows close over its caption at a column\'s foot', () => {
    const page = fakePage(1, [
      ...para('Opening text of the paper', 6),
      { text: '1 Camps near the capital 5 cash and vouchers', size: 8, gap: 30 },
      { text: '2 Towns along the river 6 cash only', size: 8, gap: 10 },
      { text: '3 Remote areas 3 in-kind and cash', size: 8, gap: 10 },
      { text: 'Table 2: Sites by group, with the response each used', gap: 14 },
    ]);
    const blocks = layoutBlocks([page]).blocks;
    assert.ok(!blocks.some((b) => b.type === 'footnote'), blocks.map((b) => `${b.type}: ${b.text}`).join('\n'));
  });
});
