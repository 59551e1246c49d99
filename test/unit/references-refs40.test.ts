import assert from 'node:assert/strict';
import { parseAuthorDate } from '../../indexer/references/parse.js';
import { cites, linked, spans } from '../helpers/citation-links.js';

// refs40: entries whose co-authors are printed initials first or cut short by "et al.", names with
// particles ("de Coning", "Von Einsiedel") cited without them, citations of several authors that
// linked a work of one, and "and" before a second year ("(Smith 2019 and 2020)").

const families = (entry: string): string[] => (parseAuthorDate(entry)?.author ?? []).map((a) => `${a['non-dropping-particle'] ? `${a['non-dropping-particle']} ` : ''}${a.family ?? a.literal}`);

describe('every author of an entry, in the common styles (refs40)', () => {
  it('reads the co-authors printed initials first after an inverted first name', () => {
    assert.deepEqual(families('Smith, A., B. Jones and C. Lee. 2019. Access for three. London: ODI.'), ['Smith', 'Jones', 'Lee']);
    assert.deepEqual(families('Smith, A., B. Jones, and C. Lee. 2019. Access for three. London: ODI.'), ['Smith', 'Jones', 'Lee']);
    assert.deepEqual(families('Smith, A. and B. Jones. 2019. Access for two. London: ODI.'), ['Smith', 'Jones']);
    assert.deepEqual(families('Smith, A. & B. Jones (2019) Access for two. London: ODI.'), ['Smith', 'Jones']);
    assert.deepEqual(families('Smith, A., B. de Coning and C.-D. Lee. 2019. Access. London: ODI.'), ['Smith', 'de Coning', 'Lee']);
  });

  it('reads four and more co-authors printed initials first, none as an inverted name (review41)', () => {
    // "P. Harvey, K. Haver" had read as the inverted name "Harvey, K.": two authors, the second's initials another's
    const authors = (entry: string) => (parseAuthorDate(entry)?.author ?? []).map((a) => `${a.given} ${a['non-dropping-particle'] ? `${a['non-dropping-particle']} ` : ''}${a.family}`);
    assert.deepEqual(authors('Smith, J., P. Harvey, K. Haver and A. Stoddard. 2019. Access. London: ODI.'), ['J. Smith', 'P. Harvey', 'K. Haver', 'A. Stoddard']);
    assert.deepEqual(authors('Smith, A., B. Jones, C. Lee, and D. Kim. 2019. Access. London: ODI.'), ['A. Smith', 'B. Jones', 'C. Lee', 'D. Kim']);
    assert.deepEqual(authors('Smith, A., B. de Coning, C. Lee and D. Kim. 2019. Access. London: ODI.'), ['A. Smith', 'B. de Coning', 'C. Lee', 'D. Kim']);
  });

  it('reads the other styles as before', () => {
    for (const e of [
      'Smith, A., Jones, B., & Lee, C. (2019). Access for three. London: ODI.',
      'Smith, Alan, Bea Jones, and Cy Lee. 2019. Access for three. London: ODI.',
      'SMITH, A., JONES, B. and LEE, C. (2019) Access for three. London: ODI.',
      'Smith A, Jones B, Lee C. Access for three. Lancet. 2019;3:1-4.',
    ]) {
      assert.deepEqual(families(e).map((f) => f.toLowerCase()), ['smith', 'jones', 'lee'], e);
    }
  });

  it('adds no author where the words after the first name are none printed initials first', () => {
    // a body after the first name is an author of its own since refs42 (references-refs42.test.ts)
    assert.deepEqual(families('Smith, A. (2019) Access. London: ODI.'), ['Smith']);
    assert.deepEqual(families('Smith, A., B. Jones and others. 2019. Access. London: ODI.'), ['Smith']);
  });
});

