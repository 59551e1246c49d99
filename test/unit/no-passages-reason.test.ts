import assert from 'node:assert/strict';
import { noPassagesReason } from '../../indexer/process-file.js';
import type { ReadResult } from '../../indexer/readers/types.js';

// userreview11: a one-page PDF (deep-tree.pdf) whose one line became its title was reported
// "no text found after cleaning (empty or only front matter)", as if pdf.js had not read it.

describe('the reason a read file gave no passage', () => {
  const pdf = (n: number): ReadResult => ({ format: 'pdf', pages: Array.from({ length: n }, (_, i) => ({ n: i + 1, width: 612, height: 792, items: [] })), embedded: {} });
  it('quotes the text that was taken as title or front matter, and the pages read', () => {
    assert.equal(
      noPassagesReason(pdf(1), [{ kind: 'front-matter', text: 'Humanitarian access deep tree page', page: 1 }]),
      'no body text (1 page read): its only text, 5 words ("Humanitarian access deep tree page"), was taken as title, running heads or front matter',
    );
    const long = noPassagesReason({ format: 'txt', text: 'x', embedded: {} }, [{ kind: 'front-matter', text: 'A'.repeat(50), page: null }, { kind: 'running-header', text: 'B'.repeat(50), page: null }]);
    assert.match(long, /^no body text: its only text, 2 words \("A{50} \/ B{24}…"\)/);
  });
  it('says nothing was found when nothing was', () => {
    assert.equal(noPassagesReason(pdf(3), []), 'no text found after cleaning (3 pages read)');
  });

  it('quotes a heading with nothing under it (a Markdown file of a title alone) as text taken as title, not "no text found"', () => {
    assert.equal(
      noPassagesReason({ format: 'md', blocks: [], embedded: {} }, [], ['Only a title']),
      'no body text: its only text, 3 words ("Only a title"), was taken as title, headings, running heads or front matter',
    );
  });
});
