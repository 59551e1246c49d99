import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { helpAsked } from '../../scripts/usage.js';

// The long-running scripts print their options for --help and do nothing else: before, they
// took --help for an unknown option and started a run (`npm run bench -- --help` built 10k and
// 100k passages; readme26).

describe('script usage (scripts/usage.ts)', function () {
  this.timeout(120_000);

  it('asks for help on --help or -h anywhere among the arguments', () => {
    assert.equal(helpAsked(['--help']), true);
    assert.equal(helpAsked(['--sizes', '2000', '-h']), true);
    assert.equal(helpAsked(['--sizes', '2000']), false);
    assert.equal(helpAsked([]), false);
  });

  const scripts: Record<string, string[]> = {
    bench: ['--sizes', '--engines', '--million', '--pdf-only'],
    loadtest: ['--passages', '--index', '--connections', '--profile'],
    fuzz: ['--n', '--seed', '--concurrency', '--index'],
    eval: ['--tuning-only', '--fidelity-only', '--pdf-dir', '--only-dirs'],
  };
  for (const [script, options] of Object.entries(scripts)) {
    it(`npm run ${script} -- --help prints its options and exits 0 without starting`, () => {
      const r = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, '--help'], { encoding: 'utf8', timeout: 60_000 });
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, new RegExp(`^npm run ${script} \\[-- OPTIONS\\]`));
      for (const o of options) assert.ok(r.stdout.includes(`  ${o} `), `${script} --help names ${o}`);
      // nothing started: no progress on stderr (bench and loadtest say what they build first)
      assert.equal(r.stderr, '');
    });
  }

  it('the options each script reads are the ones its usage names', async () => {
    const { readFile } = await import('node:fs/promises');
    for (const [script] of Object.entries(scripts)) {
      const file = `scripts/${script}.ts`;
      assert.ok(existsSync(file), file);
      const source = await readFile(file, 'utf8');
      const usage = /exitWithUsageIfAsked\(`([\s\S]*?)`\)/.exec(source)?.[1] ?? '';
      const named = new Set([...usage.matchAll(/^ {2}(--[a-z-]+)/gm)].map((m) => m[1]));
      const read = new Set([
        ...[...source.matchAll(/(?:arg|flag)\('(--[a-z-]+)'/g)].map((m) => m[1]),
        ...[...source.matchAll(/\barg\('([a-z-]+)',/g)].map((m) => `--${m[1]}`),
        ...[...source.matchAll(/argv\.includes\('(--[a-z-]+)'\)/g)].map((m) => m[1]),
        ...[...source.matchAll(/=== '(--[a-z-]+)'/g)].map((m) => m[1]),
      ]);
      read.delete('--help');
      named.delete('--help');
      read.delete('--shared'); // eval: a sibling checkout's fixtures, for the project's own machines
      assert.deepEqual([...read].sort(), [...named].sort(), `${script}: options read vs. named in --help`);
    }
  });
});
