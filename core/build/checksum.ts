import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';

// Files' SHA-256 computed in a worker thread: a build's database is hundreds of megabytes, and
// hashing it on the event loop would stall a serving process (or the indexer's pipeline) for
// seconds. The worker reads in large chunks; it is plain JavaScript evaluated as is, so it runs
// the same from the TypeScript sources and from dist/.

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { openSync, readSync, closeSync, readlinkSync } = require('node:fs');
const { setPriority } = require('node:os');
if (workerData.idle) {
  // Linux: a thread's nice value is its own, and /proc/thread-self names this thread's id
  try { setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), 19); } catch {}
}
const chunk = Buffer.allocUnsafe(4 << 20);
const out = [];
for (const path of workerData.paths) {
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  try {
    for (let n; (n = readSync(fd, chunk, 0, chunk.length, null)) > 0; ) hash.update(chunk.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  out.push(hash.digest('hex'));
}
parentPort.postMessage(out);
`;

/**
 * Files this small in all are hashed on the calling thread: a worker takes longer to start
 * (100-200 ms on a busy machine, on the way to a healthy server) than they take to hash.
 */
const IN_THREAD_BYTES = 8 << 20;

export interface HashOptions {
  /**
   * Hash on what the machine has spare (the thread at nice 19, where the system allows it): a
   * server checking the build it already serves (some 800 MB at 100k passages, about a second
   * of a core) must not take that core from the searches it answers meanwhile.
   */
  idle?: boolean;
}

/** Each file's SHA-256 (hex), in the order given. */
export async function sha256Files(paths: readonly string[], options: HashOptions = {}): Promise<string[]> {
  if (!paths.length) return [];
  const sizes = await Promise.all(paths.map(async (path) => (await stat(path)).size));
  if (sizes.reduce((a, b) => a + b, 0) <= IN_THREAD_BYTES) return Promise.all(paths.map(async (path) => createHash('sha256').update(await readFile(path)).digest('hex')));
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true, workerData: { paths, idle: options.idle === true } });
    let answered = false;
    worker.once('message', (digests: string[]) => {
      answered = true;
      resolve(digests);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`the checksum worker stopped (exit code ${code})`));
    });
  });
}
