import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { pidProblem, processUsage } from '../../scripts/attack-process.js';

// scripts/attack-cost.ts and attack-flood.ts read the server's CPU and memory through one module
// (scripts/attack-process.ts); without a process to read they print their usage, not a stack
// trace on /proc/0/stat (review17-b finding 10).

describe('attack scripts: the measured process (scripts/attack-process.ts)', function () {
  this.timeout(60_000);
  it('reads a running process’s CPU time and resident memory from /proc', () => {
    const me = processUsage(process.pid);
    let x = 0;
    for (let i = 0; i < 2e7; i++) x += i % 7;
    assert.ok(x > 0);
    assert.ok(me.cpuMs() > 0);
    assert.ok(me.rssMB() > 10);
  });

  it('names what is wrong with --pid: missing, not a number, 0, not running', () => {
    assert.equal(pidProblem(['node', 's.ts', '--pid', String(process.pid)]), null);
    assert.match(pidProblem(['node', 's.ts']) ?? '', /no --pid given/);
    assert.match(pidProblem(['node', 's.ts', '--pid', '0']) ?? '', /not a process id/);
    assert.match(pidProblem(['node', 's.ts', '--pid', 'abc']) ?? '', /not a process id/);
    assert.match(pidProblem(['node', 's.ts', '--pid', '999999999']) ?? '', /no process 999999999/);
  });

  for (const script of ['attack-cost', 'attack-flood']) {
    it(`${script} without --pid prints its usage and exits 2, with no stack trace`, () => {
      const r = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, '--url', 'http://127.0.0.1:9'], { encoding: 'utf8' });
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, new RegExp(`usage: npx tsx scripts/${script}\\.ts`));
      assert.doesNotMatch(r.stderr, /^\s+at /m);
    });
  }
});
