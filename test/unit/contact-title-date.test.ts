import assert from 'node:assert/strict';
import { contactLine, withoutContactLines } from '../../indexer/stages/contact-lines.js';
import { titleDate, withTitleDate } from '../../indexer/metadata/title-date.js';
import type { CslItem, MetadataSource } from '../../core/types.js';

// userreview18 finding 15: contact lines are furniture; a title's whole date dates the note.
describe('contact lines', () => {
  it('takes a line of contact details under a short label', () => {
    assert.ok(contactLine('For further information: ocha-sudan@un.org'));
    assert.ok(contactLine('Contact: Jane Doe, Protection Officer, jane.doe@ngo.org, +41 22 917 1234'));
    assert.ok(contactLine('Tel: 0041 22 917 12 34'));
    assert.ok(contactLine('Media enquiries: press@hrw.org | www.hrw.org'));
  });

  it('keeps a sentence that gives an address in passing, and text without one', () => {
    assert.ok(!contactLine('Survivors can report abuse to the hotline at +249 123 456 789, which the protection cluster set up in 2023 with the ministry.'));
    assert.ok(!contactLine('Protection partners call on all parties to allow civilians safe passage.'));
    assert.ok(!contactLine('Since 15 April 2023, 10.7 million people have been internally displaced.'), 'figures are no phone number');
    assert.ok(!contactLine('See https://reliefweb.int/report/sudan for the full report.'), 'a web address alone is no contact line');
    // review18 b, 2: a figure with a plus sign is no telephone number; a 100 kB piece is read at once
    assert.ok(!contactLine('Funding gap: +35 000 000 USD'));
    assert.ok(!contactLine('Population in need: +2 300 000 people (2024)'));
    const t = process.cpuUsage();
    assert.ok(!contactLine('a1'.repeat(50_000)));
    assert.ok(process.cpuUsage(t).user < 200_000, 'no quadratic scan of a long line');
  });

  it('moves contact paragraphs to back matter, leaving headings and list items', () => {
    const { blocks, furniture } = withoutContactLines([
      { type: 'heading', text: 'Protection', page: 1 },
      { type: 'paragraph', text: 'Reports of sexual violence continue.', page: 1 },
      { type: 'paragraph', text: 'For further information: ocha-sudan@un.org', page: 1 },
    ]);
    assert.deepEqual(blocks.map((b) => b.text), ['Protection', 'Reports of sexual violence continue.']);
    assert.deepEqual(furniture, [{ kind: 'back-matter', text: 'For further information: ocha-sudan@un.org', page: 1 }]);
  });
});

describe('a title\'s whole date', () => {
  it('reads day month year, month day year and ISO days, nothing less', () => {
    assert.deepEqual(titleDate('Meeting note: Arria-formula preparation, 3 September 2024'), [2024, 9, 3]);
    assert.deepEqual(titleDate('Briefing of September 3, 2024'), [2024, 9, 3]);
    assert.deepEqual(titleDate('Call notes 2024-09-03'), [2024, 9, 3]);
    assert.equal(titleDate('Situation report, September 2024'), undefined);
    assert.equal(titleDate('Report on 31 February 2024'), undefined);
  });

  it('reads a French or Spanish title\'s day as an English one (meta19)', () => {
    assert.deepEqual(titleDate('Réunion de coordination, 3 septembre 2024'), [2024, 9, 3]);
    assert.deepEqual(titleDate('Compte rendu du 1er mars 2021'), [2021, 3, 1]);
    assert.deepEqual(titleDate('Reunión de coordinación del 3 de septiembre de 2024'), [2024, 9, 3]);
    assert.equal(titleDate('Informe de situación, septiembre de 2024'), undefined);
  });

  const record = (issued: number[] | undefined, source?: MetadataSource) => {
    const csl: CslItem = { id: 'x', type: 'document', title: 'Meeting note, 3 September 2024', ...(issued ? { issued: { 'date-parts': [issued] } } : {}) };
    const provenance: Record<string, MetadataSource> = source ? { issued: source } : {};
    withTitleDate(csl, provenance);
    return csl.issued?.['date-parts']?.[0];
  };

  it('refines the file name\'s year, fills a missing date, and leaves a catalog\'s or front matter\'s or another year alone', () => {
    assert.deepEqual(record([2024], 'file-name'), [2024, 9, 3]);
    assert.deepEqual(record(undefined), [2024, 9, 3]);
    assert.deepEqual(record([2024, 9], 'first-page'), [2024, 9, 3]);
    assert.deepEqual(record([2024], 'front-matter'), [2024]);
    assert.deepEqual(record([2024], 'catalog.json'), [2024]);
    assert.deepEqual(record([2025], 'file-name'), [2025]);
    assert.deepEqual(record([2024, 10], 'first-page'), [2024, 10]);
  });
});
