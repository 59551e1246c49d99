import assert from 'node:assert/strict';
import { join } from 'node:path';
import { processFile } from '../../indexer/process-file.js';
import { layoutBlocks } from '../../indexer/stages/layout-blocks.js';
import { fakePage, para } from '../helpers/layout.js';

// LaTeX puts a float at a column's top or foot. Its caption, set in the text's own type, was read
// as a paragraph there, and the text the column goes on with ran into it: a word broken at the
// column turn lost its rest to the caption ("re-" … "Table 1: … sponse").

async function blocksOf(path: string) {
  const r = await processFile(path, path, [], { maxPages: 10, timeoutMs: 60_000 });
  return r.blocks ?? [];
}

describe('a float\'s caption at a column\'s top or foot', () => {
  // (180 s: the first PDF read by a unit run loads the tagger; past 60 s under load 20.)
  it('reads the captions as boxes and rejoins the word the column turn broke around them (pdflatex, two columns)', async function () {
    this.timeout(180_000);
    const blocks = await blocksOf(join('test/fixtures/pdf-latex45', 'captions-at-column-turn.pdf'));
    const text = blocks.map((b) => b.text).join('\n');
    assert.match(text, /rise by a tenth\. Characteristically, the registers also show that deliveries/);
    const table = blocks.find((b) => b.type === 'box' && b.label === 'Table 1');
    assert.ok(table, text);
    assert.match(table.text, /Table 1: Sites served and the price paid per cubic metre Site group Sites Price Near the capital 4 3\.10/);
    const figure = blocks.find((b) => b.type === 'box' && b.label === 'Figure 1');
    assert.match(figure?.text ?? '', /Figure 1: Volume delivered to each site by week, with the dates on which boreholes were repaired$/);
  });

  it('rejoins "re- … sponse" around a table at the second column\'s top, its folio set high on an A4 sheet', async function () {
    // The paper is set `letterpaper` on an A4 sheet: its folio, 16–17 % up from the foot, had
    // been read as text too, between the halves ("1 sponse. …") and after a note ("con- 2").
    this.timeout(180_000);
    const blocks = await blocksOf(join('test/fixtures/pdf-unseen13', 'okafor-lindqvist-2022-cash-transfers.twocolumn-spanabstract-floats.pdf'));
    const text = blocks.map((b) => b.text).join('\n');
    assert.match(text, /calculated at the start of the response\. Where inflation was low/);
    assert.ok(blocks.some((b) => b.type === 'box' && b.label === 'Table 1'), text);
    assert.ok(!blocks.some((b) => b.type !== 'heading' && /^\d\s|\s\d$/.test(b.text)), text);
  });

  it('leaves a paragraph that names a table, and a caption-like line inside a paragraph, as text', () => {
    const page = fakePage(1, [
      ...para('Opening text of the paper', 4),
      { text: 'Table 3 lists the sites and the price paid at each, by the month of delivery', gap: 30 },
      { text: 'and the contractor that delivered it, as the registers recorded them at the time.', gap: 15 },
      { text: 'the registers also record a second series of deliveries, shown as', gap: 15 },
      { text: 'Figure 2: the volumes by week. The figure shows the weeks of the repairs.', gap: 15 },
    ]);
    const blocks = layoutBlocks([page]).blocks;
    assert.ok(!blocks.some((b) => b.type === 'box'), blocks.map((b) => `${b.type}: ${b.text}`).join('\n'));
    assert.ok(blocks.some((b) => b.type === 'paragraph' && b.text.startsWith('Table 3 lists') && b.text.includes('Figure 2: the volumes')));
  });
});
