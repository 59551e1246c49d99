import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { projectRoot } from '../core/paths.js';

// Under tsx (`npm run index`, the tests, the benches) a file worker started from its
// TypeScript spent most of its start in tsx's loader: each of its ~80 modules resolved and
// loaded through tsx's hook thread, 0.4–0.5 s of every worker's start and as much CPU again in
// that thread. It starts instead from one bundle of its modules, made with the esbuild tsx
// runs on and kept in .cache/ under the project (so that the bundle finds the project's
// package.json and node_modules as the sources did), named by its content: a change to the
// sources makes a new one. Packages stay outside the bundle, loaded by Node as usual.

interface Esbuild {
  buildSync(options: Record<string, unknown>): { outputFiles: { path: string; text: string }[]; metafile: { inputs: Record<string, unknown> } };
}

const bundles = new Map<string, string | null>();

/** The worker module `entry` bundled into one file, or undefined where it cannot be (the caller runs the sources). */
export function bundled(entry: string): string | undefined {
  let file = bundles.get(entry);
  if (file === undefined) {
    file = build(entry, projectRoot);
    bundles.set(entry, file);
  }
  return file ?? undefined;
}

/** What a bundle was made from: each source file's size and time of change. */
type Inputs = Record<string, [number, number]>;

const stamp = (file: string): [number, number] => {
  const { size, mtimeMs } = statSync(file);
  return [size, mtimeMs];
};

/** How many times a bundle is made again when a source changed while it was being made. */
const ATTEMPTS = 3;

/**
 * Bundles `entry` into `root`/.cache (exported for the tests; callers use `bundled`).
 * The manifest records each source's size and time of change, taken after esbuild read them;
 * a source changed while esbuild ran (an editor saving, `git checkout`, another helper's
 * merge) would be recorded with its new stamp beside a bundle of its old text, and every
 * later run would take that stale bundle as current (userreview17: an index run published the
 * metadata of the sources before a change, though the sources held it). So a bundle is
 * recorded only when no source changed after its build began; otherwise it is made again.
 */
export function build(entry: string, root: string): string | null {
  try {
    // Made once per state of the sources: a run that finds them as the last bundle was made
    // from (sizes and times of change) takes that bundle without starting esbuild.
    const cache = join(root, '.cache');
    const manifest = join(cache, `${basename(entry).replace(/\.\w+$/, '')}.json`);
    try {
      const last = JSON.parse(readFileSync(manifest, 'utf8')) as { file: string; inputs: Inputs };
      if (existsSync(last.file) && Object.entries(last.inputs).every(([f, s]) => stamp(f).join() === s.join())) return last.file;
    } catch {
      // none yet, or a source is gone: bundle again
    }
    const esbuild = createRequire(createRequire(import.meta.url).resolve('tsx'))('esbuild') as Esbuild;
    let made: ReturnType<Esbuild['buildSync']>;
    let inputs: Inputs;
    let settled = false;
    for (let attempt = 0; ; attempt++) {
      // Times of change are compared with the start less a margin: a file system may keep
      // them to the second (or 2 s), and a change in the same tick as the start is not "before".
      const began = Date.now() - 2000;
      // Split at dynamic imports, so that what the sources load on first use (the PDF reader) still is.
      made = esbuild.buildSync({ entryPoints: [entry], bundle: true, splitting: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', outdir: '/', entryNames: 'entry', outExtension: { '.js': '.mjs' }, write: false, metafile: true, logLevel: 'silent', absWorkingDir: root });
      inputs = Object.fromEntries(Object.keys(made.metafile.inputs).map((f) => [join(root, f), stamp(join(root, f))]));
      settled = Object.values(inputs).every(([, mtimeMs]) => mtimeMs < began);
      if (settled || attempt + 1 >= ATTEMPTS) break;
    }
    const { outputFiles } = made;
    const hash = createHash('sha256');
    for (const f of outputFiles) hash.update(f.path).update(f.text);
    const dir = join(cache, `worker-${hash.digest('hex').slice(0, 16)}`);
    if (!existsSync(dir)) {
      // Written whole and renamed, so that a run starting meanwhile never loads half a bundle.
      const partial = `${dir}.${process.pid}.tmp`;
      mkdirSync(partial, { recursive: true });
      for (const f of outputFiles) writeFileSync(join(partial, basename(f.path)), f.text);
      try {
        renameSync(partial, dir);
      } catch (error) {
        // another run wrote the same bundle first
        rmSync(partial, { recursive: true, force: true });
        if (!existsSync(dir)) throw error;
      }
    }
    const file = join(dir, 'entry.mjs');
    // Sources still changing (or dated in the future): this run takes the bundle as made, and
    // leaves no manifest, so that the next run bundles again rather than trust it.
    if (!settled) {
      rmSync(manifest, { force: true });
      return file;
    }
    const partial = `${manifest}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify({ file, inputs }));
    renameSync(partial, manifest);
    return file;
  } catch {
    return null;
  }
}
