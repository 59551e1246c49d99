import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDFS, removeAll, tempDir } from '../helpers/tmp.js';

const run = promisify(execFile);
const CLI = ['--import', 'tsx', join(process.cwd(), 'indexer', 'cli.ts')];

async function index(corpus: string, out: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [...CLI, '--corpus', corpus, '--out', out], { env: { ...process.env, CI: 'true' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run index (the CLI)', function () {
  this.timeout(120_000);
  const dirs: string[] = [];
  after(() => removeAll(...dirs));

  it('exits 0 when every file was indexed or skipped with a reason, and prints a summary', async () => {
    const corpus = await tempDir();
    const out = await tempDir();
    dirs.push(corpus, out);
    await cp(join(PDFS, 'gilder-2024-peace-operations-human-security.pdf'), join(corpus, 'good.pdf'));
    await cp(join(PDFS, 'bad', 'notapdf.pdf'), join(corpus, 'notapdf.pdf'));
    const r = await index(corpus, out);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /notapdf\.pdf\s+skipped\s+0\s+not a PDF/);
    assert.match(r.stdout, /good\.pdf\s+indexed/);
    assert.match(r.stdout, /2 files: 1 indexed, 0 partial, 1 skipped/);
  });

  it('exits non-zero when nothing usable could be published', async () => {
    const corpus = await tempDir();
    const out = await tempDir();
    dirs.push(corpus, out);
    await cp(join(PDFS, 'bad', 'empty.pdf'), join(corpus, 'empty.pdf'));
    const r = await index(corpus, out);
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /Nothing could be indexed/);
  });
});
