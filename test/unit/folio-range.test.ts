import assert from 'node:assert/strict';
import type { CslItem, MetadataSource } from '../../core/types.js';
import { withFolioRange } from '../../indexer/metadata/folio-range.js';

const fill = (csl: CslItem, labels: (string | null)[] | null) => {
  const provenance: Record<string, MetadataSource> = {};
  withFolioRange(csl, provenance, labels);
  return { page: csl.page, source: provenance.page };
};

describe('withFolioRange: an article or chapter gives the pages its folios print', () => {
  it('gives a journal article with no pages its first and last folios', () => {
    assert.deepEqual(fill({ id: 'a', type: 'article-journal' }, ['245', '246', null, '248']), { page: '245-248', source: 'text' });
    assert.deepEqual(fill({ id: 'c', type: 'chapter' }, ['101', '102']), { page: '101-102', source: 'text' });
  });

  it('keeps the pages a catalogue or the journal line gave', () => {
    assert.deepEqual(fill({ id: 'a', type: 'article-journal', page: '7-19' }, ['245', '246']), { page: '7-19', source: undefined });
  });

  it('gives none to a report, nor where an end prints no arabic number', () => {
    assert.equal(fill({ id: 'r', type: 'report' }, ['1', '2']).page, undefined);
    assert.equal(fill({ id: 'a', type: 'article-journal' }, [null, '246', '247']).page, undefined, 'a first page printing none (a cover sheet?)');
    assert.equal(fill({ id: 'a', type: 'article-journal' }, ['iii', '1', '2']).page, undefined);
    assert.equal(fill({ id: 'a', type: 'article-journal' }, ['12', '3']).page, undefined);
    assert.equal(fill({ id: 'a', type: 'article-journal' }, null).page, undefined);
  });

  it('gives a one-page article its page', () => {
    assert.equal(fill({ id: 'a', type: 'article-journal' }, ['17']).page, '17');
  });
});
