import assert from 'node:assert/strict';
import { parseAuthorDate } from '../../indexer/references/parse.js';
import { cites, linked, linkedSpans } from '../helpers/citation-links.js';

// refs41: a citation of one author and a work of several, a pair's second name, names with a
// chain of particles ("dos Santos Cruz", "Van der Berg"), and "Smith, Jones, et al. (2019)".

describe('a citation of one author and the works of several (refs41)', () => {
  const PAIR = 'Smith, A. and Jones, B. (2017) Access for two. London: ODI.';
  const OWN = 'Smith, A. (2017) Access alone. London: ODI.';
  const THREE = 'Smith, A., Lee, C. and Brown, D. (2017) Access for three. London: ODI.';

  it('links the one-author work where the list holds it, wherever it stands', () => {
    for (const list of [[PAIR, OWN], [OWN, PAIR], [PAIR, THREE, OWN]]) {
      assert.deepEqual(linked('(Smith 2017)', list), ['Access alone']);
      assert.deepEqual(linked('As Smith (2017) shows', list), ['Access alone']);
    }
  });

  it('links the list\'s only work of the name and year, of whatever count', () => {
    assert.deepEqual(linked('(Smith 2017)', [PAIR]), ['Access for two']);
    assert.deepEqual(linked('Smith (2017) shows', [THREE]), ['Access for three']);
  });

  it('links a work of several the list gives twice, as notes cite a work again', () => {
    const twice = ['Smith, A. and Jones, B. (2017) Access for two. London: ODI, p. 4.', 'Smith, A. and Jones, B. (2017) Access for two. London: ODI, p. 9.'];
    assert.deepEqual(linked('(Smith 2017)', twice), ['Access for two']);
  });

  it('links none of several works of the name and year none of which is the author\'s alone', () => {
    assert.deepEqual(linked('(Smith 2017)', [PAIR, THREE]), []);
    assert.deepEqual(linked('As Smith (2017) shows', [THREE, PAIR]), []);
    // the letter the list prints tells them apart
    const lettered = ['Smith, A. and Jones, B. (2017a) Access for two. London: ODI.', 'Smith, A., Lee, C. and Brown, D. (2017b) Access for three. London: ODI.'];
    assert.deepEqual(linked('(Smith 2017b)', lettered), ['Access for three']);
  });

  it('still links the pair and "et al." citations to their works', () => {
    assert.deepEqual(linked('(Smith and Jones 2017; Smith et al. 2017)', [PAIR, THREE, OWN]), ['Access for two', 'Access for three']);
  });
});

describe('the second name of a pair (refs41)', () => {
  const LIST = [
    'Smith, A. and Jones, B. (2020) Access for two. London: ODI.',
    'Smith, A., Jones, B. and Lee, C. (2021) Access for three. London: ODI.',
    'Smith, A. and de Coning, C. (2018) Peace with a particle. Oslo: NUPI.',
    'Metcalfe, V. and Bowden-Hough, M. (2019) Hyphens. London: ODI.',
  ];

  it('links nothing where the second name is none of the work\'s', () => {
    for (const t of ['(Smith and Lee 2020)', '(Smith & Lee 2020)', 'Smith and Lee (2020)', '(see Smith and Lee 2020, p. 4)', '(Brown 2019; Smith and Lee 2020)', '(Smith and Lee 2021)']) {
      assert.deepEqual(linked(t, LIST), [], t);
    }
  });

  it('links the work whose second author the citation names', () => {
    assert.deepEqual(linked('(Smith and Jones 2020)', LIST), ['Access for two']);
    assert.deepEqual(linked('Smith & Jones (2020)', LIST), ['Access for two']);
    assert.deepEqual(linked('(Smith and Jones 2021)', LIST), ['Access for three']);
    assert.deepEqual(linked('(Smith and de Coning 2018)', LIST), ['Peace with a particle']);
    assert.deepEqual(linked('(Smith and Coning 2018)', LIST), ['Peace with a particle']);
    assert.deepEqual(linked('(Metcalfe and Bowden-Hough 2019)', LIST), ['Hyphens']);
    assert.deepEqual(linked('(Metcalfe and Bowden 2019)', LIST), ['Hyphens']);
    // a body's name as second author, cited by its first word or whole
    const body = ['Slim, Hugo, and Human Rights Watch. 2016. Access. New York: HRW.'];
    assert.deepEqual(linked('(Slim and Human Rights Watch 2016)', body), ['Access']);
  });

  it('picks the pair among the first author\'s works of the year', () => {
    const list = ['Smith, A. and Jones, B. (2020) Access for two. London: ODI.', 'Smith, A. and Lee, C. (2020) Access with Lee. London: ODI.'];
    assert.deepEqual(linked('(Smith and Lee 2020; Smith and Jones 2020)', list), ['Access with Lee', 'Access for two']);
    assert.deepEqual(linked('Smith and Lee (2020)', list), ['Access with Lee']);
  });

  it('links a work whose co-authors the list cuts short with "et al."', () => {
    assert.deepEqual(linked('(Smith and Lee 2019)', ['Smith, A. et al. (2019) Access with others. London: ODI.']), ['Access with others']);
  });
});

