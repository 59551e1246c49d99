import assert from 'node:assert/strict';
import { cueWords, isForeignWord, saysEnglish } from '../../server/search/foreign-words.js';
import { loadTaxonomy } from '../../core/taxonomy.js';

describe('foreign words: French and Spanish words the library may hold (lang27)', () => {
  const cues = cueWords(loadTaxonomy());
  it('knows the languages\' common words, with or without accents, in any case', () => {
    for (const w of ['porque', 'puisque', 'personnes', 'Según', 'segun', 'également']) assert.ok(isForeignWord(w), w);
  });
  it('knows the words of the taxonomy\'s French and Spanish cues', () => {
    for (const w of ['violencia', 'humains', 'droits', 'déplacées', 'desplazados']) {
      assert.ok(cues.has(w.normalize('NFD').replace(/\p{M}/gu, '')), w);
      assert.ok(isForeignWord(w, cues), w);
    }
  });
  it('is not every word: English slips and English words the cues lack are no French or Spanish', () => {
    for (const w of ['violance', 'personel', 'goverment', 'sirya', 'humanitarianaccess']) assert.equal(isForeignWord(w, cues), false, w);
  });
  it('says a query is English by two of its words that are English and neither French nor Spanish (review28)', () => {
    const english = (w: string) => ['violations', 'of', 'the', 'law', 'sexual', 'a', 'protection'].includes(w);
    assert.equal(saysEnglish(['violations', 'of', 'the', 'law'], english, cues), true);
    assert.equal(saysEnglish(['violations'], english, cues), false, 'one word says little');
    // "sexual" (violencia sexual) and "a" are Spanish or French as well: no evidence either way
    assert.equal(saysEnglish(['sexual', 'a', 'violations'], english, cues), false);
    assert.equal(saysEnglish(['droits', 'humains'], english, cues), false);
  });
});
