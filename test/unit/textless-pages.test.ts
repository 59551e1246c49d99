import assert from 'node:assert/strict';
import { textlessPages } from '../../indexer/process-file.js';
import { fakePage } from '../helpers/layout.js';

describe('textlessPages: pages search cannot see', () => {
  const text = (n: number) => fakePage(n, [{ text: `Page ${n} has a line of text.` }]);
  it('names a page with no text in a file with text (a scan among typeset pages)', () => {
    assert.equal(textlessPages([text(1), text(2), fakePage(3, []), text(4)]), 'page 3 has no text (a figure or a scan?)');
    assert.equal(textlessPages([text(1), fakePage(2, [{ text: '  ' }]), fakePage(3, [])]), 'pages 2, 3 have no text (figures or scans?)');
  });
  it('says nothing of a file whose pages all have text, or of text files', () => {
    assert.equal(textlessPages([text(1), text(2)]), undefined);
    assert.equal(textlessPages(undefined), undefined);
  });
  it('lists ten pages and counts the rest', () => {
    const pages = [text(1), ...Array.from({ length: 12 }, (_, i) => fakePage(i + 2, []))];
    assert.equal(textlessPages(pages), 'pages 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 2 more have no text (figures or scans?)');
  });
});