const LIST = [
  'Smith, A., B. Jones and C. Lee. 2019. Access for three. London: ODI.',
  'Smith, A. et al. (2018) Access with others. London: ODI.',
  'Smith, A. (2020) Access in Mali. London: ODI.',
  'Smith, A. (2021) Access in Chad. London: ODI.',
  'Jones, B. (2020) Access in Niger. London: ODI.',
  'Jones, B. and Lee, C. (2021) Access for two. London: ODI.',
  'Karlsrud, J. (2017) The UN at war. London: Palgrave.',
  'de Coning, C., Aoi, C. and Karlsrud, J. (2017) UN peacekeeping doctrine. London: Routledge.',
  'van der Lijn, J. and de Coning, C. (2019) Peace operations. Oslo: NUPI.',
  'de Coning, C. (2018) Adaptive peacebuilding. Oslo: NUPI.',
  'Von Einsiedel, S., Bosetti, L. and Cockayne, J. (2017) Violent conflict. Tokyo: UNU.',
];

describe('links through the authors now read (refs40)', () => {
  it('links a citation of several to an entry whose co-authors are printed initials first', () => {
    for (const t of ['Smith, Jones and Lee (2019)', '(Smith, Jones and Lee 2019)', 'Smith, Jones et al. (2019)', '(Smith et al. 2019)']) assert.deepEqual(linked(t, LIST), ['Access for three'], t);
  });

  it('links a citation of several to an entry whose names end in "et al."', () => {
    assert.deepEqual(linked('(Smith et al. 2018)', LIST), ['Access with others']);
    assert.deepEqual(linked('Smith et al. (2018)', LIST), ['Access with others']);
    assert.deepEqual(linked('(Smith 2018)', LIST), ['Access with others']);
  });
});

describe('names with particles (refs40)', () => {
  it('links a name cited without its particle, or with a capital one', () => {
    assert.deepEqual(linked('(de Coning 2018)', LIST), ['Adaptive peacebuilding']);
    assert.deepEqual(linked('de Coning (2018)', LIST), ['Adaptive peacebuilding']);
    assert.deepEqual(linked('(van der Lijn and de Coning 2019)', LIST), ['Peace operations']);
    assert.deepEqual(linked('Von Einsiedel et al. (2017)', LIST), ['Violent conflict']);
    assert.deepEqual(linked('(Von Einsiedel et al. 2017)', LIST), ['Violent conflict']);
  });

  it('links a lead name with a particle to its work, not the last author\'s own', () => {
    assert.deepEqual(linked('de Coning, Aoi, Karlsrud (2017)', LIST), ['UN peacekeeping doctrine']);
    assert.deepEqual(linked('(de Coning, Aoi and Karlsrud 2017)', LIST), ['UN peacekeeping doctrine']);
    assert.deepEqual(linked('de Coning, Aoi and Karlsrud (2017)', LIST), ['UN peacekeeping doctrine']);
    // Karlsrud's own book is still his
    assert.deepEqual(linked('(Karlsrud 2017)', LIST), ['The UN at war']);
  });

  it('links no work of a year the particle name lacks', () => {
    assert.deepEqual(linked('(de Coning 2021)', LIST), []);
    assert.deepEqual(linked('(Coning and Lijn 2019)', LIST), []);
  });
});

describe('no work of one author for a citation of several (refs40)', () => {
  it('links nothing where the list holds no work of the pair', () => {
    assert.deepEqual(linked('(Smith and Jones 2020)', LIST), []);
    assert.deepEqual(linked('Smith and Jones (2020)', LIST), []);
    assert.deepEqual(linked('(Jones et al. 2020)', LIST), []);
    assert.deepEqual(linked('(Smith 2021 and Jones and Lee 2020)', LIST), ['Access in Chad']);
  });

  it('links the pair\'s work where the list holds it, and the second name alone after prose', () => {
    assert.deepEqual(linked('(Smith 2020 and Jones and Lee 2021)', LIST), ['Access in Mali', 'Access for two']);
    assert.deepEqual(linked('(Jones and Lee 2021)', LIST), ['Access for two']);
    assert.deepEqual(linked('Aid in Mali and Jones (2020) shows it', LIST), ['Access in Niger']);
    assert.deepEqual(linked('(Jones 2020)', LIST), ['Access in Niger']);
  });
});

