import assert from 'node:assert/strict';
import type { CslName } from '../../core/types.js';
import { parseAuthorDate, parseNoteCitation } from '../../indexer/references/parse.js';

// meta41: names in notes the given-name list decided wrongly: "AJR Groom" (initials run together)
// read as a body, "Forest Service", "Land Court", "Border Police" as people. The cases are
// written from how notes print names, not from what was read. The places stand for the
// gazetteer the indexer passes.

const PLACES: ReadonlySet<string> = new Set(['iraq', 'holland', 'norway', 'somalia']);
const noteAuthors = (who: string): CslName[] | undefined => parseNoteCitation(`${who}, ‘A Probe Title of the Work’, Journal of Probes, vol. 1, 2020, 1–2.`, PLACES)?.author;

describe('initials run together and institutions’ heads in notes (meta41)', () => {
  it('reads three initials run together before a family name as a person', () => {
    assert.deepEqual(noteAuthors('AJR Groom'), [{ given: 'AJR', family: 'Groom' }]);
    assert.deepEqual(noteAuthors('AJR Groom and Hugo Slim'), [
      { given: 'AJR', family: 'Groom' },
      { given: 'Hugo', family: 'Slim' },
    ]);
  });

  it('still reads an acronym before a place, a document’s kind or more words as a body', () => {
    for (const who of ['IOM Iraq', 'MSF Holland', 'NRC Norway', 'HPG Briefing', 'ICG Report', 'OCHA Somalia', 'UNDP Report', 'UN Women', 'ICC Prosecutor']) {
      assert.deepEqual(noteAuthors(who), [{ literal: who }], who);
    }
  });

  it('reads an acronym before a city of publication, a world region or a publisher’s word as a body, whatever the gazetteer lacks (review42)', () => {
    // the gazetteer holds the places the taxonomy tags, not Geneva, Oxford or Europe: "IOM Geneva"
    // and "WHO Europe" had become people named Geneva and Europe
    for (const who of ['IOM Geneva', 'OUP Oxford', 'CUP Cambridge', 'ICG Brussels', 'WHO Europe', 'ICG Asia', 'HRW Africa', 'UNU Press', 'ODI Publications']) {
      assert.deepEqual(noteAuthors(who), [{ literal: who }], who);
    }
    assert.deepEqual(noteAuthors('AJR Groom'), [{ given: 'AJR', family: 'Groom' }]);
  });

  it('reads a country office among a list entry’s authors as a body, as in a note (review42)', () => {
    // the list entry's names were read without the gazetteer: "IOM Iraq" became a person named Iraq
    assert.deepEqual(parseAuthorDate('Slim, Hugo, and IOM Iraq. 2020. “A Probe Title of the Work.” Journal of Probes 1: 1–2.', PLACES)?.author, [
      { family: 'Slim', given: 'Hugo' },
      { literal: 'IOM Iraq' },
    ]);
    assert.deepEqual(parseAuthorDate('Slim, Hugo, and AJR Groom. 2020. “A Probe Title of the Work.” Journal of Probes 1: 1–2.', PLACES)?.author, [
      { family: 'Slim', given: 'Hugo' },
      { given: 'AJR', family: 'Groom' },
    ]);
  });

  it('reads an institution’s head after a given name that is a common word as a body', () => {
    for (const who of ['Forest Service', 'Park Service', 'Land Court', 'Supreme Court', 'Border Police', 'Kenya Police', 'Chase Bank', 'Sterling Bank']) {
      assert.deepEqual(noteAuthors(who), [{ literal: who }], who);
    }
  });

  it('still reads a person whose given name is no common word, or who has an initial, before such a head', () => {
    assert.deepEqual(noteAuthors('Robert Service'), [{ family: 'Service', given: 'Robert' }]);
    assert.deepEqual(noteAuthors('Margaret Court'), [{ family: 'Court', given: 'Margaret' }]);
    assert.deepEqual(noteAuthors('Grace M. Court'), [{ family: 'Court', given: 'Grace M.' }]);
    assert.deepEqual(noteAuthors('R. Service'), [{ family: 'Service', given: 'R.' }]);
  });
});
