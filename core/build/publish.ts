import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { INDEX_FORMAT, manifestSchema, type Manifest } from './format.js';
import { engineModule, type EngineName } from '../engines/registry.js';
import { sha256Files, type HashOptions } from './checksum.js';

// The publishing protocol both sides follow: a build is written into a staging directory,
// its manifest (with checksums) written last, the directory renamed into builds/, and the
// CURRENT pointer switched by rename. A crash at any moment leaves the previous build and the
// pointer to it untouched; a half-written build has no manifest and is never served.

// Ids sort in the order builds were made, which is how the newest intact build is found: to
// the millisecond, since two builds within one second (fast builds of small corpora) would
// otherwise be ordered by their random suffix.
export function newBuildId(now = new Date()): string {
  return `${now.toISOString().replace(/[-:.]/g, '')}-${Math.random().toString(36).slice(2, 6)}`;
}

/** A build being written: writers put files (or stream into `path(name)`), then `commit` publishes it. */
export class StagedBuild {
  private constructor(
    readonly indexDir: string,
    readonly id: string,
    readonly dir: string,
  ) {}

  static async open(indexDir: string, id: string): Promise<StagedBuild> {
    const dir = join(indexDir, 'builds', `.staging-${id}`);
    await mkdir(dir, { recursive: true });
    return new StagedBuild(indexDir, id, dir);
  }

  /** Where a writer that streams (a database) puts a file of the build. */
  path(name: string): string {
    return join(this.dir, name);
  }

  /** Checksums begun early (`seal`), by file name, with the file's size and time of change when begun. */
  private readonly sealed = new Map<string, Promise<{ sha256: string; stamp: string }>>();

  async writeFile(name: string, body: string | Uint8Array): Promise<void> {
    this.sealed.delete(name);
    await writeFile(this.path(name), body);
  }

  /**
   * A file written in place (`path`) is complete and will not change again: its checksum begins
   * now, in a thread (checksum.ts), and `commit` uses it. At 100k passages library.db is ~800 MB,
   * about a second of hashing that then overlaps the build's last files instead of following them.
   * A file written again (`writeFile`) is hashed again at `commit`.
   */
  seal(name: string): void {
    const path = this.path(name);
    // stamped before hashing begins: a write through `path` after sealing changes it, and commit hashes again
    const digest = fileStamp(path).then(async (stamp) => ({ stamp, sha256: (await sha256Files([path]))[0] }));
    // a failure is met where it is awaited, in commit
    digest.catch(() => undefined);
    this.sealed.set(name, digest);
  }

  /** A sealed file's checksum, or none when it changed since it was sealed (a write through `path` after `seal`). */
  private async sealedDigest(name: string): Promise<string | undefined> {
    const sealed = await this.sealed.get(name);
    return sealed && sealed.stamp === (await fileStamp(this.path(name))) ? sealed.sha256 : undefined;
  }

  /** Removes the staging directory of a run that publishes nothing (a failed or empty run). */
  async discard(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }

  /** Checksums every file written, writes the manifest, moves the build into place and points CURRENT at it. */
  async commit(counts: Manifest['counts'], engine: EngineName = 'lunr', keep = 3): Promise<Manifest> {
    // the engine's own format version goes with its name, so a server checks both
    const manifest: Manifest = { format: INDEX_FORMAT, id: this.id, builtAt: new Date().toISOString(), engine, engineFormat: engineModule(engine).format, counts, files: {} };
    const names = (await readdir(this.dir)).sort();
    const digests = new Map<string, string>();
    for (const name of names) {
      const sealed = await this.sealedDigest(name);
      if (sealed !== undefined) digests.set(name, sealed);
    }
    const rest = names.filter((n) => !digests.has(n));
    (await sha256Files(rest.map((n) => this.path(n)))).forEach((d, i) => digests.set(rest[i], d));
    for (const name of names) manifest.files[name] = { bytes: (await stat(this.path(name))).size, sha256: digests.get(name)! };
    await writeFile(this.path('manifest.json'), JSON.stringify(manifest, null, 2));
    const builds = join(this.indexDir, 'builds');
    await rename(this.dir, join(builds, this.id));
    const pointerTmp = join(this.indexDir, `.CURRENT.${process.pid}.tmp`);
    await writeFile(pointerTmp, this.id + '\n');
    await rename(pointerTmp, join(this.indexDir, 'CURRENT'));
    await prune(builds, this.id, keep);
    return manifest;
  }
}

