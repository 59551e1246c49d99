import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sourcesHash } from '../../scripts/start.mjs';
import { removeAll, tempDir } from '../helpers/tmp.js';

// npm start compiles only when the server's sources changed (scripts/start.mjs): a start on
// compiled, unchanged sources runs the bundle at once; a changed source is never served stale.
describe('npm start (scripts/start.mjs)', () => {
  let root = '';
  beforeEach(async () => {
    // a project outside this one: no node_modules above it, so no TypeScript to compile with
    root = await tempDir('start-');
    for (const d of ['core', 'indexer', 'server', 'types', 'scripts', 'dist/server']) await mkdir(join(root, d), { recursive: true });
    await copyFile(join(process.cwd(), 'scripts', 'start.mjs'), join(root, 'scripts', 'start.mjs'));
    await writeFile(join(root, 'core', 'a.ts'), 'export const a = 1;\n');
    await writeFile(join(root, 'tsconfig.json'), '{}');
    await writeFile(join(root, 'tsconfig.build.json'), '{}');
    await writeFile(join(root, 'dist', 'server', 'main.js'), '');
    await writeFile(join(root, 'dist', 'server', 'main.bundle.mjs'), "console.log('served');\n");
  });
  afterEach(() => removeAll(root));

  const start = () => spawnSync(process.execPath, [join(root, 'scripts', 'start.mjs')], { encoding: 'utf8', timeout: 30_000 });

  it('hashes the sources by content: the same bytes the same hash, one byte more another', async () => {
    const before = sourcesHash(root);
    assert.match(before, /^[0-9a-f]{64}$/);
    assert.equal(sourcesHash(root), before);
    await writeFile(join(root, 'core', 'a.ts'), 'export const a = 2;\n');
    assert.notEqual(sourcesHash(root), before);
  });

  it('a file added under a compiled folder, a changed tsconfig or lockfile changes the hash', async () => {
    const before = sourcesHash(root);
    await writeFile(join(root, 'server', 'b.ts'), '');
    const added = sourcesHash(root);
    assert.notEqual(added, before);
    await writeFile(join(root, 'tsconfig.build.json'), '{ }');
    const configured = sourcesHash(root);
    assert.notEqual(configured, added);
    // the bundle inlines the dependencies: an npm ci that changed one must recompile
    await writeFile(join(root, 'package-lock.json'), '{}');
    assert.notEqual(sourcesHash(root), configured);
  });

  it('runs the compiled server at once when the stamp matches the sources', async () => {
    await writeFile(join(root, 'dist', '.sources.sha256'), `${sourcesHash(root)}\n`);
    const run = start();
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout.trim(), 'served');
  });

  it('never serves a stale build: changed sources need a compile, and without TypeScript it says how to get it', async () => {
    await writeFile(join(root, 'dist', '.sources.sha256'), `${sourcesHash(root)}\n`);
    await writeFile(join(root, 'core', 'a.ts'), 'export const a = 3;\n');
    const run = start();
    assert.equal(run.status, 1);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /sources changed since it was compiled, and TypeScript is not installed: run `npm ci`/);
  });

  it('a missing bundle is compiled even when the stamp matches', async () => {
    await writeFile(join(root, 'dist', '.sources.sha256'), `${sourcesHash(root)}\n`);
    await removeAll(join(root, 'dist', 'server', 'main.bundle.mjs'));
    const run = start();
    assert.equal(run.status, 1);
    assert.match(run.stderr, /TypeScript is not installed/);
  });
});
