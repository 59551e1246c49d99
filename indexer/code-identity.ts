import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

// The extraction cache keeps what a reader made of a file, keyed by the file's content and
// EXTRACTOR_VERSION. A change to a reader that nobody bumped the version for would otherwise
// be served the old reading from the cache at every later run: the key carries the identity
// of the code the workers run as well. Any change to the indexer's code gives a new one
// (a re-read of the cached files once), which is safer than a list of the modules a reading
// depends on that has to be kept true by hand.

const identities = new Map<string, string>();
const CODE = /\.(?:[cm]?js|ts|json)$/;

/** A short name of the code a worker module `file` runs: its bundle's content hash, or a hash of the indexer's and core's files beside it. */
export function codeIdentity(file: string): string {
  let id = identities.get(file);
  if (id === undefined) {
    id = compute(file);
    identities.set(file, id);
  }
  return id;
}

/** The identity computed afresh (codeIdentity keeps it for the process). */
export function compute(file: string): string {
  // worker-bundle.ts names a bundle's folder by the hash of all it holds.
  const bundle = /^worker-([0-9a-f]{16})$/.exec(basename(dirname(file)));
  if (bundle) return bundle[1];
  // Compiled (dist/indexer/file-worker.js) or sources: the indexer's and core's files.
  const root = dirname(dirname(file));
  const hash = createHash('sha256');
  for (const dir of ['indexer', 'core']) {
    const files = readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).filter((f) => CODE.test(f)).sort();
    for (const f of files) hash.update(`${dir}/${f}\0`).update(readFileSync(join(root, dir, f))).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}
