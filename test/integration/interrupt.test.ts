import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runIndex } from '../../indexer/run.js';
import { LOCK_FILE } from '../../indexer/run-lock.js';
import { removeAll, tempDir } from '../helpers/tmp.js';

// userreview19b finding 7: Ctrl-C half way printed nothing and left the lock behind.
describe('an index run stopped with Ctrl-C', function () {
  this.timeout(300_000);
  const dirs: string[] = [];
  after(() => removeAll(...dirs));

  it('says that nothing was published and which build is still served, exits 130 and leaves no lock', async () => {
    const corpus = await tempDir('interrupt-corpus-');
    const out = await tempDir('interrupt-index-');
    dirs.push(corpus, out);
    await copyFile(join(process.cwd(), 'corpus', 'gilder-2024-peace-operations-human-security.txt'), join(corpus, 'a-gilder.txt'));
    const { manifest } = await runIndex({ corpusDir: corpus, indexDir: out, maxPages: 100, timeoutMs: 60_000, useCache: true });
    // a 300-page PDF keeps the next run busy long enough to be stopped in the middle
    await copyFile(join(process.cwd(), 'test', 'fixtures', 'pdf', 'bad', 'long-300-pages.pdf'), join(corpus, 'b-long.pdf'));
    await copyFile(join(process.cwd(), 'corpus', 'metcalfe-hough-2021-collaborative-advocacy.txt'), join(corpus, 'c-metcalfe.txt'));
    const child = spawn(process.execPath, ['--import', 'tsx', join(process.cwd(), 'indexer', 'cli.ts'), '--corpus', corpus, '--out', out, '--no-cache'], { env: { ...process.env, CI: 'true' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    // stopped once it holds the lock and is reading (its first file done)
    while (!stdout.includes('[1/3]')) {
      if (child.exitCode !== null) assert.fail(`the run ended before it was stopped: ${stdout}${stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    child.kill('SIGINT');
    assert.equal(await exited, 130);
    assert.match(stderr, /Stopped \(SIGINT\) before this run finished: it published nothing\./);
    assert.match(stderr, new RegExp(`The index served is still build ${manifest!.id} in `));
    assert.match(stderr, /Run the same command again/);
    assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
    assert.equal((await readFile(join(out, 'CURRENT'), 'utf8')).trim(), manifest!.id);
    assert.ok(!(await readdir(out)).includes(LOCK_FILE), 'the lock went with the run');
  });
});
