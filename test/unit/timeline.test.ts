import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { removeAll, tempDir } from '../helpers/tmp.js';

// The module reads INDEX_TIMELINE once, when loaded: each case runs in a process of its own.
const run = (env: NodeJS.ProcessEnv) =>
  execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', "const { mark } = await import('./indexer/timeline.ts'); mark('a step'); mark('another');"], { env: { ...process.env, ...env } });

describe('the build timeline (INDEX_TIMELINE)', () => {
  let dir: string;
  before(async () => (dir = await tempDir('timeline-')));
  after(() => removeAll(dir));

  it('appends time, process, CPU so far and the step, one line each', () => {
    const file = join(dir, 'steps.tl');
    run({ INDEX_TIMELINE: file });
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    assert.equal(lines.length, 2);
    const [ms, pid, cpu, ...step] = lines[0].split(' ');
    assert.ok(Math.abs(Number(ms) - Date.now()) < 60_000);
    assert.ok(Number(pid) > 0 && Number(cpu) >= 0);
    assert.equal(step.join(' '), 'a step');
    assert.match(lines[1], / another$/);
  });

  // Linux only: elsewhere there is no /proc/thread-self to name a thread by
  const named = (env: NodeJS.ProcessEnv) =>
    execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', "const { nameThread } = await import('./indexer/timeline.ts'); const { readFileSync } = await import('node:fs'); nameThread('a-long-thread-name'); process.stdout.write(readFileSync('/proc/thread-self/comm', 'utf8'))"], { env }).toString().trim();

  it('names the calling thread, cut to 15 bytes, when a timeline is kept (a sample of /proc says whose CPU it is)', function () {
    if (!existsSync('/proc/thread-self/comm')) this.skip();
    assert.equal(named({ ...process.env, INDEX_TIMELINE: join(dir, 'named.tl') }), 'a-long-thread-n');
  });

  it('leaves the thread its name when no timeline is kept', function () {
    if (!existsSync('/proc/thread-self/comm')) this.skip();
    const env = { ...process.env };
    delete env.INDEX_TIMELINE;
    assert.notEqual(named(env), 'a-long-thread-n');
  });

  it('writes nothing when unset', () => {
    const env = { ...process.env };
    delete env.INDEX_TIMELINE;
    assert.doesNotThrow(() => execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', "const { mark } = await import('./indexer/timeline.ts'); mark('x');"], { env }));
  });
});
