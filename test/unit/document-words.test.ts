import assert from 'node:assert/strict';
import { numberedVocabulary, wordTable, type NumberedCounts } from '../../indexer/build-vocab.js';
import { CorpusTermsCollector, KNOWN_SHORTEST, knownWords } from '../../indexer/build-terms.js';
import { documentWords } from '../../indexer/document-words.js';
import type { Passage } from '../../core/types.js';
import { isPlain } from '../../core/text.js';

// build32: a document's vocabulary and the acronyms' `known` counted from one cut of each plain
// passage; the counts, word for word, of each count's own definition.

const passages = (texts: string[]) => texts.map((text) => ({ text }) as Passage);
const byWord = ({ ids, counts }: NumberedCounts) => [...ids].map((id, i) => [wordTable.words[id], counts[i]] as const);

/** `known` as its definition reads: the passages holding each of knownWords. */
function knownByDefinition(texts: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of texts) for (const w of new Set(knownWords(t))) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

const TEXTS = [
  'The UN’s co-operation with OCHA (the Office for the Coordination of Humanitarian Affairs) in 2024.',
  "l'accès and d’enfants, don't it's O'Brien's — a x-y z; rock'n'roll, well-being-ish -- 'quoted' ‘single’ “double”.",
  'A I o: IDPs, HRuF, RC/HCs, NGOs’ and SRSG-led e-mail; self- and co-chairs; ab-c a-bc.',
  'Émile’s l’œuvre: शरणार्थी शिविरों में, naïve café — the UN again, the UN, un.',
  '',
  "x y z ''' --- ’’ 's s' a-'b",
  'access, ACCESS, Access; access.',
];

describe('a document’s words counted once for the vocabulary and the acronyms (document-words.ts)', () => {
  it('gives the vocabulary numberedVocabulary gives, word for word and in the same order', () => {
    const { vocabulary } = documentWords(passages(TEXTS));
    const words = byWord(vocabulary);
    assert.deepEqual(words, byWord(numberedVocabulary(passages(TEXTS))));
    assert.ok(words.some(([w]) => w === 'accès') && words.some(([w]) => w === 'o\'brien'));
  });

  it('gives `known` the passages holding each word of knownWords, and no shorter word', () => {
    const { known } = documentWords(passages(TEXTS));
    const got = new Map(byWord(known));
    assert.deepEqual(new Map([...got].sort()), new Map([...knownByDefinition(TEXTS)].sort()));
    assert.equal(got.get('un'), 2);
    assert.equal(got.get('access'), 1);
    assert.ok([...got.keys()].every((w) => w.length >= KNOWN_SHORTEST));
    // each passage on its own is counted alike
    for (const t of TEXTS) assert.deepEqual(new Map(byWord(documentWords(passages([t])).known)), knownByDefinition([t]));
  });

  it('gives the corpus the terms counting the passages in one collector gives', () => {
    const { known } = documentWords(passages(TEXTS));
    const merged = new CorpusTermsCollector();
    merged.merge(CorpusTermsCollector.counts(passages(TEXTS), known), TEXTS);
    const direct = new CorpusTermsCollector();
    direct.add(passages(TEXTS));
    assert.deepEqual(merged.result({}), direct.result({}));
  });

  it('samples the same passages for the related words from a file worker\'s counts as in one collector: prose, no reference entry or note', () => {
    const kinds = ['finding', 'reference', 'footnote', 'recommendation', 'reference', 'finding', 'case-example'];
    const typed = TEXTS.map((text, i) => ({ text, kind: kinds[i] }) as Passage);
    const merged = new CorpusTermsCollector();
    merged.merge(CorpusTermsCollector.counts(typed, documentWords(typed).known), TEXTS);
    const direct = new CorpusTermsCollector();
    direct.add(typed);
    assert.deepEqual(merged.sampled(), direct.sampled());
    assert.deepEqual(direct.sampled(), [TEXTS[0], TEXTS[3], TEXTS[5], TEXTS[6]]);
  });

  it('counts alike on texts made of the characters a cut turns on (letters, apostrophes, hyphens, dashes, accents, lone letters)', () => {
    // deterministic: the same texts every run
    let seed = 32;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const plain = ['a', 'b', 'S', 'l', 'd', "'", '’', '‘', '-', '-', ' ', ' ', '.', '—', '–', '2'];
    const other = [...plain, 'é', 'ʼ', '\u0301', 'İ'];
    // most texts plain (core/text.ts isPlain), where the one cut is taken
    const texts = Array.from({ length: 3000 }, () => {
      const alphabet = random() < 0.7 ? plain : other;
      return Array.from({ length: Math.floor(random() * 24) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    });
    assert.ok(texts.filter(isPlain).length > 2000);
    for (let i = 0; i < texts.length; i += 5) {
      const doc = texts.slice(i, i + 5);
      const { vocabulary, known } = documentWords(passages(doc));
      assert.deepEqual(byWord(vocabulary), byWord(numberedVocabulary(passages(doc))), JSON.stringify(doc));
      assert.deepEqual(new Map([...byWord(known)].sort()), new Map([...knownByDefinition(doc)].sort()), JSON.stringify(doc));
    }
  });

  it('leaves the counters empty after a document (the next counts only its own)', () => {
    documentWords(passages(TEXTS));
    assert.deepEqual(byWord(documentWords(passages(['one two two'])).vocabulary), [['one', 1], ['two', 2]]);
    assert.deepEqual(byWord(documentWords(passages(['one two two'])).known), [['one', 1], ['two', 1]]);
  });
});
