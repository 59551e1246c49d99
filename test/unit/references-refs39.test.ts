import assert from 'node:assert/strict';
import { citationGroups } from '../../indexer/references/graph.js';
import { cites, linked, linkedSpans, spans } from '../helpers/citation-links.js';

// refs39, refs37's leftovers: two works parted by "and" in one parenthesis ("(Smith 2019 and
// Jones 2020)"), names before "et al." ("Smith, Jones et al. (2019)"), three names with no "and"
// ("(Smith, Jones, Lee 2019)"), and a lone letter more than two after the one before ("(Smith 2019a, d)").

const LIST = [
  'Smith, A. (2019) Access in Mali. London: ODI.',
  'Smith, A., Jones, B. and Lee, C. (2019) Access for three. London: ODI.',
  'Jones, B. (2020) Access in Niger. London: ODI.',
  'Brown, D., Jones, B. and Lee, C. (2018) Access in Chad. London: ODI.',
  'Brown, D. (2018) Access in Sudan. London: ODI.',
  'UNHCR (2018) Global trends. Geneva: UNHCR.',
  'OCHA (2019) Global humanitarian overview. Geneva: OCHA.',
];

describe('two works parted by "and" in one parenthesis (refs39)', () => {
  it('reads each work, with "and" or "&" and the leads before them', () => {
    for (const t of ['(Smith 2019 and Jones 2020)', '(Smith 2019 & Jones 2020)', '(see Smith 2019 and Jones 2020)', '(cf. Smith 2019 and Jones 2020)', '(see also Smith 2019 and Jones 2020)', '(Smith, 2019 and Jones, 2020)']) {
      assert.deepEqual(cites(t), ['smith 2019', 'jones 2020'], t);
    }
    assert.deepEqual(cites('(UNHCR 2018 and OCHA 2019)'), ['unhcr 2018', 'ocha 2019']);
    assert.deepEqual(cites('(Smith 2019 and Brown and Lee 2018)'), ['smith 2019', 'brown 2018']);
    assert.deepEqual(cites('(Smith 2019, 2020 and Jones 2020; Lee 2021)'), ['smith 2019', 'smith 2020', 'jones 2020', 'lee 2021']);
  });

  it('reads a work after "and" whose author opens with a particle, as after ";" (review39)', () => {
    for (const [t, second] of [
      // the name read with its particles since refs41
      ['(Smith 2019 and de Waal 2020)', 'dewaal 2020'],
      ['(Smith 2019 and van der Berg 2020)', 'vanderberg 2020'],
      ['(Smith 2019 & von Braun 2020)', 'vonbraun 2020'],
    ]) {
      assert.deepEqual(cites(t), ['smith 2019', second], t);
      assert.deepEqual(cites(t.replace(/ (and|&) /, '; ')), ['smith 2019', second], t);
    }
  });

  it('gives each work its span, a locator with the one before', () => {
    assert.deepEqual(spans('(Smith 2019 and Jones 2020)'), ['Smith 2019', 'Jones 2020']);
    assert.deepEqual(spans('(Smith 2019, p. 4 and Jones 2020: 7)'), ['Smith 2019, p. 4', 'Jones 2020: 7']);
    // the comma's reading as before (refs37)
    assert.deepEqual(spans('(Smith 2019, and Jones 2020)'), ['Smith 2019', 'Jones 2020']);
  });

  it('keeps one work where "and" parts no two works', () => {
    assert.deepEqual(cites('(Smith and Jones 2020)'), ['smith 2020']);
    // "and 2020" is Smith's second work since refs40; a year with words after it is none
    assert.deepEqual(cites('(Smith 2019 and 2020 data)'), ['smith 2019']);
    assert.deepEqual(cites('(Smith 2019 and December 2020)'), ['smith 2019']);
    assert.deepEqual(cites('(Smith 2019 and the Global Compact 2018)'), ['smith 2019']);
    assert.deepEqual(cites('(Smith 2019 and Table 4, 2020)'), ['smith 2019']);
    assert.deepEqual(cites('(Smith 2019 emphasis added and Jones 2020)'), ['smith 2019']);
    assert.deepEqual(cites('(UN 2013 and Country-based UN leaders also perceived links 2020)'), ['un 2013']);
  });

  it('links each work to its entry, and a work the list lacks to nothing', () => {
    assert.deepEqual(linked('(Smith 2019 and Jones 2020)', LIST), ['Access in Mali', 'Access in Niger']);
    assert.deepEqual(linked('(UNHCR 2018 & OCHA 2019)', LIST), ['Global trends', 'Global humanitarian overview']);
    assert.deepEqual(linked('(Smith 2019 and Lee 2021)', LIST), ['Access in Mali']);
  });
});

