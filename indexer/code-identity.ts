import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { projectRoot } from '../core/paths.js';

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
  return treeHash(dirname(dirname(file)));
}

// The word lists the readers consult (lexicon/: given names) are code as much as a rule is:
// an edited list reads first pages differently, so it names the code too.
const TREES: readonly { dir: string; holds: RegExp }[] = [
  { dir: 'indexer', holds: CODE },
  { dir: 'core', holds: CODE },
  { dir: 'lexicon', holds: /\.txt$/ },
];

/** A hash of the indexer's and core's files and the lexicon under `root`. */
function treeHash(root: string): string {
  const hash = createHash('sha256');
  for (const { dir, holds } of TREES) {
    if (!existsSync(join(root, dir))) continue;
    const files = readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).filter((f) => holds.test(f)).sort();
    for (const f of files) hash.update(`${dir}/${f}\0`).update(readFileSync(join(root, dir, f))).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * The identity of the TypeScript sources the indexer is built from, where they are (a clone):
 * the same whether the run is `npm run index` (tsx, workers bundled by esbuild: the bundle's
 * hash) or the server's first start (tsc's dist/: the compiled files' hash). Those two named the
 * same code differently, so each run of the other kind read every PDF and built every document
 * again, and pruned the other's cached documents (review22 b finding 7). Null without sources.
 */
export function sourceIdentity(root: string = projectRoot): string | null {
  // asked once a run, and a few milliseconds: kept by nobody, so sources saved between two runs
  // of one process (the tests) name themselves afresh
  return existsSync(join(root, 'indexer', 'cli.ts')) ? treeHash(root) : null;
}
