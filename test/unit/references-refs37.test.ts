import assert from 'node:assert/strict';
import { citationGroups } from '../../indexer/references/graph.js';
import { cites, linked, linkedSpans, spans } from '../helpers/citation-links.js';

// refs37, review36's leftovers: a range of year letters ("(Smith 2019a–c)"), two authors' works
// parted by a comma ("(Smith 2019, Jones 2020)"), and three or more authors named in running text
// ("Smith, Jones and Lee (2019)").

const LETTERED = [
  'Smith, A. (2019a) Access in Mali. London: ODI.',
  'Smith, A. (2019b) Access in Niger. London: ODI.',
  'Smith, A. (2019c) Access in Chad. London: ODI.',
  'Smith, A. (2020) Access in Sudan. London: ODI.',
  'OHCHR (2015a) Report on Mali. Geneva: OHCHR.',
  'OHCHR (2015b) Report on Niger. Geneva: OHCHR.',
];

describe('a range of year letters (refs37)', () => {
  it('reads each letter of the range', () => {
    assert.deepEqual(cites('(Smith 2019a–c)'), ['smith 2019a', 'smith 2019b', 'smith 2019c']);
    assert.deepEqual(cites('(Smith 2019a-c)'), ['smith 2019a', 'smith 2019b', 'smith 2019c']);
    assert.deepEqual(cites('(OHCHR 2015a–d)'), ['ohchr 2015a', 'ohchr 2015b', 'ohchr 2015c', 'ohchr 2015d']);
    assert.deepEqual(cites('Smith (2019a–c) argues'), ['smith 2019a', 'smith 2019b', 'smith 2019c']);
    assert.deepEqual(cites('(Smith, 2019a–b; Lee 2020)'), ['smith 2019a', 'smith 2019b', 'lee 2020']);
    // a range after a carried year, and a carried letter after a range
    assert.deepEqual(cites('(Smith 2018, 2019a–c)'), ['smith 2018', 'smith 2019a', 'smith 2019b', 'smith 2019c']);
    assert.deepEqual(cites('(Smith 2019a, c–d)'), ['smith 2019a', 'smith 2019c', 'smith 2019d']);
    assert.deepEqual(cites('Smith (2019a–b, 2020) argues'), ['smith 2019a', 'smith 2019b', 'smith 2020']);
  });

  it('gives the range its span, a locator with it', () => {
    assert.deepEqual(spans('(Smith 2019a–c)'), ['Smith 2019a–c', 'a–c', 'a–c']);
    assert.deepEqual(spans('(Smith 2019a–b: 4; Lee 2020)'), ['Smith 2019a–b: 4', 'a–b: 4', 'Lee 2020']);
  });

  it('reads no range that runs backwards or into a word', () => {
    assert.deepEqual(cites('(Smith 2019c–a)'), ['smith 2019c']);
    assert.deepEqual(cites('(Smith 2019a-based survey)'), ['smith 2019a']);
  });

  it('reads no stray letter: a letter alone is later than the one before and close to it', () => {
    assert.deepEqual(cites('(Smith 2019a, s)'), ['smith 2019a']);
    assert.deepEqual(cites('(Smith 2019b, a)'), ['smith 2019b']);
    assert.deepEqual(cites('(Smith 2019a, c)'), ['smith 2019a', 'smith 2019c']);
    // the same work again at another page
    assert.deepEqual(cites('(Smith 2019a: 4, b: 7, b: 9)'), ['smith 2019a', 'smith 2019b', 'smith 2019b']);
  });

  it('links each letter to its entry, and an unmatched letter to nothing', () => {
    assert.deepEqual(linked('(Smith 2019a–c)', LETTERED), ['Access in Mali', 'Access in Niger', 'Access in Chad']);
    assert.deepEqual(linked('Smith (2019a–c) argues', LETTERED), ['Access in Mali', 'Access in Niger', 'Access in Chad']);
    // d is no work of the list: nothing, never OHCHR 2015a again
    assert.deepEqual(linked('(OHCHR 2015a–d)', LETTERED), ['Report on Mali', 'Report on Niger']);
    // an unlettered list gives its letters by order
    const plain = ['Smith, A. (2019) Access in Mali. London: ODI.', 'Smith, A. (2019) Access in Niger. London: ODI.', 'Smith, A. (2019) Access in Chad. London: ODI.'];
    assert.deepEqual(linked('(Smith 2019a–c)', plain), ['Access in Mali', 'Access in Niger', 'Access in Chad']);
  });

  it('reads a long range run in time linear in it', () => {
    for (const t of [`(Smith 2019a–c${', 2020a–c'.repeat(16000)})`, `Smith (2019a–c${', 2020a–b'.repeat(16000)})`]) {
      const t0 = process.cpuUsage();
      const n = citationGroups(t).flatMap((g) => g.cites).length;
      const d = process.cpuUsage(t0);
      assert.ok(n > 32000, `${n} cites`);
      assert.ok((d.user + d.system) / 1000 < 1000, `${(d.user + d.system) / 1000} ms`);
    }
  });
});

