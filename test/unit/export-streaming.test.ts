import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { CslItem, Passage } from '../../core/types.js';
import { exporters } from '../../server/export/registry.js';
import { csv, defuse } from '../../server/export/formats/csv.js';
import type { ExportItem } from '../../server/export/types.js';

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

describe('streamed exports', () => {
  it('cut into pieces, a format gives the same file as rendered whole', () => {
    const items = catalog.map((c, i) => item(c, [passage(`p${i}a`, `Quote “${i}” one.`), passage(`p${i}b`, 'Quote\ntwo, "quoted".', null)]));
    for (const e of exporters) {
      if (!e.pieces) continue;
      for (const chosen of [[], items.slice(0, 1), items]) assert.equal([...e.pieces(chosen)].join(''), e.render(chosen), `${e.id}, ${chosen.length} documents`);
    }
  });
});
