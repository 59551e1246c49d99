import assert from 'node:assert/strict';
import { parseQuery } from '../../server/search/query-parser.js';
import { isRomanceQuestion, romanceLanguageOf } from '../../server/search/romance-questions.js';
import { correctionFor, dropScaffolding, frenchPlural, type CorrectionContext } from '../../server/search/query-understanding.js';

// French and Spanish questions and query words (userreview20b): a Geneva researcher asked
// "quelles sont les obligations des parties au conflit" and was shown results for "fuelled sont
// les obligations …", with "au" expanded to the African Union and every "les" and "des" marked.

const parsed = (q: string) => parseQuery(q, ['title', 'author', 'section']);

describe('French and Spanish queries (server/search/romance-questions.ts)', () => {
  it('tells a French or Spanish query by its function words or its question word, and leaves English and bare names alone', () => {
    assert.equal(romanceLanguageOf(parsed('quelles sont les obligations des parties au conflit')), 'fr');
    assert.equal(romanceLanguageOf(parsed('pourquoi les bailleurs hésitent')), 'fr');
    assert.equal(romanceLanguageOf(parsed('¿Cuáles son las obligaciones de los Estados?')), 'es');
    assert.equal(romanceLanguageOf(parsed('qué dicen sobre la negociación')), 'es');
    assert.equal(romanceLanguageOf(parsed('what are the obligations of states')), undefined);
    assert.equal(romanceLanguageOf(parsed('comment on the protection of civilians')), undefined);
    assert.equal(romanceLanguageOf(parsed('Conseil de sécurité')), undefined);
    assert.equal(romanceLanguageOf(parsed('Médecins Sans Frontières')), undefined);
  });

  it('reads a French or Spanish question as one', () => {
    assert.ok(isRomanceQuestion(parsed('quelles sont les obligations des parties au conflit'), 'fr'));
    assert.ok(isRomanceQuestion(parsed('¿cuáles son las obligaciones?'), 'es'));
    assert.ok(!isRomanceQuestion(parsed('protection des civils au Mali'), 'fr'));
  });

  it('drops a French or Spanish question\'s framing and keeps its content words and names', () => {
    const fr = parsed('quelles sont les obligations des parties au conflit');
    assert.deepEqual(dropScaffolding(fr), ['quelles', 'sont', 'les', 'des', 'au']);
    assert.deepEqual(fr.terms.map((t) => t.text), ['obligations', 'parties', 'conflit']);
    const why = parsed('Pourquoi MSF dénonce les attaques');
    dropScaffolding(why);
    assert.deepEqual(why.terms.map((t) => t.text), ['msf', 'dénonce', 'attaques']);
    const es = parsed('¿Cuáles son las obligaciones de los Estados?');
    dropScaffolding(es);
    assert.deepEqual(es.terms.map((t) => t.text), ['obligaciones', 'estados']);
    const what = parsed("qu'est-ce que la protection des civils");
    dropScaffolding(what);
    assert.deepEqual(what.terms.map((t) => t.text), ['protection', 'civils']);
  });

  it('leaves an English question as before and a French query that asks nothing whole', () => {
    const en = parsed('what are the obligations of states');
    assert.deepEqual(dropScaffolding(en), ['what', 'are', 'the', 'of']);
    const plain = parsed('protection des civils au Mali');
    assert.deepEqual(dropScaffolding(plain), []);
    assert.equal(plain.terms.length, 5);
  });
});

describe('corrections in a French or Spanish query', () => {
  const corpus = new Map([['fuelled', 3], ['efforts', 9], ['hospital', 4], ['hopitaux', 2], ['violences', 5]]);
  const ctx = (extra: Partial<CorrectionContext> = {}): CorrectionContext => ({
    isStopWord: () => false,
    knows: (w) => corpus.has(w),
    isWord: () => false,
    expands: () => false,
    closest: (w) => ({ quelles: 'fuelled', effets: 'efforts', hopital: 'hospital', violances: 'violences' })[w] ?? null,
    count: (w) => corpus.get(w) ?? 0,
    ...extra,
  });
  const term = (w: string) => parsed(w).terms[0];

  it('makes at most one edit, so a French word is not turned into another ("effets" is no slip of "efforts")', () => {
    assert.equal(correctionFor(term('effets'), ctx({ maxEdits: 1 })), null);
    assert.equal(correctionFor(term('violances'), ctx({ maxEdits: 1 })), 'violences');
    // an English query keeps its two-edit corrections
    assert.equal(correctionFor(term('effets'), ctx()), 'efforts');
  });

  it('takes a French -al noun for its -aux plural the corpus holds, not for the English word one letter off', () => {
    assert.equal(frenchPlural('hôpital'), 'hopitaux');
    assert.equal(frenchPlural('travail'), 'travaux');
    assert.equal(frenchPlural('mal'), null);
    assert.equal(correctionFor(term('hopital'), ctx()), 'hopitaux');
  });
});