describe('two authors\' works parted by a comma (refs37)', () => {
  const LIST = [
    'Smith, A. (2019) Access in Mali. London: ODI.',
    'Jones, B. (2020) Access in Niger. London: ODI.',
    'Jones, B. and Lee, C. (2020) Access in Chad. London: ODI.',
    'UNHCR (2018) Global trends. Geneva: UNHCR.',
    'OCHA (2019) Global humanitarian overview. Geneva: OCHA.',
  ];

  it('reads each work', () => {
    assert.deepEqual(cites('(Smith 2019, Jones 2020)'), ['smith 2019', 'jones 2020']);
    assert.deepEqual(cites('(Smith 2019, Jones and Lee 2020)'), ['smith 2019', 'jones 2020']);
    assert.deepEqual(cites('(UNHCR 2018, OCHA 2019)'), ['unhcr 2018', 'ocha 2019']);
    assert.deepEqual(cites('(Global Health Cluster 2019, HCT in oPt 2019)'), ['global 2019', 'hct 2019']);
    assert.deepEqual(cites('(OCHA 2019, Office of the High Commissioner for Human Rights 2020)'), ['ocha 2019', 'office 2020']);
    assert.deepEqual(cites('(Smith, 2019, Jones, 2020)'), ['smith 2019', 'jones 2020']);
    assert.deepEqual(cites('(Smith 2019, 2020, Jones 2021)'), ['smith 2019', 'smith 2020', 'jones 2021']);
    assert.deepEqual(cites('(Smith 2019, p. 4, Jones 2020)'), ['smith 2019', 'jones 2020']);
    assert.deepEqual(cites('(Smith 2019, Jones 2020; Lee 2021)'), ['smith 2019', 'jones 2020', 'lee 2021']);
    // a secondary citation names the work the list holds (APA 7 §8.6)
    assert.deepEqual(cites('(Smith 2019, cited in Jones 2020)'), ['smith 2019', 'jones 2020']);
  });

  it('gives each work its span', () => {
    assert.deepEqual(spans('(Smith 2019, Jones 2020)'), ['Smith 2019', 'Jones 2020']);
    assert.deepEqual(spans('(Smith 2019, 2020, p. 4, Jones 2021: 7)'), ['Smith 2019', '2020, p. 4', 'Jones 2021: 7']);
  });

  it('keeps one work where the comma is no parting', () => {
    assert.deepEqual(cites('(Smith, 2019)'), ['smith 2019']);
    assert.deepEqual(cites('(Smith 2019, p. 4)'), ['smith 2019']);
    assert.deepEqual(cites('(Smith 2019, 4)'), ['smith 2019']);
    assert.deepEqual(cites('(Smith 2019, emphasis added)'), ['smith 2019']);
    assert.deepEqual(spans('(Smith 2019, emphasis added)'), ['Smith 2019, emphasis added']);
    assert.deepEqual(cites('(UNHCR 2019, December 2020)'), ['unhcr 2019']);
    assert.deepEqual(cites('(Smith 2019, Table 4, 2020)'), ['smith 2019']);
    // nor where prose runs on in a parenthesis left open: a sentence's capitalised word is no next
    // author, nor is a name whose own words follow ("Country-based UN leaders also …, 2020")
    assert.deepEqual(cites('(UN 2013 by the military, along with other actors, Country-based UN leaders also perceived links, for example IASC, 2020)'), ['un 2013']);
    assert.deepEqual(cites('(UN 2013, Country-based UN leaders also perceived links to IASC, 2020)'), ['un 2013']);
    assert.deepEqual(cites('(Smith 2019, emphasis added, Jones 2020)'), ['smith 2019']);
    // "and" parts nothing (refs35 left it): one work of two authors reads so
    assert.deepEqual(cites('(Smith and Jones 2019)'), ['smith 2019']);
  });

  it('links each work to its entry', () => {
    assert.deepEqual(linked('(Smith 2019, Jones 2020)', LIST), ['Access in Mali', 'Access in Niger']);
    assert.deepEqual(linked('(Smith 2019, Jones and Lee 2020)', LIST), ['Access in Mali', 'Access in Chad']);
    assert.deepEqual(linked('(UNHCR 2018, OCHA 2019)', LIST), ['Global trends', 'Global humanitarian overview']);
  });
});

