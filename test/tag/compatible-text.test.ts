import assert from 'node:assert/strict';
import type { Passage } from '../../core/types.js';
import { loadTaxonomy } from '../../core/taxonomy.js';
import { compatibleView } from '../../core/nlp/fold.js';
import { Tagger } from '../../indexer/tag/tagger.js';

// A passage in full-width, mathematical or ligature letters, or with invisible characters inside
// its words, names what the same passage in plain letters names; the evidence quotes the passage
// as it is written (lang29).
const tagger = new Tagger(loadTaxonomy());
const passage = (text: string): Passage => ({
  id: 'x', doc: 'd', ordinal: 0, block: 0, text, section: [], page: null, physicalPage: null, start: 0, end: text.length,
  kind: 'finding', blockType: 'paragraph', actors: [], themes: [], places: [], evidence: [],
});

describe('tagger: compatibility forms of letters', () => {
  const plain = 'UNHCR staff in Syria reported attacks on civilians.';
  const forms = [
    'ＵＮＨＣＲ staff in Ｓｙｒｉａ reported attacks on civilians.',
    '𝐔𝐍𝐇𝐂𝐑 staff in 𝐒𝐲𝐫𝐢𝐚 reported attacks on civilians.',
    'UN\u200bHCR staff in Sy\u00adria reported attacks on civilians.',
  ];

  it('tags the actors, places and themes the plain text has', () => {
    const want = tagger.tag(passage(plain));
    assert.deepEqual(want.actors, ['unhcr']);
    assert.deepEqual(want.places, ['SYR']);
    for (const text of forms) {
      const got = tagger.tag(passage(text));
      assert.deepEqual([got.actors, got.places, got.themes, got.kind], [want.actors, want.places, want.themes, want.kind], text);
    }
  });

  it('quotes the text as written in its evidence', () => {
    for (const text of forms) {
      const got = tagger.tag(passage(text));
      for (const e of got.evidence.filter((x) => x.facet !== 'theme')) for (const m of e.matched) assert.ok(text.includes(m), `${m} in ${text}`);
    }
    assert.deepEqual(tagger.tag(passage(forms[0])).evidence.find((e) => e.id === 'SYR')?.matched, ['Ｓｙｒｉａ']);
    assert.deepEqual([...tagger.actorsIn('ＵＮＨＣＲ said').entries()], [['unhcr', 'ＵＮＨＣＲ']]);
  });
});

describe('compatibleView', () => {
  it('is null for ordinary text, so it is read as before', () => {
    for (const t of ['plain text', 'Côte d\'Ivoire — “quoted”', 'Yemenᵃ', '']) assert.equal(compatibleView(t), null, t);
  });

  it('maps each span of the view to the text as written', () => {
    const t = 'pro\u00adtection ﬁnal 𝐒𝐲𝐫𝐢𝐚 ＵＮ';
    const v = compatibleView(t)!;
    assert.equal(v.text, 'protection final Syria UN');
    const at = (w: string) => [v.text.indexOf(w), v.text.indexOf(w) + w.length] as const;
    assert.equal(v.written(...at('protection')), 'pro\u00adtection');
    assert.equal(v.written(...at('final')), 'ﬁnal');
    assert.equal(v.written(...at('fi')), 'ﬁ');
    assert.equal(v.written(...at('Syria')), '𝐒𝐲𝐫𝐢𝐚');
    assert.equal(v.written(...at('UN')), 'ＵＮ');
    assert.equal(v.written(3, 3), '');
  });
  // review31: astral characters before a name (an emoji, a mathematical letter: two UTF-16 units
  // each) and combining marks around it leave the view's places right; the evidence is the text
  it('keeps its places after astral characters and combining marks', () => {
    const t = '😀e\u0301\u0301 𝐔𝐍𝐇𝐂𝐑 staff in 𝐒𝐲𝐫𝐢𝐚\u0301 and Ｙｅ\u200bｍｅｎ';
    const v = compatibleView(t)!;
    const at = (w: string) => [v.text.indexOf(w), v.text.indexOf(w) + w.length] as const;
    assert.equal(v.written(...at('UNHCR')), '𝐔𝐍𝐇𝐂𝐑');
    assert.equal(v.written(...at('Syria')), '𝐒𝐲𝐫𝐢𝐚');
    assert.equal(v.written(...at('Yemen')), 'Ｙｅ\u200bｍｅｎ');
    assert.equal(v.written(...at('e\u0301\u0301')), 'e\u0301\u0301');
  });
});
