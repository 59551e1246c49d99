import assert from 'node:assert/strict';
import type { CslName } from '../../core/types.js';
import { authorDateNames, parseAuthorDate } from '../../indexer/references/parse.js';
import { cites, linked } from '../helpers/citation-links.js';

// review44: a stranger's review of refs43, meta43 and the rest of the 7 December evening merges.

const families = (entry: string): (string | undefined)[] => (parseAuthorDate(entry)?.author ?? []).map((a: CslName) => a.family ?? a.literal);

describe('an Irish surname printed without its accent, "O Briain" (review44)', () => {
  it('reads the surname whole in a citation, as "Ó Briain" is', () => {
    assert.deepEqual(cites('(O Briain 2019)'), ['obriain 2019']);
    assert.deepEqual(cites('As O Briain (2019) shows'), ['obriain 2019']);
    assert.deepEqual(cites('(Smith and O Briain 2019)'), cites('(Smith and Ó Briain 2019)'));
    assert.deepEqual(cites('Smith, Jones and O Briain (2019) argue'), cites('Smith, Jones and Ó Briain (2019) argue'));
    assert.deepEqual(linked('Smith, Jones and O Briain (2019) argue', ['Smith, A., Jones, B. and O Briain, C. (2019) Three. London: ODI.']), ['Three']);
  });

  it('reads the surname whole in an inverted entry, not as two bodies', () => {
    assert.deepEqual(families('O Briain, S. (2019) Title. Dublin: RIA.'), ['O Briain']);
    assert.deepEqual(families('Smith, A. and O Briain, S. (2019) Title. Dublin: RIA.'), ['Smith', 'O Briain']);
    assert.deepEqual(families('O Briain, Seán, and Fionnuala Ní Aoláin. 2019. Title. Dublin: RIA.'), ['O Briain', 'Ní Aoláin']);
  });

  it('links the citation to the entry, with or without the accent on either side', () => {
    const list = ['O Briain, S. (2019) Irish. Dublin: RIA.', 'Briain, T. (2019) Another family. Dublin: RIA.'];
    assert.deepEqual(linked('(O Briain 2019)', list), ['Irish']);
    assert.deepEqual(linked('(Ó Briain 2019)', list), ['Irish']);
    assert.deepEqual(linked('(O Briain 2019)', ['Ó Briain, S. (2019) Irish. Dublin: RIA.']), ['Irish']);
    assert.deepEqual(linked('(Briain 2019)', list), ['Another family']);
  });

  it('keeps a stopless initial O in a list of initials an initial', () => {
    // "A. O Smith": the second initial without its stop (review41 reads a lone capital so), no "O Smith"
    assert.ok(!families('Jones, B. and A. O Smith (2019) Title. London: ODI.').includes('O Smith'));
    assert.deepEqual(cites('(Smith 2019) — O.'), ['smith 2019']);
  });
});

describe('a suffix or an editor mark after an inverted name is no co-author (review44)', () => {
  // refs43 read a piece with no initials after an inverted person as a body ("Smith, A. and
  // Oxfam"); a suffix and a capitalised "Ed." are such pieces too, and became authors "Jr", "Ed"
  const authors = (text: string): string[] => authorDateNames(text).map((a) => a.family ?? a.literal ?? '');

  it('reads no author "Jr", "III" or "Ed" between or after inverted names', () => {
    for (const text of ['Smith, A., Jr., Jones, B. and Lee, C.', 'Smith, A., Jr. and Jones, B.', 'Smith, A. Jr., Jones, B.', 'Smith, A., III, Jones, B.', 'Smith, A., Ed., Jones, B.']) {
      assert.ok(!authors(text).some((a) => /^(?:Jr|III|Ed)$/.test(a)), `${text}: ${authors(text).join(' | ')}`);
      assert.deepEqual(authors(text).slice(0, 1), ['Smith']);
      assert.ok(authors(text).includes('Jones'), text);
    }
    for (const text of ['Smith, A., Jr.', 'Smith, A., Jones, B., Jr.', 'Smith, A. and Jones, B., Eds.', 'Smith, A., Ed.', 'Smith, A., Jones, B. and Lee, C., III']) {
      assert.ok(!authors(text).some((a) => /^(?:Jr|III|Eds?)$/.test(a)), `${text}: ${authors(text).join(' | ')}`);
    }
  });

  it('links a pair citation to the pair whose first author has a suffix', () => {
    assert.deepEqual(linked('(Smith and Jones 2019)', ['Smith, A., Jr. and Jones, B. (2019) Pair. London: ODI.']), ['Pair']);
  });

  it('still reads a body between or after inverted names', () => {
    assert.deepEqual(authors('Smith, A., Oxfam and Jones, B.'), ['Smith', 'Oxfam', 'Jones']);
    assert.deepEqual(authors('Smith, A. and Oxfam'), ['Smith', 'Oxfam']);
  });
});
