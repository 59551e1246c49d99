import assert from 'node:assert/strict';
import type { CslItem } from '../../core/types.js';
import { citationGroups } from '../../indexer/references/graph.js';
import { entryLookup, type AuthorCount } from '../../indexer/references/entry-lookup.js';
import { readReferences } from '../../indexer/references/parse.js';
import { linked } from '../helpers/citation-links.js';

// refs33: a year's letter ("Smith (2019b)", "(Smith 2019a, 4)") picks the entry the list gives that
// letter, printed ("Smith, J. (2019b)") or by the list's order (APA 7 §8.19); where the list cannot
// give it the citation names what it named before.

describe('a year letter in citations and entries (refs33)', () => {
  it('reads the letter of an entry in APA, Harvard and Chicago author-date, and none where there is none', () => {
    const letter = (t: string) => readReferences(t, 'entry').map((x) => x.letter);
    assert.deepEqual(letter('Smith, J. (2019b). Access in Niger. ODI.'), ['b']);
    assert.deepEqual(letter('Smith, J. (2019a) Access in Niger. London: ODI.'), ['a']);
    assert.deepEqual(letter('Smith, John. 2019b. Access in Niger. London: ODI.'), ['b']);
    assert.deepEqual(letter('Smith, J. (2019, March 3). Access in Niger. ODI.'), [undefined]);
    assert.deepEqual(letter('Smith, J. (2019). Access in Niger. ODI.'), [undefined]);
    // the work read is the same with its letter or without
    const [a] = readReferences('Smith, J. (2019b). Access in Niger. ODI.', 'entry');
    const [b] = readReferences('Smith, J. (2019). Access in Niger. ODI.', 'entry');
    assert.deepEqual(a.csl, b.csl);
  });

  it('reads the letter of a narrative, parenthetical and located citation', () => {
    const cites = (t: string) => citationGroups(t).flatMap((g) => g.cites.map((c) => `${c.family} ${c.year}${c.letter ?? ''}`));
    assert.deepEqual(cites('Smith (2019b) says, as (Smith 2019a, 4) and (Smith, 2019b; Jones 2020) do.'), ['smith 2019b', 'smith 2019a', 'smith 2019b', 'jones 2020']);
    assert.deepEqual(cites('Keller et al. (2023c, p. 4) and (Lee 2021ab) and (Lee 2021)'), ['keller 2023c', 'lee 2021', 'lee 2021']);
  });

  it('links a letter to the entry that prints it, wherever it stands in the list', () => {
    const list = ['Smith, A. (2019b) Access in Niger. London: ODI.', 'Smith, A. (2019a) Access in Mali. London: ODI.'];
    assert.deepEqual(linked('Smith (2019a) and (Smith 2019b, 4) and (Smith, 2019a).', list), ['Access in Mali', 'Access in Niger', 'Access in Mali']);
  });

  it('gives an unlettered list its letters by order, within one name and number of authors', () => {
    const list = [
      'Smith, A. (2019) Access in Mali. London: ODI.',
      'Smith, A., Brown, B. and Green, C. (2019) Access in Chad. London: ODI.',
      'Smith, A. (2019) Access in Niger. London: ODI.',
    ];
    assert.deepEqual(linked('Smith (2019a), Smith (2019b), (Smith et al. 2019b), (Smith 2019).', list), [
      'Access in Mali',
      'Access in Niger',
      // the only three-author Smith 2019: b is no other work
      'Access in Chad',
      'Access in Mali',
    ]);
  });

  it('names what it named before where the list cannot give the letter', () => {
    const one = ['Smith, A. (2019) Access in Mali. London: ODI.'];
    assert.deepEqual(linked('Smith (2019a) and Smith (2019b).', one), ['Access in Mali', 'Access in Mali']);
    const two = ['Smith, A. (2019) Access in Mali. London: ODI.', 'Smith, A. (2019) Access in Niger. London: ODI.'];
    assert.deepEqual(linked('Smith (2019c).', two), ['Access in Mali']);
    // a list printing letters gives no order letters: 2019b is not the unlettered second
    const printed = ['Smith, A. (2019a) Access in Mali. London: ODI.', 'Smith, A. (2019) Access in Niger. London: ODI.'];
    assert.deepEqual(linked('Smith (2019b).', printed), ['Access in Mali']);
  });

  it('keeps to the cited name: a printed letter of a longer name is not the cited one', () => {
    const list = ['Smith, J. (2019a) Access in Mali. London: ODI.', 'Smithson, K. (2019b) Access in Niger. London: ODI.'];
    assert.deepEqual(linked('Smith (2019b).', list), ['Access in Mali']);
    // a name found by its first word only (Metcalfe cited, Metcalfe-Hough listed) takes a printed
    // letter (review43: a cited name longer than the listed one, "Metcalfe-Hough" of "Metcalfe",
    // had found it only because "Metcalfe" has 8 letters; "Smith-Jones" never found a Smith)
    const prefixed = ['Metcalfe-Hough, V. (2012a) Advocacy. London: ODI.', 'Metcalfe-Hough, V. (2012b) Access. London: ODI.'];
    assert.deepEqual(linked('(Metcalfe 2012b)', prefixed), ['Access']);
  });

  it('answers "a" in an unlettered list as it answers no letter, in time linear in the list', () => {
    const families = ['Smith', 'Smithson', 'Metcalfe', 'Metcalfe-Hough', 'Lee'];
    let seed = 33;
    const r = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const counts: AuthorCount[] = ['one', 'two', 'more'];
    for (let round = 0; round < 200; round++) {
      const refs: CslItem[] = Array.from({ length: 1 + Math.floor(r() * 10) }, (_, i) => ({
        id: `e${i}`,
        type: 'report',
        author: Array.from({ length: 1 + Math.floor(r() * 3) }, () => ({ family: families[Math.floor(r() * families.length)] })),
        issued: { 'date-parts': [[2019 + Math.floor(r() * 2)]] },
      }));
      const find = entryLookup(refs);
      for (const f of ['smith', 'smithson', 'metcalfe', 'metcalfehough', 'lee', 'sm']) {
        for (const authors of counts) for (const year of [2019, 2020]) assert.equal(find(f, year, authors, 'a'), find(f, year, authors), `${f} ${year} ${authors}`);
      }
    }
    // 20,000 unlettered entries by one author in one year, each cited by its letter
    const many: CslItem[] = Array.from({ length: 20000 }, (_, i) => ({ id: `e${i}`, type: 'report', author: [{ family: 'Smith' }], issued: { 'date-parts': [[2020]] } }));
    const start = process.cpuUsage();
    const find = entryLookup(many);
    for (let i = 0; i < 40000; i++) assert.equal(find('smith', 2020, 'one', String.fromCharCode(97 + (i % 26))), i % 26);
    const used = process.cpuUsage(start);
    assert.ok((used.user + used.system) / 1000 < 3000);
  });
});
