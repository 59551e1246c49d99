import assert from 'node:assert/strict';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import request from 'supertest';
import { runIndex } from '../../indexer/run.js';
import { IndexStore } from '../../server/index-store.js';
import { createApp } from '../../server/app.js';
import { removeAll, tempDir } from '../helpers/tmp.js';
import { UN_REPORT } from '../helpers/un-report.js';

// A doctoral student's library through index, API and export (userreview17): a pdfLaTeX journal
// article whose citation line sits under the title block (its PDF's CreationDate is the day it
// was made), a UN report with its symbol and numbered paragraphs, a unit's report in two editions.
// The article's source is test/fixtures/student/*.tex (pdflatex twice).

const CHAPTER = `Engaging armed groups: the humanitarian dilemma

Laura Mancini

In: Hugo Slim and Ana Ortiz (eds), Humanitarian Ethics in Practice: Cases and Commentary, Oxford University Press, Oxford, 2021, pp. 112-134.

Introduction

Humanitarian organisations have always talked to those who carry weapons. The Geneva Conventions assume that impartial humanitarian bodies will offer their services to all parties to a conflict.
`;

const edition = (year: number, ed: string) => `---\ntitle: "Humanitarian Access Monitoring Report"\nauthor: "Access Monitoring Unit"\ndate: ${year}\npublisher: "Humanitarian Access Forum"\nedition: "${ed}"\n---\n\n# Findings\n\nIn ${year} the unit recorded access incidents across the region, most of them restrictions on movement.\n`;