describe('three or more authors named in running text (refs37)', () => {
  const LIST = [
    'Smith, A., Jones, B. and Lee, C. (2019) Access in Mali. London: ODI.',
    'Jones, B. and Lee, C. (2019) Access in Niger. London: ODI.',
    'Brown, D., Smith, A., Jones, B. and Lee, C. (2020) Access in Chad. London: ODI.',
  ];

  it('reads the first author with the others', () => {
    for (const t of ['As Smith, Jones and Lee (2019) show', 'As Smith, Jones, and Lee (2019) show', '(Smith, Jones & Lee 2019)', '(Smith, Jones and Lee, 2019)']) {
      const [c] = citationGroups(t)[0].cites;
      assert.deepEqual(c.lead?.map((n) => n.family), ['smith'], t);
    }
  });

  it('links the work of the first author where the list holds it', () => {
    assert.deepEqual(linked('As Smith, Jones and Lee (2019) show', LIST), ['Access in Mali']);
    assert.deepEqual(linked('As Smith, Jones, and Lee (2019) show', LIST), ['Access in Mali']);
    assert.deepEqual(linked('(Smith, Jones & Lee 2019)', LIST), ['Access in Mali']);
    assert.deepEqual(linked('Brown, Smith, Jones and Lee (2020) show', LIST), ['Access in Chad']);
    assert.deepEqual(linked('(see Smith, Jones and Lee 2019; Jones and Lee 2019)', LIST), ['Access in Mali', 'Access in Niger']);
  });

  it('spans from the first author', () => {
    const t = 'As Smith, Jones and Lee (2019) show';
    const d = linkedSpans(t, LIST);
    assert.deepEqual(d, ['Smith, Jones and Lee (2019)']);
  });

  it('reads a place before the comma as no author', () => {
    assert.deepEqual(linked('In Kenya, Jones and Lee (2019) show', LIST), ['Access in Niger']);
    assert.deepEqual(linkedSpans('In Kenya, Jones and Lee (2019) show', LIST), ['Jones and Lee (2019)']);
    assert.deepEqual(linked('(in Kenya, Jones and Lee 2019)', LIST), ['Access in Niger']);
    // a place the list names as an author of another year is still no author of this work
    assert.deepEqual(linked('In Kenya, Jones and Lee (2019) show', [...LIST, 'Kenya (2018) National census. Nairobi: KNBS.', 'Kenya National Bureau of Statistics (2019) Census. Nairobi: KNBS.']), ['Access in Niger']);
  });

  it('reads long runs of capitalised names in time linear in them', () => {
    const t0 = process.cpuUsage();
    citationGroups(`${'Smith, '.repeat(20000)}Jones and Lee (2019)`);
    citationGroups(`(${'Smith, '.repeat(20000)}Jones and Lee 2019)`);
    const d = process.cpuUsage(t0);
    assert.ok((d.user + d.system) / 1000 < 1000, `${(d.user + d.system) / 1000} ms`);
  });
});
