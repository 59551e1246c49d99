import assert from 'node:assert/strict';
import type { DocumentRecord, Passage } from '../../core/types.js';
import { documentRows } from '../../core/build/library-db.js';
import { boundPieces, FirstMet, piecesOf, wordOf } from '../../core/passage-words.js';
import { countVocabulary, VocabularyCounter, wordTable } from '../../indexer/build-vocab.js';
import { CorpusTermsCollector, type AcronymCounts } from '../../indexer/build-terms.js';

// A passage cut once into pieces (core/passage-words.ts) gives its rows, vocabulary and known
// words exactly as each one's own cut of the text did.

const doc: DocumentRecord = {
  id: 'd', csl: { id: 'd', type: 'report', title: 'Protection of Civilians', author: [{ family: 'Gilder', given: 'Alexander' }] }, provenance: {}, file: 'd.txt', format: 'text', hash: 'd',
  pages: null, pageLabels: null, passageCount: 0, tags: { actor: [], theme: [], place: [], kind: [] }, furniture: { removed: 0, kinds: {} }, outline: [],
};
const passage = (i: number, text: string): Passage => ({
  id: `d${i}`, doc: 'd', ordinal: i, block: 0, text, section: ['Findings'], page: '3', physicalPage: 3, start: 0, end: text.length,
  kind: 'finding', blockType: 'paragraph', actors: [], themes: [], places: [], evidence: [],
});

const TEXTS = [
  'The Inter-Agency Standing Committee (IASC) met in Geneva; the UN’s co-operation was “limited”.',
  'Protection of Civilians (PoC) sites — in South Sudan — held 200,000 people. The Secretary-General’s report.',
  "L’accès humanitaire à Gao et l'aide d’urgence: déplacés internes.\tSee annex\n2.",
  'ΟΔΥΣΣΕΥΣ ΣΟΦΟΣ and ΣΑΣ: Greek capitals whose final sigma depends on the letters around it.',
  'शरणार्थी शिविरों में  the   UN-led   response/IHL–IHRL  (OCHA, 2021) https://example.org/a_b?x=1',
  'USᵃ and Yemenᵃ,ᵇ figures; ＡＣＣＥＳＳ to CO₂ data; the 1ᵉʳ report by Mᵐᵉ Dupont.',
  'Raised letters after a word in another piece: Yemen ᵃ and IHL ᵇ.',
  '',
  ' \n leading and trailing white space \r\n',
];

const known = (c: AcronymCounts) => ({ ...c, known: { words: [...c.known.ids].map((id) => wordTable.words[id]), counts: [...c.known.counts] } });

describe('passage words: one cut for the rows, the vocabulary and the known words', () => {
  const passages = TEXTS.map((t, i) => passage(i, t));
  const cut = passages.map((p) => piecesOf(p.text));

  it('cuts at ASCII white space and interns the pieces', () => {
    const [a, b] = [piecesOf('aid  to\tGaza\n'), piecesOf('aid to Gaza')];
    assert.deepEqual(a.map((p) => p.text), ['aid', 'to', 'Gaza']);
    assert.deepEqual(a.map((p) => p.id), b.map((p) => p.id));
    assert.equal(a[2].lower, 'gaza');
    // a no-break space is no gap: the notions of a word split there themselves
    assert.equal(piecesOf('a\u00a0b').length, 1);
  });

  it('counts the vocabulary as VocabularyCounter does', () => {
    const counter = new VocabularyCounter();
    counter.add(passages);
    assert.deepEqual(countVocabulary(cut), counter.counted());
  });

  it('counts the acronyms and known words as the collector does from the texts', () => {
    assert.deepEqual(known(CorpusTermsCollector.counts(passages, cut)), known(CorpusTermsCollector.counts(passages)));
  });

  it('makes the same rows', () => {
    assert.deepEqual(documentRows(doc, passages, cut), documentRows(doc, passages));
  });

  it('stays right once its tables are emptied between documents', () => {
    boundPieces(0);
    const again = passages.map((p) => piecesOf(p.text));
    assert.deepEqual(documentRows(doc, passages, again), documentRows(doc, passages));
    assert.deepEqual(countVocabulary(again), countVocabulary(passages.map((p) => piecesOf(p.text))));
  });

  it('counts words in the order first met', () => {
    const met = new FirstMet();
    for (const w of ['aid', 'gaza', 'aid', 'access']) met.add(wordOf(w));
    assert.deepEqual([met.words, met.counts], [['aid', 'gaza', 'access'], [2, 1, 1]]);
  });
});
