import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { corpusApp } from '../helpers/server.js';
import { exporters } from '../../server/export/registry.js';
import { listExportUrl } from '../../server/reading-list.js';
import type { CslItem } from '../../core/types.js';

// userreview29 finding 1: the notes a student writes beside the reading list's passages stayed on
// the page; "Export the list" gave the quotes without them. Each format now carries a passage's
// note with its quote, after "My note:".

describe('the reading list’s notes in its exports', function () {
  this.timeout(120_000);
  let app: Awaited<ReturnType<typeof corpusApp>>['app'];
  let a: { id: string; text: string };
  let b: { id: string; text: string };
  const DOC = 'metcalfe-hough-2021-collaborative-advocacy';
  const NOTE = 'Use in ch. 2 — 50% & {braces} <b>';
  // RTF's \uN escapes and HTML's entities read back as characters
  const plain = (format: string, text: string) =>
    format.endsWith('-rtf') ? text.replace(/\\uc0\\u(-?\d+)\{\}/g, (_m, n: string) => String.fromCharCode((Number(n) + 65536) % 65536)).replace(/\\([\\{}])/g, '$1') : format.endsWith('-html') ? text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&') : text;
  before(async () => {
    ({ app } = await corpusApp());
    const passages = (await request(app).get(`/api/documents/${DOC}`)).body.passages as (typeof a)[];
    [a, b] = passages.filter((x) => x.text.length > 200);
  });

  it('puts a passage’s note after its quote in every format, and no note where none was written', async () => {
    for (const e of exporters) {
      const r = await request(app).get('/api/export').query({ format: e.id, ids: `${a.id},${b.id}`, [`note-${a.id}`]: NOTE }).expect(200);
      const body = plain(e.id, r.text);
      // BibTeX and biblatex write the note in LaTeX: its words are there, its specials escaped
      const words = e.id === 'bibtex' || e.id === 'biblatex' ? ['My note: Use in ch. 2', '50\\%', '\\&', '\\{braces\\}'] : ['My note:', NOTE];
      // CSV: the note is a column of its own, unlabelled
      if (e.id === 'csv') {
        assert.ok(body.includes(NOTE), 'csv');
        continue;
      }
      for (const w of words) assert.ok(body.includes(w), `${e.id}: ${w}`);
      // CSL-JSON gives its quotes twice: in `annote`, and in `note` for Zotero's Extra field
      assert.equal(body.split('My note:').length - 1, e.id === 'csl-json' ? 2 : 1, `${e.id}: one note, on the passage it was written for`);
    }
  });

  it('keeps the note with its own quote in the records a reference manager reads', async () => {
    const ids = `${a.id},${b.id}`;
    const csl = (await request(app).get('/api/export').query({ format: 'csl-json', ids, [`note-${b.id}`]: 'second only' }).expect(200)).body as CslItem[];
    const quotes = String(csl[0].annote).split('\n\n');
    const noted = quotes.filter((q) => q.includes('My note: second only'));
    assert.equal(noted.length, 1);
    assert.ok(noted[0].includes(b.text.slice(0, 40)), 'the note follows the quote of the passage it was written on');
    // RIS: one N1 per quote, the note in that quote's N1; BibTeX still parses
    const ris = (await request(app).get('/api/export').query({ format: 'ris', ids, [`note-${b.id}`]: 'two\nlines' }).expect(200)).text;
    assert.ok(ris.split(/\r?\n/).some((l) => l.startsWith('N1  - ') && l.includes(b.text.slice(0, 40)) && l.endsWith('My note: two lines')), ris);
    const bib = (await request(app).get('/api/export').query({ format: 'bibtex', ids, [`note-${a.id}`]: NOTE }).expect(200)).text;
    assert.equal(new Cite(bib).data.length, 1);
  });

  it('carries a selection’s note, and gives the CSV a note column, then the key and locator (user32)', async () => {
    const words = a.text.split(' ').slice(2, 8).join(' ');
    const start = a.text.indexOf(words);
    const sel = `${a.id}.${start}-${start + words.length}`;
    const apa = (await request(app).get('/api/export').query({ format: 'apa', ids: sel, [`note-${sel}`]: 'on these words' }).expect(200)).text;
    assert.match(apa, new RegExp(`${words.slice(0, 20)}[^\\n]*\\n\\s+My note: on these words`));
    const csv = (await request(app).get('/api/export').query({ format: 'csv', ids: a.id, [`note-${a.id}`]: 'a cell' }).expect(200)).text;
    const [header, row] = csv.replace(/^\uFEFF/, '').split('\r\n');
    assert.ok(header.endsWith(',note,key,locator,pdfPage'), header);
    assert.match(row, /,a cell,metcalfeHough2021Collaborative,para\. \d+,$/);
  });

  it('links the list page’s exports with the notes in its address', async () => {
    const page = await request(app).get('/list').query({ ids: `${a.id},${b.id}`, [`note-${a.id}`]: 'from the page' }).expect(200);
    const hrefs = [...page.text.matchAll(/<a class="button-link" href="([^"]+)" data-format="([^"]+)"/g)];
    assert.equal(hrefs.length, exporters.length);
    for (const [, href, format] of hrefs) {
      const url = new URL(href.replace(/&amp;/g, '&'), 'http://x');
      assert.equal(url.pathname, '/api/export');
      assert.equal(url.searchParams.get('format'), format);
      assert.equal(url.searchParams.get('ids'), `${a.id},${b.id}`);
      assert.equal(url.searchParams.get(`note-${a.id}`), 'from the page');
      assert.equal(url.searchParams.has(`note-${b.id}`), false);
    }
    assert.equal(listExportUrl([{ id: 'x', note: '' }], 'ris'), '/api/export?format=ris&ids=x');
  });
  it('exports a list whose note is longer than a short parameter, cut where the list page cuts it (review31)', async () => {
    // the list page keeps notes of up to 2,000 characters; its export links refused any over 200
    const long = 'n'.repeat(300);
    const ris = await request(app).get('/api/export').query({ format: 'ris', ids: `${a.id},${b.id}`, [`note-${a.id}`]: long }).expect(200);
    assert.ok(ris.text.includes(`My note: ${long}`));
    const page = await request(app).get('/list').query({ ids: a.id, [`note-${a.id}`]: 'x'.repeat(9999) + '😀'.repeat(10) }).expect(200);
    const href = page.text.match(/<a class="button-link" href="([^"]+)" data-format="csv"/)![1].replace(/&amp;/g, '&');
    const note = (text: string) => (parse(text.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[])[0].note;
    assert.equal(note((await request(app).get(href).expect(200)).text), 'x'.repeat(2000));
    // a cut inside a character's surrogate pair leaves no half of it
    const emoji = await request(app).get('/api/export').query({ format: 'csv', ids: a.id, [`note-${a.id}`]: 'y' + '😀'.repeat(1200) }).expect(200);
    assert.ok(!emoji.text.includes('\uFFFD'));
    assert.equal(note(emoji.text), `y${'😀'.repeat(999)}`);
  });
});
