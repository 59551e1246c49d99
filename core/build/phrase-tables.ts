import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { dropLoadMerges, PHRASE_FTS_TABLES, PHRASE_TABLES_SCHEMA, setLoadMerges, writeStemWords, type PhraseRowsSink } from './library-db.js';
import { pairColumn } from './phrase-pairs.js';

// The phrase tables (phrases, pairs, stem_words: library-db.ts PHRASE_TABLES_SCHEMA) written into
// a file of their own by a second writer, and adopted by library.db once both are finished.
// FTS5 inserting the phrases and pairs rows was the largest part of the one thread writing a
// build (build16b–build18b); in a file of its own another thread writes them while the run's
// thread writes the rest, so the two cores share it. The rows, the commits and the settings
// are those the one writer used, so FTS5 makes the same segments and, after 'optimize', the
// same index: adopting it is copying its shadow tables' rows, which needs no format change
// and leaves the server reading one file as before.

/** The shadow tables holding a contentless FTS5 table without column sizes: its index, its segments' index, its settings. */
const SHADOWS = PHRASE_FTS_TABLES.flatMap((t) => [`${t}_data`, `${t}_idx`, `${t}_config`]);

/** The phrase tables' file, written as LibraryWriter would write them into library.db. */
export class PhraseTablesFile implements PhraseRowsSink {
  private readonly db: Database.Database;
  private readonly insertPhrases: Database.Statement;
  private readonly insertPairs: Database.Statement;

  constructor(path: string) {
    rmSync(path, { force: true });
    this.db = new Database(path);
    // a scratch file of the build, adopted and deleted before it is published (LibraryWriter's settings)
    this.db.pragma('journal_mode = OFF');
    this.db.pragma('synchronous = OFF');
    this.db.pragma('page_size = 8192');
    this.db.exec(PHRASE_TABLES_SCHEMA);
    setLoadMerges(this.db, PHRASE_FTS_TABLES);
    this.insertPhrases = this.db.prepare('INSERT INTO phrases (rowid, words) VALUES (?, ?)');
    this.insertPairs = this.db.prepare('INSERT INTO pairs (rowid, words) VALUES (?, ?)');
    this.db.exec('BEGIN');
  }

  add(first: number, words: readonly string[]): void {
    for (let i = 0; i < words.length; i++) {
      this.insertPhrases.run(first + i, words[i]);
      this.insertPairs.run(first + i, pairColumn(words[i]));
    }
  }

  commit(): void {
    this.db.exec('COMMIT; BEGIN');
  }

  /** stem_words written, the tables merged (LibraryWriter.finishIndexes' steps for them), the file closed. */
  finish(): void {
    writeStemWords(this.db);
    this.db.exec('COMMIT');
    for (const table of PHRASE_FTS_TABLES) this.db.exec(`INSERT INTO ${table}(${table}) VALUES ('optimize')`);
    dropLoadMerges(this.db, PHRASE_FTS_TABLES);
    this.db.close();
  }

  abort(): void {
    if (this.db.open) this.db.close();
  }
}

/**
 * A finished phrase tables' file (PhraseTablesFile) copied into a closed library.db whose writer
 * sent it the rows (LibraryWriter's `phrases`), over a connection of its own: its phrase tables,
 * empty and never opened there as FTS5 tables, take the file's shadow tables' rows, so no
 * connection holds FTS5 state of the empty ones. The file is deleted.
 */
export function adoptPhraseTables(library: string, file: string): void {
  const db = new Database(library);
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.exec(`ATTACH DATABASE '${file.replace(/'/g, "''")}' AS side`);
    // FTS5's shadow tables are written only by FTS5 in defensive mode (better-sqlite3's default)
    db.unsafeMode(true);
    db.exec('BEGIN');
    for (const table of SHADOWS) db.exec(`DELETE FROM main.${table}; INSERT INTO main.${table} SELECT * FROM side.${table};`);
    db.exec('INSERT INTO main.stem_words SELECT * FROM side.stem_words ORDER BY stem, word');
    db.exec('COMMIT');
    db.unsafeMode(false);
    db.exec('DETACH DATABASE side');
  } finally {
    db.close();
  }
  rmSync(file, { force: true });
}
