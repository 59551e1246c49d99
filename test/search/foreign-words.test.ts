import assert from 'node:assert/strict';
import { cueWords, isForeignWord } from '../../server/search/foreign-words.js';
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
});
