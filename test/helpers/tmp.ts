import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIXTURES = join(process.cwd(), 'test', 'fixtures');
export const PDFS = join(FIXTURES, 'pdf');

export async function tempDir(prefix = 'pp-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** A corpus folder made of the named files (paths relative to the repo), keeping sub-folders given as dest. */
export async function makeCorpus(files: { from: string; to: string }[]): Promise<string> {
  const dir = await tempDir('corpus-');
  for (const f of files) {
    await mkdir(join(dir, f.to, '..'), { recursive: true });
    await cp(f.from, join(dir, f.to));
  }
  return dir;
}

export async function removeAll(...dirs: string[]): Promise<void> {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
}
