// npm start (and npm run build, with --build): compile the server only when its sources changed
// since the last compile, then run it in this process. tsc on every start cost ~7–10 s before the
// server even listened (and `tsc --incremental` still ~5 CPU-s to find nothing to do), so a user's
// "npm start" could not be healthy within the second the scale issue asks for; hashing the ~2.5 MB
// of sources costs ~30 ms. Content, not mtimes: a fresh clone, a `git checkout` or a copied tree
// all say the truth.
//
// The server runs from one esbuild bundle of tsc's output and its dependencies: Node 20's ESM
// loader resolves, reads and links ~400 files one by one otherwise, about a third of a 100k
// server's CPU before it is healthy. tsc's per-file output stays: the first start's indexer
// (server/index-corpus.ts) and the scripts run it.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// what tsconfig.build.json compiles, the configs that say how, this file (the bundle's options)
// and the lockfile: the bundle inlines the dependencies, so an `npm ci` that changed one changes it
const SOURCES = ['core', 'indexer', 'server', 'types'];
const CONFIGS = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json', 'scripts/start.mjs'];
const STAMP = join(root, 'dist', '.sources.sha256');
const COMPILED = join(root, 'dist', 'server', 'main.js');
const ENTRY = join(root, 'dist', 'server', 'main.bundle.mjs');
// native addons load from node_modules; every other package is bundled
const EXTERNAL = ['better-sqlite3'];

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

/** One hash over every compiled input's path and bytes, in a stable order. */
export function sourcesHash(base = root) {
  const paths = [...SOURCES.flatMap((d) => [...files(join(base, d))]), ...CONFIGS.map((c) => join(base, c)).filter((c) => existsSync(c))].map((p) => relative(base, p)).sort();
  const hash = createHash('sha256');
  for (const p of paths) hash.update(`${p}\0`).update(readFileSync(join(base, p))).update('\0');
  return hash.digest('hex');
}

function compiled(hash) {
  return existsSync(ENTRY) && existsSync(COMPILED) && existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === hash;
}

function devTool(name, path) {
  try {
    return createRequire(import.meta.url).resolve(path);
  } catch {
    console.error(`npm start: the server's sources changed since it was compiled, and ${name} is not installed: run \`npm ci\` (with dev dependencies) first.`);
    process.exit(1);
  }
}

async function compile(hash) {
  const tsc = spawnSync(process.execPath, [devTool('TypeScript', 'typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
  const esbuild = await import(pathToFileURL(devTool('esbuild', 'esbuild')).href);
  // written beside and renamed into place: a server starting while this runs (a service restarted
  // during `npm run build`) reads the old bundle or the new one, never half of one
  const partial = `${ENTRY}.${process.pid}.tmp`;
  await esbuild.build({
    entryPoints: [COMPILED],
    outfile: partial,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: EXTERNAL,
    // less for V8 to parse on every start (~2.2 → 1.6 MB, ~−80 CPU-ms to healthy at 100k);
    // identifiers are not renamed, so stack traces keep their function names
    minifyWhitespace: true,
    minifySyntax: true,
    // bundled CommonJS packages call require() for Node's own modules, which ESM has not got
    banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  renameSync(partial, ENTRY);
  writeFileSync(STAMP, `${hash}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const hash = sourcesHash();
  if (!compiled(hash)) await compile(hash);
  if (!process.argv.includes('--build')) await import(pathToFileURL(ENTRY).href);
}
