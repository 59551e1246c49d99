// The build's writer alone: the rows the file workers hand the run, replayed into an empty
// library.db, with the CPU of each phase. Every session measuring the run's side (issue 11)
// wrote its own dump and replay and lost them with /tmp; this is that tool, kept.
//
//   npx tsx scripts/bench-writer.ts --dump F --corpus DIR   a real build (the worker pool, as
//       `npm run index` runs it, into a scratch index) whose documents and prepared rows are
//       also written to F, v8-serialised, one length-prefixed record per document after a mark
//       (DUMP_MARK); F is only ever a new path, an empty file or a dump the tool made
//   npx tsx scripts/bench-writer.ts --replay F [--rounds N] [--out DB]   addRows over every
//       record, then finishIndexes, term_best from the counts and the close, into a fresh file
//       each round; CPU-s (process.cpuUsage: this process, its threads included) per phase.
//       Without --out the file goes to a temporary folder removed at the end (a 20k replay
//       leaves 140 MB). --out keeps it, and only ever replaces a file this tool made (it marks
//       its files: bench-writer-out.ts), an empty one or none: never a published library.db.
//
// For an A/B, run the replay from each tree (a `git archive` of the base with node_modules
// linked) over the same dump, alternating, and compare CPU, not wall time.
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { LibraryWriter, type DocumentRows } from '../core/build/library-db.js';
import type { DocumentRecord } from '../core/types.js';
import { processCorpus } from '../indexer/process-corpus.js';
import { RUN_DEFAULTS, runIndex } from '../indexer/run.js';
import { dictTokens } from '../core/build/token-numbers.js';
import { claimDump, claimOut, DUMP_MARK, markOut, removeDatabase } from './bench-writer-out.js';

interface Dumped {
  document: DocumentRecord;
  rows: DocumentRows;
}

/** Says what is wrong with the command and exits with 2, as the usage line does. */
function fail(message: string): never {
  console.error(`bench-writer: ${message}`);
  process.exit(2);
}

const OPTIONS = {
  dump: { type: 'string' },
  corpus: { type: 'string' },
  replay: { type: 'string' },
  rounds: { type: 'string', default: '1' },
  out: { type: 'string' },
} as const;
const values = (() => {
  try {
    return parseArgs({ options: OPTIONS }).values;
  } catch (e) {
    // an unknown option or one without its value ("--rounds -1"): said, not thrown as a stack
    return fail((e as Error).message);
  }
})();

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

async function dump(file: string, corpus: string): Promise<void> {
  const fd = openSync(file, 'w');
  // marked as it is created: a later --dump may replace it, and a replay skips the mark
  writeSync(fd, DUMP_MARK);
  let done = false;
  const indexDir = mkdtempSync(join(tmpdir(), 'bench-writer-'));
  let documents = 0;
  try {
    await runIndex({
      ...RUN_DEFAULTS,
      corpusDir: resolve(corpus),
      indexDir,
      engine: 'fts5',
      useCache: false,
      // the pool's own results, each also written down as the sink receives it
      process: async function* (...args: Parameters<typeof processCorpus>) {
        for await (const result of processCorpus(...args)) {
          if (result.document && result.prepared) {
            // the tokens as strings: the run's numbers (token-numbers.ts) mean nothing to the process replaying
            const { stemNumbered, termNumbered, ...rows } = result.prepared.rows;
            if (stemNumbered) rows.stemDict = dictTokens(stemNumbered);
            if (termNumbered) rows.termDict = dictTokens(termNumbered);
            const record = v8.serialize({ document: result.document, rows } satisfies Dumped);
            const head = Buffer.alloc(4);
            head.writeUInt32LE(record.length);
            writeSync(fd, head);
            writeSync(fd, record);
            documents++;
          }
          yield result;
        }
      },
    });
    done = true;
  } finally {
    closeSync(fd);
    rmSync(indexDir, { recursive: true, force: true });
    // a build that failed leaves no half a dump
    if (!done) rmSync(file, { force: true });
  }
  console.log(`${documents} documents' rows written to ${file}`);
}

function* records(file: string): Generator<Dumped> {
  const bytes = readFileSync(file);
  // a dump from before the mark starts with its first record
  const start = bytes.subarray(0, DUMP_MARK.length).equals(DUMP_MARK) ? DUMP_MARK.length : 0;
  for (let at = start; at < bytes.length; ) {
    const length = bytes.readUInt32LE(at);
    yield v8.deserialize(bytes.subarray(at + 4, at + 4 + length)) as Dumped;
    at += 4 + length;
  }
}

function replay(file: string, rounds: number, out: string): void {
  const docs = [...records(file)];
  const passages = docs.reduce((n, d) => n + d.rows.ids.length, 0);
  for (let round = 1; round <= rounds; round++) {
    removeDatabase(out);
    const t0 = cpu();
    let t1 = 0, t2 = 0, t3 = 0, t4 = 0;
    try {
      const writer = new LibraryWriter(out);
      for (const { document, rows } of docs) writer.addRows(document, rows);
      t1 = cpu();
      const job = writer.finishIndexes();
      t2 = cpu();
      const best = writer.countedTermBest(job);
      if (!best) throw new Error('term_best was not counted (a count past its bits): this replay times the counted path only');
      t3 = cpu();
      writer.finishTermBest(best);
      t4 = cpu();
      // after the clock: the mark that lets the next round or run replace this file
      markOut(out);
    } catch (e) {
      // a round that failed removes what it made: left unmarked, the next run refused it as not the tool's
      removeDatabase(out);
      throw e;
    }
    const s = (x: number) => x.toFixed(2);
    const each = passages ? ` (${Math.round(((t4 - t0) / passages) * 1e6)} µs a passage)` : '';
    console.log(`round ${round}: ${docs.length} documents, ${passages} passages; CPU-s addRows ${s(t1 - t0)}, finishIndexes ${s(t2 - t1)}, term_best ${s(t3 - t2)}, close ${s(t4 - t3)}, all ${s(t4 - t0)}${each}`);
  }
}

const USAGE = 'usage: bench-writer.ts --dump FILE --corpus DIR | --replay FILE [--rounds N] [--out DB]';
if (values.dump && values.corpus) {
  // checked before the dump is opened: a mistyped corpus left it emptied
  if (!existsSync(values.corpus)) fail(`--corpus ${values.corpus}: no such folder`);
  const refused = claimDump(values.dump);
  if (refused) fail(refused);
  await dump(values.dump, values.corpus);
}
else if (values.replay) {
  if (!existsSync(values.replay)) fail(`--replay ${values.replay}: no such file`);
  if (!/^[1-9]\d*$/.test(values.rounds)) fail(`--rounds ${values.rounds}: a whole number of rounds, 1 or more`);
  const rounds = Number(values.rounds);
  if (values.out !== undefined) {
    const refused = claimOut(values.out);
    if (refused) fail(refused);
    replay(values.replay, rounds, resolve(values.out));
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'bench-writer-'));
    try {
      replay(values.replay, rounds, join(dir, 'library.db'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
} else fail(USAGE);
