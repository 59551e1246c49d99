import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, readdir } from 'node:fs/promises';
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

  it('refuses --keep-builds below two before touching anything', async () => {
    const out = await tempDir();
    dirs.push(out);
    const r = await run(process.execPath, [...CLI, '--corpus', join(process.cwd(), 'corpus'), '--out', out, '--keep-builds', '1']).then(() => ({ code: 0, stderr: '' }), (e: { code: number; stderr: string }) => e);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /--keep-builds must be a whole number of at least 2/);
    assert.deepEqual(await readdir(out), []);
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

  // userreview21a, finding 4: a missing corpus folder (a share not mounted at night) ended the
  // run with an ENOENT stack trace; now three lines, exit 1, the index directory untouched
  it('a corpus folder that is missing or a file: three lines naming it, exit 1, nothing written', async () => {
    const out = await tempDir();
    dirs.push(out);
    for (const corpus of [join(out, 'no-such-folder'), join(process.cwd(), 'package.json')]) {
      const r = await index(corpus, out);
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stderr, new RegExp(`^Cannot index the corpus folder ${corpus.replace(/[.]/g, '\\.')}: it (does not exist|is not a folder)\\.\nNothing was published: the index served before this run is still the one served\\.\nTo fix: mount or create the folder`));
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    }
    assert.deepEqual(await readdir(out), []);
  });
});
