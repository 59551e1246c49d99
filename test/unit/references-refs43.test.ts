import assert from 'node:assert/strict';
import type { CslName } from '../../core/types.js';
import { authorDateNames, parseAuthorDate, parseNoteCitation } from '../../indexer/references/parse.js';
import { cites, linked, linkedSpans, spans } from '../helpers/citation-links.js';

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

const names = (entry: string): string[] => {
  const csl = parseAuthorDate(entry);
  return (csl?.author ?? csl?.editor ?? []).map((a: CslName) => [a.given, a['non-dropping-particle'], a.family ?? a.literal].filter(Boolean).join(' '));
};
const families = (entry: string): (string | undefined)[] => (parseAuthorDate(entry)?.author ?? []).map((a: CslName) => a.family ?? a.literal);

// Irish patronymics (Ó, Ní, Mac, Nic: printed apart, part of the surname, as Irish and Scottish
// lists and the authors themselves print them), the Arabic article joined by a hyphen (al-, el-),
// and the apostrophe names (O'Brien, D'Amato).
describe('Irish, Scottish and Arabic surnames in citations and entries (refs43)', () => {
  it('reads each surname whole in an in-text citation', () => {
    assert.deepEqual(cites('(Ó Briain 2019)'), ['obriain 2019']);
    assert.deepEqual(cites('As Ó Briain (2019) shows'), ['obriain 2019']);
    assert.deepEqual(cites('(Ní Aoláin 2019)'), ['niaolain 2019']);
    assert.deepEqual(cites('Ní Aoláin (2019) argues'), ['niaolain 2019']);
    assert.deepEqual(cites('(Mac Giolla 2019; Nic Giolla Phádraig 2020)'), ['macgiolla 2019', 'nicgiolla 2020']);
    assert.deepEqual(cites('Mac Giolla (2019) argues'), ['macgiolla 2019']);
    assert.deepEqual(cites("(O'Brien 2019; D’Amato 2020)"), ['obrien 2019', 'damato 2020']);
    assert.deepEqual(cites('(al-Hakim 2019; El-Masri 2020)'), ['alhakim 2019', 'elmasri 2020']);
    assert.deepEqual(cites('as al-Hakim (2019) shows'), ['alhakim 2019']);
    assert.deepEqual(cites('Özerdem (2019) argues'), ['ozerdem 2019']);
    assert.deepEqual(spans('As Ó Briain (2019) and al-Hakim (2020) show'), ['Ó Briain (2019)', 'al-Hakim (2020)']);
  });

  it('reads each surname whole in a reference entry', () => {
    assert.deepEqual(families('Ó Briain, S. (2019) Title. Dublin: RIA.'), ['Ó Briain']);
    assert.deepEqual(families('Ní Aoláin, F. (2019) Title. Oxford: OUP.'), ['Ní Aoláin']);
    assert.deepEqual(families('al-Hakim, M. (2019) Title. Cairo: AUC Press.'), ['al-Hakim']);
    assert.deepEqual(families('Smith, A., Jones, B. and Ó Briain, C. (2019) Title. London: ODI.'), ['Smith', 'Jones', 'Ó Briain']);
    assert.deepEqual(families('Ó Briain, S., Ní Aoláin, F. and Mac Giolla, C. (2019) Title. Dublin: RIA.'), ['Ó Briain', 'Ní Aoláin', 'Mac Giolla']);
    assert.deepEqual(families("O'Brien, P. and D'Amato, A. (2019) Title. Rome: IAI."), ["O'Brien", "D'Amato"]);
    assert.deepEqual(families('Smith, A., B. Jones and C. al-Hakim (2019) Title. London: ODI.'), ['Smith', 'Jones', 'al-Hakim']);
  });

  it('reads each surname whole where the given names are printed first (Chicago\'s later authors, notes)', () => {
    assert.deepEqual(authorDateNames('Ó Briain, Seán, and Fionnuala Ní Aoláin'), [{ family: 'Ó Briain', given: 'Seán' }, { family: 'Ní Aoláin', given: 'Fionnuala' }]);
    assert.deepEqual(authorDateNames('al-Hakim, Mona, and Sami El-Masri'), [{ family: 'al-Hakim', given: 'Mona' }, { family: 'El-Masri', given: 'Sami' }]);
    const note = parseNoteCitation("Seán Ó Briain and Fionnuala Ní Aoláin, 'Gender and transition', Journal of Peace, vol. 2, 2019, 1-20");
    assert.deepEqual(note?.author, [{ family: 'Ó Briain', given: 'Seán' }, { family: 'Ní Aoláin', given: 'Fionnuala' }]);
  });

  it('links each surname to its work, and a citation of three to the three', () => {
    const list = [
      'Smith, A., Jones, B. and Ó Briain, C. (2019) Three. London: ODI.',
      'Ó Briain, S. (2019) Irish alone. Dublin: RIA.',
      'Ní Aoláin, F. (2019) Ni Aolain. Oxford: OUP.',
      'Mac Giolla, C. (2019) Mac Giolla. Dublin: RIA.',
      'al-Hakim, M. (2019) Al Hakim. Cairo: AUC Press.',
      'El-Masri, S. (2019) El Masri. Cairo: AUC Press.',
      "O'Brien, P. (2019) O Brien. Dublin: RIA.",
      "D'Amato, A. (2019) D Amato. Rome: IAI.",
    ];
    assert.deepEqual(linked('(Smith, Jones and Ó Briain 2019)', list), ['Three']);
    assert.deepEqual(linked('Smith, Jones and Ó Briain (2019) argue', list), ['Three']);
    assert.deepEqual(linkedSpans('As Smith, Jones and Ó Briain (2019) argue', list), ['Smith, Jones and Ó Briain (2019)']);
    assert.deepEqual(linked('(Ó Briain 2019)', list), ['Irish alone']);
    assert.deepEqual(linked('(Ní Aoláin 2019; Mac Giolla 2019)', list), ['Ni Aolain', 'Mac Giolla']);
    assert.deepEqual(linked('(al-Hakim 2019; El-Masri 2019)', list), ['Al Hakim', 'El Masri']);
    assert.deepEqual(linked("(O’Brien 2019; D'Amato 2019)", list), ['O Brien', 'D Amato']);
    // a third name that is none of the work's links nothing
    assert.deepEqual(linked('(Smith, Jones and Lee 2019)', list), []);
  });

  it('keeps a prefix word that ends a sentence or stands alone out of the name', () => {
    assert.deepEqual(cites('(Mac 2019)'), ['mac 2019']);
    assert.deepEqual(cites('a formal-Smith (2019) link'), ['smith 2019']);
    assert.deepEqual(cites('(Smith 2019) — Ó.'), ['smith 2019']);
  });
});