describe('a student’s library through the API and exports (userreview17)', function () {
  this.timeout(180_000);
  let dir = '';
  let app: ReturnType<typeof createApp>;
  before(async () => {
    dir = await tempDir('student-');
    const corpus = join(dir, 'corpus');
    await mkdir(corpus);
    await copyFile('test/fixtures/student/keller-haddad-2023-negotiating-access.pdf', join(corpus, 'keller-haddad-2023-negotiating-access.pdf'));
    await writeFile(join(corpus, 's-2023-345.txt'), UN_REPORT);
    await writeFile(join(corpus, 'mancini-2021-engaging.txt'), CHAPTER);
    // reading notes with no reference list: nine documents without one, one more than the explorer names
    for (let i = 1; i <= 5; i++) await writeFile(join(corpus, `reading-note-${i}.md`), `# Reading note ${i}\n\nNegotiators at checkpoint ${i} asked armed groups for safe passage of convoys, as the field team recorded.\n`);
    await writeFile(join(corpus, 'access-monitoring-2019.md'), edition(2019, '1st edition'));
    await writeFile(join(corpus, 'access-monitoring-2022.md'), edition(2022, '2nd edition'));
    await runIndex({ corpusDir: corpus, indexDir: join(dir, 'index'), maxPages: 100, timeoutMs: 120_000, useCache: false });
    const store = new IndexStore(join(dir, 'index'));
    await store.refresh();
    app = createApp(store, { capacity: { perClientPerMinute: 0 } });
  });
  after(() => removeAll(dir));

  it('cites the journal article by its printed citation, not the day its PDF was made', async () => {
    const doc = (await request(app).get('/api/documents/keller-haddad-2023-negotiating-access').expect(200)).body;
    assert.equal(doc.type, 'article-journal');
    assert.deepEqual(doc.issued, { 'date-parts': [[2023]] });
    assert.equal(doc['container-title'], 'Journal of Humanitarian Affairs');
    assert.equal(doc.volume, '5');
    assert.equal(doc.issue, '2');
    assert.equal(doc.page, '45-52');
    assert.equal(doc.DOI, '10.7227/JHA.2023.0042');
    const bib = (await request(app).get('/api/export').query({ ids: 'keller-haddad-2023-negotiating-access', format: 'bibtex' }).expect(200)).text;
    assert.match(bib, /@article\{keller2023/);
    assert.match(bib, /pages = \{45--52\}/);
  });

  it('keeps the journal’s citation line out of the passages: it is front matter, read into the record', async () => {
    const doc = (await request(app).get('/api/documents/keller-haddad-2023-negotiating-access').expect(200)).body;
    assert.ok(doc.passages.length > 0);
    const cited = doc.passages.filter((p: { text: string }) => /Vol\. 5, No\. 2/.test(p.text));
    assert.deepEqual(cited.map((p: { text: string }) => p.text), []);
  });

  it('cites the UN report as the Council’s, by its title, symbol and printed paragraph', async () => {
    const doc = (await request(app).get('/api/documents/s-2023-345').expect(200)).body;
    assert.equal(doc.title, 'Protection of civilians in armed conflict: Report of the Secretary-General');
    assert.deepEqual(doc.author, [{ literal: 'United Nations Security Council' }]);
    assert.equal(doc.number, 'S/2023/345');
    assert.equal(doc.type, 'report');
    assert.deepEqual(doc.issued, { 'date-parts': [[2023, 5]] });
    const urge = doc.passages.find((p: { text: string }) => p.text.startsWith('I urge'));
    assert.deepEqual(urge.section, ['III. Recommendations']);
    const cite = (await request(app).get(`/api/passages/${urge.id}/cite`).query({ text: 'counter-terrorism measures' }).expect(200)).body;
    assert.equal(cite.locator, 'para. 4');
    assert.match(cite.citations.apa, /\(United Nations Security Council, 2023, para\. 4\)/);
    assert.match(cite.citations.apa, /\(S\/2023\/345\)/);
    // @techreport needs an institution: the organ that issued it
    const bib = (await request(app).get('/api/export').query({ ids: 's-2023-345', format: 'bibtex' }).expect(200)).text;
    assert.match(bib, /@techreport\{unitedNationsSecurity2023Protection,/);
    assert.match(bib, /institution = \{United Nations Security Council\}/);
    assert.match(bib, /number = \{S\/2023\/345\}/);
  });

  it('exports the two editions apart, by a unit that is one literal name', async () => {
    const ris = (await request(app).get('/api/export').query({ ids: 'access-monitoring-2019,access-monitoring-2022', format: 'ris' }).expect(200)).text;
    assert.match(ris, /ET {2}- 1\r\n/);
    assert.match(ris, /ET {2}- 2\r\n/);
    const bib = (await request(app).get('/api/export').query({ ids: 'access-monitoring-2022', format: 'bibtex' }).expect(200)).text;
    assert.match(bib, /author = \{\{Access Monitoring Unit\}\}/);
    // a report has no edition in BibTeX or biblatex (biber's datamodel rejects it): its note says it
    assert.match(bib, /note = \{2nd edition\}/);
    assert.doesNotMatch(bib, /edition = /);
    const apa = (await request(app).get('/api/export').query({ ids: 'access-monitoring-2022', format: 'apa' }).expect(200)).text;
    assert.match(apa, /Access Monitoring Unit\. \(2022\)\. Humanitarian access monitoring report \(2nd ed\.\)/i);
  });

  it('exports a chapter as @incollection with its book, editors, publisher and pages', async () => {
    const bib = (await request(app).get('/api/export').query({ ids: 'mancini-2021-engaging', format: 'bibtex' }).expect(200)).text;
    assert.match(bib, /@incollection\{mancini2021/);
    // citation-js braces each capitalised word of a title ("{Practice:}", its colon too) to keep its case
    assert.match(bib, /booktitle = \{Humanitarian \{Ethics\} in \{Practice:?\}/);
    assert.match(bib, /editor = \{Slim, Hugo and Ortiz, Ana\}/);
    assert.match(bib, /pages = \{112--134\}/);
    assert.match(bib, /publisher = \{Oxford University Press\}/);
    const doc = (await request(app).get('/api/documents/mancini-2021-engaging').expect(200)).body;
    assert.ok(doc.passages.every((p: { text: string }) => !p.text.startsWith('In: Hugo')));
  });

  it('names the documents without a reference list, "1 other document" in the singular', async () => {
    const html = (await request(app).get('/citations').expect(200)).text;
    assert.match(html, /or 1 other document:/);
  });

  it('names the document a searched symbol is the number of, above the passages that write it (userreview18)', async () => {
    const page = (await request(app).get('/').query({ q: 'S/2023/345' }).expect(200)).text;
    assert.match(page, /<p class="numbered">The document <strong>S\/2023\/345<\/strong> in this library: <a href="\/documents\/s-2023-345">Protection of civilians in armed conflict: Report of the Secretary-General<\/a>\.<\/p>/);
    const other = (await request(app).get('/').query({ q: 'S/2023/999 protection' }).expect(200)).text;
    assert.doesNotMatch(other, /class="numbered"/);
    const words = (await request(app).get('/').query({ q: 'protection of civilians' }).expect(200)).text;
    assert.doesNotMatch(words, /class="numbered"/);
    // the page names it from the search's own reading of the query (search20: the query parsed once)
    const api = (await request(app).get('/api/search').query({ q: 'S/2023/345 protection' }).expect(200)).body as { query: { identifiers?: string[] } };
    assert.deepEqual(api.query.identifiers, ['S/2023/345']);
  });
});

