import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { corpusApp } from '../helpers/server.js';

// What `npm start` runs (scripts/start.mjs): the server from its esbuild bundle, dependencies
// inlined. The other server tests run the TypeScript sources, so this one asks the bundle for
// what a bundle can break: pages (ejs, loaded by express by name), a search, a citation export
// (citation-js, loaded on first use by createRequire), and a graceful stop.
const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

describe('npm start: the bundled server', function () {
  this.timeout(300_000);
  let child: ChildProcess | undefined;
  let base = '';

  before(async () => {
    const built = spawnSync(process.execPath, ['scripts/start.mjs', '--build'], { encoding: 'utf8' });
    assert.equal(built.status, 0, built.stderr);
    const { indexDir } = await corpusApp();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, ['scripts/start.mjs'], { env: { ...process.env, INDEX_DIR: indexDir, CORPUS_DIR: join(indexDir, 'no-corpus'), PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', RATE_LIMIT: '0', CPU_LIMIT: '0' }, stdio: 'ignore' });
    for (let i = 0; ; i++) {
      assert.equal(child.exitCode, null, 'the server exited');
      const ok = await fetch(`${base}/api/health`)
        .then((r) => r.json() as Promise<{ status: string }>)
        .then((h) => h.status === 'ok')
        .catch(() => false);
      if (ok) break;
      assert.ok(i < 1200, 'not healthy after 120 s');
      await new Promise((r) => setTimeout(r, 100));
    }
  });

  after(() => child?.kill('SIGKILL'));

  it('answers a search, its page and a citation export', async () => {
    const search = (await (await fetch(`${base}/api/search?q=protection%20of%20civilians`)).json()) as { total: number; hits: { passage: { id: string } }[] };
    assert.ok(search.total > 0 && search.hits.length > 0);
    const page = await fetch(`${base}/search?q=protection`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<html/i);
    const bib = await fetch(`${base}/api/export?format=bibtex&ids=${encodeURIComponent(search.hits[0].passage.id)}`);
    assert.equal(bib.status, 200);
    assert.match(await bib.text(), /^@\w+\{/m);
  });

  it('stops on SIGTERM with status 0', async () => {
    const exited = new Promise<number | null>((r) => child!.once('exit', (code) => r(code)));
    child!.kill('SIGTERM');
    assert.equal(await exited, 0);
  });
});
