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
    file = build(entry);
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

function build(entry: string): string | null {
  try {
    // Made once per state of the sources: a run that finds them as the last bundle was made
    // from (sizes and times of change) takes that bundle without starting esbuild.
    const cache = join(projectRoot, '.cache');
    const manifest = join(cache, `${basename(entry).replace(/\.\w+$/, '')}.json`);
    try {
      const last = JSON.parse(readFileSync(manifest, 'utf8')) as { file: string; inputs: Inputs };
      if (existsSync(last.file) && Object.entries(last.inputs).every(([f, s]) => stamp(f).join() === s.join())) return last.file;
    } catch {
      // none yet, or a source is gone: bundle again
    }
    const esbuild = createRequire(createRequire(import.meta.url).resolve('tsx'))('esbuild') as Esbuild;
    // Split at dynamic imports, so that what the sources load on first use (the PDF reader) still is.
    const { outputFiles, metafile } = esbuild.buildSync({ entryPoints: [entry], bundle: true, splitting: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', outdir: '/', entryNames: 'entry', outExtension: { '.js': '.mjs' }, write: false, metafile: true, logLevel: 'silent', absWorkingDir: projectRoot });
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
    const inputs: Inputs = Object.fromEntries(Object.keys(metafile.inputs).map((f) => [join(projectRoot, f), stamp(join(projectRoot, f))]));
    const partial = `${manifest}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify({ file, inputs }));
    renameSync(partial, manifest);
    return file;
  } catch {
    return null;
  }
}
