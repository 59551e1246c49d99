import assert from 'node:assert/strict';
import type { CslName } from '../../core/types.js';
import { parseAuthorDate } from '../../indexer/references/parse.js';
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

const names = (entry: string): string[] => {
  const csl = parseAuthorDate(entry);
  return (csl?.author ?? csl?.editor ?? []).map((a: CslName) => [a.given, a['non-dropping-particle'], a.family ?? a.literal, a.suffix].filter(Boolean).join(' '));
};

describe('co-authors printed initials first with a suffix or a surname of two words (refs42)', () => {
  it('reads every co-author, the suffix kept apart from the family name', () => {
    assert.deepEqual(names('Smith, A., B. Jones Jr and C. Lee (2019) Access. London: ODI.'), ['A. Smith', 'B. Jones Jr', 'C. Lee']);
    assert.deepEqual(names('Smith, A., B. Jones, Jr., and C. Lee. 2019. Access. London: ODI.'), ['A. Smith', 'B. Jones Jr.', 'C. Lee']);
    assert.deepEqual(parseAuthorDate('Smith, A. and B. Jones III (2019) Access. London: ODI.')?.author?.[1], { family: 'Jones', given: 'B.', suffix: 'III' });
    assert.deepEqual(names('Smith, A., B. Jones and C. Ó Briain (2019) Access. London: ODI.'), ['A. Smith', 'B. Jones', 'C. Ó Briain']);
    assert.deepEqual(names('Smith, A. and D. García Márquez (2019) Access. London: ODI.'), ['A. Smith', 'D. García Márquez']);
    assert.deepEqual(names('Smith, A., B. de Coning and C. Mac Ginty (2019) Access. London: ODI.'), ['A. Smith', 'B. de Coning', 'C. Mac Ginty']);
  });

  it('reads no name from a lone capital without its stop', () => {
    assert.deepEqual(names('Smith, A., B. D Lee (2019) Access. London: ODI.'), ['A. Smith']);
  });

  it('links a citation of the three or of "et al." to the work', () => {
    const list = ['Smith, A., B. Jones Jr and C. Lee (2019) Access for three. London: ODI.', 'Smith, A. (2019) Access alone. London: ODI.'];
    assert.deepEqual(linked('(Smith, Jones and Lee 2019)', list), ['Access for three']);
    assert.deepEqual(linked('(Smith et al. 2019)', list), ['Access for three']);
    const irish = ['Smith, A., B. Jones and C. Ó Briain (2019) Access for three. London: ODI.', 'Smith, A. (2019) Access alone. London: ODI.'];
    assert.deepEqual(linked('(Smith et al. 2019)', irish), ['Access for three']);
  });
});

describe('an editors\' mark before a year without brackets (refs42)', () => {
  it('reads the entry and its editors', () => {
    assert.deepEqual(names('Smith, A., B. Jones and C. Lee (eds). 2019. Access. London: ODI.'), ['A. Smith', 'B. Jones', 'C. Lee']);
    assert.deepEqual(parseAuthorDate('Smith, A., B. Jones and C. Lee (eds). 2019. Access. London: ODI.')?.editor?.length, 3);
    assert.deepEqual(names('Jones, B. (ed.). 2019. Access. London: ODI.'), ['B. Jones']);
    assert.equal(parseAuthorDate('Smith, A., B. Jones and C. Lee (eds.). 2019. Access. London: ODI.')?.title, 'Access');
  });

  it('links a citation of the editors', () => {
    assert.deepEqual(linked('As Smith et al. (2019) show', ['Smith, A., B. Jones and C. Lee (eds). 2019. Access edited. London: ODI.']), ['Access edited']);
  });
});

describe('a body beside a person inverted (refs42)', () => {
  it('reads the body as an author of its own', () => {
    assert.deepEqual(names('Smith, A. and Amnesty International (2019) Access. London: ODI.'), ['A. Smith', 'Amnesty International']);
    assert.deepEqual(names('Smith, A., Human Rights Watch and B. Jones (2019) Access. London: ODI.'), ['A. Smith', 'Human Rights Watch', 'B. Jones']);
    assert.deepEqual(names('Smith, A., U.K. Government (2019) Access. London: ODI.'), ['A. Smith', 'U.K. Government']);
  });

  it('keeps a person whose family name is a body\'s word a person', () => {
    assert.deepEqual(names('Smith, A. and R. Service (2019) Access. London: ODI.'), ['A. Smith', 'R. Service']);
  });

  it('links the pair and not Smith alone', () => {
    const list = ['Smith, A. and Amnesty International (2019) Access together. London: ODI.', 'Smith, A. (2019) Access alone. London: ODI.'];
    assert.deepEqual(linked('(Smith and Amnesty International 2019)', list), ['Access together']);
    assert.deepEqual(linked('(Smith 2019)', list), ['Access alone']);
  });
});
