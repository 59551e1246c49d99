import assert from 'node:assert/strict';
import request from 'supertest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { corpusApp } from '../helpers/server.js';
import { cslSchemaErrors } from '../helpers/csl-schema.js';
import type { CslItem } from '../../core/types.js';

// The bundled corpus's cited works as a reference manager takes them (userreview29 finding 6):
// the notes' particle names, an edited book, a work cited with and without its year. The
// parsing rules are tested on made-up entries in test/unit/references-refs30.test.ts; this
// checks that what the indexer stores reaches the export files and that they still validate.

describe('cited works of the bundled corpus in BibTeX and CSL-JSON (refs30)', function () {
  this.timeout(60_000);
  let items: CslItem[] = [];
  let bib = '';
  let doctrine = '';
  before(async () => {
    const { app } = await corpusApp();
    doctrine = (await request(app).get('/api/export/cited').query({ format: 'bibtex', q: 'peacekeeping doctrine' }).expect(200)).text;
    items = JSON.parse((await request(app).get('/api/export/cited').query({ format: 'csl-json', q: 'human security' }).expect(200)).text) as CslItem[];
    bib = (await request(app).get('/api/export/cited').query({ format: 'bibtex', q: 'security' }).expect(200)).text;
  });

  it('validates against the CSL schema, and its BibTeX parses back', () => {
    assert.ok(items.length > 5);
    assert.deepEqual(cslSchemaErrors(items), []);
    assert.ok((new Cite(bib).data as CslItem[]).length > 5);
  });

  it('writes a particle as BibTeX’s "von" part and CSL’s non-dropping particle', () => {
    assert.match(bib, /author = \{von Tigerstrom, Barbara\}/);
    const tigerstrom = items.find((i) => i.author?.[0]?.family === 'Tigerstrom');
    assert.equal(tigerstrom?.author?.[0]['non-dropping-particle'], 'von');
  });

  it('lists a work cited with and without its year once, dated', () => {
    const kaldor = items.filter((i) => i.author?.[0]?.family === 'Kaldor');
    assert.equal(kaldor.length, 1);
    assert.deepEqual(kaldor[0].issued, { 'date-parts': [[2007]] });
  });

  it('gives an edited book its editors only', () => {
    assert.match(doctrine, /^@book\{/);
    assert.match(doctrine, /editor = \{de Coning, Cedric and Aoi, Chiyuki and Karlsrud, John\}/);
    assert.doesNotMatch(doctrine, /author =/);
  });
});
