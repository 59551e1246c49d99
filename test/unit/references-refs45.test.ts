import assert from 'node:assert/strict';
import type { CslName } from '../../core/types.js';
import { parseAuthorDate } from '../../indexer/references/parse.js';
import { linked, linkedSpans, listedAuthors } from '../helpers/citation-links.js';

const authors = (entry: string, places?: ReadonlySet<string>): CslName[] => parseAuthorDate(entry, places)?.author ?? [];

// refs45: the citation-link misses refs43, review43 and review44 left, each with the near miss
// that must stay unlinked.

describe('the Arabic article cited with or without it (refs45)', () => {
  it('links a name cited without the article the list prints, and the reverse', () => {
    assert.deepEqual(linked('(Hakim 2019)', ['al-Hakim, M. (2019) Listed with. Cairo: AUC.']), ['Listed with']);
    assert.deepEqual(linked('As Hakim (2019) shows', ['al-Hakim, M. (2019) Listed with. Cairo: AUC.']), ['Listed with']);
    assert.deepEqual(linked('(Masri 2020)', ['El-Masri, S. (2020) Capital article. Beirut: AUB.']), ['Capital article']);
    assert.deepEqual(linked('(al-Hakim 2019)', ['Hakim, M. (2019) Listed without. Cairo: AUC.']), ['Listed without']);
    assert.deepEqual(linked('(El-Masri 2020)', ['Masri, S. (2020) Listed without. Beirut: AUB.']), ['Listed without']);
  });

  it('keeps each of two families apart where the list holds both, and links no longer name', () => {
    const list = ['Hakim, A. (2019) Without. London: ODI.', 'al-Hakim, M. (2019) With. Cairo: AUC.'];
    assert.deepEqual(linked('(Hakim 2019; al-Hakim 2019)', list), ['Without', 'With']);
    assert.deepEqual(linked('(Hakim 2019; al-Hakim 2019)', [...list].reverse()), ['Without', 'With']);
    assert.deepEqual(linked('(Hakim 2019)', ['al-Hakimi, M. (2019) Another family. Cairo: AUC.']), []);
    assert.deepEqual(linked('(Hakim 2019)', ['Alhakim, M. (2019) One word. Cairo: AUC.']), []);
  });
});

describe('a double surname without a hyphen (refs45)', () => {
  const list = ['García, D. (2019) Another García. Madrid: UCM.', 'García Márquez, G. (2019) Double. Bogotá: UNAL.', 'Márquez, L. (2019) Another Márquez. Lima: PUCP.'];

  it('links the double name cited whole, before a listed name of either of its parts', () => {
    assert.deepEqual(linked('(García Márquez 2019)', list), ['Double']);
    assert.deepEqual(linked('(see García Márquez, 2019: 4)', list), ['Double']);
    assert.deepEqual(linked('As García Márquez (2019) shows', list), ['Double']);
    assert.deepEqual(linkedSpans('As García Márquez (2019) shows', list), ['García Márquez (2019)']);
    assert.deepEqual(linkedSpans(`${'A long sentence runs on. '.repeat(20)}As García Márquez (2019) shows`, list), ['García Márquez (2019)']);
    assert.deepEqual(linked('(Smith 2018; García Márquez 2019, 2020)', [...list, 'Smith, A. (2018) Smith. London: ODI.', 'García Márquez, G. (2020) Later. Bogotá: UNAL.']), ['Smith', 'Double', 'Later']);
  });

  it('still links each part cited alone, and a sentence word before a name is none of it', () => {
    assert.deepEqual(linked('(García 2019; Márquez 2019)', list), ['Another García', 'Another Márquez']);
    assert.deepEqual(linked('As Márquez (2019) shows', list), ['Another Márquez']);
    assert.deepEqual(linked('(García 2019)', ['García Márquez, G. (2019) Double. Bogotá: UNAL.']), ['Double']);
    assert.deepEqual(linked('In Kenya Smith (2019) found', ['Smith, A. (2019) Kenya. Nairobi: X.']), ['Kenya']);
    assert.deepEqual(linkedSpans('In Kenya Smith (2019) found', ['Smith, A. (2019) Kenya. Nairobi: X.']), ['Smith (2019)']);
    // a double name the list does not hold is another person than the list's García (refs46)
    assert.deepEqual(linked('(García Lorca 2019)', list), []);
  });
});

describe("a pair's second name compared whole, as the first is (refs45)", () => {
  it('links no pair whose second author only shares the cited name\'s first letters', () => {
    assert.deepEqual(linked('(Smith and Rosenthal 2019)', ['Smith, A. and Rosenthaler, B. (2019) Another pair. Vienna: IIASA.']), []);
    assert.deepEqual(linked('Smith and Rosenthal (2019) show', ['Smith, A. and Rosenthaler, B. (2019) Another pair. Vienna: IIASA.']), []);
    assert.deepEqual(linked('(Smith and Rosenthaler 2019)', ['Smith, A. and Rosenthal, B. (2019) Another pair. Vienna: IIASA.']), []);
    assert.deepEqual(linked('(Smith and Christensen 2019)', ['Smith, A. and Christenson, B. (2019) Another pair. Oslo: PRIO.']), []);
  });

  it('links the pair whose second author is the cited name but for accents, particles or its first words', () => {
    const pair = (second: string) => [`Smith, A. and ${second} (2019) The pair. London: ODI.`];
    assert.deepEqual(linked('(Smith and Rosenthal 2019)', pair('Rosenthal, B.')), ['The pair']);
    assert.deepEqual(linked('(Smith and Muller 2019)', pair('Müller, B.')), ['The pair']);
    assert.deepEqual(linked('(Smith and Metcalfe 2019)', pair('Metcalfe-Hough, V.')), ['The pair']);
    assert.deepEqual(linked('(Smith and Coning 2019)', pair('de Coning, C.')), ['The pair']);
    assert.deepEqual(linked('(Smith and de Coning 2019)', pair('de Coning, C.')), ['The pair']);
    assert.deepEqual(linked('(Smith and Amnesty International 2019)', pair('Amnesty International')), ['The pair']);
    // of two pairs of Smith in 2019, the one the second name is
    const two = ['Smith, A. and Rosenthaler, B. (2019) Longer. Vienna: IIASA.', 'Smith, A. and Rosenthal, C. (2019) Exact. Vienna: IIASA.'];
    assert.deepEqual(linked('(Smith and Rosenthal 2019; Smith and Rosenthaler 2019)', two), ['Exact', 'Longer']);
  });
});