describe('names before "et al." (refs39)', () => {
  it('reads the first names with the citation', () => {
    for (const t of ['Smith, Jones et al. (2019) show', '(Smith, Jones et al. 2019)', '(Smith, Jones et al., 2019)', '(cf. Smith, Jones et al. 2019)', '(see also Smith, Jones et al. 2019)']) {
      const [c] = citationGroups(t)[0].cites;
      assert.deepEqual(c.lead?.map((n) => n.family), ['smith'], t);
    }
  });

  it('links the work of the first author that names the others, spanned from it', () => {
    assert.deepEqual(linked('Smith, Jones et al. (2019) show', LIST), ['Access for three']);
    assert.deepEqual(linkedSpans('Smith, Jones et al. (2019) show', LIST), ['Smith, Jones et al. (2019)']);
    assert.deepEqual(linked('(Smith, Jones et al. 2019)', LIST), ['Access for three']);
    assert.deepEqual(linkedSpans('(cf. Smith, Jones et al. 2019)', LIST), ['Smith, Jones et al. 2019']);
    assert.deepEqual(linked('(Smith 2019 and Brown, Jones et al. 2018)', LIST), ['Access in Mali', 'Access in Chad']);
  });

  it('links no work whose authors are not the ones cited', () => {
    // Smith's one-author work names no Jones, Brown's three no Smith
    assert.deepEqual(linked('Smith, Jones et al. (2019) show', [LIST[0], LIST[2]]), []);
    assert.deepEqual(linked('(Smith, Brown et al. 2019)', LIST), []);
    assert.deepEqual(linked('In Kenya, Jones et al. (2019) show', LIST), []);
  });
});

describe('three or more names with no "and" (refs39)', () => {
  it('reads the names before the last as its first authors', () => {
    for (const t of ['(Smith, Jones, Lee 2019)', '(Smith, Jones, Lee, 2019)', '(see Smith, Jones, Lee 2019)', 'Smith, Jones, Lee (2019) show']) {
      const [c] = citationGroups(t)[0].cites;
      assert.deepEqual(c.lead?.map((n) => n.family), ['smith', 'jones'], t);
    }
  });

  it('links the work that names them all, spanned from the first', () => {
    assert.deepEqual(linked('(Smith, Jones, Lee 2019)', LIST), ['Access for three']);
    assert.deepEqual(linkedSpans('(Smith, Jones, Lee 2019)', LIST), ['Smith, Jones, Lee 2019']);
    assert.deepEqual(linked('(Brown, Jones, Lee 2018)', LIST), ['Access in Chad']);
    assert.deepEqual(linked('Smith, Jones, Lee (2019) show', LIST), ['Access for three']);
  });

  it('keeps two works parted by a comma apart', () => {
    assert.deepEqual(cites('(Smith 2019, Jones 2020)'), ['smith 2019', 'jones 2020']);
    assert.deepEqual(linked('(Smith 2019, Jones 2020)', LIST), ['Access in Mali', 'Access in Niger']);
    assert.deepEqual(linked('(Smith 2019, Brown, Jones, Lee 2018)', LIST), ['Access in Mali', 'Access in Chad']);
  });

  it('links no work that misses a cited name', () => {
    assert.deepEqual(linked('(Smith, Brown, Lee 2019)', LIST), []);
    assert.deepEqual(linked('(Smith, Jones, Lee 2019)', [LIST[0]]), []);
  });
});

describe('a lone letter after a lettered year (refs39)', () => {
  const LETTERED = ['Smith, A. (2019a) Alpha. London: ODI.', 'Smith, A. (2019b) Bravo. London: ODI.', 'Smith, A. (2019c) Charlie. London: ODI.', 'Smith, A. (2019d) Delta. London: ODI.'];

  it('reads a later letter of the first ten, skipped ones cited elsewhere', () => {
    assert.deepEqual(cites('(Smith 2019a, d)'), ['smith 2019a', 'smith 2019d']);
    assert.deepEqual(spans('(Smith 2019a, d)'), ['Smith 2019a', 'd']);
    assert.deepEqual(cites('Smith (2019a, d) shows'), ['smith 2019a', 'smith 2019d']);
    assert.deepEqual(cites('(Smith 2019b, j)'), ['smith 2019b', 'smith 2019j']);
    assert.deepEqual(linked('(Smith 2019a, d)', LETTERED), ['Alpha', 'Delta']);
  });

  it('reads no stray letter, and links a letter the list lacks to nothing', () => {
    assert.deepEqual(cites('(Smith 2019a, s)'), ['smith 2019a']);
    assert.deepEqual(cites('(Smith 2019a, k)'), ['smith 2019a']);
    assert.deepEqual(cites('(Smith 2019b, a)'), ['smith 2019b']);
    assert.deepEqual(linked('(Smith 2019a, f)', LETTERED), ['Alpha']);
  });
});

describe('a citation the list cannot name (refs39)', () => {
  it('stays unlinked where only another work of the first author exists', () => {
    const only = [LIST[0]];
    for (const t of ['(Smith and Jones 2020)', '(Smith & Jones 2020)', 'Smith, Jones et al. (2019)', '(Smith, Jones et al. 2019)', '(Smith, Jones, Lee 2019)', '(Smith, Jones and Lee 2019)', '(Smith 2020 and Jones 2019)']) {
      assert.deepEqual(linked(t, only), [], t);
    }
  });

  it('reads long runs of names in time linear in them', () => {
    const t0 = process.cpuUsage();
    citationGroups(`(${'Smith, '.repeat(20000)}Lee 2019)`);
    citationGroups(`${'Smith, '.repeat(20000)}Jones et al. (2019)`);
    citationGroups(`(Smith 2019${' and Jones 2020'.repeat(10000)})`);
    const d = process.cpuUsage(t0);
    assert.ok((d.user + d.system) / 1000 < 1000, `${(d.user + d.system) / 1000} ms`);
  });
});
