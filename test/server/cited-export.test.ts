import assert from 'node:assert/strict';
import request from 'supertest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { corpusApp } from '../helpers/server.js';
import type { CslItem } from '../../core/types.js';

// The citation explorer's works can be exported (userreview19a finding 9): the page links each
// format, and /api/export/cited answers the works the explorer shows with its filters.

describe('GET /api/export/cited (the citation explorer\'s works)', function () {
  this.timeout(60_000);
  let app: Awaited<ReturnType<typeof corpusApp>>['app'];
  before(async () => {
    ({ app } = await corpusApp());
  });

  it('exports every cited work shown as CSL-JSON, one record each with a unique key, corpus documents by their own key', async () => {
    const page = await request(app).get('/citations').expect(200);
    const shown = Number(/(\d+) cited works?/.exec(page.text)?.[1]);
    assert.ok(shown > 10, 'the bundled corpus cites works');
    const r = await request(app).get('/api/export/cited').query({ format: 'csl-json' }).expect(200).expect('content-type', /csl\+json/).expect('content-disposition', /attachment/);
    const items = JSON.parse(r.text) as CslItem[];
    assert.equal(items.length, Math.min(shown, 200));
    const keys = items.map((i) => i.id);
    assert.equal(new Set(keys).size, keys.length, 'keys unique');
    for (const i of items) {
      assert.ok(i.title, 'a title');
      assert.equal((i as Record<string, unknown>).custom, undefined, 'no product field (passage, work) leaks');
    }
    // a cited work that is itself in the corpus is its document's record, by its citation key
    assert.ok(keys.includes('bowden2020Humanitarian'));
  });

  it('narrows to the explorer\'s filters, and writes BibTeX and RIS that parse back to the same works', async () => {
    const q = 'Metcalfe-Hough';
    const page = await request(app).get('/citations').query({ q }).expect(200);
    const shown = Number(/(\d+) cited works?/.exec(page.text)?.[1]);
    assert.match(page.text, /href="\/api\/export\/cited\?q=Metcalfe-Hough&amp;format=bibtex"/);
    const bib = await request(app).get('/api/export/cited').query({ format: 'bibtex', q }).expect(200);
    assert.equal((new Cite(bib.text).data as CslItem[]).length, shown);
    const ris = await request(app).get('/api/export/cited').query({ format: 'ris', q }).expect(200);
    assert.equal((ris.text.match(/^ER {2}-/gm) ?? []).length, shown);
    const apa = await request(app).get('/api/export/cited').query({ format: 'apa', q }).expect(200);
    assert.match(apa.text, /Metcalfe-Hough/);
  });

  it('refuses an unknown format, and CSV (a passage-row format with no row for a cited work: it gave a header alone)', async () => {
    await request(app).get('/api/export/cited').query({ format: 'docx' }).expect(400);
    await request(app).get('/api/export/cited').query({ format: 'csv' }).expect(400);
  });

  it('answers 404 for a work or document this build does not hold, not a file of every cited work (review19 c)', async () => {
    const all = JSON.parse((await request(app).get('/api/export/cited').query({ format: 'csl-json' }).expect(200)).text) as CslItem[];
    assert.ok(all.length > 1);
    await request(app).get('/api/export/cited').query({ format: 'ris', work: 'gone-by-a-rebuild' }).expect(404);
    await request(app).get('/api/export/cited').query({ format: 'ris', from: 'gone-by-a-rebuild' }).expect(404);
    // a work the page links still exports that work alone
    const page = await request(app).get('/citations').expect(200);
    const work = decodeURIComponent(/href="\/citations\?work=([^"&]+)"/.exec(page.text)?.[1] ?? '');
    assert.ok(work, 'the page links a work');
    const one = await request(app).get('/api/export/cited').query({ format: 'csl-json', work }).expect(200);
    assert.equal((JSON.parse(one.text) as CslItem[]).length, 1);
  });

  it('refuses parameters named with brackets instead of exporting every cited work', async () => {
    for (const query of ['format=ris&work[]=x', 'format=harvard-html&work[]=x^', 'format=bibtex&q[]=protection', 'format=ris&from[0]=x']) {
      const r = await request(app).get(`/api/export/cited?${query}`).expect(400);
      assert.match(r.body.error, /Parameters named with brackets \("(work|q|from)\[0?\]"/);
    }
    // a bracketed name the route does not read is ignored, as any unknown parameter is
    await request(app).get('/api/export/cited?format=ris&utm[x]=1').expect(200);
  });
});
