import assert from 'node:assert/strict';
import { ownLabelsIfPrinted } from '../../indexer/stages/label-choice.js';

describe('ownLabelsIfPrinted: the /PageLabels tree only where the folios say the same', () => {
  it('cites the folios when the tree counts otherwise (a chapter printed 101–104, labelled 3–6)', () => {
    assert.equal(ownLabelsIfPrinted(['3', '4', '5', '6'], ['101', '102', '103', '104']), null);
  });

  it('keeps the tree where it matches, for the pages whose folio was not read', () => {
    assert.deepEqual(ownLabelsIfPrinted(['i', 'ii', '1', '2', '3'], [null, 'ii', '1', null, '3']), ['i', 'ii', '1', '2', '3']);
  });

  it('keeps the tree against one misread folio (a year in a foot)', () => {
    assert.deepEqual(ownLabelsIfPrinted(['1', '2', '3', '4'], ['1', '2019', '3', '4']), ['1', '2', '3', '4']);
  });

  it('keeps the tree where no folio was read, and reads roman numerals in either case', () => {
    assert.deepEqual(ownLabelsIfPrinted(['1', '2'], null), ['1', '2']);
    assert.deepEqual(ownLabelsIfPrinted(['I', 'II', '1'], ['i', 'ii', '1']), ['I', 'II', '1']);
  });

  it('gives nothing for a tree of no labels', () => {
    assert.equal(ownLabelsIfPrinted([null, null], ['1', '2']), null);
    assert.equal(ownLabelsIfPrinted(null, ['1', '2']), null);
  });
});