describe('"and" before a second year of the same author (refs40)', () => {
  it('reads each year, each with its span', () => {
    assert.deepEqual(cites('(Smith 2019 and 2020)'), ['smith 2019', 'smith 2020']);
    assert.deepEqual(cites('(Smith 2019 & 2020)'), ['smith 2019', 'smith 2020']);
    assert.deepEqual(cites('Smith (2020 and 2021)'), ['smith 2020', 'smith 2021']);
    assert.deepEqual(cites('(Smith 2019, 2020 and 2021; Lee 2021)'), ['smith 2019', 'smith 2020', 'smith 2021', 'lee 2021']);
    assert.deepEqual(spans('(Smith 2019: 4 and 2020: 7)'), ['Smith 2019: 4', '2020: 7']);
    assert.deepEqual(spans('(Smith 2019, p. 4 and 2020)'), ['Smith 2019, p. 4', '2020']);
  });

  it('links both works', () => {
    assert.deepEqual(linked('(Smith 2020 and 2021)', LIST), ['Access in Mali', 'Access in Chad']);
    assert.deepEqual(linked('Smith (2020 and 2021)', LIST), ['Access in Mali', 'Access in Chad']);
  });

  it('reads no year after "and" that is none of the work\'s', () => {
    assert.deepEqual(cites('(Smith 2019 and 2020 data)'), ['smith 2019']);
    assert.deepEqual(cites('(Smith 2019 and December 2020)'), ['smith 2019']);
    assert.deepEqual(cites('(Smith 2019a and b)'), ['smith 2019a']);
    assert.deepEqual(cites('(Smith 2019 and Jones 2020)'), ['smith 2019', 'jones 2020']);
    assert.deepEqual(cites('Smith (2019 and the 2020 data)'), []);
  });

  it('reads a long run of "and" years in linear time', () => {
    const t = `(Smith 2019${' and 2020'.repeat(20000)})`;
    const start = Date.now();
    assert.equal(cites(t).length, 20001);
    assert.ok(Date.now() - start < 5000);
  });
});

describe('a name cited bare is its own bearer\'s before a particle name\'s (review41)', () => {
  const list = [
    'Da Silva, M. (2020) Aid in Brazil. London: ODI.',
    'Silva, R. (2020) Aid in Peru. London: ODI.',
    'Silva, R. (2021a) Aid in Chile. London: ODI.',
    'de Silva, K. (2021) Aid in Sri Lanka. London: ODI.',
    'Silva, R. (2021b) Aid in Bolivia. London: ODI.',
  ];

  it('links "(Silva 2020)" to Silva\'s work, not to Da Silva\'s listed first', () => {
    assert.deepEqual(linked('(Silva 2020)', list), ['Aid in Peru']);
    assert.deepEqual(linked('Silva (2020)', list), ['Aid in Peru']);
    assert.deepEqual(linked('(Da Silva 2020)', list), ['Aid in Brazil']);
    assert.deepEqual(linked('(da Silva 2020)', list), ['Aid in Brazil']);
  });

  it('links a name cited with its particle to that name\'s work, and a bare name\'s letters among its own works', () => {
    assert.deepEqual(linked('(de Silva 2021)', list), ['Aid in Sri Lanka']);
    assert.deepEqual(linked('as de Silva (2021) shows', list), ['Aid in Sri Lanka']);
    assert.deepEqual(linked('(Silva 2021a, b)', list), ['Aid in Chile', 'Aid in Bolivia']);
  });

  it('still links a particle name cited bare where no one else bears it', () => {
    assert.deepEqual(linked('(Silva 2019)', [...list, 'da Silva, M. (2019) Aid in Angola. London: ODI.']), ['Aid in Angola']);
    assert.deepEqual(linked('(de Silva 2019)', [...list, 'Silva, R. (2019) Aid in Cuba. London: ODI.']), ['Aid in Cuba']);
  });
});
