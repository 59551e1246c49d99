import assert from 'node:assert/strict';
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runIndex } from '../../indexer/run.js';
import { acquireRunLock, IndexBusyError, LOCK_FILE, pidStartTicks } from '../../indexer/run-lock.js';
import { currentBuild } from '../../core/build/publish.js';
import { removeAll, tempDir } from '../helpers/tmp.js';

const CORPUS = join(process.cwd(), 'corpus');
const opts = (corpusDir: string, indexDir: string) => ({ corpusDir, indexDir, maxPages: 2000, timeoutMs: 60_000, useCache: false });
const lockOf = (pid: number, startedAt = '2026-12-04T22:08:40.000Z') => JSON.stringify({ pid, host: hostname(), startedAt });

/** A process that stays alive until killed, started before any lock the test writes for it. */
async function liveChild(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 1500));
  return child;
}

/** The pid of a process that has exited (its number is free, or reused by nothing of ours). */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

describe('one index run at a time in an index directory', function () {
  this.timeout(120_000);
  const dirs: string[] = [];
  after(() => removeAll(...dirs));

  async function smallCorpus(file: string): Promise<string> {
    const corpus = await tempDir();
    dirs.push(corpus);
    await cp(join(CORPUS, file), join(corpus, file));
    return corpus;
  }

  it('a second run into the same directory stops at once, touching nothing; the first publishes', async () => {
    const a = await smallCorpus('gilder-2024-peace-operations-human-security.txt');
    const b = await smallCorpus('metcalfe-hough-2021-collaborative-advocacy.txt');
    const out = await tempDir();
    dirs.push(out);
    // whichever takes the lock first publishes; the other is refused
    const settled = await Promise.allSettled([runIndex(opts(a, out)), runIndex(opts(b, out))]);
    const won = settled.filter((r): r is PromiseFulfilledResult<Awaited<ReturnType<typeof runIndex>>> => r.status === 'fulfilled');
    const lost = settled.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    assert.equal(won.length, 1);
    assert.equal(lost.length, 1);
    const error = lost[0].reason as Error;
    assert.ok(error instanceof IndexBusyError, String(error));
    assert.match(error.message, new RegExp(`another index run \\(pid ${process.pid}, started \\S+\\) is writing to .*; wait for it to finish \\(it is still running, and its lock goes with it\\), then run again$`));
    assert.equal(await currentBuild(out), won[0].value.manifest!.id);
    // the lock goes with the run that held it
    assert.ok(!(await readdir(out)).includes(LOCK_FILE));
    // and the next run goes ahead
    assert.ok((await runIndex(opts(b, out))).manifest);
  });

  it("advises removing a lock only when its holder cannot be checked (another host's)", async () => {
    const out = await tempDir();
    dirs.push(out);
    await writeFile(join(out, LOCK_FILE), JSON.stringify({ pid: 4242, host: 'field-laptop', startedAt: '2026-12-04T22:08:40.000Z' }));
    await assert.rejects(acquireRunLock(out), /pid 4242 on field-laptop, started .*; wait for it, or if it is no longer running on field-laptop, remove the stale lock .*\.index\.lock$/);
  });

  it('a lock held by a live process leaves the directory as it was', async () => {
    const corpus = await smallCorpus('gilder-2024-peace-operations-human-security.txt');
    const out = await tempDir();
    dirs.push(out);
    const child = await liveChild();
    try {
      const lock = JSON.stringify({ pid: child.pid, host: hostname(), startedAt: new Date().toISOString(), pidStart: pidStartTicks(child.pid!) });
      await writeFile(join(out, LOCK_FILE), lock);
      await assert.rejects(runIndex(opts(corpus, out)), new RegExp(`another index run \\(pid ${child.pid}, started \\S+\\)`));
      assert.deepEqual(await readdir(out), [LOCK_FILE]);
      assert.equal(await readFile(join(out, LOCK_FILE), 'utf8'), lock);
      // an older version's lock (no pid start) written after the process started is alive too
      await writeFile(join(out, LOCK_FILE), lockOf(child.pid!, new Date().toISOString()));
      await assert.rejects(acquireRunLock(out), IndexBusyError);
    } finally {
      child.kill();
    }
  });

  describe('a pid that is alive does not prove the holder alive', () => {
    async function takenOver(lock: object): Promise<boolean> {
      const out = await tempDir();
      dirs.push(out);
      await writeFile(join(out, LOCK_FILE), JSON.stringify(lock));
      try {
        const l = await acquireRunLock(out);
        await l.release();
        assert.ok(!(await readdir(out)).includes(LOCK_FILE));
        return l.tookOver !== null;
      } catch (error) {
        if (error instanceof IndexBusyError) return false;
        throw error;
      }
    }

    it("our own pid in a lock this process does not hold is an earlier process's (a container's pid 1 after a restart)", async () => {
      assert.equal(await takenOver({ pid: process.pid, host: hostname(), startedAt: '2026-12-01T00:00:00Z' }), true);
    });

    it('a pid now belonging to a process started after the lock was written (reused after a reboot)', async () => {
      const child = await liveChild();
      try {
        assert.equal(await takenOver({ pid: child.pid, host: hostname(), startedAt: '2026-12-01T00:00:00Z' }), true);
        assert.equal(await takenOver({ pid: child.pid, host: hostname(), startedAt: new Date().toISOString(), pidStart: '1' }), true);
      } finally {
        child.kill();
      }
    });

    it('a holder from another boot', async () => {
      assert.equal(await takenOver({ pid: 1, host: hostname(), startedAt: new Date().toISOString(), bootId: 'another-boot', pidStart: pidStartTicks(1) }), true);
    });

    it('a second run in this same process is refused while the first holds the lock', async () => {
      const out = await tempDir();
      dirs.push(out);
      const first = await acquireRunLock(out);
      await assert.rejects(acquireRunLock(out), IndexBusyError);
      await first.release();
      await (await acquireRunLock(out)).release();
    });

    it('of runs taking over one stale lock at once, exactly one gets it', async () => {
      for (let round = 0; round < 20; round++) {
        const out = await tempDir();
        dirs.push(out);
        await writeFile(join(out, LOCK_FILE), lockOf(deadPid()));
        const settled = await Promise.allSettled([acquireRunLock(out), acquireRunLock(out), acquireRunLock(out)]);
        const won = settled.filter((r) => r.status === 'fulfilled');
        assert.equal(won.length, 1, `round ${round}`);
        assert.ok(settled.every((r) => r.status === 'fulfilled' || r.reason instanceof IndexBusyError));
        await (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof acquireRunLock>>>).value.release();
      }
    });
  });

  it("a crashed run's lock (its pid dead) is taken over with a note", async () => {
    const corpus = await smallCorpus('gilder-2024-peace-operations-human-security.txt');
    const out = await tempDir();
    dirs.push(out);
    const pid = deadPid();
    await writeFile(join(out, LOCK_FILE), lockOf(pid));
    const notes: string[] = [];
    const { manifest } = await runIndex({ ...opts(corpus, out), onNote: (n) => notes.push(n) });
    assert.ok(manifest);
    assert.deepEqual(notes, [`took over the lock of an index run that is no longer running (pid ${pid}, started 2026-12-04T22:08:40.000Z)`]);
    assert.ok(!(await readdir(out)).includes(LOCK_FILE));
  });

  it('the CLI says so in one line and exits 3, with no stack trace', async () => {
    const corpus = await smallCorpus('gilder-2024-peace-operations-human-security.txt');
    const out = await tempDir();
    dirs.push(out);
    await writeFile(join(out, LOCK_FILE), lockOf(process.pid, new Date().toISOString()));
    const r = await promisify(execFile)(process.execPath, ['--import', 'tsx', join(process.cwd(), 'indexer', 'cli.ts'), '--corpus', corpus, '--out', out], { env: { ...process.env, CI: 'true' } }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    assert.equal(r.code, 3);
    // alive on this host: no advice to remove its lock (userreview19b finding 8)
    assert.match(r.stderr, /^another index run \(pid \d+, started .*\) is writing to .*; wait for it to finish \(it is still running, and its lock goes with it\), then run again\n$/);
    assert.deepEqual(await readdir(out), [LOCK_FILE]);
  });
});
