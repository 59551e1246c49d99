import assert from 'node:assert/strict';
import { breakEvenPrecision, chooseFactors, countsWithFactors, countsWithout, crossValidate, documentFolds, microF1, standingTags, survives, weakCues, type CueTag, type ThemeRow } from '../../eval/theme-decision-cv.js';

// The counting behind themes18's two cross-validated decision rules (eval/theme-decision-cv.ts):
// which tags stand on a cue, which cues fall below a precision bar, how a per-theme factor on
// the bar gives and takes tags, and that folds keep a document's tags together.

const tag = (doc: string, right: boolean, score: number, parts: [string, number][], bar = 2): CueTag => ({ doc, right, score, bar, parts: parts.map(([key, share]) => ({ key, share })) });

describe('theme decision rules, cross-validated (themes18)', () => {
  it('break-even precision is half the F1', () => {
    assert.equal(breakEvenPrecision(0.7), 0.35);
    assert.equal(microF1({ tp: 1, fp: 1, fn: 0 }), 2 / 3);
    assert.equal(microF1({ tp: 0, fp: 3, fn: 3 }), 0);
  });

  it('a tag stands on a cue when its score without the cue falls below the bar', () => {
    const t = tag('d', true, 3, [['a', 2], ['b', 1]]);
    assert.equal(survives(t, new Set(['b'])), true);
    assert.equal(survives(t, new Set(['a'])), false);
    assert.equal(survives(t, new Set(['a', 'b'])), false);
    assert.deepEqual([...standingTags([t])], [['a', [1, 0]]]);
  });

  it('a cue is weak below the bar with enough standing tags, and dropping it removes them', () => {
    const tags = [tag('d1', false, 2, [['x', 2]]), tag('d2', false, 2, [['x', 2]]), tag('d3', true, 2, [['x', 2]]), tag('d4', true, 4, [['y', 2], ['z', 2]])];
    const stand = standingTags(tags);
    assert.deepEqual(stand.get('x'), [1, 2]);
    assert.equal(stand.get('y'), undefined);
    assert.deepEqual([...weakCues(stand, 3, 0.4)], ['x']);
    assert.equal(weakCues(stand, 4, 0.4).size, 0);
    // a missed theme is a tag that never holds
    const miss = tag('d5', true, Number.NEGATIVE_INFINITY, [], 0);
    assert.deepEqual(countsWithout([...tags, miss], 0, new Set()), { tp: 2, fp: 2, fn: 1 });
    assert.deepEqual(countsWithout([...tags, miss], 0, new Set(['x'])), { tp: 1, fp: 0, fn: 2 });
  });

  it("a theme's factor raises or lowers its bar; an implied tag stays", () => {
    const rows: ThemeRow[] = [
      { doc: 'a', theme: 't', right: true, ratio: 0.8, implied: false },
      { doc: 'a', theme: 't', right: true, ratio: 0.9, implied: false },
      { doc: 'b', theme: 'u', right: false, ratio: 1.1, implied: false },
      { doc: 'b', theme: 'u', right: true, ratio: 1.6, implied: false },
      { doc: 'c', theme: 'u', right: false, ratio: 0, implied: true },
    ];
    assert.deepEqual(countsWithFactors(rows, new Map()), { tp: 1, fp: 2, fn: 2 });
    assert.deepEqual(countsWithFactors(rows, new Map([['t', 0.75], ['u', 1.5]])), { tp: 3, fp: 1, fn: 0 });
    assert.deepEqual([...chooseFactors(rows, [0.75, 1, 1.5])].sort(), [['t', 0.75], ['u', 1.5]]);
    // a margin of more tags than the gain keeps the common bar
    assert.equal(chooseFactors(rows, [0.75, 1, 1.5], 10).size, 0);
  });

  it("folds keep a document's rows together and cross-validation chooses without the held fold", () => {
    const folds = documentFolds(['b', 'a', 'c', 'a'], 2);
    assert.deepEqual([...folds], [['a', 0], ['b', 1], ['c', 0]]);
    const rows = [{ doc: 'a' }, { doc: 'b' }, { doc: 'c' }];
    const seen: string[][] = [];
    const cv = crossValidate(rows, 2, (train) => {
      seen.push(train.map((r) => r.doc));
      return train.length;
    }, (held, n) => ({ tp: held.length, fp: n ?? 0, fn: 0 }));
    assert.deepEqual(seen, [['b'], ['a', 'c']]);
    assert.deepEqual(cv.before, { tp: 3, fp: 0, fn: 0 });
    // fold 0 holds a and c, chosen on b (1); fold 1 holds b, chosen on a and c (2)
    assert.deepEqual(cv.after, { tp: 3, fp: 1 + 2, fn: 0 });
  });
});
