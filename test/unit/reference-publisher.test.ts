import assert from 'node:assert/strict';
import { gazetteer, parseAuthorDate, parseReferences } from '../../indexer/references/parse.js';
import { loadTaxonomy } from '../../core/taxonomy.js';

// review12: the place-less publisher rule (APA 7's "Title. Publisher.") took journals, editions,
// statuses, "Author." and addressees for publishers, and dates were not checked.

const entry = (after: string, date = '2019') => parseAuthorDate(`Smith, J. (${date}). Protection in practice. ${after}`);

describe('an author-date entry’s place-less publisher and its date', () => {
  it('takes a name after the title for the publisher', () => {
    assert.equal(entry('Oxfam.')?.publisher, 'Oxfam');
    assert.equal(entry('Global Public Policy Institute.')?.publisher, 'Global Public Policy Institute');
    assert.equal(entry('Médecins Sans Frontières.')?.publisher, 'Médecins Sans Frontières');
  });

  it('takes no edition, status, journal, "Author" nor addressee for one', () => {
    for (const after of ['Second edition.', 'Revised edition.', 'Unpublished manuscript.', 'Draft for consultation.', 'Doctoral dissertation.', 'In Humanitarian Exchange.', 'Humanitarian Exchange.', 'Disasters.', 'The Lancet.', 'International Affairs.', 'Author.', 'Report to the Security Council.']) {
      assert.equal(entry(after)?.publisher, undefined, after);
    }
  });

  it('takes no place of the gazetteer given for one', () => {
    assert.equal(parseAuthorDate('Smith, J. (2019). Protection in practice. Geneva.', new Set(['geneva']))?.publisher, undefined);
    // the run passes the taxonomy's places (run.ts, file-worker.ts); Geneva is in none of them (a
    // tagger reading "Geneva Conventions" as Switzerland would be wrong): the parser knows the
    // cities reference lists name as places of publication
    const places = gazetteer(loadTaxonomy());
    for (const place of ['Nairobi.', 'Amman.', 'Jordan.', 'Geneva.', 'New York.', 'Washington, DC.']) assert.equal(parseReferences(`Smith, J. (2019). Protection in practice. ${place}`, 'entry', places)[0]?.publisher, undefined, place);
    assert.equal(parseReferences('Smith, J. (2019). Protection in practice. Oxfam.', 'entry', places)[0]?.publisher, 'Oxfam');
  });

  it('keeps a day only when the month has it, and reads a range by its first day', () => {
    assert.deepEqual(entry('Oxfam.', '2019, 31 June')?.issued, { 'date-parts': [[2019, 6]] });
    assert.deepEqual(entry('Oxfam.', '2019, February 29')?.issued, { 'date-parts': [[2019, 2]] });
    assert.deepEqual(entry('Oxfam.', '2020, February 29')?.issued, { 'date-parts': [[2020, 2, 29]] });
    assert.deepEqual(entry('Oxfam.', '2019, March 3–5')?.issued, { 'date-parts': [[2019, 3, 3]] });
    assert.deepEqual(entry('Oxfam.', '2019, 3–5 March')?.issued, { 'date-parts': [[2019, 3, 3]] });
    assert.deepEqual(entry('Oxfam.', '2019, March 30–April 2')?.issued, { 'date-parts': [[2019, 3, 30]] });
  });
});
