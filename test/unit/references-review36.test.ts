import assert from 'node:assert/strict';
import { citationGroups } from '../../indexer/references/graph.js';
import { cites, linked, spans } from '../helpers/citation-links.js';

// review36 of refs35: a year or letter carried after a page locator ("(Smith 2019a: 4, b: 7)") and
// a narrative citation with a colon locator ("Smith (2019: 4)").

const LETTERED = [
  'Smith, A. (2019a) Access in Mali. London: ODI.',
  'Smith, A. (2019b) Access in Niger. London: ODI.',
  'Smith, A. (2020) Access in Chad. London: ODI.',
];

describe('years and letters carried after a page locator (review36)', () => {
  it('reads the year or letter after a locator, the locator staying with the one before', () => {
    assert.deepEqual(cites('(Smith 2019a: 4, b: 7)'), ['smith 2019a', 'smith 2019b']);
    assert.deepEqual(spans('(Smith 2019a: 4, b: 7)'), ['Smith 2019a: 4', 'b: 7']);
    assert.deepEqual(cites('(Smith 2019: 4, 2020: 7; Lee 2021)'), ['smith 2019', 'smith 2020', 'lee 2021']);
    assert.deepEqual(spans('(Smith 2019, p. 4, 2020)'), ['Smith 2019, p. 4', '2020']);
    assert.deepEqual(spans('(Smith 2019a: 4–5, b; Jones 2020)'), ['Smith 2019a: 4–5', 'b', 'Jones 2020']);
    // a second page is no year
    assert.deepEqual(cites('(Smith 2019: 4, 7)'), ['smith 2019']);
  });

  it('reads a narrative citation with a colon locator, and its carried years', () => {
    assert.deepEqual(spans('Smith (2019: 4) argues'), ['Smith (2019: 4)']);
    assert.deepEqual(spans('Smith (2019a: 4, b: 7) argues'), ['Smith (2019a: 4', 'b: 7']);
    assert.deepEqual(spans('Smith (2019a, b, p. 7) argues'), ['Smith (2019a', 'b, p. 7']);
  });

  it('links each to its own entry', () => {
    assert.deepEqual(linked('(Smith 2019a: 4, b: 7)', LETTERED), ['Access in Mali', 'Access in Niger']);
    assert.deepEqual(linked('Smith (2019b: 12) and Smith (2020: 3)', LETTERED), ['Access in Niger', 'Access in Chad']);
  });

  it('reads a long run of located letters in time linear in it', () => {
    for (const t of [`(Smith 2019a: 4${', b: 7'.repeat(16000)})`, `Smith (2019a: 4${', b: 7'.repeat(16000)})`, `Smith (2019a: 4${', b: 7'.repeat(16000)}`]) {
      const t0 = process.cpuUsage();
      citationGroups(t);
      const d = process.cpuUsage(t0);
      assert.ok((d.user + d.system) / 1000 < 1000, `${(d.user + d.system) / 1000} ms`);
    }
  });
});

describe('a narrative citation of two names (review36)', () => {
  const PAIR = ['Jones, B. (2019) Access in Mali. London: ODI.', 'Smith, A. and Jones, B. (2019) Access in Niger. London: ODI.', 'Smith, A. and Jones, B. (2020a) Access in Chad. London: ODI.', 'Smith, A. and Jones, B. (2020b) Access in Sudan. London: ODI.'];

  it('cites the pair\'s work, its first author first', () => {
    assert.deepEqual(cites('Smith and Jones (2019) argue'), ['smith 2019']);
    assert.deepEqual(citationGroups('Smith & Jones (2019) argue')[0].cites[0].authors, 'two');
    assert.deepEqual(spans('as Smith and Jones (2020a, b) argue'), ['Smith and Jones (2020a', 'b']);
  });

  it('links the pair\'s work, not the second author\'s own', () => {
    assert.deepEqual(linked('Smith and Jones (2019) argue', PAIR), ['Access in Niger']);
    assert.deepEqual(linked('Smith and Jones (2020a, b) argue', PAIR), ['Access in Chad', 'Access in Sudan']);
    // the parenthesis read as before
    assert.deepEqual(linked('(Smith and Jones 2019)', PAIR), ['Access in Niger']);
  });

  it('links the second name alone where the list has no work of the pair (prose before one author)', () => {
    assert.deepEqual(linked('Aid in Mali and Jones (2019) shows it', PAIR), ['Access in Mali']);
    assert.deepEqual(linked('Aid in Mali and Smith (2019b) shows it', ['Smith, A. (2019a) Access in Mali. London: ODI.', 'Smith, A. (2019b) Access in Niger. London: ODI.']), ['Access in Niger']);
  });
});
