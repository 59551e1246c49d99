import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { LIBRARY_DB, type EngineName } from '../../core/build/format.js';
import { LibraryWriter } from '../../core/build/library-db.js';
import type { DocumentRecord, Passage } from '../../core/types.js';
import { buildLunrIndex } from '../../indexer/build-index.js';
import { buildVocabulary } from '../../indexer/build-vocab.js';
import { corpusAcronyms, relatedWords } from '../../indexer/build-terms.js';
import { buildCitationGraph } from '../../indexer/references/graph.js';
import { assignKeys } from '../../indexer/run.js';

// What the indexer wrote before it streamed: every passage gathered, the graph built over
// them all, then each file written whole. Streamed builds are held to these files.

/** The engine files, vocabulary.json and terms.json of one library, built the whole-corpus way into `dir`. */
export async function writeWholeBuild(dir: string, engine: EngineName, docs: DocumentRecord[], passages: Passage[]): Promise<void> {
  const documents = new Map(docs.map((d) => [d.id, d]));
  assignKeys(documents);
  buildCitationGraph(documents, passages);
  if (engine === 'fts5') {
    const writer = new LibraryWriter(join(dir, LIBRARY_DB));
    for (const d of docs) writer.addDocument(d, passages.filter((p) => p.doc === d.id));
    writer.finish();
  } else {
    await writeFile(join(dir, 'documents.json'), JSON.stringify(docs));
    await writeFile(join(dir, 'passages.json'), JSON.stringify(passages));
    await writeFile(join(dir, 'lunr.json'), JSON.stringify(buildLunrIndex(passages, documents)));
  }
  await writeFile(join(dir, 'vocabulary.json'), JSON.stringify(buildVocabulary(passages)));
  const { defined, initialisms } = corpusAcronyms(passages);
  await writeFile(join(dir, 'terms.json'), JSON.stringify({ acronyms: defined, initialisms, related: relatedWords(passages) }));
}

/**
 * A build's content, comparable across builds: JSON files as text, library.db as its rows and
 * every term occurrence of its FTS index (the file's pages differ once rows are updated).
 */
export async function dumpBuild(dir: string): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const name of (await readdir(dir)).sort()) {
    // what differs by design between two runs (times, ids), or is not built from the documents
    if (['manifest.json', 'report.json', 'taxonomy.json'].includes(name)) continue;
    if (name !== LIBRARY_DB) {
      out[name] = await readFile(join(dir, name), 'utf8');
      continue;
    }
    const db = new Database(join(dir, name));
    try {
      db.exec("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, fts, 'instance')");
      // the phrase tables, which a streamed build writes in a thread of their own (indexer/phrase-writer.ts)
      db.exec("CREATE VIRTUAL TABLE temp.phrase_terms USING fts5vocab(main, phrases, 'instance')");
      db.exec("CREATE VIRTUAL TABLE temp.pair_terms USING fts5vocab(main, pairs, 'instance')");
      out[name] = {
        meta: db.prepare('SELECT * FROM meta ORDER BY key').all(),
        documents: db.prepare('SELECT * FROM documents ORDER BY ord').all(),
        passages: db.prepare('SELECT * FROM passages ORDER BY ord').all(),
        columns: db.prepare('SELECT * FROM columns ORDER BY name').all(),
        documentList: db.prepare('SELECT * FROM document_list').all(),
        terms: db.prepare('SELECT * FROM temp.terms ORDER BY term, doc, col, offset').all(),
        phrases: db.prepare('SELECT * FROM temp.phrase_terms ORDER BY term, doc, col, offset').all(),
        pairs: db.prepare('SELECT * FROM temp.pair_terms ORDER BY term, doc, col, offset').all(),
        stemWords: db.prepare('SELECT * FROM stem_words ORDER BY stem, word').all(),
        indexes: db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name").all(),
      };
    } finally {
      db.close();
    }
  }
  return out;
}

/** Two builds' dumps equal, file by file and table by table; a failure names where they first differ. */
export function assertSameBuild(actual: Record<string, unknown>, expected: Record<string, unknown>): void {
  assert.deepEqual(Object.keys(actual), Object.keys(expected), 'the same files');
  for (const [name, want] of Object.entries(expected)) {
    const got = actual[name];
    if (typeof want === 'string' && typeof got === 'string') {
      if (got === want) continue;
      let at = 0;
      while (got[at] === want[at]) at++;
      assert.fail(`${name} differs at character ${at}: got …${got.slice(Math.max(0, at - 120), at + 120)}… expected …${want.slice(Math.max(0, at - 120), at + 120)}…`);
    }
    for (const [table, rows] of Object.entries(want as Record<string, unknown[]>)) {
      const gotRows = (got as Record<string, unknown[]>)[table];
      assert.equal(gotRows.length, rows.length, `${name} ${table}: number of rows`);
      rows.forEach((row, i) => assert.deepEqual(gotRows[i], row, `${name} ${table} row ${i}`));
    }
  }
}
