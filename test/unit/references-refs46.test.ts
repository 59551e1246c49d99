import assert from 'node:assert/strict';
import { linked } from '../helpers/citation-links.js';

// refs46: what refs45 left of double surnames and the Arabic article, each with the near miss
// that must stay unlinked.

describe('a double surname as the first name of a pair (refs46)', () => {
  const list = [
    'García Márquez, G. (2019) Alone. Bogotá: UNAL.',
    'García Márquez, G. and Jones, B. (2019) With Jones. Bogotá: UNAL.',
    'García Márquez, G. and Smith, B. (2019) With Smith. Bogotá: UNAL.',
  ];

  it('links the pair the two names make, cited in parentheses as in prose', () => {
    assert.deepEqual(linked('(García Márquez and Smith 2019)', list), ['With Smith']);
    assert.deepEqual(linked('(see García Márquez & Smith, 2019: 4)', list), ['With Smith']);
    assert.deepEqual(linked('García Márquez and Smith (2019) show', list), ['With Smith']);
    assert.deepEqual(linked('(García Márquez and Smith 2019; García Márquez 2019)', list), ['With Smith', 'Alone']);
  });

  it("links neither the first author's own work nor his work with another", () => {
    assert.deepEqual(linked('(García Márquez and Smith 2019)', [list[0]]), []);
    assert.deepEqual(linked('(García Márquez and Smith 2019)', [list[1]]), []);
    // the list may file the pair under the first surname alone
    assert.deepEqual(linked('(García Márquez and Smith 2019)', ['García, G. and Smith, B. (2019) First surname. Bogotá: UNAL.']), ['First surname']);
  });
});
