import assert from 'node:assert/strict';
import { journalCitation, splitNames } from '../../indexer/metadata/resolve.js';
import { metadataLine } from '../../indexer/metadata/byline.js';
import { markRun } from '../../indexer/stages/lines.js';

// review38: the edges of 1b9745f (the issue's year in brackets, a journal line without word
// spaces) and 483364b (a marked byline run into its year) that held when a stranger tried them.

describe('review38: the journal line\'s bracketed year (1b9745f)', () => {
  const line = (bracket: string, after = ''): string => `Journal of Peace Studies, Vol. 27, No. 1 ${bracket}, pp. 1-11${after}`;

  it('takes a year in brackets as the issue\'s only when it is one (19xx, 20xx), keeping the journal either way', () => {
    assert.deepEqual(journalCitation(line('(2024)'))?.issued, { 'date-parts': [[2024]] });
    const old = journalCitation(line('(1850)'));
    assert.equal(old?.issued, undefined);
    assert.equal(old?.['container-title'], 'Journal of Peace Studies');
  });

  it('keeps the bracketed year when a reprint\'s year follows the pages, and reads no citation where a second bracket or a season stands before them (as before)', () => {
    assert.deepEqual(journalCitation(line('(1998)', '. Reprinted 2024'))?.issued, { 'date-parts': [[1998]] });
    assert.equal(journalCitation(line('(2024) (reprint 1998)')), null);
    assert.equal(journalCitation(line('(Spring 2024)')), null);
  });

  it('reads a justified line that lost its spaces, but no one-word journal name', () => {
    assert.deepEqual(journalCitation('International Peacekeeping,Vol.27,No.1(2024),pp.1-11'), { 'container-title': 'International Peacekeeping', volume: '27', issue: '1', issued: { 'date-parts': [[2024]] }, page: '1-11' });
    assert.equal(journalCitation('Peacekeeping,Vol.27,No.1(2024),pp.1-11'), null);
  });

  it('fails quickly on 600-character lines built to make the comma-or-space join and the bracket backtrack', () => {
    const tokens = ['Aa', 'of', ',', ' ', 'Vol.', 'Vol', '1', 'No.', '(2024)', '(', ')', '1-2', '-', 'pp.', 'A.', ':'];
    let seed = 38;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const lines = ['Aa,'.repeat(150) + 'Vol1No1(2024)1-', 'Aa '.repeat(150) + 'Vol 1 No 1 (2024) 1-', 'Aa '.repeat(12) + 'Vol. 1 No. 1 (2024) '.repeat(28) + '1-'];
    for (let i = 0; i < 300; i++) {
      let s = '';
      while (s.length < 600) s += tokens[next(tokens.length)] + (next(3) ? ' ' : '');
      lines.push(s.slice(0, 600));
    }
    const t0 = process.cpuUsage();
    for (const l of lines) journalCitation(l);
    // 303 lines; one slow line (the 5 s of reviewfix18a) would be far over
    assert.ok(process.cpuUsage(t0).user < 500_000, `${process.cpuUsage(t0).user} µs`);
  });
});

describe('review38: a marked byline run into its year (483364b)', () => {
  const raised = (m: string): string => `\uE000${m}\uE001`;
  it('reads names with particles and hyphens, three marked authors, an affiliation mark of two numbers, and a body', () => {
    assert.deepEqual(metadataLine(`Jean-Marie van der Berg${raised('*')} 2024`, splitNames)?.author, splitNames('Jean-Marie van der Berg'));
    assert.deepEqual(metadataLine(`Anne-Sophie Müller-Lüdenscheidt${raised('1,2')} 2023`, splitNames)?.author, splitNames('Anne-Sophie Müller-Lüdenscheidt'));
    const three = metadataLine(`Jane Smith${raised('*')}, John Doe${raised('†')} and Ann Lee${raised('‡')} 2024`, splitNames);
    assert.deepEqual(three, { author: splitNames('Jane Smith, John Doe and Ann Lee'), issued: { 'date-parts': [[2024]] } });
    assert.deepEqual(metadataLine(`Human Rights Watch${raised('*')} 2024`, splitNames)?.author, splitNames('Human Rights Watch'));
  });

  it('reads a name with two or more note marks, as the reader writes them (one token a note: "Smith¹,²")', () => {
    // markRun is how the PDF reader writes a raised run: "1,2" is two tokens, "∗†" one
    for (const run of ['1,2', '1, 3', '2–4', 'a,b']) {
      const line = `Jane Smith${markRun(run)} and John Doe${markRun('3')} 2024`;
      assert.deepEqual(metadataLine(line, splitNames), { author: splitNames('Jane Smith and John Doe'), issued: { 'date-parts': [[2024]] } }, JSON.stringify(line));
    }
  });

  it('reads no byline from a title with a mark whose words a name does not take, or a kind of document', () => {
    assert.equal(metadataLine(`Peace Operations in Mali${raised('*')} 2024`, splitNames), null);
    assert.equal(metadataLine(`Humanitarian Overview${raised('1')} 2024`, splitNames), null);
  });
});
