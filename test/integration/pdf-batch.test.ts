import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runIndex, type Report } from '../../indexer/run.js';
import { PDFS, makeCorpus, removeAll, tempDir } from '../helpers/tmp.js';

interface BadManifest {
  files: { file: string; expect: 'skip' | 'index'; reason: string }[];
}

// The reason a user reads must say what is wrong, in words like these.
const REASON_WORDS: Record<string, RegExp> = {
  'encrypted-user-password.pdf': /encrypted.*password/i,
  'truncated.pdf': /truncated|corrupt/i,
  'empty.pdf': /empty/i,
  'notapdf.pdf': /not a pdf/i,
  'image-only-no-text.pdf': /no text layer.*OCR/i,
};

describe('a batch of good and bad PDFs', function () {
  this.timeout(180_000);
  let corpus: string;
  let out: string;
  let report: Report;

  before(async () => {
    const good = (await readdir(PDFS)).filter((n) => n.endsWith('.pdf'));
    const bad = (await readdir(join(PDFS, 'bad'))).filter((n) => n.endsWith('.pdf'));
    corpus = await makeCorpus([...good.map((n) => ({ from: join(PDFS, n), to: n })), ...bad.map((n) => ({ from: join(PDFS, 'bad', n), to: `bad/${n}` }))]);
    out = await tempDir('index-');
    ({ report } = await runIndex({ corpusDir: corpus, indexDir: out, maxPages: 2000, timeoutMs: 120_000, useCache: true }));
  });
  after(() => removeAll(corpus, out));

  it('gives every bad file the outcome its manifest expects, with a specific reason', async () => {
    const manifest = JSON.parse(await readFile(join(PDFS, 'bad', 'manifest.json'), 'utf8')) as BadManifest;
    for (const f of manifest.files) {
      const r = report.files.find((x) => x.file === `bad/${f.file}`);
      assert.ok(r, `no report line for ${f.file}`);
      if (f.expect === 'skip') {
        assert.equal(r.status, 'skipped', `${f.file} should be skipped`);
        assert.match(r.reason ?? '', REASON_WORDS[f.file], `${f.file}: reason "${r.reason}"`);
        assert.equal(r.passages, 0);
        assert.ok(!r.reason?.includes('\n'), 'reasons are one line');
      } else {
        assert.equal(r.status, 'indexed', `${f.file} should be indexed: ${r.reason}`);
        assert.ok(r.passages > 20);
      }
    }
  });

  it('indexes every good file and the whole 300-page file', () => {
    for (const name of ['bowden-metcalfe-hough-2020-age-of-caution.pdf', 'metcalfe-hough-2021-collaborative-advocacy.pdf', 'gilder-2024-peace-operations-human-security.pdf']) {
      assert.equal(report.files.find((f) => f.file === name)?.status, 'indexed', name);
    }
    assert.equal(report.files.find((f) => f.file === 'bad/long-300-pages.pdf')?.pages, 300);
  });

  it('publishes report.json and no document for a rejected file', async () => {
    const id = (await readFile(join(out, 'CURRENT'), 'utf8')).trim();
    const published = JSON.parse(await readFile(join(out, 'builds', id, 'report.json'), 'utf8')) as Report;
    assert.deepEqual(published.files.map((f) => f.status), report.files.map((f) => f.status));
    const docs = JSON.parse(await readFile(join(out, 'builds', id, 'documents.json'), 'utf8')) as { file: string }[];
    const skipped = report.files.filter((f) => f.status === 'skipped').map((f) => f.file);
    assert.ok(docs.every((d) => !skipped.includes(d.file)));
    assert.equal(docs.length, report.totals.indexed + report.totals.partial);
  });
});
