import assert from 'node:assert/strict';
import { parseNoteCitation } from '../../indexer/references/parse.js';
import { cites, linked, spans } from '../helpers/citation-links.js';

// refs35: a citation giving one author and several years or year letters ("(Smith 2019a, b)",
// "Smith (2019a, 2019b, 2020)", "(IASC, 2009; 2017)") cites each of them, the author carried over;
// a decade ("the 1990s", "(mid-2000s)", "Smith (1990s)") is no year of a work and cites nothing.

const LETTERED = [
  'Smith, A. (2019a) Access in Mali. London: ODI.',
  'Smith, A. (2019b) Access in Niger. London: ODI.',
  'Smith, A. (2020) Access in Chad. London: ODI.',
  'Smith, A. (2021) Access in Sudan. London: ODI.',
];

describe('one author, several years or letters (refs35)', () => {
  it('reads every year and letter of a part, the author carried over', () => {
    assert.deepEqual(cites('(Smith 2019a, b)'), ['smith 2019a', 'smith 2019b']);
    assert.deepEqual(cites('(Smith 2019a; 2019b)'), ['smith 2019a', 'smith 2019b']);
    assert.deepEqual(cites('(Smith, 2019, 2021)'), ['smith 2019', 'smith 2021']);
    assert.deepEqual(cites('Smith (2019a, 2019b, 2020) argues'), ['smith 2019a', 'smith 2019b', 'smith 2020']);
    assert.deepEqual(cites('(OHCHR 2015a, b, c)'), ['ohchr 2015a', 'ohchr 2015b', 'ohchr 2015c']);
    assert.deepEqual(cites('(IASC, 2009; 2017; GPC et al., 2016)'), ['iasc 2009', 'iasc 2017', 'gpc 2016']);
    assert.deepEqual(cites('Smith et al. (2019a, b)'), ['smith 2019a', 'smith 2019b']);
  });

  it('gives each year its own span, the locator staying with the last', () => {
    assert.deepEqual(spans('(Smith 2019a, b: 4; Lee 2020)'), ['Smith 2019a', 'b: 4', 'Lee 2020']);
    assert.deepEqual(spans('Smith (2019, 2021) says'), ['Smith (2019', '2021']);
    // a lone part keeps its whole span, as before
    assert.deepEqual(spans('(Niland et al., 2015: 37)'), ['Niland et al., 2015: 37']);
  });

  it('reads no year where a page, a locator or a word follows', () => {
    assert.deepEqual(cites('(Smith 2019, 4)'), ['smith 2019']);
    assert.deepEqual(cites('(Smith 2019, p. 4)'), ['smith 2019']);
    assert.deepEqual(cites('(Smith 2019, 2020 survey)'), ['smith 2019']);
    // a letter alone follows a lettered year only
    assert.deepEqual(cites('(Smith 2019, a)'), ['smith 2019']);
    // no author is carried from a part that cites nothing
    assert.deepEqual(cites('(HPG interviews, 2021; 2020)'), []);
    assert.deepEqual(cites('(March 2019; 2020)'), []);
  });

  it('links each year and letter to its own entry', () => {
    assert.deepEqual(linked('(Smith 2019a, b)', LETTERED), ['Access in Mali', 'Access in Niger']);
    assert.deepEqual(linked('(Smith 2019a; 2019b)', LETTERED), ['Access in Mali', 'Access in Niger']);
    assert.deepEqual(linked('(Smith 2020, 2021)', LETTERED), ['Access in Chad', 'Access in Sudan']);
    assert.deepEqual(linked('Smith (2019a, 2019b, 2020) argues', LETTERED), ['Access in Mali', 'Access in Niger', 'Access in Chad']);
    // an unlettered list gives its letters by order
    const plain = ['Smith, A. (2019) Access in Mali. London: ODI.', 'Smith, A. (2019) Access in Niger. London: ODI.'];
    assert.deepEqual(linked('(Smith 2019a, b)', plain), ['Access in Mali', 'Access in Niger']);
  });

  it('reads a long run of years and letters in time linear in it', () => {
    const cpuMs = (f: () => unknown) => {
      const t = process.cpuUsage();
      f();
      const d = process.cpuUsage(t);
      return (d.user + d.system) / 1000;
    };
    // 100 kB in one parenthesis, and as many parts of a year each
    for (const t of [`(Smith 2019a${', b'.repeat(33000)})`, `(Smith 2019${'; 2020'.repeat(16000)})`, `Smith (2019${', 2020'.repeat(16000)})`]) {
      let n = 0;
      const ms = cpuMs(() => (n = cites(t).length));
      assert.ok(n > 16000, `${n} cites`);
      assert.ok(ms < 1000, `${ms} ms`);
    }
  });

  it('links nothing for a carried letter or year the list cannot give', () => {
    // no 2019c: the carried c links nothing, never the first work
    assert.deepEqual(linked('(Smith 2019a, b, c)', LETTERED), ['Access in Mali', 'Access in Niger']);
    const one = ['Smith, A. (2019) Access in Mali. London: ODI.'];
    assert.deepEqual(linked('(Smith 2019a, b)', one), ['Access in Mali']);
    assert.deepEqual(linked('(Smith 2019, 2023)', one), ['Access in Mali']);
  });
});

