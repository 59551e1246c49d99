import assert from 'node:assert/strict';
import { linked } from '../helpers/citation-links.js';

// refs43: the citation shapes refs41 and refs42 left — a cited name that shares a longer name's
// first letters, Irish, Scottish and Arabic names, and a body as the co-author after a person.

describe('a cited name that shares only its first letters with a listed one (refs43)', () => {
  it('links no longer surname the cited one only begins, at any length', () => {
    assert.deepEqual(linked('(Rosenthal 2019)', ['Rosenthaler, K. (2019) Another family. Vienna: IIASA.']), []);
    assert.deepEqual(linked('As Rosenthal (2019) shows', ['Rosenthaler, K. (2019) Another family. Vienna: IIASA.']), []);
    assert.deepEqual(linked('(Richardson 2019)', ['Richardsonová, M. (2019) Another family. Prague: CU.']), []);
    // a name cut short in the text, or a letter added, is another family
    assert.deepEqual(linked('(Metcalfe-Hou 2020)', ['Metcalfe-Hough, V. (2020) Grand Bargain. London: ODI.']), []);
    assert.deepEqual(linked('(Rosenthaler 2019)', ['Rosenthal, K. (2019) Another family. Vienna: IIASA.']), []);
  });

  it('links a name that is the listed one but for case, accents, hyphens, spaces or particles', () => {
    assert.deepEqual(linked('(Muller 2019)', ['Müller, K. (2019) Umlaut. Berlin: SWP.']), ['Umlaut']);
    assert.deepEqual(linked('(Metcalfe Hough 2020)', ['Metcalfe-Hough, V. (2020) Grand Bargain. London: ODI.']), ['Grand Bargain']);
    assert.deepEqual(linked('(MacGinty 2019)', ['Mac Ginty, R. (2019) Everyday peace. Oxford: OUP.']), ['Everyday peace']);
    assert.deepEqual(linked('(Coning 2019)', ['de Coning, C. (2019) Adaptive peacebuilding. Oslo: NUPI.']), ['Adaptive peacebuilding']);
  });

  it('links a listed name the cited one begins only at a word\'s end, however long', () => {
    assert.deepEqual(linked('(Norwegian Refugee Council 2019)', ['Norwegian Refugee Council (NRC) (2019) Annual report. Oslo: NRC.']), ['Annual report']);
    assert.deepEqual(linked('(Internal Displacement 2019)', ['Internal Displacement Monitoring Centre (2019) GRID. Geneva: IDMC.']), ['GRID']);
  });

  it('links a hyphenated name cited where the list files its author under the first part', () => {
    assert.deepEqual(linked('(Metcalfe-Hough 2012)', ['Metcalfe, V. (2012) Advocacy. London: ODI.']), ['Advocacy']);
    assert.deepEqual(linked('As Metcalfe-Hough (2012) shows', ['Metcalfe, V. (2012) Advocacy. London: ODI.']), ['Advocacy']);
    // never another double name of the same first part, nor a name the part only begins
    assert.deepEqual(linked('(Metcalfe-Hough 2012)', ['Metcalfe-Smith, A. (2012) Another. London: ODI.']), []);
    assert.deepEqual(linked('(Metcalfe-Hough 2012)', ['Metcalfeson, A. (2012) Another. London: ODI.']), []);
    // nor an Arabic article taken for a name
    assert.deepEqual(linked('(El-Masri 2019)', ['El, A. (2019) Not an article. Cairo: AUC.']), []);
  });
});
