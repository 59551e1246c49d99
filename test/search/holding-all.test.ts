import assert from 'node:assert/strict';
import { ENGINE_MODULES } from '../../core/engines/registry.js';

// An engine's unscored "passages holding every word" must be what its search with each word
// required finds: a dropped space's side-by-side count reads them instead (lang27).
const texts = [
  'Humanitarian access was denied to the convoy.',
  'Humanitarian agencies asked for access to the north.',
  'Access to the camp was granted.',
  'The humanitarian convoy reached the long-inhibited town.',
  'Senior-level talks on access.',
  'Protecting civilians, and protection of civilians.',
];

describe('holdingAll: the passages holding every word, unscored (lang27)', () => {
  for (const [name, mod] of Object.entries(ENGINE_MODULES)) {
    const engine = mod.inMemory(texts.map((text, ordinal) => ({ ordinal, text, section: '', title: 'd', author: 'Ann Smith' })));
    const holdingAll = engine.holdingAll?.bind(engine);
    if (!holdingAll) continue;
    it(`${name}: what a search with each word required finds, stems, stop words and hyphens included`, () => {
      const words = ['humanitarian', 'access', 'convoy', 'the', 'civilians', 'protection', 'protecting', 'long-inhibited', 'senior-level', 'absent', 'agencies', 'town'];
      for (const a of words)
        for (const b of words) {
          const searched = [...engine.search([{ term: a, presence: 'required' }, { term: b, presence: 'required' }]).keys()].sort((x, y) => x - y);
          assert.deepEqual(Array.from(holdingAll([a, b])), searched, `${a} ${b}`);
        }
      assert.deepEqual(Array.from(holdingAll(['humanitarian', 'access'])), [0, 1]);
    });
  }
});
