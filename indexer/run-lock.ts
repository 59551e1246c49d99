import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { link, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

// One index run at a time writes into an index directory. Two at once raced each other: the
// first to publish pruned the other's staging directory as a crashed run's, so the later run
// (the one the user meant) died with a raw ENOENT and the earlier corpus was served. The lock
// is a file made with O_EXCL semantics (a hard link of a complete temporary file, so a reader
// never sees it half-written) naming the run's pid, host, start, the machine's boot and the
// pid's start time. A pid alone does not prove a run alive: after a reboot or a container
// restart the number is reused (a container's indexer is pid 1 every time), so a holder from
// another boot, or whose pid now belongs to a process started later, is a crashed run's and is
// taken over. What cannot be proved dead (another host on a shared disk) is left alone.

export const LOCK_FILE = '.index.lock';

export interface LockHolder {
  pid: number;
  host: string;
  startedAt: string;
  /** /proc/sys/kernel/random/boot_id where readable: a holder from another boot is dead */
  bootId?: string;
  /** the pid's start in clock ticks since boot (/proc/PID/stat field 22): a reused pid differs */
  pidStart?: string;
  /** this run's own mark: tells two runs of one process apart */
  token?: string;
}

/** Another run holds the directory: the message says who, since when, and what to do. */
export class IndexBusyError extends Error {
  constructor(
    readonly dir: string,
    readonly holder: LockHolder | null,
  ) {
    const who = holder ? `pid ${holder.pid}${holder.host !== hostname() ? ` on ${holder.host}` : ''}, started ${holder.startedAt}` : 'its lock file could not be read';
    // A holder on this host is alive (a dead one's lock is taken over): removing its lock would
    // let two runs write at once, so only a holder that cannot be checked gets that advice.
    const here = holder !== null && holder.host === hostname();
    super(
      here
        ? `another index run (${who}) is writing to ${dir}; wait for it to finish (it is still running, and its lock goes with it), then run again`
        : `another index run (${who}) is writing to ${dir}; wait for it, or if it is no longer running${holder ? ` on ${holder.host}` : ''}, remove the stale lock ${join(dir, LOCK_FILE)}`,
    );
    this.name = 'IndexBusyError';
  }
}

export interface RunLock {
  /** the crashed run whose lock was taken over, when there was one */
  tookOver: LockHolder | null;
  release(): Promise<void>;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Field 22 of /proc/PID/stat, counted after the command name (which may hold spaces and parentheses). */
export function pidStartTicks(pid: number): string | undefined {
  const stat = readText(`/proc/${pid}/stat`);
  const rest = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
  return rest?.[19];
}

const bootId = (): string | undefined => readText('/proc/sys/kernel/random/boot_id')?.trim() || undefined;

/** When the pid's process started, in ms since the epoch; Linux reports ticks at USER_HZ = 100. */
function pidStartMs(pid: number): number | undefined {
  const ticks = pidStartTicks(pid);
  const btime = /^btime (\d+)$/m.exec(readText('/proc/stat') ?? '')?.[1];
  return ticks !== undefined && btime !== undefined ? Number(btime) * 1000 + Number(ticks) * 10 : undefined;
}

async function readHolder(path: string): Promise<LockHolder | null> {
  try {
    const h = JSON.parse(await readFile(path, 'utf8')) as Partial<LockHolder>;
    if (!Number.isInteger(h.pid) || typeof h.startedAt !== 'string') return null;
    const holder: LockHolder = { pid: h.pid!, host: String(h.host ?? ''), startedAt: h.startedAt };
    for (const key of ['bootId', 'pidStart', 'token'] as const) if (typeof h[key] === 'string') holder[key] = h[key];
    return holder;
  } catch {
    return null;
  }
}

/** tokens of the locks this process holds now */
const held = new Set<string>();

/** A holder this host can prove dead; a lock from another host (a shared disk) is never taken over. */
export function stale(h: LockHolder | null): h is LockHolder {
  if (h === null || h.host !== hostname()) return false;
  const boot = bootId();
  if (h.bootId && boot && h.bootId !== boot) return true;
  // our own pid: alive only as a lock this very process holds (another run in it), never an
  // earlier process that had the same number
  if (h.pid === process.pid) return !(h.token && held.has(h.token));
  if (!alive(h.pid)) return true;
  const now = pidStartTicks(h.pid);
  if (h.pidStart && now) return h.pidStart !== now;
  // a lock without the pid's start (written by an older version): a process started after the
  // lock was written (a second of slack for btime's rounding) is not the one that wrote it
  const began = pidStartMs(h.pid);
  const written = Date.parse(h.startedAt);
  return began !== undefined && Number.isFinite(written) && began > written + 1000;
}

const sameHolder = (a: LockHolder | null, b: LockHolder | null): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Moves a stale lock out of the way. Only one rename of a file succeeds, and the moved file is
 * checked to be the stale one (a run slower to read may otherwise move a lock just taken over):
 * a fresh lock moved by mistake goes straight back. False when another run got there first.
 */
async function removeStale(path: string, holder: LockHolder, inode: number): Promise<boolean> {
  const aside = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.stale`;
  try {
    await rename(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  const moved = await stat(aside);
  if (moved.ino === inode && sameHolder(await readHolder(aside), holder)) {
    await rm(aside, { force: true });
    return true;
  }
  // someone else's fresh lock: put it back (link fails only if a third run linked meanwhile)
  await link(aside, path).catch(() => undefined);
  await rm(aside, { force: true });
  return false;
}

export async function acquireRunLock(indexDir: string): Promise<RunLock> {
  await mkdir(indexDir, { recursive: true });
  const path = join(indexDir, LOCK_FILE);
  const token = randomBytes(8).toString('hex');
  const me: LockHolder = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString(), bootId: bootId(), pidStart: pidStartTicks(process.pid), token };
  const tmp = join(indexDir, `.index.lock.${process.pid}.${token}.tmp`);
  await writeFile(tmp, JSON.stringify(me) + '\n');
  let tookOver: LockHolder | null = null;
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await link(tmp, path);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const inode = (await stat(path).catch(() => null))?.ino;
        const holder = await readHolder(path);
        // Taken over once: if another run took it over first, that run holds it now.
        if (attempt > 0 || inode === undefined || !stale(holder)) throw new IndexBusyError(indexDir, holder);
        if (!(await removeStale(path, holder, inode))) throw new IndexBusyError(indexDir, await readHolder(path));
        tookOver = holder;
      }
    }
  } finally {
    await rm(tmp, { force: true });
  }
  held.add(token);
  return {
    tookOver,
    async release() {
      // only our own lock: never one a later run took over after this one was presumed dead
      held.delete(token);
      const holder = await readHolder(path);
      if (holder?.token === token) await rm(path, { force: true });
    },
  };
}

/**
 * Removes this process's own lock on `indexDir` at once, for a process about to exit on Ctrl-C
 * (no await runs after that): the next run then starts without a note about a crashed one.
 * A lock another run holds, or took over, is left alone. True when one was removed.
 */
export function releaseHeldSync(indexDir: string): boolean {
  const path = join(indexDir, LOCK_FILE);
  let holder: LockHolder | null;
  try {
    holder = JSON.parse(readFileSync(path, 'utf8')) as LockHolder;
  } catch {
    return false;
  }
  if (!holder?.token || !held.has(holder.token)) return false;
  held.delete(holder.token);
  rmSync(path, { force: true });
  return true;
}
