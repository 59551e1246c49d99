import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { CslItem, Passage } from '../../core/types.js';
import { exporters } from '../../server/export/registry.js';
import { csv, defuse } from '../../server/export/formats/csv.js';
import type { ExportItem, Exporter } from '../../server/export/types.js';
import express from 'express';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sendExport } from '../../server/export/stream.js';
import { exporterFor } from '../../server/export/registry.js';

const catalog = JSON.parse(readFileSync('corpus/catalog.json', 'utf8')) as CslItem[];
const passage = (id: string, text: string, page: string | null = '3'): Passage => ({ id, doc: 'd', text, page, section: ['Intro'], actors: ['unhcr'], themes: [], places: [], kind: 'finding', ordinal: 0 }) as unknown as Passage;
const item = (csl: CslItem, passages: Passage[]): ExportItem => ({ csl, passages, links: new Map(passages.map((p) => [p.id, `http://example.org/passages/${p.id}`])) });

describe('CSV export and formula injection', () => {
  it('defuses cells a spreadsheet would run as formulas', () => {
    for (const bad of ['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) assert.equal(defuse(bad), `'${bad}`);
    for (const ok of ['Plain text', '2021', 'a=b', '']) assert.equal(defuse(ok), ok);
  });

  it('writes no cell that starts with =, +, -, @ from passages or metadata', () => {
    const csl = { ...catalog[0], title: '=cmd|"/c calc"!A1', publisher: '@evil' };
    const body = csv.render([item(csl, [passage('a', '=HYPERLINK("http://evil","click")'), passage('b', '- a list item', '-4'), passage('c', 'Ordinary text.')])]);
    const rows = parse(body.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    assert.equal(rows.length, 3);
    for (const row of rows) for (const cell of Object.values(row)) assert.doesNotMatch(cell, /^[=+\-@]/, cell);
    assert.equal(rows[0].quote, `'=HYPERLINK("http://evil","click")`);
    assert.equal(rows[0].title, `'=cmd|"/c calc"!A1`);
    assert.equal(rows[2].quote, 'Ordinary text.');
  });
});

describe('CSV export for a manuscript (user32 finding 3)', () => {
  it("names each row's work by its citation key and cites it by page or paragraph, after the columns it had", () => {
    const csl = { ...catalog[0], id: 'ocha-2022', title: 'Access Monitoring Framework', author: [{ literal: 'OCHA' }], issued: { 'date-parts': [[2022]] } } as CslItem;
    const unpaged = { ...passage('u', 'Donors should fund access coordination.', null), para: 3 } as Passage;
    const range = { ...passage('r', 'Over a page turn.', '20'), pageEnd: '21' } as Passage;
    const body = csv.render([item(csl, [unpaged, range, passage('p', 'On one page.', '9')])]);
    const header = body.replace(/^\uFEFF/, '').split('\r\n')[0].split(',');
    assert.deepEqual(header.slice(-4), ['note', 'key', 'locator', 'pdfPage'], 'added after the last column it had: every other column keeps its place');
    const rows = parse(body.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    assert.deepEqual(rows.map((r) => r.key), ['ocha2022Access', 'ocha2022Access', 'ocha2022Access']);
    assert.deepEqual(rows.map((r) => [r.page, r.locator]), [['', 'para. 3'], ['20–21', 'pp. 20–21'], ['9', 'p. 9']]);
  });

  it('fills page with printed numbers only, and pdfPage with the file’s own page (ui43)', () => {
    const csl = { ...catalog[0], id: 'brief', title: 'A brief', author: [{ literal: 'OCHA' }], issued: { 'date-parts': [[2022]] } } as CslItem;
    // printed "iv" on the file's 6th page; a page with no printed number (the file's 6th, 6–7);
    // a text file's paragraph
    const printed = { ...passage('p', 'Front matter.', 'iv'), physicalPage: 6 } as Passage;
    const physical = { ...passage('f', 'No folio here.', '6'), pageIsPhysical: true, physicalPage: 6 } as Passage;
    const physicalRange = { ...passage('g', 'Over the turn.', '6'), pageEnd: '7', pageIsPhysical: true, physicalPage: 6 } as Passage;
    const text = { ...passage('t', 'A paragraph.', null), para: 2, physicalPage: null } as Passage;
    const rows = parse(csv.render([item(csl, [printed, physical, physicalRange, text])]).replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    assert.deepEqual(
      rows.map((r) => [r.page, r.locator, r.pdfPage]),
      [
        ['iv', 'p. iv', '6'],
        ['', 'PDF p. 6', '6'],
        ['', 'PDF pp. 6–7', '6'],
        ['', 'para. 2', ''],
      ],
    );
  });
});

describe('streamed exports', () => {
  it('cut into pieces, a format gives the same file as rendered whole', () => {
    const items = catalog.map((c, i) => item(c, [passage(`p${i}a`, `Quote “${i}” one.`), passage(`p${i}b`, 'Quote\ntwo, "quoted".', null)]));
    for (const e of exporters) {
      for (const chosen of [[], items.slice(0, 1), items]) assert.equal([...e.pieces(chosen)].join(''), e.render(chosen), `${e.id}, ${chosen.length} documents`);
    }
  });
});

describe('a large export answers before it is built', () => {
  /** An exporter whose 60 pieces each take 5 ms of work on the event loop, noting when the last was made. */
  const slow = (built: { at: number }): Exporter => ({
    id: 'slow',
    label: 'slow',
    short: 'slow',
    contentType: 'text/plain',
    extension: 'txt',
    render: () => '',
    *pieces() {
      for (let i = 0; i < 60; i++) {
        const until = performance.now() + 5;
        while (performance.now() < until);
        yield `piece ${i}\n`;
      }
      built.at = performance.now();
    },
  });
  let server: Server;
  let port: number;
  const built = { at: Infinity };
  before(async () => {
    const app = express();
    app.get('/export', (_req, res) => void sendExport(res, slow(built), { items: [], passages: 60, total: 80, limit: 60, capped: true, unknown: [], invalid: [], edited: [] }));
    app.get('/health', (_req, res) => void res.send('ok'));
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    port = (server.address() as AddressInfo).port;
  });
  after(() => server.close());
  const get = (path: string, on: { headers?: (h: Record<string, unknown>) => void; data?: () => void } = {}) =>
    new Promise<string>((resolve, reject) => {
      httpRequest({ host: '127.0.0.1', port, path }, (res) => {
        on.headers?.(res.headers);
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          on.data?.();
          body += c;
        });
        res.on('end', () => resolve(body));
      })
        .on('error', reject)
        .end();
    });

  it('sends the headers, with the cap, and the first chunk while the rest is still being made', async () => {
    built.at = Infinity;
    let headersAt = Infinity;
    let firstDataAt = Infinity;
    let headers: Record<string, unknown> = {};
    const body = await get('/export', {
      headers: (h) => {
        headersAt = performance.now();
        headers = h;
      },
      data: () => (firstDataAt = Math.min(firstDataAt, performance.now())),
    });
    assert.equal(body.split('\n').length, 61);
    assert.equal(headers['x-export-limit'], '60');
    assert.equal(headers['x-export-total'], '80');
    assert.equal(headers['x-export-truncated'], 'true');
    assert.ok(headersAt < built.at, 'headers before the last piece was made');
    assert.ok(firstDataAt < built.at, 'data before the last piece was made');
  });

  it('lets another request through while it is being made', async () => {
    built.at = Infinity;
    let healthAt = Infinity;
    const exporting = get('/export');
    // asked once the export has started
    await new Promise((resolve) => setTimeout(resolve, 20));
    await get('/health');
    healthAt = performance.now();
    await exporting;
    assert.ok(healthAt < built.at, 'health answered before the export was built');
  });
});

describe('formatted styles at the depth of a whole corpus', () => {
  it('formats many documents with many quotes in one engine: 2021a/2021b across the export, one citation per locator', () => {
    const base = catalog.find((c) => c.type === 'report')!;
    const items = Array.from({ length: 25 }, (_, d) =>
      item({ ...base, id: `doc${d}`, 'citation-key': `k${d}`, title: `Report number ${d}`, author: [{ family: d % 2 ? 'Same' : `Family${d}`, given: 'A' }] }, Array.from({ length: 8 }, (_, i) => passage(`p${d}-${i}`, `Quote ${i}.`, String(1 + (i % 3))))),
    );
    const apa = exporterFor('apa')!;
    const text = [...apa.pieces(items)].join('');
    // 25 references, 200 quotes
    assert.equal(text.split('\n\n').length, 25);
    assert.equal((text.match(/^ {4}“Quote/gm) ?? []).length, 200);
    // the twelve works of "Same" in one year are told apart in the references and in the citations
    const year = String(base.issued?.['date-parts']?.[0]?.[0]);
    assert.match(text, new RegExp(`Same, A\\. \\(${year}l\\)`));
    assert.match(text, new RegExp(`\\(Same, ${year}l, p\\. 3\\)`));
    // and the same as each reference formatted alone, but for those letters
    assert.equal([...exporterFor('chicago')!.pieces(items.slice(0, 1))].join(''), exporterFor('chicago')!.render(items.slice(0, 1)));
  });
});
