import assert from 'node:assert/strict';
import { ENGINE_MODULES } from '../../core/engines/registry.js';
import { words } from '../../core/analysis.js';
import { phraseMatch } from '../../server/search/passage-words.js';
import { rng } from '../helpers/fuzz.js';

// An engine's PhraseIndex answers as the stored-text check it replaces (passage-words.ts
// phraseMatch): on texts with the words that trip tokenizers up (punctuation inside a word,
// underscores, digits, letters beyond ASCII, stop words, inflections), for phrases that occur
// and phrases that almost do.

const VOCABULARY = [
  'protection', 'protecting', 'protected', 'of', 'the', 'civilians', 'civilian', 'speak', 'speaking', 'out', "don't", 'dont', 'don',
  't', 'co_op', 'co', 'op', '1.5', '15', 'café', 'cafe', 'naïve', 'über', 'Über', 'a.b', 'ab', 'x_27_y', "x'y", '_', 'C++', 'c',
  'and', 'for', 'peace-keeping', 'keeping', 'e.g.', 'UN', 'un', 'ǅemal', 'ǆemal', '—', '/', ';', '(a)', 'a', 'élan', 'ELAN', '42',
];

describe('phrases answered by the index', () => {
  const random = rng(23);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const texts = Array.from({ length: 300 }, () => Array.from({ length: 3 + Math.floor(random() * 25) }, () => pick(VOCABULARY)).join(random() < 0.3 ? ', ' : ' '));
  const phrases = new Set<string>();
  for (const text of texts) {
    const ws = words(text);
    const at = Math.floor(random() * ws.length);
    phrases.add(ws.slice(at, at + 2 + Math.floor(random() * 3)).join(' '));
  }
  for (let k = 0; k < 200; k++) phrases.add(words(Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(VOCABULARY)).join(' ')).join(' '));

  // one brief per text, so the check's per-passage caches (words, stems) serve every phrase
  const briefs = texts.map((text) => ({ text, kind: 'finding' as const }));

  for (const module of Object.values(ENGINE_MODULES)) {
    const index = module.inMemory(texts.map((text, ordinal) => ({ ordinal, text, section: '', title: '', author: '' }))).phrases;
    if (!index) continue;
    it(`${module.name}: the same passages as the stored-text check, as typed and inflected`, () => {
      for (const phrase of phrases) {
        if (!phrase.includes(' ')) continue;
        const matches = briefs.map((brief) => phraseMatch(brief, phrase));
        const inflected = matches.flatMap((m, ord) => (m ? [ord] : []));
        const exact = matches.flatMap((m, ord) => (m === 'exact' ? [ord] : []));
        assert.deepEqual(Array.from(index.holding(phrase)), inflected, `"${phrase}"`);
        assert.deepEqual(Array.from(index.holding(phrase, true)), exact, `"${phrase}" as written`);
        // among: only those ordinals are answered for (with thousands of them past the last passage now and then, as many holders are)
        const among = texts.flatMap((_, ord) => (random() < 0.3 ? [ord] : []));
        if (random() < 0.3) among.push(...Array.from({ length: 3000 }, (_, k) => texts.length + k));
        assert.deepEqual(Array.from(index.holding(phrase, false, among)), inflected.filter((o) => among.includes(o)), `"${phrase}" among`);
        assert.deepEqual(Array.from(index.holding(phrase, true, among)), exact.filter((o) => among.includes(o)), `"${phrase}" as written, among`);
      }
    });
  }
});
