import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { addPhrasePairs, FTS_WEIGHTS } from '../core/build/library-db.js';
import { LIBRARY_DB, manifestSchema } from '../core/build/format.js';
import { TERM_BEST_MIN } from '../core/build/term-best.js';
import { writeTermPostings } from '../core/build/term-postings.js';
import { sha256Files } from '../core/build/checksum.js';


// Gives a published FTS5 build made before them the query side's later tables, in place:
// term_postings (core/build/term-postings.ts) and pairs (core/build/phrase-pairs.ts), and its
// manifest the database's new size and checksum. For benchmarking an existing large build (a
// 1M-passage build takes twenty minutes to make again); not for a build being served, whose
// file would change under it.
//
// npx tsx scripts/add-query-tables.ts INDEX_DIR

const indexDir = process.argv[2];
if (!indexDir) throw new Error('usage: add-query-tables.ts INDEX_DIR');
const id = (await readFile(join(indexDir, 'CURRENT'), 'utf8')).trim();
const dir = join(indexDir, 'builds', id);
const path = join(dir, LIBRARY_DB);
const started = performance.now();
const db = new Database(path);
const added = writeTermPostings(db, FTS_WEIGHTS, TERM_BEST_MIN);
const pairs = addPhrasePairs(db);
db.close();
console.log(`${id}: ${pairs ? 'pairs added' : 'pairs there already'} after ${Math.round(performance.now() - started)} ms`);
const manifestPath = join(dir, 'manifest.json');
const manifest = manifestSchema.parse(JSON.parse(await readFile(manifestPath, 'utf8')));
const [sha256] = await sha256Files([path]);
manifest.files[LIBRARY_DB] = { bytes: (await stat(path)).size, sha256 };
await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
console.log(`${id}: postings of ${added} terms added in ${Math.round(performance.now() - started)} ms`);
