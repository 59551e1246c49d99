import { mkdtempSync, rmSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIXTURES = join(process.cwd(), 'test', 'fixtures');
export const PDFS = join(FIXTURES, 'pdf');

// Every folder a test makes is removed when the test process exits, whether or not the test
// cleaned up after itself (a failing test, a server helper that outlives its suite): runs of
// `npm test` had left ~900 folders (1.4 GB) in /tmp. KEEP_TEST_DIRS=1 keeps them for a post-mortem.
const made = new Set<string>();
let hooked = false;

/**
 * A run stopped by a signal (Ctrl-C of `npm test`, a CI job cancelled) does not emit 'exit': its
 * folders go, then the signal is raised again so the process ends as it would have (review35:
 * an interrupted mocha run left its folders). Where something else listens to the signal
 * (mocha's parallel runner), that listener decides, as it does without this one.
 */
function removeOnSignal(signal: NodeJS.Signals): void {
  removeMadeSync();
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function remember(dir: string): string {
  // once: a test that called removeMadeSync and then made more folders had added a second hook
  if (!hooked && process.env.KEEP_TEST_DIRS !== '1') {
    process.once('exit', removeMadeSync);
    for (const signal of SIGNALS) process.once(signal, removeOnSignal);
  }
  hooked = true;
  made.add(dir);
  return dir;
}

/**
 * Removes every folder tempDir/tempDirSync made in this process (the exit hook's work; also
 * callable). A folder that cannot go is named on stderr and left, the others still removed: a
 * process outliving its test (a server's indexer after the server was killed) may still be
 * writing there, and a throw in the exit hook made a passing run exit 1.
 */
export function removeMadeSync(): void {
  for (const dir of made) {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 2, retryDelay: 50 });
    } catch (error) {
      process.stderr.write(`test folder left: ${dir} (${(error as NodeJS.ErrnoException).code ?? String(error)})\n`);
    }
  }
  made.clear();
}

export async function tempDir(prefix = 'pp-'): Promise<string> {
  return remember(await mkdtemp(join(tmpdir(), prefix)));
}

export function tempDirSync(prefix = 'pp-'): string {
  return remember(mkdtempSync(join(tmpdir(), prefix)));
}

/**
 * A corpus folder holding the named documents of the bundled corpus (their .txt files, no
 * catalogue), and an empty folder to index it into.
 */
export async function bundledCorpus(ids: readonly string[]): Promise<{ corpus: string; out: string }> {
  const corpus = await tempDir('corpus-');
  const out = await tempDir('index-');
  for (const id of ids) await cp(join(process.cwd(), 'corpus', `${id}.txt`), join(corpus, `${id}.txt`));
  return { corpus, out };
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
