import assert from 'node:assert/strict';
import { join } from 'node:path';
import { processFile } from '../../indexer/process-file.js';
import { layoutBlocks } from '../../indexer/stages/layout-blocks.js';
import { fakePage, para } from '../helpers/layout.js';

// A two-page LaTeX paper prints its running head on page 2 only (page 1 is `plain`): the head
// repeats no other page, and was read as text (4 of the 10 papers of test/fixtures/pdf-unseen13).
// What it repeats is the first page's title block.

const dir = 'test/fixtures/pdf-unseen13';

async function blocksOf(name: string) {
  const r = await processFile(join(dir, name), name, [], { maxPages: 10, timeoutMs: 60_000 });
  return r.blocks ?? [];
}

describe('a running head printed once, on a short paper\'s second page', () => {
  it('takes the authors\' head on page 2 out of the text (lualatex, two columns)', async function () {
    this.timeout(60_000);
    const blocks = await blocksOf('haddad-ferreira-2023-climate-displacement.lualatex-dejavu-twocolumn.pdf');
    const leaked = blocks.filter((b) => b.text.includes('Rania Haddad and Tomás Ferreira'));
    assert.deepEqual(leaked.map((b) => b.text), []);
  });

  it('rejoins the word a page turn hyphenated once the head between its halves is gone (multicol)', async function () {
    this.timeout(60_000);
    const blocks = await blocksOf('marchetti-2021-access-negotiations.multicol-footnotes.pdf');
    const text = blocks.map((b) => b.text).join('\n');
    assert.match(text, /give negotiators explicit and affirmative backing from headquarters/);
    assert.ok(!blocks.some((b) => b.text === 'Giulia Marchetti'), 'the head\'s author half is no block');
  });

  const title = [
    { text: 'Protection monitoring and the duty of care', size: 17, top: 110 },
    { text: 'Siobhan Brennan', size: 12, gap: 30 },
    { text: 'February 2024', size: 12, gap: 20 },
  ];

  it('drops a small head on page 2 whose words are the title block\'s', () => {
    const p1 = fakePage(1, [...title, ...para('Opening text of the paper', 20)]);
    const p2 = fakePage(2, [{ text: '2 Siobhan Brennan', size: 9, top: 80 }, { ...para('Body text of the second page', 1)[0], gap: 30 }, ...para('More text', 10)]);
    const texts = layoutBlocks([p1, p2]).blocks.map((b) => b.text);
    assert.ok(!texts.some((t) => t.includes('Siobhan Brennan') && t !== 'Siobhan Brennan'), texts.join('\n'));
  });

  it('keeps a line at page 2\'s top with words the title block lacks, or a bold heading that repeats it', () => {
    const p1 = fakePage(1, [...title, ...para('Opening text of the paper', 20)]);
    for (const top of [{ text: 'Protection monitoring in Siobhan camps', size: 10 }, { text: 'Protection monitoring', size: 11, bold: true }]) {
      const p2 = fakePage(2, [{ ...top, top: 80 }, { ...para('Body text of the second page', 1)[0], gap: 30 }, ...para('More text', 10)]);
      const texts = layoutBlocks([p1, p2]).blocks.map((b) => b.text);
      assert.ok(texts.some((t) => t.includes(top.text)), `${top.text}:\n${texts.join('\n')}`);
    }
  });
});
