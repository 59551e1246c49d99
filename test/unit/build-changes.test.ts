import assert from 'node:assert/strict';
import { changesSince } from '../../indexer/changes.js';
import { summaryTable } from '../../indexer/summary.js';
import type { Report } from '../../indexer/run.js';

// userreview19b finding 5: a week's rebuilds printed the same summary whatever had changed.
describe('what a rebuild changed', () => {
  const previous = new Map([
    ['h-a', 'a.pdf'],
    ['h-b', 'b.pdf'],
    ['h-c', 'c.pdf'],
    ['h-d', 'old name.pdf'],
  ]);

  it('names files added, changed, renamed and removed, each once', () => {
    const now = [
      { file: 'a.pdf', hash: 'h-a' },
      { file: 'b.pdf', hash: 'h-b2' },
      { file: 'new name.pdf', hash: 'h-d' },
      { file: 'e.pdf', hash: 'h-e' },
      { file: 'd.txt', hash: 'h-f' },
    ];
    assert.deepEqual(changesSince('B1', previous, now), { since: 'B1', added: ['d.txt', 'e.pdf'], removed: ['c.pdf'], changed: ['b.pdf'], renamed: [{ from: 'old name.pdf', to: 'new name.pdf' }] });
  });

  it('a copy of a file still there is added, not renamed', () => {
    const now = [...previous].map(([hash, file]) => ({ file, hash })).concat([{ file: 'copy of a.pdf', hash: 'h-a' }]);
    const c = changesSince('B1', previous, now);
    assert.deepEqual([c.added, c.renamed, c.removed], [['copy of a.pdf'], [], []]);
  });

  it('prints them under the totals, and says when nothing changed', () => {
    const base: Report = { build: 'B2', corpus: '/c', startedAt: '', finishedAt: '', files: [], catalogs: [], ignored: [], resources: { peakRssMb: 1, restarts: 0, workers: 1 }, totals: { files: 0, indexed: 0, partial: 0, skipped: 0, duplicates: 0, documents: 0, passages: 0, pages: 0, cached: 0 } };
    const out = summaryTable({ ...base, changes: { since: 'B1', added: ['e.pdf', 'f.pdf', 'g.pdf'], removed: ['ocha sitrep.pdf'], changed: ['b.pdf'], renamed: [] } });
    assert.match(out, /^Since the last build \(B1\):$/m);
    assert.match(out, /^ {2}3 files added: e\.pdf, f\.pdf, g\.pdf$/m);
    assert.match(out, /^ {2}1 file changed \(read again; passages whose text is unchanged keep their links\): b\.pdf$/m);
    assert.match(out, /^ {2}1 file removed or no longer indexed \(links to its document now answer "not found"\): ocha sitrep\.pdf$/m);
    assert.doesNotMatch(out, /renamed/);
    assert.match(summaryTable({ ...base, changes: { since: 'B1', added: [], removed: [], changed: [], renamed: [] } }), /Since the last build \(B1\): no document added, removed or changed\./);
    assert.doesNotMatch(summaryTable(base), /Since the last build/, 'a first build has nothing to compare');
    // userreview21a: a run over an empty folder published nothing, yet said its files were removed
    assert.doesNotMatch(summaryTable({ ...base, build: null, changes: { since: 'B1', added: [], removed: ['a.pdf'], changed: [], renamed: [] } }), /Since the last build|removed/, 'a run that published nothing changed nothing');
  });
});
