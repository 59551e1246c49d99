import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Passage } from '../../core/types.js';
import { lettersOnly } from '../../core/text.js';
import { processFile } from '../../indexer/process-file.js';
import { parseCatalogJson } from '../../indexer/metadata/catalog.js';
import type { Truth } from '../../eval/fidelity.js';
import { PDFS } from '../helpers/tmp.js';

const CORPUS = join(process.cwd(), 'corpus');

describe('the three bundled .txt seeds', function () {
  this.timeout(60_000);
  const passages = new Map<string, Passage[]>();
  const truths = new Map<string, Truth>();

  before(async () => {
    const entries = parseCatalogJson(await readFile(join(CORPUS, 'catalog.json'), 'utf8'));
    for (const name of (await readdir(CORPUS)).filter((n) => n.endsWith('.txt'))) {
      const r = await processFile(join(CORPUS, name), name, entries, { maxPages: 2000, timeoutMs: 60_000 });
      assert.equal(r.report.status, 'indexed', `${name}: ${r.report.reason}`);
      const id = name.replace(/\.txt$/, '');
      passages.set(id, r.passages!);
      truths.set(id, JSON.parse(await readFile(join(PDFS, `${id}.truth.json`), 'utf8')) as Truth);
    }
  });

  it('are all three indexed with their catalog metadata', () => {
    assert.equal(passages.size, 3);
  });

  it('have no bare page numbers or running headers in any passage', () => {
    for (const [id, ps] of passages) {
      for (const p of ps) {
        assert.doesNotMatch(p.text, /^\d{1,3}$|\b\d{1,3} HPG briefing note\b|\bHPG briefing note \d{1,3}\b/, `${id}: ${p.text.slice(0, 80)}`);
        assert.doesNotMatch(p.text, /(^|\s)\d{1,3}(\s|$)HPG/, id);
      }
    }
  });

  it('have no contents lines in any passage', () => {
    for (const [id, ps] of passages) {
      const toc = truths.get(id)!.toc ?? [];
      // a contents list shows as two or more consecutive headings run together
      for (let i = 0; i + 1 < toc.length; i++) {
        const pair = lettersOnly(toc[i].text + toc[i + 1].text);
        for (const p of ps) assert.ok(!lettersOnly(p.text).includes(pair), `${id}: contents lines in "${p.text.slice(0, 80)}"`);
      }
    }
  });

  it('have no cover, repository or back-cover text in any passage', () => {
    for (const [id, ps] of passages) {
      const t = truths.get(id)!;
      const body = t.blocks.map((b) => lettersOnly(b.text)).join('|');
      for (const line of [...(t.front_matter ?? []), ...(t.back_matter ?? [])]) {
        const key = lettersOnly(line);
        if (line.split(/\s+/).length < 3 || body.includes(key)) continue;
        for (const p of ps) assert.ok(!lettersOnly(p.text).includes(key), `${id}: "${line}" in "${p.text.slice(0, 80)}"`);
      }
      for (const p of ps) assert.doesNotMatch(p.text, /Accepted Version|CentAUR|ORCID|Blackfriars Road|hpgadmin@odi\.org/, id);
    }
  });

  it('keep footnotes as notes, linked from the body where the mark survived', () => {
    const m = passages.get('metcalfe-hough-2021-collaborative-advocacy')!;
    const notes = m.filter((p) => p.blockType === 'footnote');
    assert.equal(notes.length, 4);
    const citing = m.find((p) => p.notes?.some((n) => n.n === '1' && n.passage === notes[0].id));
    assert.ok(citing, 'the passage that cites note 1 points to it');
    const g = passages.get('gilder-2024-peace-operations-human-security')!;
    assert.ok(g.filter((p) => p.blockType === 'footnote').length >= 30);
    assert.ok(g.every((p) => p.blockType === 'footnote' || !/^\s*(See e\.g\.|Alexander Gilder, ')/.test(p.text)));
  });

  it('keep the reference list as reference passages', () => {
    const refs = passages.get('metcalfe-hough-2021-collaborative-advocacy')!.filter((p) => p.blockType === 'reference');
    assert.ok(refs.length >= 48, `${refs.length} references`);
    assert.ok(refs.every((r) => r.kind === 'reference'));
    assert.ok(refs.every((r) => !/^https?:\/\/\S+$/.test(r.text)), 'no bare duplicated URL lines');
  });
});
