import assert from 'node:assert/strict';
import request from 'supertest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { corpusApp } from '../helpers/server.js';
import { bibliography } from '../../server/export/citation-js.js';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import type { CslItem } from '../../core/types.js';
import { assertMatchesSpec } from '../helpers/openapi.js';
import { parse } from 'csv-parse/sync';

const catalog = JSON.parse(readFileSync('corpus/catalog.json', 'utf8')) as CslItem[];
const item = (id: string) => catalog.find((c) => c.id === id)!;

describe('citation formatting (citation-js with the shipped CSL styles)', () => {
  it('formats the journal article exactly as APA 7 wants it', () => {
    assert.equal(bibliography([item('gilder-2024-peace-operations-human-security')], 'apa'), 'Gilder, A. (2024). Peace operations and human security. Journal of International Peacekeeping, 27(1), 1–11. https://doi.org/10.1163/18754112-27010004');
  });

  it('formats the briefing notes as APA 7 reports in a series', () => {
    // APA 7 §10.4: Author, A. A. (Year). Title of report (Series Name). Publisher. URL
    assert.equal(
      bibliography([item('bowden-metcalfe-hough-2020-age-of-caution')], 'apa'),
      'Bowden, M., & Metcalfe-Hough, V. (2020). Humanitarian diplomacy and protection advocacy in an age of caution (HPG Briefing Note). ODI. https://odi.org/en/publications/humanitarian-diplomacy-and-protection-advocacy-in-an-age-of-caution/',
    );
    assert.equal(bibliography([item('metcalfe-hough-2021-collaborative-advocacy')], 'apa'), 'Metcalfe-Hough, V. (2021). Collaborative advocacy between humanitarian and human rights actors: Opportunities and challenges (HPG Briefing Note). ODI.');
  });

  it('formats Chicago author-date and Harvard from the same data', () => {
    assert.match(bibliography([item('gilder-2024-peace-operations-human-security')], 'chicago'), /^Gilder, Alexander\. 2024\. “Peace Operations and Human Security\.” Journal of International Peacekeeping 27 \(1\): 1–11\./);
    assert.match(bibliography([item('gilder-2024-peace-operations-human-security')], 'harvard'), /^Gilder, A\. \(2024\) ‘Peace operations and human security’, Journal of International Peacekeeping, 27\(1\), pp\. 1–11/);
  });
});

