import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { projectRoot } from '../../core/paths.js';
import { applyPatches, WORKER_PATCHES } from './pdfjs-patches.js';

// pdf.js's worker module (2 MB, where all the parsing happens) loaded as a script rather than
// as an ES module, for two things an ES module cannot have on Node 20:
// - a V8 code cache: the bytecode of its functions, saved after a process has read a PDF, so
//   that the next process skips compiling them (Node 22's module compile cache is not on 20);
// - the edits of pdfjs-patches.ts.
// The module has no imports and one export, so as a script it is the same code in a strict
// function that returns its export. Anything unexpected — a source that does not fit, a
// script that does not compile — gives undefined, and the caller imports the module as
// published.

const MODULE = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
// The module's one export, and the source map comment after it (the map is not wanted: see
// pdfjs.ts on source maps).
const EXPORT = /\nexport \{ WorkerMessageHandler \};\s*(?:\/\/# sourceMappingURL=\S+\s*)?$/;

type WorkerModule = { WorkerMessageHandler: unknown };

let loaded: { script: vm.Script; cacheFile: string; cached: boolean } | undefined;

/** The script's source: the module's, patched, in a function returning its export. */
function scriptSource(file: string): string | undefined {
  const original = readFileSync(file, 'utf8');
  if (!EXPORT.test(original)) return undefined;
  const patched = applyPatches(original, WORKER_PATCHES);
  if (!patched) return undefined;
  // import.meta is an ES module's alone (the wasm decoders' location, never used here).
  const body = patched.replace(EXPORT, '\nreturn { WorkerMessageHandler };\n').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(file).href));
  return `(function () {"use strict";${body}\n})`;
}

/** pdf.js's worker module, patched and compiled with the code cache when there is one; undefined where it cannot be. */
export function loadWorkerScript(): WorkerModule | undefined {
  try {
    const file = createRequire(import.meta.url).resolve(MODULE);
    const source = scriptSource(file);
    if (!source) return undefined;
    // V8 checks a cache against the source's length, not its content, and against its own
    // flags: the file is named by all three (with Node's version), so a cache never meets
    // code or flags other than its own.
    const key = createHash('sha256').update(source).update(process.version).update(process.execArgv.join(' ')).digest('hex').slice(0, 16);
    const cacheFile = join(projectRoot, '.cache', `pdfjs-worker-${key}.v8`);
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      // none yet: this process makes it (saveCodeCache)
    }
    const script = new vm.Script(source, { filename: file, cachedData, importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
    const run = script.runInThisContext() as () => WorkerModule;
    const module = run();
    loaded = { script, cacheFile, cached: !!cachedData && !script.cachedDataRejected };
    return module;
  } catch {
    return undefined;
  }
}

/**
 * Saves the code cache, once per process and only if none was used: called after a PDF has been
 * read, when the functions that reading needs have been compiled and can go into it.
 */
export function saveCodeCache(): void {
  if (!loaded || loaded.cached) return;
  loaded.cached = true;
  try {
    const data = loaded.script.createCachedData();
    mkdirSync(join(projectRoot, '.cache'), { recursive: true });
    // Written whole and renamed: a process starting meanwhile never reads half a cache.
    const partial = `${loaded.cacheFile}.${process.pid}.tmp`;
    writeFileSync(partial, data);
    renameSync(partial, loaded.cacheFile);
  } catch {
    // a read-only project: every process compiles pdf.js itself, as before
  }
}
