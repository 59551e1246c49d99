import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// The test helpers' folders go when the process exits (runs of `npm test` had left ~900 in /tmp).
// A child process, because removing this process's folders here would pull them from under
// suites still running beside this one.
describe('test helpers remove their temporary folders at exit', () => {
  const script = `
    import { tempDir, tempDirSync } from './test/helpers/tmp.ts';
    const a = tempDirSync('tmpcheck-'); const b = await tempDir('tmpcheck-');
    process.stdout.write(JSON.stringify([a, b]));`;
  const run = (env: NodeJS.ProcessEnv): string[] =>
    JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { env: { ...process.env, ...env } }).toString()) as string[];

  it('removes them', () => {
    const dirs = run({ KEEP_TEST_DIRS: '' });
    assert.equal(dirs.length, 2);
    for (const d of dirs) assert.equal(existsSync(d), false, d);
  });

  it('keeps them with KEEP_TEST_DIRS=1', () => {
    const dirs = run({ KEEP_TEST_DIRS: '1' });
    for (const d of dirs) assert.equal(existsSync(d), true, d);
    execFileSync('rm', ['-rf', ...dirs]);
  });
});
