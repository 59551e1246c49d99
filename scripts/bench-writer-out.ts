// Where bench-writer.ts may write its library.db. A replay deletes its --out before each round,
// so a mistyped path (`--out index/library.db`) would delete a published library: the tool
// replaces only a file it made itself (marked inside the database, so the mark travels with the
// file), an empty file, or none.
import { closeSync, existsSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';

/** The table a bench-writer database carries and a built library never does. */
export const MADE_BY_BENCH_WRITER = 'bench_writer_made';

/** Whether a file is a SQLite database bench-writer marked as its own. */
export function madeByBenchWriter(path: string): boolean {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(MADE_BY_BENCH_WRITER) !== undefined;
    } finally {
      db.close();
    }
  } catch {
    // not a database, or not one that can be read: not the tool's
    return false;
  }
}

/** Marks a database as bench-writer's own, so that a later replay may replace it. */
export function markOut(path: string): void {
  const db = new Database(path);
  try {
    db.exec(`CREATE TABLE IF NOT EXISTS ${MADE_BY_BENCH_WRITER} (at TEXT)`);
    db.prepare(`INSERT INTO ${MADE_BY_BENCH_WRITER} VALUES (?)`).run(new Date().toISOString());
  } finally {
    db.close();
  }
}

/** Why `--out path` may not be written to, or null when it may: a new path, an empty file, or a database the tool made. */
export function claimOut(path: string): string | null {
  if (!existsSync(path)) return null;
  const stat = statSync(path);
  if (!stat.isFile()) return `--out ${path}: exists and is not a file; give a new path`;
  if (stat.size === 0 || madeByBenchWriter(path)) return null;
  return `--out ${path}: exists and was not made by bench-writer (a published library.db, say); it is left alone: give a new path`;
}

/** Removes a database file with its journal and write-ahead files. */
export function removeDatabase(path: string): void {
  for (const f of [path, `${path}-journal`, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true });
}

/**
 * The bytes a dump starts with: `--dump` replaces only a file that starts with them, an empty
 * file, or none. It had opened any path for writing first, so `--dump index/library.db` (with a
 * mistyped corpus, even) emptied a published library (review16-c finding 4).
 */
export const DUMP_MARK = Buffer.from('bench-writer dump\n');

/** Whether a file starts with the dump mark. */
export function madeByBenchWriterDump(path: string): boolean {
  const head = Buffer.alloc(DUMP_MARK.length);
  const fd = openSync(path, 'r');
  try {
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(DUMP_MARK);
  } finally {
    closeSync(fd);
  }
}

/** Why `--dump path` may not be written to, or null when it may: a new path, an empty file, or a dump the tool made. */
export function claimDump(path: string): string | null {
  if (!existsSync(path)) return null;
  const stat = statSync(path);
  if (!stat.isFile()) return `--dump ${path}: exists and is not a file; give a new path`;
  if (stat.size === 0 || madeByBenchWriterDump(path)) return null;
  return `--dump ${path}: exists and is not a bench-writer dump (a published library.db, say); it is left alone: give a new path`;
}