describe('a body as the co-author after a person inverted (refs43)', () => {
  it('reads a body the kind words do not know as an author of its own', () => {
    assert.deepEqual(names('Smith, A. and Oxfam (2019) Access. Oxford: Oxfam.'), ['A. Smith', 'Oxfam']);
    assert.deepEqual(names('Smith, A. & Oxfam. (2019). Access. Oxfam.'), ['A. Smith', 'Oxfam']);
    assert.deepEqual(names('Smith, A. and Save the Children (2019) Access. London: SCUK.'), ['A. Smith', 'Save the Children']);
    assert.deepEqual(names('Smith, A. and CARE (2019) Access. Atlanta: CARE.'), ['A. Smith', 'CARE']);
    assert.deepEqual(names('Smith, A., Oxfam and Jones, B. (2019) Access. Oxford: Oxfam.'), ['A. Smith', 'Oxfam', 'B. Jones']);
  });

  it('reads a person given names first as a person, and initials as initials', () => {
    assert.deepEqual(families('Smith, A. and Hugo Slim (2019) Access. Oxford: OUP.'), ['Smith', 'Slim']);
    assert.deepEqual(names('Smith, A., B. D Lee (2019) Access. London: ODI.'), ['A. Smith']);
    assert.deepEqual(names('Smith, A. and Jones, B. (2019) Access. London: ODI.'), ['A. Smith', 'B. Jones']);
  });

  it('links the pair and not Smith alone', () => {
    const list = ['Smith, A. and Oxfam (2019) Access together. Oxford: Oxfam.', 'Smith, A. (2019) Access alone. London: ODI.'];
    assert.deepEqual(linked('(Smith and Oxfam 2019)', list), ['Access together']);
    assert.deepEqual(linked('Smith and Oxfam (2019) show', list), ['Access together']);
    assert.deepEqual(linked('(Smith 2019)', list), ['Access alone']);
  });
});
