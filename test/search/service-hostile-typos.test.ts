import assert from 'node:assert/strict';
import { ENGINE_NAMES, fixtureContext, fixtureLibrary, type EngineName } from '../helpers/service-fixture.js';
import { runSearch, type SearchContext, type SearchRequest } from '../../server/search/service.js';
import { Vocabulary } from '../../server/search/vocabulary.js';
import { cueWords } from '../../server/search/foreign-words.js';
import { loadTaxonomy } from '../../core/taxonomy.js';

// Queries a correction must not bend, or must read as meant, through the service on every engine
// (lang27, review26's "Left"): a French or Spanish word in an English library, a country with two
// letters swapped across a third, a dropped space typed in capitals. The library writes the English
// words those were bent into before ("personnel", "pursue", "violence", "human") and a name one
// edit from the slipped country ("Siya", once) beside the country itself, written 30 times.

const texts = [
  'Personnel of the mission pursue the protection of civilians.',
  'Violence against civilians in the north.',
  'Siya was the camp the convoy reached.',
  'Humanitarian access was denied in the north.',
  'Possible violations of the law were reported.',
  ...Array.from({ length: 30 }, (_, i) => `Human rights monitors ${i} reported on Syria and its violence.`),
];
const library = fixtureLibrary(texts);

function context(engineName: EngineName): SearchContext {
  const counts = new Map<string, number>();
  for (const t of texts) for (const w of t.toLowerCase().match(/\p{L}+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return { ...fixtureContext(library, engineName), vocabulary: new Vocabulary([...counts]), foreign: cueWords(loadTaxonomy()) };
}

const request = (q: string): SearchRequest => ({ q, filters: {}, page: 1, size: 40, sort: 'relevance', perDoc: 0 });

describe('hostile queries for corrections, through the search service (lang27)', () => {
  for (const name of ENGINE_NAMES) {
    describe(name, () => {
      const ctx = context(name);
      it('never bends a French or Spanish word into English, however short the query (personnes, porque, puisque, violencia, droits humains)', () => {
        for (const q of ['personnes', 'porque', 'puisque', 'violencia', 'droits humains', 'Personnes déplacées', 'violencia sexual', 'peur']) {
          const r = runSearch(ctx, request(q));
          assert.equal(r.query.corrections, undefined, `${q}: ${JSON.stringify(r.query.corrections)}`);
          assert.equal(r.query.correctedQuery, undefined, q);
        }
      });
      it('still corrects an English slip one edit from those words ("violance", "personel")', () => {
        assert.deepEqual(runSearch(ctx, request('violance')).query.corrections, { violance: 'violence' });
        assert.deepEqual(runSearch(ctx, request('personel')).query.corrections, { personel: 'personnel' });
      });
      it('corrects a word French or Spanish only where the query\'s other words say it is English (review28: "posible violations of the law")', () => {
        assert.deepEqual(runSearch(ctx, request('posible violations of the law')).query.corrections, { posible: 'possible' });
        // alone, beside French or Spanish words, or beside one English word, it is still meant as typed
        for (const q of ['posible', 'es posible', 'posible violencia sexual', 'posible violations', 'personnes civilians']) assert.equal(runSearch(ctx, request(q)).query.corrections, undefined, q);
      });
      it('reads two letters swapped across a third toward a word used far more, not one edit toward a rare name ("Sirya" → Syria, not Siya)', () => {
        const r = runSearch(ctx, request('Sirya'));
        assert.deepEqual(r.query.corrections, { sirya: 'syria' });
        assert.equal(r.query.correctedQuery, 'Syria');
        assert.equal(r.total, 30);
        // the rare name stays what a one-edit slip of it reads as ("Siyz": a neighbouring key)
        assert.deepEqual(runSearch(ctx, request('siyz')).query.corrections, { siyz: 'siya' });
      });
      it('puts back a dropped space typed in capitals as in lower case ("HUMANITARIANACCESS", "THENORTH"), and leaves an acronym the library lacks', () => {
        const r = runSearch(ctx, request('HUMANITARIANACCESS'));
        assert.deepEqual(r.query.corrections, { humanitarianaccess: 'humanitarian access' });
        assert.equal(r.query.correctedQuery, 'HUMANITARIAN ACCESS');
        const spaced = runSearch(ctx, request('humanitarian access'));
        assert.deepEqual(r.hits.map((h) => h.passage.id), spaced.hits.map((h) => h.passage.id));
        assert.deepEqual(runSearch(ctx, request('THENORTH')).query.corrections, { thenorth: 'the north' });
        assert.equal(runSearch(ctx, request('THENORTH')).query.correctedQuery, 'THE NORTH');
        for (const q of ['UNAMID', 'MONUSCO', 'ECOWAS']) assert.equal(runSearch(ctx, request(q)).query.corrections, undefined, q);
      });
    });
  }
});
