import assert from 'node:assert/strict';
import { linked, linkedSpans } from '../helpers/citation-links.js';

// refs42: what refs41 and review41 left — a cited name that is only the start of another family
// name, and the shapes of co-authors and commas that read the wrong names or none.

describe('a cited name that begins another family name (refs42)', () => {
  it('links no work of a longer name the cited one only begins', () => {
    assert.deepEqual(linked('(Berg 2019)', ['van den Berghe, P. (2019) Ethnicity. London: Routledge.']), []);
    assert.deepEqual(linked('As Berg (2019) shows', ['van den Berghe, P. (2019) Ethnicity. London: Routledge.']), []);
    assert.deepEqual(linked('(Smith 2019)', ['Smithson, A. (2019) Another family. London: ODI.']), []);
    assert.deepEqual(linked('(Jones 2019)', ['Jonestown Trust (2019) Annual report. Leeds: JT.']), []);
  });

  it('still links a name that is the first word or words of the entry\'s', () => {
    assert.deepEqual(linked('(Amnesty 2019)', ['Amnesty International (2019) Annual report. London: AI.']), ['Annual report']);
    assert.deepEqual(linked('(Metcalfe 2019)', ['Metcalfe-Hough, V. (2019) Grand Bargain. London: ODI.']), ['Grand Bargain']);
    assert.deepEqual(linked('(Berg 2019)', ['van den Berg, P. (2019) Den Berg. Leiden: Brill.']), ['Den Berg']);
    assert.deepEqual(linked('(UN 2019)', ['UN Women (2019) Progress. New York: UN Women.']), ['Progress']);
  });

  it('links the cited name\'s own work beside a longer name of the year', () => {
    const list = ['van den Berghe, P. (2019) Ethnicity. London: Routledge.', 'Berg, A. (2019) Plain Berg. Oslo: NUPI.'];
    assert.deepEqual(linked('(Berg 2019)', list), ['Plain Berg']);
  });
});

describe('a comma after "et al." before a narrative citation\'s year (refs42)', () => {
  const LIST = ['Smith, A., Jones, B. and Lee, C. (2019) Access for three. London: ODI.', 'Smith, A. (2019) Access alone. London: ODI.'];

  it('reads "Smith, Jones, et al., (2019)" as "Smith, Jones et al. (2019)"', () => {
    for (const t of ['Smith, Jones, et al., (2019)', 'Smith et al., (2019)', 'Smith, et al., (2019)', 'As Smith, Jones, et al., (2019, p. 4) show']) {
      assert.deepEqual(linked(t, LIST), ['Access for three'], t);
    }
    assert.deepEqual(linkedSpans('As Smith, Jones, et al., (2019) show', LIST), ['Smith, Jones, et al., (2019)']);
  });

  it('links nothing where a name before "et al.," is none of the work\'s', () => {
    assert.deepEqual(linked('Smith, Zedlander, et al., (2019)', LIST), []);
  });
});
