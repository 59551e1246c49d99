import assert from 'node:assert/strict';
import { normaliseInline } from '../../indexer/stages/text-blocks.js';
import { linkFootnotes } from '../../indexer/stages/repair.js';
import { mark } from '../../core/text.js';
import type { Block } from '../../core/types.js';

// readspeed24: the structure stages skip patterns a line or block cannot match (no character a
// pattern needs), and must give what trying them gave.

describe('normaliseInline tries its patterns only on a line with markup', () => {
  it('still undoes each kind of markup, and leaves a plain line as it is (the same string)', () => {
    assert.equal(normaliseInline('soft\u00ADhyphen'), 'softhyphen');
    assert.equal(normaliseInline('a note^{12} here'), `a note${mark('12')} here`);
    assert.equal(normaliseInline('**bold** and *emphasis* here'), 'bold and emphasis here');
    assert.equal(normaliseInline('<em>tagged</em> <a href="https://x.org">link'), 'tagged https://x.orglink');
    assert.equal(normaliseInline('civilians,¹² and children⁴'), `civilians,${mark('12')} and children${mark('4')}`);
    assert.equal(normaliseInline('access³'), `access${mark('3')}`);
    const plain = 'Protection of civilians: “access” — 2024 (OCHA), 45 % of them.';
    assert.equal(normaliseInline(plain), plain);
  });
});

describe('linkFootnotes with nothing to restore or tighten', () => {
  const block = (text: string, extra: Partial<Block> = {}): Block => ({ type: 'paragraph', text, ...extra }) as Block;

  it('restores a number as a mark only where a footnote has that number', () => {
    const withNote = linkFootnotes([block('As reported.3 More text.'), block('3 The source.', { type: 'footnote', n: '3' })]);
    assert.deepEqual(withNote[0].footnoteRefs, ['3']);
    const without = linkFootnotes([block('As reported.3 More text.')]);
    assert.equal(without[0].text, 'As reported.3 More text.');
    assert.equal(without[0].footnoteRefs, undefined);
  });

  it('tightens a space before punctuation, keeping a French one before ";" or ":" only in French', () => {
    assert.equal(linkFootnotes([block('Access was denied , and aid stopped ; then : nothing.')])[0].text, 'Access was denied, and aid stopped; then: nothing.');
    const french = "L'accès humanitaire reste insuffisant ; les besoins des populations civiles sont immenses et la protection des civils demeure une priorité : il faut agir.";
    assert.equal(linkFootnotes([block(french)])[0].text, french);
  });
});
