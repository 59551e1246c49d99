import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256 } from '../core/text.js';

// Bumped whenever a build's files or records change shape, so a server never reads a build
// written by another version as if it were its own. 2: taxonomy.json and vocabulary.json.
export const INDEX_FORMAT = 2;

export interface Manifest {
  format: number;
  id: string;
  builtAt: string;
  counts: { documents: number; passages: number; files: number; skipped: number };
  files: Record<string, { bytes: number; sha256: string }>;
}

export function newBuildId(now = new Date()): string {
  return `${now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}-${Math.random().toString(36).slice(2, 6)}`;
}

/**
 * Writes a build into its own directory (files first, manifest with checksums last), then
 * switches the CURRENT pointer by rename. A crash at any moment leaves the previous build
 * and the pointer to it untouched; a half-written build has no manifest and is never served.
 */
export async function publish(
  indexDir: string,
  id: string,
  files: Record<string, string>,
  counts: Manifest['counts'],
  keep = 3,
): Promise<Manifest> {
  const builds = join(indexDir, 'builds');
  const staging = join(builds, `.staging-${id}`);
  await mkdir(staging, { recursive: true });
  const manifest: Manifest = { format: INDEX_FORMAT, id, builtAt: new Date().toISOString(), counts, files: {} };
  for (const [name, body] of Object.entries(files)) {
    await writeFile(join(staging, name), body);
    manifest.files[name] = { bytes: Buffer.byteLength(body), sha256: sha256(body) };
  }
  await writeFile(join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2));
  await rename(staging, join(builds, id));
  const pointerTmp = join(indexDir, `.CURRENT.${process.pid}.tmp`);
  await writeFile(pointerTmp, id + '\n');
  await rename(pointerTmp, join(indexDir, 'CURRENT'));
  await prune(builds, id, keep);
  return manifest;
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

/** Checks a build against its manifest before it is served. */
export async function verifyBuild(dir: string): Promise<Manifest> {
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  if (manifest.format !== INDEX_FORMAT) throw new Error(`index format ${manifest.format} is not ${INDEX_FORMAT}: rebuild with npm run index`);
  for (const [name, meta] of Object.entries(manifest.files)) {
    const body = await readFile(join(dir, name));
    if (sha256(body) !== meta.sha256) throw new Error(`${name} does not match its checksum in the manifest`);
  }
  return manifest;
}