describe('a hyphenated name that opens with a name element (refs45)', () => {
  it('links no entry filed under "Abu", "Ibn", "Ben" or "Ould" alone', () => {
    assert.deepEqual(linked('(Abu-Lughod 2012)', ['Abu, L. (2012) An element. Cairo: AUC.']), []);
    assert.deepEqual(linked('As Ibn-Khaldun (2012) shows', ['Ibn, K. (2012) An element. Tunis: X.']), []);
    assert.deepEqual(linked('(Ben-Ari 2012; Ould-Mohamedou 2012)', ['Ben, E. (2012) An element. Haifa: X.', 'Ould, M. (2012) Another. Geneva: X.']), []);
  });

  it('still links the whole name, and a double name listed under its first part', () => {
    assert.deepEqual(linked('(Abu-Lughod 2012)', ['Abu-Lughod, L. (2012) Whole. Cairo: AUC.']), ['Whole']);
    assert.deepEqual(linked('(Abu Lughod 2012)', ['Abu-Lughod, L. (2012) Whole. Cairo: AUC.']), ['Whole']);
    assert.deepEqual(linked('(Metcalfe-Hough 2012)', ['Metcalfe, V. (2012) Advocacy. London: ODI.']), ['Advocacy']);
    assert.deepEqual(linked('(Benson-Hale 2012)', ['Benson, R. (2012) Not an element. London: ODI.']), ['Not an element']);
  });
});

describe('a co-author printed with run-together initials (refs45)', () => {
  it('reads "AJR Groom" as a person and links the pair', () => {
    assert.deepEqual(authors('Smith, A. and AJR Groom (2019) Title. London: X.'), [{ family: 'Smith', given: 'A.' }, { family: 'Groom', given: 'AJR' }]);
    assert.deepEqual(authors('Smith, A., B. Jones and HLA Hart (2019) Title. London: X.').map((a) => a.family ?? a.literal), ['Smith', 'Jones', 'Hart']);
    assert.deepEqual(linked('(Smith and Groom 2019)', ['Smith, A. and AJR Groom (2019) The pair. London: X.']), ['The pair']);
  });

  it('keeps an acronym before a place, a unit or a kind of document a body', () => {
    assert.deepEqual(authors('Smith, A. and IOM Iraq (2019) Title. Baghdad: IOM.', new Set(['iraq'])).map((a) => a.family ?? a.literal), ['Smith', 'IOM Iraq']);
    assert.deepEqual(authors('Smith, A. and WFP Logistics (2019) Title. Rome: WFP.').map((a) => a.family ?? a.literal), ['Smith', 'WFP Logistics']);
    assert.deepEqual(authors('Smith, A. and OCHA Somalia (2019) Title. Nairobi: OCHA.').map((a) => a.family ?? a.literal), ['Smith', 'OCHA Somalia']);
    assert.deepEqual(authors('Smith, A. and UN Women (2019) Title. New York: UN.').map((a) => a.family ?? a.literal), ['Smith', 'UN Women']);
  });
});

describe('a co-author printed as a bare surname (refs45)', () => {
  it('is the person the list files under that name elsewhere', () => {
    assert.deepEqual(listedAuthors(['Smith, A. and Jones (2019) A pair. London: X.', 'Jones, B. (2017) Alone. London: X.']), [['Smith', 'Jones'], ['Jones']]);
    assert.deepEqual(listedAuthors(['Jones, B. and Lee, C. (2017) Earlier. London: X.', 'Smith, A., Lee and Jones (2019) Three. London: X.']), [['Jones', 'Lee'], ['Smith', 'Lee', 'Jones']]);
    assert.deepEqual(linked('(Smith and Jones 2019)', ['Smith, A. and Jones (2019) A pair. London: X.', 'Jones, B. (2017) Alone. London: X.']), ['A pair']);
  });

  it('stays a body where the list names no person so, or names the body alone', () => {
    assert.deepEqual(listedAuthors(['Smith, A. and Jones (2019) A pair. London: X.']), [['Smith', 'body Jones']]);
    assert.deepEqual(listedAuthors(['Smith, A. and Oxfam (2019) Access. Oxford: Oxfam.', 'Oxfam (2018) Alone. Oxford: Oxfam.']), [['Smith', 'body Oxfam'], ['body Oxfam']]);
    assert.deepEqual(listedAuthors(['Smith, A. and Save the Children (2019) Access. London: SC.', 'Children, B. (2018) A person. London: X.']), [['Smith', 'body Save the Children'], ['Children']]);
  });
});
