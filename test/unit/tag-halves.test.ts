import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inRole, isTrainingFile, referenceRole, seedRole, writtenRole } from '../../eval/tag-halves.js';

// The tuning labels' design and check halves live in one module (eval/tag-halves.ts), read by
// every script that prints tag errors (review16 finding 8: scripts/theme-study.ts had copied
// tag-split.ts's odd/even rules, so a change to one could have let --dump print check passages).

describe('the design and check halves of the tuning labels (eval/tag-halves.ts)', () => {
  it('gives tags.json its odd label indexes to design on and its even ones to check on, each label once', () => {
    const labels = ['l0', 'l1', 'l2', 'l3', 'l4'];
    const design = inRole(labels, 'design', (_, i) => seedRole(i));
    const check = inRole(labels, 'check', (_, i) => seedRole(i));
    assert.deepEqual(design, ['l1', 'l3']);
    assert.deepEqual(check, ['l0', 'l2', 'l4']);
  });
  it("splits the reference entries by id, wherever an entry sits: r001 is design, r002 check", () => {
    assert.equal(referenceRole({ id: 'r001' }), 'design');
    assert.equal(referenceRole({ id: 'r002' }), 'check');
    assert.equal(referenceRole({ id: 'r157' }), 'design');
    const entries = [{ id: 'r010' }, { id: 'r003' }, { id: 'r001' }];
    assert.deepEqual(inRole(entries, 'design', referenceRole).map((e) => e.id), ['r003', 'r001']);
  });
  it("makes a written set's looked-at half design, its unseen half check, its held-out half neither", () => {
    assert.equal(writtenRole('looked'), 'design');
    assert.equal(writtenRole('unseen'), 'check');
    assert.equal(writtenRole('held-out'), undefined);
  });
  it('knows a training set by its folder', () => {
    assert.ok(isTrainingFile('test/labels/training/theme-training.json'));
    assert.ok(!isTrainingFile('test/labels/validation/written-tags.json'));
  });

  // Scripts and eval modules split the labels only through eval/tag-halves.ts: no label index
  // or reference id is taken mod 2 anywhere else (a bench's A/B interleaving is no split of labels).
  const ownSplit = [/\(_,\s*i\)\s*=>\s*i\s*%\s*2/, /\.id\.slice\(1\)\)\s*%\s*2/, /id\.slice\(1\)\)\s*%\s*2/];
  for (const dir of ['scripts', 'eval']) {
    it(`finds no split of its own in ${dir}/`, () => {
      const own = readdirSync(dir)
        .filter((f) => f.endsWith('.ts') && f !== 'tag-halves.ts')
        .filter((f) => ownSplit.some((re) => re.test(readFileSync(join(dir, f), 'utf8'))));
      assert.deepEqual(own, []);
    });
  }
  it('has tag-split.ts and theme-study.ts read the same sets', () => {
    for (const f of ['scripts/tag-split.ts', 'scripts/theme-study.ts']) assert.match(readFileSync(f, 'utf8'), /import \{[^}]*\bsplitSets\b[^}]*\} from '\.\.\/eval\/tag-halves\.js'/, f);
  });
});
