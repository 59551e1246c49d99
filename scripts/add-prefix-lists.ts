// Adds the prefix lists listedQueries names and a finished build lacks (term-best.ts writePrefixBest), and rewrites its manifest's checksum.
// npx tsx scripts/add-prefix-lists.ts BUILD_DIR [--prefix-min 3] (a copy: it writes library.db). serve22 used it on a copy of index-4193-fts5.
// --prefix-min: list prefixes this long and longer (the build's rule is 4): serve44 measured 3-letter lists (con*, pro*) on a copy.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writePrefixBest } from '../core/build/term-best.js';
import { FTS_WEIGHTS } from '../core/build/library-db.js';
const dir = process.argv[2];
const db = new Database(join(dir, 'library.db'));
const passages = (db.prepare('SELECT max(id) FROM fts_docsize').pluck().get() as number) + 1;
const cpu = process.cpuUsage();
const t = performance.now();
const prefixMin = process.argv.find((_, i) => process.argv[i - 1] === '--prefix-min');
const n = writePrefixBest(db, passages, FTS_WEIGHTS, prefixMin ? { prefixMin: Number(prefixMin) } : {});
const used = process.cpuUsage(cpu);
console.log(`${n} prefix lists added in ${Math.round(performance.now() - t)} ms (${Math.round((used.user + used.system) / 1000)} ms CPU)`);
db.close();
const hash = createHash('sha256');
for await (const chunk of createReadStream(join(dir, 'library.db'))) hash.update(chunk as Buffer);
const manifestPath = join(dir, 'manifest.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { files: Record<string, { bytes: number; sha256: string }> };
const { size } = await import('node:fs/promises').then((f) => f.stat(join(dir, 'library.db')));
manifest.files['library.db'] = { bytes: size, sha256: hash.digest('hex') };
writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
