import assert from 'node:assert/strict';
import { corpusWords, numbered, numberedVocabulary, NumberedCounter, VocabularyCounter, wordTable } from '../../indexer/build-vocab.js';
import { CorpusTermsCollector } from '../../indexer/build-terms.js';
import { documentWords } from '../../indexer/document-words.js';
import { lowerCaseOnly, lowerCaseSet } from '../../indexer/metadata/name-sets.js';
import { actorNames, placeNames } from '../../indexer/metadata/resolve.js';
import { loadTaxonomy } from '../../core/taxonomy.js';
import type { Passage } from '../../core/types.js';

// readspeed24: a document's vocabulary and the acronyms' `known` counted by word number as they
// are counted, instead of into a map by string numbered afterwards; the same ids, counts, order.

const passages = (texts: string[]) => texts.map((text) => ({ text }) as Passage);
const TEXTS = [
  'Protection of civilians and humanitarian access. The UN’s co-operation with OCHA.',
  'Access denied; civilians displaced, protection cluster (PC) and access again: access.',
  'Humanitarian leadership and access negotiations, l’accès humanitaire, शरणार्थी शिविरों में.',
  'Civilians, civilians and more civilians; the Office for the Coordination of Humanitarian Affairs (OCHA).',
];

describe('counts by word number as counted (NumberedCounter)', () => {
  it('counts every occurrence, or each passage once, in the order first met, and is empty again after', () => {
    const c = new NumberedCounter();
    const none = { ids: new Uint32Array(0), counts: new Uint32Array(0) };
    assert.deepEqual(c.counted((k) => [7, 3, 7, 7, 9000, 3].forEach((id) => k.count(id))), { ids: Uint32Array.from([7, 3, 9000]), counts: Uint32Array.from([3, 2, 1]) });
    assert.deepEqual(c.counted((k) => [[5, 0], [5, 0], [2, 0], [5, 1], [2, 2], [2, 2]].forEach(([id, passage]) => k.count(id, passage))), { ids: Uint32Array.from([5, 2]), counts: Uint32Array.from([2, 2]) });
    assert.deepEqual(c.counted(() => undefined), none);
    // a fill that fails leaves nothing behind for the next document's
    assert.throws(() => c.counted((k) => { k.count(4); throw new Error('unreadable'); }), /unreadable/);
    assert.deepEqual(c.counted(() => undefined), none);
  });

  it('gives a document the vocabulary numbered(counter.counted()) gave it, the words numbered alike', () => {
    wordTable.bound(0);
    const before = numbered(counted(TEXTS));
    const fresh = wordTable.fresh();
    wordTable.bound(0);
    assert.deepEqual(numberedVocabulary(passages(TEXTS)), before);
    assert.deepEqual(wordTable.fresh(), fresh);
  });

  it('gives a document the acronyms’ known words a collector by string counted: passages holding each word', () => {
    const counts = CorpusTermsCollector.counts(passages(TEXTS), documentWords(passages(TEXTS)).known);
    const byWord = new Map<string, number>();
    counts.known.ids.forEach((id, i) => byWord.set(wordTable.words[id], counts.known.counts[i]));
    assert.equal(byWord.get('access'), 3);
    assert.equal(byWord.get('civilians'), 3);
    assert.equal(byWord.get('ocha'), 2);
    // each word of two letters or more once ("s" of "UN’s" is never read)
    const lower = TEXTS.join(' ').toLowerCase().match(/\p{L}+/gu)!.filter((w) => w.length >= 2);
    assert.deepEqual([...byWord.keys()].sort(), [...new Set(lower)].sort());
    // the corpus's result from the counts is what counting the passages there gives
    const merged = new CorpusTermsCollector();
    merged.merge(counts, TEXTS);
    const direct = new CorpusTermsCollector();
    direct.add(passages(TEXTS));
    assert.deepEqual(merged.result({}), direct.result({}));
  });
});

describe('the taxonomy’s names as sets, made once (name-sets.ts)', () => {
  it('gives one list per taxonomy and one set per list, the same as made each time', () => {
    const tax = loadTaxonomy();
    assert.equal(actorNames(tax), actorNames(tax));
    assert.equal(placeNames(tax), placeNames(tax));
    const names = actorNames(tax);
    assert.equal(lowerCaseSet(names), lowerCaseSet(names));
    assert.deepEqual(lowerCaseSet(names), new Set(names.map((n) => n.toLowerCase())));
    assert.deepEqual(lowerCaseOnly(names), new Set(names.filter((n) => n === n.toLowerCase())));
  });
});

function counted(texts: string[]) {
  const v = new VocabularyCounter();
  v.add(passages(texts));
  assert.ok(corpusWords(texts[0]).length > 0);
  return v.counted();
}
