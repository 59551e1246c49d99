import assert from 'node:assert/strict';
import { Fts5Engine } from '../../core/engines/fts5.js';
import type { EngineClause } from '../../core/engines/engine.js';

// A typo-tolerant clause's candidates are read once per engine and term (attack19): a search
// asks for a clause's terms four or five times, and each reading walked every indexed term of
// the first letter through fts_vocab (four `word~2` were 260–330 ms of CPU at 100k passages).

const docs = ['protection of civilians', 'protecting camps', 'projection of power', 'civilian protection mandate', 'council mandate'].map((text, ordinal) => ({ ordinal, text, section: '', title: 'report', author: 'A' }));

describe('FTS5 typo-tolerant terms', () => {
  it('reads a fuzzy clause’s candidates once, and answers as before', () => {
    const engine = Fts5Engine.build(docs);
    const scan = engine as unknown as { termsFrom: { iterate: (...a: string[]) => Iterable<{ term: string }> } };
    const statement = scan.termsFrom;
    let walks = 0;
    scan.termsFrom = { iterate: (...a: string[]) => (walks++, statement.iterate(...a)) };
    const clauses: EngineClause[] = [{ term: 'protectoin', presence: 'optional', editDistance: 2 }, { term: 'mandte', presence: 'optional', editDistance: 1 }];
    const first = [...engine.search(clauses)];
    const afterFirst = walks;
    assert.equal(afterFirst, 2, 'one walk a clause');
    const second = [...engine.search(clauses)];
    engine.ranked.best(clauses, 3);
    assert.equal(walks, afterFirst, 'no walk for the same terms again');
    assert.deepEqual(second, first);
    assert.deepEqual(first.map(([o]) => o).sort(), [3, 4]);
  });
});
