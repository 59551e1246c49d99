import assert from 'node:assert/strict';
import { citationSegments, citingContext } from '../../server/citing-context.js';

const passage = (text: string, cite: string, work = 'w') => ({ text, citing: [{ work, start: text.indexOf(cite), end: text.indexOf(cite) + cite.length }] });
const shown = (c: ReturnType<typeof citingContext>) => (c ? `${c.cutBefore ? '…' : ''}${c.before}[${c.cite}]${c.after}${c.cutAfter ? '…' : ''}` : null);

describe('citingContext', () => {
  it('gives the sentence that holds the citation, with the citation apart', () => {
    const p = passage('The UN changed course. Many saw a retreat from advocacy (Bowden and Metcalfe-Hough, 2020). Others did not.', '(Bowden and Metcalfe-Hough, 2020)');
    assert.equal(shown(citingContext(p, 'w')), 'Many saw a retreat from advocacy [(Bowden and Metcalfe-Hough, 2020)].');
  });

  it('does not end a sentence at an abbreviation or inside the citation', () => {
    const p = passage('Leaders, e.g. SRSGs, were cautious (ibid., p. 4) about it. Then more came later.', '(ibid., p. 4)');
    assert.equal(shown(citingContext(p, 'w')), 'Leaders, e.g. SRSGs, were cautious [(ibid., p. 4)] about it.');
    const n = passage('As Rosenthal (2019) argued, the U.S. view held. Next came the others.', 'Rosenthal (2019)');
    assert.equal(shown(citingContext(n, 'w')), 'As [Rosenthal (2019)] argued, the U.S. view held.');
  });

  it('cuts a long sentence around the citation at word boundaries', () => {
    const long = `${'word '.repeat(100)}(Slim, 2015) ${'more '.repeat(100)}end.`;
    const c = citingContext(passage(long, '(Slim, 2015)'), 'w', 120)!;
    assert.ok(c.cutBefore && c.cutAfter);
    assert.ok(c.before.length <= 60 && c.after.length <= 60, `${c.before.length} / ${c.after.length}`);
    assert.match(c.before, /^word /);
    assert.match(c.after, / more$/);
  });

  it('has nothing to show for a work cited only through a note', () => {
    assert.equal(citingContext({ text: 'A claim.', citing: undefined }, 'w'), null);
    assert.equal(citingContext(passage('A claim (X, 2020).', '(X, 2020)', 'other'), 'w'), null);
  });

  it('cuts a passage into runs that link each in-text citation to its entry or corpus document', () => {
    const text = 'As argued (Bowden and Metcalfe-Hough, 2020; Slim, 2015) and (ibid.), others (X, 2001).';
    const span = (t: string, work: string) => ({ work, start: text.indexOf(t), end: text.indexOf(t) + t.length });
    const p = { text, citing: [span('Bowden and Metcalfe-Hough, 2020', 'doc:b'), span('Slim, 2015', 'slim|2015'), span('(ibid.)', 'slim|2015'), span('X, 2001', 'unknown')] };
    const d = { references: [
      { id: 'r1', type: 'report', title: 'Age of caution', passage: 'p1', work: 'doc:b', inCorpus: 'b' },
      { id: 'r2', type: 'book', title: 'Humanitarian ethics', passage: 'p2', work: 'slim|2015' },
    ] };
    const segs = citationSegments(p, d);
    assert.equal(segs.map((s) => s.text).join(''), text);
    assert.deepEqual(segs.filter((s) => s.href).map((s) => [s.text, s.href, s.title]), [
      ['Bowden and Metcalfe-Hough, 2020', '/documents/b', 'Age of caution'],
      ['Slim, 2015', '#p-p2', 'Humanitarian ethics'],
      ['(ibid.)', '#p-p2', 'Humanitarian ethics'],
    ]);
    assert.deepEqual(citationSegments({ text: 'Plain.', citing: undefined }, d), [{ text: 'Plain.' }]);
  });
});
