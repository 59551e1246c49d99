import assert from 'node:assert/strict';
import { fieldHeader } from '../../indexer/readers/field-header.js';
import { txtReader } from '../../indexer/readers/txt.js';

// userreview22 finding 4: a note opening with Title:/Author:/Date: lines had them as one title.

const NOTE = ['Title: Protection of civilians in urban warfare — internal draft', 'Author: policy team', 'Date: sometime 2023', '', 'Urban warfare poses distinct risks to civilians.', '', 'Missions have struggled.'].join('\n');

describe('fieldHeader: a text note opening with labelled metadata lines', () => {
  it('reads title, authors, date and publisher, and leaves the header out of the body', () => {
    const h = fieldHeader(NOTE)!;
    assert.deepEqual(h.embedded, { title: 'Protection of civilians in urban warfare — internal draft', authors: ['policy team'], date: 'sometime 2023' });
    assert.equal(h.body, 'Urban warfare poses distinct risks to civilians.\n\nMissions have struggled.');
    const two = fieldHeader(['TITLE: Access notes', 'Authors: A. Smith; B. Lee and C. Diallo', 'Year: 2021', 'Organisation: NRC', '', 'Body.'].join('\n'))!;
    assert.deepEqual(two.embedded, { title: 'Access notes', authors: ['A. Smith', 'B. Lee', 'C. Diallo'], date: '2021', publisher: 'NRC' });
  });

  it('is no header without a Title and another field, or when a line of the first block is no field', () => {
    assert.equal(fieldHeader(['Title: Access notes', '', 'Body.'].join('\n')), null);
    assert.equal(fieldHeader(['Author: A. Smith', 'Date: 2021', '', 'Body.'].join('\n')), null);
    assert.equal(fieldHeader(['Title: Access notes', 'Author: A. Smith', 'The convoy reached the town.', '', 'Body.'].join('\n')), null);
    assert.equal(fieldHeader('Peace operations and human security\n\nArticle\n'), null);
    assert.equal(fieldHeader(['Note: Title: x', 'Author: y', '', 'Body.'].join('\n')), null);
  });

  it('gives the text reader the body and the header as front matter; a date without a year is left out', async () => {
    const read = await txtReader.read(Buffer.from(NOTE), {} as Parameters<typeof txtReader.read>[1]);
    assert.equal(read.text?.startsWith('Urban warfare'), true);
    assert.equal(read.embeddedSource, 'front-matter');
    assert.equal(read.embedded.title, 'Protection of civilians in urban warfare — internal draft');
    assert.equal(fieldHeader(['Title: x', 'Date: soon', 'Author: y', '', 'B.'].join('\n'))!.embedded.date, undefined);
  });
});
