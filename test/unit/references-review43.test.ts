import assert from 'node:assert/strict';
import { parseAuthorDate } from '../../indexer/references/parse.js';
import { linked } from '../helpers/citation-links.js';

// review43: a listed name of exactly eight letters ("Williams", "Richards", "Metcalfe") is the
// whole of it, so a longer cited name that begins with it is another family's, not a cut of it.
// (A hyphenated cited name filed under its first part, and a cut of a longer listed name, follow
// refs43's rule: see references-refs43.test.ts.)

describe('a cited name longer than a listed eight-letter name it begins (review43)', () => {
  it('links no work of the shorter name', () => {
    assert.deepEqual(linked('(Williamson 2019)', ['Williams, A. (2019) Williams work. London: ODI.']), []);
    assert.deepEqual(linked('As Richardson (2019) shows', ['Richards, A. (2019) Richards work. London: ODI.']), []);
    assert.deepEqual(linked('(Williamson 2019)', ['van Williams, A. (2019) Williams work. Leiden: Brill.']), []);
  });

  it('still links the name itself, the longer listed name when both are listed, and a first word', () => {
    assert.deepEqual(linked('(Williams 2019)', ['Williams, A. (2019) Williams work. London: ODI.']), ['Williams work']);
    assert.deepEqual(linked('(Williamson 2019)', ['Williams, A. (2019) Williams work. London: ODI.', 'Williamson, B. (2019) Williamson work. London: ODI.']), ['Williamson work']);
    assert.deepEqual(linked('(Metcalfe 2019)', ['Metcalfe-Hough, V. (2019) Grand Bargain. London: ODI.']), ['Grand Bargain']);
    assert.deepEqual(linked('(Humanitarian 2019)', ['Humanitarian Policy Group (2019) HPG work. London: ODI.']), ['HPG work']);
  });
});

describe('a body after an inverted name and initials-first co-authors, with the gazetteer (review43)', () => {
  // the places stand for the gazetteer the indexer passes: lower-cased places, known bodies' acronyms in capitals
  const PLACES: ReadonlySet<string> = new Set(['iraq', 'somalia', 'MSF']);

  it('reads a country office or a known body\'s unit as an author of its own, as the Chicago reader does', () => {
    assert.deepEqual(parseAuthorDate('Smith, A. and IOM Iraq (2019) A probe title. Geneva: IOM.', PLACES)?.author, [{ family: 'Smith', given: 'A.' }, { literal: 'IOM Iraq' }]);
    assert.deepEqual(parseAuthorDate('Smith, A., B. Jones and MSF Logistique (2019) A probe title. Paris: MSF.', PLACES)?.author, [
      { family: 'Smith', given: 'A.' },
      { family: 'Jones', given: 'B.' },
      { literal: 'MSF Logistique' },
    ]);
  });

  it('still reads a person initials first beside it', () => {
    assert.deepEqual(parseAuthorDate('Smith, A. and B. Jones (2019) A probe title. London: ODI.', PLACES)?.author, [{ family: 'Smith', given: 'A.' }, { family: 'Jones', given: 'B.' }]);
  });
});
