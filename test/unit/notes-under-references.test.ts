import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processFile } from '../../indexer/process-file.js';
import { layoutBlocks } from '../../indexer/stages/layout-blocks.js';
import { fakePage, para, type FakeLine } from '../helpers/layout.js';

// LaTeX and pandoc set a short paper's last footnotes at the foot of the page that holds its
// reference list. Those notes had been read as one more reference entry (6 of the 10 LaTeX and
// pandoc papers of test/fixtures/pdf-unseen13); a small-type numbered list no raised mark calls
// is still a reference list.

const dir = 'test/fixtures/pdf-latex43';

describe('footnotes at the foot of a reference list\'s page', () => {
  it('reads the notes under thebibliography as notes, and the entries as the three entries', async function () {
    this.timeout(60_000);
    const truth = JSON.parse(readFileSync(join(dir, 'notes-under-references.truth.json'), 'utf8')) as { blocks: { type: string; text: string; n?: string }[] };
    const r = await processFile(join(dir, 'notes-under-references.pdf'), 'notes-under-references.pdf', [], { maxPages: 10, timeoutMs: 60_000 });
    const blocks = r.blocks ?? [];
    const got = (type: string) => blocks.filter((b) => b.type === type).map((b) => ({ n: b.n, text: b.text }));
    const want = (type: string) => truth.blocks.filter((b) => b.type === type).map((b) => ({ n: b.n, text: b.text }));
    assert.deepEqual(got('footnote'), want('footnote'));
    assert.deepEqual(
      got('reference').map((b) => b.text.replace(/^\[\d+\]\s*/, '')),
      want('reference').map((b) => b.text),
    );
  });

  it('keeps a small-type numbered reference list whole when no raised mark calls its numbers', () => {
    const entry = (n: number): FakeLine => ({ text: `${n} Author${n}, A. (2019). A report on humanitarian access number ${n}. Geneva.`, size: 8, gap: 11 });
    const page = fakePage(1, [...para('Closing text of the paper', 6), { text: 'References', size: 12, bold: true, gap: 26 }, { text: 'Introductory words of the list set in the text type here.', gap: 16 }, ...[1, 2, 3].map(entry)]);
    const s = layoutBlocks([page]);
    assert.equal(s.blocks.filter((b) => b.type === 'footnote').length, 0, s.blocks.map((b) => `${b.type}: ${b.text}`).join('\n'));
    assert.equal(s.blocks.filter((b) => b.type === 'reference').length, 4);
  });
});

describe('a numbered reference list running onto a new page', () => {
  it('opens an entry with its bracketed number at the new page\'s top', () => {
    const entry = (n: number, names: string, more: string[]): FakeLine[] => [
      { text: `[${n}] ${names}`, size: 10, gap: 16 },
      ...more.map((t) => ({ text: t, size: 10, x: 88, gap: 12 })),
    ];
    const p1 = fakePage(1, [
      ...para('Closing text of the paper', 8),
      { text: 'References', size: 14, bold: true, gap: 30 },
      ...entry(1, 'ICRC (2020). Handbook on data protection in humanitarian action.', ['Second edition. Geneva: International Committee of the Red Cross.']),
      ...entry(2, 'Raymond, N., Card, B. and Baker, I. (2016). Building data responsibility', ['into humanitarian action. New York: OCHA Policy and Studies Series.']),
    ]);
    const p2 = fakePage(2, [
      ...entry(3, 'Sandvik, K. B., Jacobsen, K. L. and McDonald, S. M. (2017). Do no', ['harm: a taxonomy of the challenges of humanitarian experimentation.', 'International Review of the Red Cross 99(904): 319–344.']),
      ...entry(4, 'Slim, H. (2015). Humanitarian ethics: a guide to the morality of aid', ['in war and disaster. London: Hurst.']),
    ]);
    const refs = layoutBlocks([p1, p2]).blocks.filter((b) => b.type === 'reference').map((b) => b.text.slice(0, 3));
    assert.deepEqual(refs, ['[1]', '[2]', '[3]', '[4]']);
  });
});
