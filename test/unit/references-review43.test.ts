import assert from 'node:assert/strict';
import { linked } from '../helpers/citation-links.js';

// review43: a listed name of exactly eight letters ("Williams", "Richards", "Metcalfe") is the
// whole of it, so a longer cited name that begins with it is another family's, not a cut of it.

describe('a cited name longer than a listed eight-letter name it begins (review43)', () => {
  it('links no work of the shorter name', () => {
    assert.deepEqual(linked('(Williamson 2019)', ['Williams, A. (2019) Williams work. London: ODI.']), []);
    assert.deepEqual(linked('As Richardson (2019) shows', ['Richards, A. (2019) Richards work. London: ODI.']), []);
    assert.deepEqual(linked('(Metcalfe-Hough 2019)', ['Metcalfe, A. (2019) Metcalfe work. London: ODI.']), []);
    assert.deepEqual(linked('(Williamson 2019)', ['van Williams, A. (2019) Williams work. Leiden: Brill.']), []);
  });

  it('still links the name itself, a longer listed name cut at eight letters or more, and a first word', () => {
    assert.deepEqual(linked('(Williams 2019)', ['Williams, A. (2019) Williams work. London: ODI.']), ['Williams work']);
    assert.deepEqual(linked('(Williamson 2019)', ['Williams, A. (2019) Williams work. London: ODI.', 'Williamson, B. (2019) Williamson work. London: ODI.']), ['Williamson work']);
    assert.deepEqual(linked('(Metcalfe-Hou 2019)', ['Metcalfe-Hough, V. (2019) Grand Bargain. London: ODI.']), ['Grand Bargain']);
    assert.deepEqual(linked('(Metcalfe 2019)', ['Metcalfe-Hough, V. (2019) Grand Bargain. London: ODI.']), ['Grand Bargain']);
    assert.deepEqual(linked('(Humanitarian 2019)', ['Humanitarian Policy Group (2019) HPG work. London: ODI.']), ['HPG work']);
  });
});