/** A file's size and time of last change, to the nanosecond: what a write changes. */
async function fileStamp(path: string): Promise<string> {
  const st = await stat(path, { bigint: true });
  return `${st.size}:${st.mtimeNs}:${st.ino}`;
}

/**
 * The last run's report, also where spec/api.md promises it: report.json in the index directory
 * itself, replaced by rename. A run that published nothing (every file unreadable) writes it too,
 * so the user finds why; the published build keeps its own copy in builds/<id>/.
 */
export async function writeLastReport(indexDir: string, json: string): Promise<void> {
  await mkdir(indexDir, { recursive: true });
  const tmp = join(indexDir, `.report.${process.pid}.tmp`);
  await writeFile(tmp, json);
  await rename(tmp, join(indexDir, 'report.json'));
}

/** Publishes a build whose files are all in memory (small builds and tests). */
export async function publish(indexDir: string, id: string, files: Record<string, string | Uint8Array>, counts: Manifest['counts'], engine: EngineName = 'lunr', keep = 3): Promise<Manifest> {
  const staged = await StagedBuild.open(indexDir, id);
  for (const [name, body] of Object.entries(files)) await staged.writeFile(name, body);
  return staged.commit(counts, engine, keep);
}

/** Old builds go, but never the current one nor the one a running server may still be reading. */
async function prune(builds: string, current: string, keep: number): Promise<void> {
  const entries = (await readdir(builds)).filter((n) => !n.startsWith('.')).sort();
  const old = entries.filter((n) => n !== current).slice(0, Math.max(0, entries.length - keep));
  for (const n of old) await rm(join(builds, n), { recursive: true, force: true });
  // staging directories of crashed runs
  for (const n of (await readdir(builds)).filter((n) => n.startsWith('.staging-') && !n.endsWith(current))) {
    await rm(join(builds, n), { recursive: true, force: true });
  }
}

export async function currentBuild(indexDir: string): Promise<string | null> {
  try {
    return (await readFile(join(indexDir, 'CURRENT'), 'utf8')).trim() || null;
  } catch {
    return null;
  }
}

/** A build's manifest, checked for shape and format (not yet its files: see verifyFiles). */
export async function readManifest(dir: string): Promise<Manifest> {
  const parsed = manifestSchema.safeParse(JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')));
  if (!parsed.success) throw new Error(`manifest.json is not a build manifest: ${parsed.error.issues[0].path.join('.')}: ${parsed.error.issues[0].message}`);
  const manifest = parsed.data;
  if (manifest.format !== INDEX_FORMAT) throw new Error(`index format ${manifest.format} is not ${INDEX_FORMAT}: rebuild with npm run index`);
  return manifest;
}

/** Checks files of a build against the checksums in its manifest (all of them by default). */
export async function verifyFiles(dir: string, manifest: Manifest, names: readonly string[] = Object.keys(manifest.files), options: HashOptions = {}): Promise<void> {
  const digests = await sha256Files(names.map((n) => join(dir, n)), options);
  names.forEach((name, i) => {
    if (digests[i] !== manifest.files[name]?.sha256) throw new Error(`${name} does not match its checksum in the manifest`);
  });
}

/** Checks a build against its manifest before it is served: format, the files the server needs, checksums. */
export async function verifyBuild(dir: string): Promise<Manifest> {
  const manifest = await readManifest(dir);
  await verifyFiles(dir, manifest);
  return manifest;
}
