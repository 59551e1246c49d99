import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

// One index run at a time writes into an index directory. Two at once raced each other: the
// first to publish pruned the other's staging directory as a crashed run's, so the later run
// (the one the user meant) died with a raw ENOENT and the earlier corpus was served. The lock
// is a file made with O_EXCL semantics (a hard link of a complete temporary file, so a reader
// never sees it half-written) naming the run's pid, host and start; a lock whose pid is no
// longer alive on this host is a crashed run's and is taken over.

export const LOCK_FILE = '.index.lock';

export interface LockHolder {
  pid: number;
  host: string;
  startedAt: string;
}

/** Another run holds the directory: the message says who, since when, and what to do. */
export class IndexBusyError extends Error {
  constructor(
    readonly dir: string,
    readonly holder: LockHolder | null,
  ) {
    const who = holder ? `pid ${holder.pid}${holder.host !== hostname() ? ` on ${holder.host}` : ''}, started ${holder.startedAt}` : 'its lock file could not be read';
    super(`another index run (${who}) is writing to ${dir}; wait for it or remove the stale lock ${join(dir, LOCK_FILE)}`);
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

async function readHolder(path: string): Promise<LockHolder | null> {
  try {
    const h = JSON.parse(await readFile(path, 'utf8')) as Partial<LockHolder>;
    return Number.isInteger(h.pid) && typeof h.startedAt === 'string' ? { pid: h.pid!, host: String(h.host ?? ''), startedAt: h.startedAt } : null;
  } catch {
    return null;
  }
}

/** A holder this host can prove dead; a lock from another host (a shared disk) is never taken over. */
const stale = (h: LockHolder | null): h is LockHolder => h !== null && h.host === hostname() && h.pid !== process.pid && !alive(h.pid);

export async function acquireRunLock(indexDir: string): Promise<RunLock> {
  await mkdir(indexDir, { recursive: true });
  const path = join(indexDir, LOCK_FILE);
  const me: LockHolder = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  const tmp = join(indexDir, `.index.lock.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`);
  await writeFile(tmp, JSON.stringify(me) + '\n');
  let tookOver: LockHolder | null = null;
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await link(tmp, path);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const holder = await readHolder(path);
        // Taken over once: if another run took it over first, that run holds it now.
        if (attempt > 0 || !stale(holder)) throw new IndexBusyError(indexDir, holder);
        tookOver = holder;
        // read again just before removing: another run may have taken it over meanwhile
        const again = await readHolder(path);
        if (again?.pid !== holder.pid || again.startedAt !== holder.startedAt) throw new IndexBusyError(indexDir, again);
        await rm(path, { force: true });
      }
    }
  } finally {
    await rm(tmp, { force: true });
  }
  return {
    tookOver,
    async release() {
      // only our own lock: never one a later run took over after this one was presumed dead
      const holder = await readHolder(path);
      if (holder?.pid === me.pid && holder.startedAt === me.startedAt) await rm(path, { force: true });
    },
  };
}