describe('names with a chain of particles (refs41)', () => {
  const families = (entry: string) => (parseAuthorDate(entry)?.author ?? []).map((a) => [a['non-dropping-particle'] ?? '', a.family ?? a.literal]);

  it('files a name under its particles as a reference manager does (CSL non-dropping-particle)', () => {
    assert.deepEqual(families('dos Santos Cruz, C. A. (2015) Improving security. New York: UN.'), [['dos', 'Santos Cruz']]);
    assert.deepEqual(families('da Silva, J. (2015) Title. X.'), [['da', 'Silva']]);
    assert.deepEqual(families('de la Cruz, M. (2016) Title. X.'), [['de la', 'Cruz']]);
    assert.deepEqual(families('van den Berg, P. (2018) Title. X.'), [['van den', 'Berg']]);
    // a capital particle is the family's first word, as citation-js and Zotero keep it
    assert.deepEqual(families('Van der Berg, P. (2019) Title. X.'), [['', 'Van der Berg']]);
    assert.deepEqual(families('Smith, J. and Van der Berg, P. (2019) Title. X.'), [['', 'Smith'], ['', 'Van der Berg']]);
    assert.deepEqual(families('Van der Berg, Pieter, and Ann Lee. 2019. Title. X.'), [['', 'Van der Berg'], ['', 'Lee']]);
    assert.deepEqual(families('De la Cruz, M. (2016) Title. X.'), [['', 'De la Cruz']]);
    // as before: capitalised words and a lone capital particle
    assert.deepEqual(families('Van Der Berg, A. B. (2010) Title. X.'), [['', 'Van Der Berg']]);
    assert.deepEqual(families('De Mistura, S. (2016) Title. X.'), [['', 'De Mistura']]);
  });

  const LIST = [
    'dos Santos Cruz, C. A. (2023) Improving security of peacekeepers. New York: UN.',
    'Cruz, C. P. (2023) Another Cruz. Stockholm: SIPRI.',
    'Van der Berg, P. (2019) A capital particle. Leiden: Brill.',
    'Berg, A. (2019) Plain Berg. Oslo: NUPI.',
    'da Silva, J. (2015) Silva alone. Lisbon: IPRI.',
    'Silva, M. (2015) Another Silva. Lisbon: IPRI.',
    'de la Cruz, M. (2016) La Cruz. Madrid: CSIC.',
    'van den Berg, P. and Smith, J. (2018) Den Berg and Smith. Leiden: Brill.',
  ];

  it('reads the cited name with its whole particle chain', () => {
    assert.deepEqual(cites('As dos Santos Cruz (2023) shows'), ['dossantoscruz 2023']);
    assert.deepEqual(cites('(dos Santos Cruz 2023; Van der Berg 2019)'), ['dossantoscruz 2023', 'vanderberg 2019']);
    assert.deepEqual(cites('De la Cruz (2016) and van den Berg and Smith (2018)'), ['delacruz 2016', 'vandenberg 2018']);
  });

  it('links the name with its particles, not another of its last word', () => {
    assert.deepEqual(linked('As dos Santos Cruz (2023) shows', LIST), ['Improving security of peacekeepers']);
    assert.deepEqual(linked('(dos Santos Cruz 2023)', LIST), ['Improving security of peacekeepers']);
    assert.deepEqual(linked('(Cruz 2023)', LIST), ['Another Cruz']);
    assert.deepEqual(linked('(Van der Berg 2019)', LIST), ['A capital particle']);
    assert.deepEqual(linked('Van der Berg (2019)', LIST), ['A capital particle']);
    assert.deepEqual(linked('(van der Berg 2019)', LIST), ['A capital particle']);
    assert.deepEqual(linked('(Berg 2019)', LIST), ['Plain Berg']);
    assert.deepEqual(linked('(da Silva 2015)', LIST), ['Silva alone']);
    assert.deepEqual(linked('da Silva (2015)', LIST), ['Silva alone']);
    assert.deepEqual(linked('(Silva 2015)', LIST), ['Another Silva']);
    assert.deepEqual(linked('(de la Cruz 2016)', LIST), ['La Cruz']);
    assert.deepEqual(linked('De la Cruz (2016)', LIST), ['La Cruz']);
    assert.deepEqual(linked('(van den Berg and Smith 2018)', LIST), ['Den Berg and Smith']);
    assert.deepEqual(linked('Van den Berg and Smith (2018)', LIST), ['Den Berg and Smith']);
  });

  it('spans the name from its first particle', () => {
    assert.deepEqual(linkedSpans('As dos Santos Cruz (2023) shows', LIST), ['dos Santos Cruz (2023)']);
    assert.deepEqual(linkedSpans('(see Van der Berg 2019: 4)', LIST), ['Van der Berg 2019: 4']);
  });

  it('still links a name cited without its particles, and reads a particle that is a word of the sentence', () => {
    assert.deepEqual(linked('(Santos Cruz 2023)', LIST), ['Improving security of peacekeepers']);
    assert.deepEqual(linked('(Santos Cruz 2023)', ['Santos Cruz, C. A. dos (2023) Improving security. New York: UN.']), ['Improving security']);
    assert.deepEqual(linked('(dos Santos Cruz 2023)', ['Santos Cruz, C. A. dos (2023) Improving security. New York: UN.']), ['Improving security']);
    assert.deepEqual(linked('as we do Silva (2015) shows', LIST), ['Another Silva']);
    // a particle is a word of its own, not the end of one ("examp-le")
    assert.deepEqual(linkedSpans('(in this case for example Silva 2015)', LIST), ['Silva 2015']);
    assert.deepEqual(cites('(for example Berg 2019)'), ['berg 2019']);
    // French "de" read as a particle: the name without it is the list's Berg
    assert.deepEqual(linked('(voir l’exemple de Berg 2019)', LIST), ['Plain Berg']);
  });
});