describe('GET /api/export', function () {
  this.timeout(60_000);
  let app: Awaited<ReturnType<typeof corpusApp>>['app'];
  let passages: { id: string; doc: string; page: string | null }[];
  before(async () => {
    ({ app } = await corpusApp());
    passages = (await request(app).get('/api/documents/metcalfe-hough-2021-collaborative-advocacy')).body.passages;
  });

  it('exports BibTeX that parses back to the same fields, one record per document', async () => {
    const ids = [passages[10].id, passages[20].id, 'gilder-2024-peace-operations-human-security'].join(',');
    const r = await request(app).get('/api/export').query({ format: 'bibtex', ids }).expect(200).expect('content-type', /application\/x-bibtex/).expect('content-disposition', /attachment; filename="policy-passages-\d{4}-\d{2}-\d{2}\.bib"/);
    const back = new Cite(r.text).data as CslItem[];
    assert.equal(back.length, 2);
    const m = back.find((b) => /Collaborative advocacy/.test(b.title ?? ''))!;
    assert.equal(m.title, item('metcalfe-hough-2021-collaborative-advocacy').title);
    assert.deepEqual(m.author?.map((a) => a.family), ['Metcalfe-Hough']);
    assert.equal(m.issued?.['date-parts']?.[0]?.[0], 2021);
    const g = back.find((b) => /Peace operations/.test(b.title ?? ''))!;
    assert.equal(g.DOI, '10.1163/18754112-27010004');
  });

  it('exports RIS with RPRT for reports and JOUR for articles, one ER per record', async () => {
    const r = await request(app).get('/api/export').query({ format: 'ris', ids: `${passages[3].id},gilder-2024-peace-operations-human-security,bowden-metcalfe-hough-2020-age-of-caution` }).expect(200).expect('content-type', /application\/x-research-info-systems/);
    assert.equal((r.text.match(/^ER {2}-/gm) ?? []).length, 3);
    assert.equal((r.text.match(/^TY {2}- RPRT/gm) ?? []).length, 2);
    assert.equal((r.text.match(/^TY {2}- JOUR/gm) ?? []).length, 1);
    for (const line of r.text.split(/\r?\n/)) assert.match(line, /^([A-Z][A-Z0-9] {2}- .*|)$/, `a RIS line: ${line.slice(0, 40)}`);
  });

  it('writes a report’s series number where Zotero’s RIS import reads a report’s number (SN), never as NV (ur19a finding 13)', async () => {
    const { ris } = await import('../../server/export/formats/bibliographic.js');
    const report = { id: 'diallo2022Cash', type: 'report', title: 'Cash transfers in protracted displacement', author: [{ family: 'Diallo', given: 'Amina' }], issued: { 'date-parts': [[2022, 3]] }, publisher: 'Sahel Policy Institute', 'publisher-place': 'Dakar', 'collection-title': 'Sahel Policy Institute Working Paper', 'collection-number': 14 } as CslItem;
    const fields = (csl: CslItem) => ris.render([{ csl, passages: [], links: new Map() }]).split('\r\n').filter(Boolean);
    // field by field: Zotero (zotero/translators RIS.js) reads T2 as a report's seriesTitle, SN as its reportNumber, PB as its institution
    assert.deepEqual(fields(report), [
      'TY  - RPRT', 'AU  - Diallo, Amina', 'CY  - Dakar', 'DA  - 2022/03//', 'PY  - 2022', 'ID  - diallo2022Cash',
      'PB  - Sahel Policy Institute', 'SN  - 14', 'T2  - Sahel Policy Institute Working Paper', 'TI  - Cash transfers in protracted displacement', 'ER  - ',
    ]);
    // a report with a number of its own keeps it in SN; the series number is said in a note
    const numbered = fields({ ...report, number: 'SPI/2022/3' });
    assert.ok(numbered.includes('SN  - SPI/2022/3'));
    assert.ok(numbered.includes('N1  - Sahel Policy Institute Working Paper 14'));
    for (const lines of [fields(report), numbered]) assert.ok(!lines.some((l) => l.startsWith('NV  - ')), 'no number of volumes');
    // a report with a type and number only: M3 and SN, as before
    const typed = fields({ ...report, 'collection-title': undefined, 'collection-number': undefined, genre: 'Working paper', number: '14' } as CslItem);
    assert.ok(typed.includes('M3  - Working paper') && typed.includes('SN  - 14'));
  });

  it('exports a CSL-JSON record per document, keyed by its citation key, with the quotes in annote and in note (Zotero’s Extra)', async () => {
    const pdfPassage = passages[5];
    const r = await request(app).get('/api/export').query({ format: 'csl-json', ids: pdfPassage.id }).expect(200).expect('content-type', /csl\+json/);
    const items = JSON.parse(r.text) as CslItem[];
    assert.equal(items.length, 1);
    assert.equal(items[0].id, 'metcalfeHough2021Collaborative');
    assert.equal(items[0]['citation-key'], 'metcalfeHough2021Collaborative');
    assert.match(String(items[0].annote), /“.+”/);
    // Zotero's CSL-JSON import drops annote and keeps note as the item's Extra: the page and quote go there too
    assert.equal(items[0].note, items[0].annote);
    assert.deepEqual(items[0].author, [{ family: 'Metcalfe-Hough', given: 'Victoria' }]);
    assert.equal(items[0].type, 'report');
  });

  it('puts each chosen passage of a paged document in the CSL-JSON annotation with its page label', async () => {
    const { cslJson } = await import('../../server/export/formats/bibliographic.js');
    const passage = (page: string | null, text: string) => ({ id: text, doc: 'g', ordinal: 0, block: 0, text, section: [], page, physicalPage: page ? Number(page) + 1 : null, start: 0, end: 0, kind: 'finding' as const, blockType: 'paragraph' as const, actors: [], themes: [], places: [], evidence: [] });
    const out = JSON.parse(cslJson.render([{ csl: item('gilder-2024-peace-operations-human-security'), passages: [passage('3', 'One.'), passage(null, 'Two.')], links: new Map() }])) as CslItem[];
    assert.equal(out.length, 1);
    assert.equal(out[0].annote, 'p. 3: “One.”\n\n“Two.”');
    assert.equal(out[0].note, 'p. 3: “One.”\n\n“Two.”');
    assert.equal(out[0].DOI, '10.1163/18754112-27010004');
    // a catalog's own note is kept first; BibTeX and RIS keep the quotes where they did, not twice
    const noted = { csl: { ...item('gilder-2024-peace-operations-human-security'), note: 'Read for chapter 2' }, passages: [passage('3', 'One.')], links: new Map() };
    assert.equal((JSON.parse(cslJson.render([noted])) as CslItem[])[0].note, 'Read for chapter 2\n\np. 3: “One.”');
    const { ris, bibtex } = await import('../../server/export/formats/bibliographic.js');
    assert.equal((ris.render([noted]).match(/One\./g) ?? []).length, 1);
    assert.equal((bibtex.render([noted]).match(/One\./g) ?? []).length, 1);
  });

  it('names the file of a quote read from a copy of the work, whose page is that file\'s (cite21; review20b finding 6)', async () => {
    const { cslJson, ris, bibtex } = await import('../../server/export/formats/bibliographic.js');
    const { biblatex } = await import('../../server/export/formats/biblatex.js');
    const { safeItem } = await import('../../server/export/safe-item.js');
    const passage = (id: string, page: string | null, text: string) => ({ id, doc: id, ordinal: 0, block: 0, text, section: [], page, pageIsPhysical: page !== null, physicalPage: page ? Number(page) : null, start: 0, end: 0, kind: 'finding' as const, blockType: 'paragraph' as const, actors: [], themes: [], places: [], evidence: [] });
    const work = safeItem({ csl: item('gilder-2024-peace-operations-human-security'), passages: [passage('a', null, 'One.'), passage('b', '1', 'Two.')], links: new Map(), files: new Map([['b', 'gilder_2024 copy\n50%.pdf']]) });
    const out = JSON.parse(cslJson.render([work])) as CslItem[];
    assert.equal(out[0].annote, '“One.”\n\nPDF p. 1 in gilder_2024 copy 50%.pdf: “Two.”');
    assert.match(ris.render([work]), /\r\nN1 {2}- PDF p\. 1 in gilder_2024 copy 50%\.pdf: “Two\.”\r\n/);
    // BibTeX and biblatex: the file name's _ and % escaped, the entry read back whole
    for (const f of [bibtex, biblatex]) {
      const text = f.render([work]);
      assert.match(text, /gilder\\_2024 copy 50\\%\.pdf/, text);
      const back = new Cite(text).data as CslItem[];
      assert.equal(back.length, 1);
      assert.match(String(back[0].annote ?? back[0].note ?? ''), /gilder_2024 copy 50%\.pdf/);
    }
  });

  it('exports formatted references with the quoted passage and its in-text citation', async () => {
    const r = await request(app).get('/api/export').query({ format: 'apa', ids: passages[8].id }).expect(200).expect('content-type', /text\/plain/);
    assert.match(r.text, /^Metcalfe-Hough, V\. \(2021\)\./);
    // the bundled text has no pages, so the locator is the paragraph number (APA 7 §8.28)
    assert.match(r.text, /\n( {4}“.+” \(Metcalfe-Hough, 2021, para\. \d+\)\.| {8}[^“].+ \(Metcalfe-Hough, 2021, para\. \d+\))\n/);
  });

  it('exports CSV with one row per passage', async () => {
    const r = await request(app).get('/api/export').query({ format: 'csv', q: 'protection cluster', doc: 'metcalfe-hough-2021-collaborative-advocacy' }).expect(200).expect('content-type', /text\/csv/);
    const api = await request(app).get('/api/search').query({ q: 'protection cluster', doc: 'metcalfe-hough-2021-collaborative-advocacy' });
    const lines = r.text.replace(/^\uFEFF/, '').split('\r\n').length;
    assert.ok(r.text.startsWith('\uFEFFquote,page,section,kind'));
    assert.ok(lines >= api.body.total + 1, `${lines} lines for ${api.body.total} hits`);
  });

  it('exports CSV of a document chosen by id: every passage of it, not the header alone', async () => {
    const r = await request(app).get('/api/export').query({ format: 'csv', ids: 'metcalfe-hough-2021-collaborative-advocacy' }).expect(200);
    const rows = r.text.replace(/^\uFEFF/, '').trim().split('\r\n').length - 1;
    assert.ok(rows >= passages.length, `${rows} rows for ${passages.length} passages`);
  });

  it("keeps the list's own order in CSV rows, and the search's ranking for a search (userreview29 finding 11)", async () => {
    const gilder = (await request(app).get('/api/documents/gilder-2024-peace-operations-human-security')).body.passages as { id: string }[];
    // built by hand across two documents, a later paragraph first
    const asked = [passages[20].id, gilder[5].id, passages[3].id];
    const r = await request(app).get('/api/export').query({ format: 'csv', ids: asked.join(',') }).expect(200);
    const col = (text: string) => (parse(text, { bom: true, columns: true }) as { passage: string }[]).map((row) => row.passage);
    assert.deepEqual(col(r.text), asked);
    const ranked = (await request(app).get('/api/search').query({ q: 'humanitarian access', perDoc: '0', size: '20' })).body.hits as { passage: { id: string } }[];
    const searched = await request(app).get('/api/export').query({ format: 'csv', q: 'humanitarian access' }).expect(200);
    assert.deepEqual(col(searched.text).slice(0, 20), ranked.map((h) => h.passage.id));
  });

  it('cites a selected span of a passage by offsets or by its words', async () => {
    const p = (await request(app).get(`/api/passages/${passages[8].id}`).expect(200)).body.passage as { id: string; text: string };
    const words = p.text.split(' ').slice(2, 7).join(' ');
    const start = p.text.indexOf(words);
    const r = await request(app).get(`/api/passages/${p.id}/cite`).query({ start, end: start + words.length }).expect(200);
    assertMatchesSpec('/api/passages/{id}/cite', 200, r.body);
    assert.equal(r.body.text, words);
    // words from inside a sentence are quoted with the ellipses their export shows
    assert.ok(r.body.citations.apa.startsWith(`“… ${words.replace(/\.$/, '')}`), r.body.citations.apa);
    assert.match(r.body.citations.apa, /” \(Metcalfe-Hough, 2021/);
    assert.match(r.body.citationsHtml.apa, /<i>Collaborative advocacy/);
    const byText = await request(app).get(`/api/passages/${p.id}/cite`).query({ text: words }).expect(200);
    assert.equal(byText.body.start, start);
    for (const bad of [{ start: 5, end: 2 }, { start: 0, end: p.text.length + 1 }, { text: 'words that are not there at all' }, {}]) {
      const e = await request(app).get(`/api/passages/${p.id}/cite`).query(bad).expect(400);
      assertMatchesSpec('/api/passages/{id}/cite', 400, e.body);
    }
    await request(app).get('/api/passages/0000000000000000/cite').query({ start: 0, end: 1 }).expect(404);
    // offsets that are not digits are named, not answered as if none were given
    for (const [query, named] of [['start=1e3&end=2000', /^start must be a whole number .*not "1e3"/], ['start=0&end=0x10', /^end must be a whole number .*not "0x10"/], ['start=-1&end=5', /^start must be/]] as const) {
      const e = await request(app).get(`/api/passages/${p.id}/cite?${query}`).expect(400);
      assert.match(e.body.error, named, query);
    }
  });

  it('puts one COinS span of the document on its pages, with no passage page in it', async () => {
    const page = await request(app).get(`/passages/${passages[8].id}`).expect(200);
    const spans = [...page.text.matchAll(/class="Z3988" title="([^"]+)"/g)].map((m) => new URLSearchParams(m[1].replace(/&amp;/g, '&')));
    assert.equal(spans.length, 1);
    assert.equal(spans[0].get('rft.spage'), null);
    assert.equal(spans[0].get('rft.series'), 'HPG briefing note');
    assert.match(page.text, /data-copy-html="&lt;p&gt;/);
    assert.match(page.text, /<button type="button" class="cite-selection">Cite selection<\/button>/);
    const doc = await request(app).get('/documents/gilder-2024-peace-operations-human-security').expect(200);
    assert.match(doc.text, /class="Z3988" title="[^"]*rft.spage=1&amp;rft.epage=11/);
  });

  it('serves unAPI, so Zotero saves a page’s item from our RIS: series, place and the quote kept', async () => {
    const list = await request(app).get('/unapi').expect(200).expect('content-type', /application\/xml/);
    assert.match(list.text, /<formats>\s*<format name="ris" type="application\/x-research-info-systems"/);
    const p = passages[8];
    const choices = await request(app).get('/unapi').query({ id: p.id }).expect(300);
    assert.match(choices.text, new RegExp(`<formats id="${p.id}">`));
    const ris = await request(app).get('/unapi').query({ id: p.id, format: 'ris' }).expect(200).expect('content-type', /research-info-systems/);
    assert.match(ris.text, /^T2 {2}- HPG briefing note\r$/m);
    assert.match(ris.text, /^CY {2}- London\r$/m);
    assert.equal((ris.text.match(/^N1 {2}- (para\. \d+: )?“/gm) ?? []).length, 1);
    const doc = await request(app).get('/unapi').query({ id: 'bowden-metcalfe-hough-2020-age-of-caution', format: 'bibtex' }).expect(200);
    assert.match(doc.text, /^@techreport\{bowden2020Humanitarian,/);
    await request(app).get('/unapi').query({ id: 'nope', format: 'ris' }).expect(404);
    await request(app).get('/unapi').query({ id: p.id, format: 'docx' }).expect(406);
    // the pages name their items and the server, as unAPI clients look for them
    for (const url of [`/passages/${p.id}`, '/documents/bowden-metcalfe-hough-2020-age-of-caution', '/?q=protection']) {
      const page = await request(app).get(url).expect(200);
      assert.match(page.text, /<link rel="unapi-server" type="application\/xml" title="unAPI" href="\/unapi">/);
      assert.match(page.text, /<abbr class="unapi-id" title="[^"]+"><\/abbr>/);
    }
  });

  it('answers a search with no hits with a file of no record that says so where the format can, and a Warning', async () => {
    const bib = await request(app).get('/api/export').query({ format: 'bibtex', q: 'zzzyyyxxx' }).expect(200);
    // BibTeX reads nothing outside an @entry: a % line is a comment to a reader, nothing to an importer
    assert.match(bib.text, /^% No passage matches this search \(q: zzzyyyxxx\)\.\n$/);
    assert.equal(new Cite(bib.text, { forceType: '@bibtex/text' }).data.length, 0);
    assert.match(bib.headers.warning, /^299 - "No passage matches this search: the file holds no record"$/);
    assert.equal(bib.headers['x-export-total'], '0');
    const apa = await request(app).get('/api/export').query({ format: 'apa', q: 'zzzyyyxxx' }).expect(200);
    assert.match(apa.text, /No passage matches this search \(q: zzzyyyxxx\)/);
    const html = await request(app).get('/api/export').query({ format: 'apa-html', q: '<b>zzzyyyxxx' }).expect(200);
    assert.match(html.text, /<p>No passage matches this search \(q: &lt;b&gt;zzzyyyxxx\)\.<\/p>/);
    // no comment syntax: RIS stays empty (an untagged line is read as part of a field), CSL-JSON an empty array
    const ris = await request(app).get('/api/export').query({ format: 'ris', q: 'zzzyyyxxx' }).expect(200);
    assert.equal(ris.text, '');
    assert.match(ris.headers.warning, /No passage matches/);
    const json = await request(app).get('/api/export').query({ format: 'csl-json', q: 'zzzyyyxxx' }).expect(200);
    assert.deepEqual(JSON.parse(json.text), []);
    assert.match(json.headers.warning, /No passage matches/);
  });

  it('keeps the Warning headers of a long no-match query to a few, in ASCII', async () => {
    const q = Array.from({ length: 40 }, (_, i) => `zq${i}x:qqqz\u00e9${i}^${i}`).join(' ');
    const r = await request(app).get('/api/export').query({ format: 'ris', q }).expect(200);
    const header = String(r.headers.warning);
    assert.ok(header.split(/,(?= ?299 )/).length <= 5, header);
    assert.ok(header.length < 1500, `${header.length} bytes`);
    assert.doesNotMatch(header, /[^\x20-\x7e]/);
    assert.match(header, /qqqze0/, 'an accent is dropped, not made a question mark');
    assert.match(header, /and \d+ more warning/);
  });

  it('refuses a query with nothing to search instead of exporting every passage', async () => {
    for (const q of ['((((((', '"" ()', '***']) {
      const r = await request(app).get('/api/export').query({ format: 'ris', q }).expect(400);
      assert.match(r.body.error, /q has no word to search for/);
    }
    // an explicit browse and a search of the filters alone are selections the user named
    await request(app).get('/api/export').query({ format: 'ris', q: '*' }).expect(200);
    await request(app).get('/api/export').query({ format: 'ris', year: '2021' }).expect(200);
  });

  it('says why it refuses with search\'s reasons, never its "showing every passage"', async () => {
    const r = await request(app).get('/api/export').query({ format: 'ris', q: '""' }).expect(400);
    assert.match(r.body.error, /^q has no word to search for: Give words or a quoted phrase/);
    assert.doesNotMatch(r.body.error, /showing every passage/);
  });

  it('exports what search shows for a query of exclusions alone: every passage but those', async () => {
    for (const q of ['-aid', 'NOT aid', '-aid -protection']) {
      const search = await request(app).get('/api/search').query({ q }).expect(200);
      assert.equal(search.body.query.browsed, true);
      const r = await request(app).get('/api/export').query({ format: 'csl-json', q }).expect(200);
      assert.equal(r.headers['x-export-total'], String(search.body.shown));
      assert.ok(search.body.shown > 0);
    }
  });

  it('gives search\'s reason when nothing matches: a query of stop words alone', async () => {
    const search = await request(app).get('/api/search').query({ q: 'the' }).expect(200);
    const why = search.body.query.warnings[0] as string;
    assert.match(why, /too common a word/);
    const bib = await request(app).get('/api/export').query({ format: 'bibtex', q: 'the' }).expect(200);
    assert.equal(bib.text, `% No passage matches this search (q: the). ${why}\n`);
    // each warning its own: the header is printable ASCII with no inner quote
    assert.match(bib.headers.warning, /^299 - "No passage matches this search: the file holds no record", 299 - "'the': too common a word to be indexed; [^"]*"$/);
    const apa = await request(app).get('/api/export').query({ format: 'apa', q: 'the' }).expect(200);
    assert.ok(apa.text.includes(why));
    // every warning of search's, each its own
    const far = await request(app).get('/api/export').query({ format: 'ris', q: 'the "' }).expect(200);
    assert.match(far.headers.warning, /quotation mark is not closed/);
  });

  it('refuses parameters named with brackets instead of exporting the whole library', async () => {
    for (const query of ['format=ris&ids[]=x', 'format=ris&q[]=protection', 'format=ris&ids[0]=x&ids[1]=y', 'format=ris&place[]=SYR']) {
      const r = await request(app).get(`/api/export?${query}`).expect(400);
      assert.match(r.body.error, /Parameters named with brackets \("(ids|q|place)\[0?\]"/);
      assert.match(r.body.error, /repeat the parameter instead/);
    }
    // a bracketed name the export does not read is ignored, as any unknown parameter is
    await request(app).get('/api/export?format=ris&ids=gilder-2024-peace-operations-human-security&utm[x]=1').expect(200);
  });

  it('takes 1,000 selected ids', async () => {
    const ids = Array.from({ length: 1000 }, (_, i) => passages[i % passages.length].id).join(',');
    // 1,000 ids make a long URL: the server allows request heads of up to 128 KiB, as main.ts does.
    const r = await request(createServer({ maxHeaderSize: 128 * 1024 }, app)).get('/api/export').query({ format: 'ris', ids }).expect(200);
    assert.equal((r.text.match(/^ER {2}-/gm) ?? []).length, 1);
  });

  it('rejects unknown ids and formats with 400 and a message', async () => {
    const bad = await request(app).get('/api/export').query({ format: 'bibtex', ids: 'nope,0000000000000000' }).expect(400);
    assert.match(bad.body.error, /unknown passage or document id\(s\): nope, 0000000000000000/);
    const fmt = await request(app).get('/api/export').query({ format: 'docx' }).expect(400);
    assert.match(fmt.body.error, /format must be one of bibtex, biblatex, ris, csl-json, csv, apa, apa-html, apa-rtf, chicago, /);
  });
});