describe('a decade is no year of a work (refs35)', () => {
  it('reads no citation from a decade in any shape', () => {
    for (const t of [
      '(1990s)',
      '(the 2010s)',
      '(1990s–2000s)',
      '(mid-2000s)',
      '(’90s)',
      "(the 1990's)",
      '(During the 1990s)',
      '(In the mid-2000s)',
      '(Europe in the 1990’s)',
      'Africa (1990s) and Smith (2010s)',
      '(Since the late 1980s)',
    ]) {
      assert.deepEqual(cites(t), [], t);
    }
  });

  it('keeps the citation beside a decade', () => {
    assert.deepEqual(cites('in the 1990s (Smith 2019)'), ['smith 2019']);
    assert.deepEqual(cites('(Since the 2000s, Smith 2019)'), ['smith 2019']);
    assert.deepEqual(cites('(In the 2010s; Smith 2019)'), ['smith 2019']);
    assert.deepEqual(cites('(Smith 2019, 1990s)'), ['smith 2019']);
  });

  it('takes no year of a note from a decade in its title, nor ends its quoted title at one', () => {
    const decade = parseNoteCitation('Jane Doe, ‘Aid in the 1990’s’, Journal of Tests, vol. 2');
    assert.equal(decade?.title, 'Aid in the 1990’s');
    assert.equal(decade?.issued, undefined);
    assert.equal(parseNoteCitation('Jane Doe, Aid in the 1990’s (London: Hart)')?.issued, undefined);
    // a possessive's apostrophe closes no quotation either
    assert.equal(parseNoteCitation('Jane Doe, ‘Aid and the Mission’s Role’, Journal of Tests, vol. 2, 2005')?.title, 'Aid and the Mission’s Role');
    assert.equal(parseNoteCitation("Jane Doe, ‘Aid in the 1990's and after’, Journal of Tests, vol. 2")?.issued, undefined);
    assert.deepEqual(parseNoteCitation('Jane Doe, ‘Aid in the 1990’s’, Journal of Tests, vol. 2, 2005')?.issued, { 'date-parts': [[2005]] });
  });

  it('links no entry from a decade, even one whose name the word begins', () => {
    const list = ['International Crisis Group (2010) Access in Mali. Brussels: ICG.', 'Smith, A. (1990) Access in Niger. London: ODI.'];
    assert.deepEqual(linked('(In the 2010s) and Smith (1990s) and (Since the 2010s, Smith 1990)', list), ['Access in Niger']);
  });
});

describe('one organisation test for a note\'s names (refs35)', () => {
  const author = (name: string) => parseNoteCitation(`${name}, ‘A Title of the Work’, Journal of Tests, vol. 1, 2020, 1–2.`)?.author;

  it('reads a body named by any kind the particles know as an organisation, in the singular or plural', () => {
    for (const name of ['Northland Development Bank', 'Coastal Union', 'Harbour Policy Center', 'Valley Rescue Committee', 'State Department', 'Island Children’s Fund', 'Riverside Peace Programme', 'Supreme Court', 'Red Crescent Societies', 'Regional Relief Agencies']) {
      assert.deepEqual(author(name), [{ literal: name }], name);
    }
  });

  it('keeps what the notes\' own test read as organisations', () => {
    for (const name of ['UN Security Council', 'Overseas Development Institute', 'Humanitarian Policy Group', 'United Nations', 'Police Commissioner', 'Regional Offices']) {
      assert.deepEqual(author(name), [{ literal: name }], name);
    }
  });

  it('still reads people as people', () => {
    assert.deepEqual(author('Amina Haddad'), [{ family: 'Haddad', given: 'Amina' }]);
    assert.deepEqual(author('Carla De Santis'), [{ family: 'De Santis', given: 'Carla' }]);
    assert.deepEqual(author('Jonas Lind and Mei Tanaka'), [{ family: 'Lind', given: 'Jonas' }, { family: 'Tanaka', given: 'Mei' }]);
  });
});