describe('"et al." after a comma (refs41)', () => {
  const LIST = ['Smith, A., Jones, B. and Lee, C. (2019) Access for three. London: ODI.', 'Smith, A. (2019) Access alone. London: ODI.', 'Brown, D. (2018) Access in Chad. London: ODI.'];

  it('reads "Smith, Jones, et al." as "Smith, Jones et al."', () => {
    for (const t of ['Smith, Jones, et al. (2019)', '(Smith, Jones, et al. 2019)', '(Smith, Jones, et al., 2019)', '(Brown 2018; Smith, Jones, et al. 2019)']) {
      assert.deepEqual(linked(t, LIST), t.includes('Brown') ? ['Access in Chad', 'Access for three'] : ['Access for three'], t);
    }
    assert.deepEqual(linkedSpans('Smith, Jones, et al. (2019) show', LIST), ['Smith, Jones, et al. (2019)']);
    assert.deepEqual(linked('(Brown 2018, Smith, Jones, et al. 2019)', LIST), ['Access in Chad', 'Access for three']);
  });

  it('reads "Smith, et al." as "Smith et al."', () => {
    assert.deepEqual(linked('Smith, et al. (2019)', LIST), ['Access for three']);
    assert.deepEqual(linked('(Smith, et al., 2019)', LIST), ['Access for three']);
  });

  it('links nothing where a name before "et al." is none of the work\'s', () => {
    assert.deepEqual(linked('Smith, Zedlander, et al. (2019)', LIST), []);
  });
});
