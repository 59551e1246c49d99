import assert from 'node:assert/strict';
import type { Block, Passage } from '../../core/types.js';
import { loadTaxonomy } from '../../core/taxonomy.js';
import { dropControlCharacters } from '../../indexer/stages/repair.js';
import { Tagger } from '../../indexer/tag/tagger.js';

// An accent given as a letter plus a combining mark (some PDFs' text layers, macOS files, pasted
// text) is composed by the repair stage, so the tagger and the index see the letter they know
// (review31: "Co\u0302te d’Ivoire" was never tagged).
const tagger = new Tagger(loadTaxonomy());
const passage = (text: string): Passage => ({
  id: 'x', doc: 'd', ordinal: 0, block: 0, text, section: [], page: null, physicalPage: null, start: 0, end: text.length,
  kind: 'finding', blockType: 'paragraph', actors: [], themes: [], places: [], evidence: [],
});
const repaired = (text: string) => dropControlCharacters([{ type: 'paragraph', text, page: null } as Block])[0].text;

describe('repair: accents as combining marks composed (NFC)', () => {
  it('composes a decomposed accent and leaves composed and plain text as they are', () => {
    assert.equal(repaired('Co\u0302te d’Ivoire and Se\u0301ne\u0301gal'), 'C\u00f4te d’Ivoire and S\u00e9n\u00e9gal');
    const plain = 'Attacks on civilians in Mali.';
    assert.equal(repaired(plain), plain);
    const composed = 'La MINUSCA en Centrafrique : protéger les civils.';
    assert.equal(repaired(composed), composed);
  });

  it("tags a place written with combining marks as the composed text's place", () => {
    const composed = tagger.tag(passage('Violence in C\u00f4te d’Ivoire displaced thousands of civilians.'));
    assert.ok(composed.places.includes('CIV'), JSON.stringify(composed.places));
    const decomposed = tagger.tag(passage(repaired('Violence in Co\u0302te d’Ivoire displaced thousands of civilians.')));
    assert.deepEqual(decomposed.places, composed.places);
  });
});
