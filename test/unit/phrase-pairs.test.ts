import assert from 'node:assert/strict';
import { pairColumn, pairRow, pairTokens } from '../../core/build/phrase-pairs.js';
import { phraseRow } from '../../core/build/library-db.js';

// pairColumn pairs a column by one regular expression: it must give what pairTokens gives.
const byTokens = (column: string) => pairTokens(column.split(' ').filter(Boolean)).join(' ');

describe('phrase pairs', () => {
  it('pairs a column as pairTokens of its tokens does, whatever its spacing', () => {
    for (const column of ['', 'a', 'a b', 'a b c d', ' a  b ', 'a  b', ' a', 'b ', '  ', 'x$1 y$& z$$ $`']) assert.equal(pairColumn(column), byTokens(column), JSON.stringify(column));
  });

  it('pairs a passage as before, stemmed and as written', () => {
    const [stems, words] = phraseRow("The protection of civilians isn't 1.5 times_safer — it’s protection-of-civilians work.");
    assert.deepEqual(pairRow(stems, words), [byTokens(stems), byTokens(words)]);
    assert.equal(pairColumn('protect of civilian'), 'protect_20_of of_20_civilian');
  });
});
