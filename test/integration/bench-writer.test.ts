import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';
import Database from 'better-sqlite3';
import { madeByBenchWriter } from '../../scripts/bench-writer-out.js';

// scripts/bench-writer.ts as a user runs it (review16 finding 6): a replay leaves no database
// behind in the temporary folder, --out never replaces a file the tool did not make (a published
// library.db), and a bad --rounds or a missing --replay file is an error, not a silent exit 0.
// An empty dump replays as a library of no documents: enough to exercise the command line.

describe('scripts/bench-writer.ts', function () {
  this.timeout(120_000);
  let dir: string;
  let tmp: string;
  let dumpFile: string;
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(process.cwd(), 'scripts', 'bench-writer.ts'), ...args], { encoding: 'utf8', env: { ...process.env, TMPDIR: tmp } });
  const leftInTmp = () => readdirSync(tmp).filter((f) => f.startsWith('bench-writer-'));

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'bench-writer-test-'));
    tmp = join(dir, 'tmp');
    mkdirSync(tmp);
    dumpFile = join(dir, 'empty.dump');
    writeFileSync(dumpFile, '');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('removes the temporary database of a replay without --out', () => {
    const r = run('--replay', dumpFile, '--rounds', '2');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /round 2: 0 documents/);
    assert.deepEqual(leftInTmp(), []);
  });

  it('never replaces an --out it did not make, such as a published library.db, nor its journal files', () => {
    const published = join(dir, 'index', 'library.db');
    mkdirSync(join(dir, 'index'));
    const db = new Database(published);
    db.exec('CREATE TABLE passages (id TEXT); INSERT INTO passages VALUES (1)');
    db.close();
    writeFileSync(`${published}-wal`, 'wal');
    const before = readFileSync(published);
    const r = run('--replay', dumpFile, '--out', published);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /not made by bench-writer/);
    assert.deepEqual(readFileSync(published), before);
    assert.ok(existsSync(`${published}-wal`));
    // nor a file of any other kind, nor a folder
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'my notes');
    assert.notEqual(run('--replay', dumpFile, '--out', notes).status, 0);
    assert.equal(readFileSync(notes, 'utf8'), 'my notes');
    assert.notEqual(run('--replay', dumpFile, '--out', join(dir, 'index')).status, 0);
  });

  it('writes a new or empty --out, marks it, keeps it, and replaces it on the next run', () => {
    const out = join(dir, 'replay.db');
    assert.equal(run('--replay', dumpFile, '--out', out).status, 0);
    assert.ok(madeByBenchWriter(out));
    const again = run('--replay', dumpFile, '--out', out, '--rounds', '2');
    assert.equal(again.status, 0, again.stderr);
    assert.ok(madeByBenchWriter(out));
    const empty = join(dir, 'empty.db');
    writeFileSync(empty, '');
    assert.equal(run('--replay', dumpFile, '--out', empty).status, 0);
    assert.ok(madeByBenchWriter(empty));
    // an option without its value is said the same way
    assert.equal(run('--replay', dumpFile, '--rounds', '-1').status, 2);
  });

  it('never writes a --dump over a file it did not make, even with a mistyped corpus, and replaces its own (review16-c finding 4)', () => {
    const published = join(dir, 'published.db');
    const db = new Database(published);
    db.exec('CREATE TABLE passages (id TEXT); INSERT INTO passages VALUES (1)');
    db.close();
    const before = readFileSync(published);
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'note.md'), '# A note\n\nHumanitarian actors should speak out about protection.\n');
    for (const c of [join(dir, 'nowhere'), corpus]) {
      const r = run('--dump', published, '--corpus', c);
      assert.equal(r.status, 2, r.stderr);
      assert.deepEqual(readFileSync(published), before);
    }
    const dumped = join(dir, 'one.dump');
    for (let i = 0; i < 2; i++) {
      const r = run('--dump', dumped, '--corpus', corpus);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /^1 documents' rows written/);
    }
    const replayed = run('--replay', dumped);
    assert.equal(replayed.status, 0, replayed.stderr);
    assert.match(replayed.stdout, /round 1: 1 documents, 1 passages/);
  });

  it('removes the --out of a replay that fails, so the next run is not refused', () => {
    const bad = join(dir, 'bad.dump');
    const record = v8.serialize({ document: { id: 'x' }, rows: { ids: ['p'] } });
    const head = Buffer.alloc(4);
    head.writeUInt32LE(record.length);
    writeFileSync(bad, Buffer.concat([head, record]));
    const out = join(dir, 'failed.db');
    const r = run('--replay', bad, '--out', out);
    assert.notEqual(r.status, 0);
    assert.equal(existsSync(out), false);
  });

  it('says what is wrong with a bad --rounds or a missing --replay file, with a failing exit code', () => {
    for (const rounds of ['abc', '0', '-1', '1.5']) {
      const r = run('--replay', dumpFile, `--rounds=${rounds}`);
      assert.equal(r.status, 2, `--rounds ${rounds}`);
      assert.match(r.stderr, /--rounds/);
    }
    const r = run('--replay', join(dir, 'no-such.dump'));
    assert.equal(r.status, 2);
    assert.match(r.stderr, /no such file/);
    assert.deepEqual(leftInTmp(), []);
  });
});
