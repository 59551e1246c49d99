import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { FTS_WEIGHTS } from '../core/build/library-db.js';
import { LIBRARY_DB, manifestSchema } from '../core/build/format.js';
import { TERM_BEST_MIN } from '../core/build/term-best.js';
import { writeTermPostings } from '../core/build/term-postings.js';
import { sha256Files } from '../core/build/checksum.js';


// Gives a published FTS5 build made before term_postings (core/build/term-postings.ts) its
// postings, in place, and its manifest the database's new size and checksum: for benchmarking
// an existing large build (a 1M-passage build takes twenty minutes to make again). Not for a
// build being served: the file changes under it.
//
// npx tsx scripts/add-term-postings.ts INDEX_DIR

const indexDir = process.argv[2];
if (!indexDir) throw new Error('usage: add-term-postings.ts INDEX_DIR');
const id = (await readFile(join(indexDir, 'CURRENT'), 'utf8')).trim();
const dir = join(indexDir, 'builds', id);
const path = join(dir, LIBRARY_DB);
const started = performance.now();
const db = new Database(path);
db.pragma('journal_mode = OFF');
const added = writeTermPostings(db, FTS_WEIGHTS, TERM_BEST_MIN);
db.close();
const manifestPath = join(dir, 'manifest.json');
const manifest = manifestSchema.parse(JSON.parse(await readFile(manifestPath, 'utf8')));
const [sha256] = await sha256Files([path]);
manifest.files[LIBRARY_DB] = { bytes: (await stat(path)).size, sha256 };
await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
console.log(`${id}: postings of ${added} terms added in ${Math.round(performance.now() - started)} ms`);
