import { Command } from 'commander';
import cliProgress from 'cli-progress';
import { resolve } from 'node:path';
import { config } from '../core/config.js';
import { AUTO_FTS5_PASSAGES, DEFAULT_KEPT_BUILDS, MIN_KEPT_BUILDS, runIndex, RUN_DEFAULTS } from './run.js';
import { ENGINE_NAMES, type EngineName } from '../core/engines/registry.js';
import { printable, summaryTable } from './summary.js';
import { DEFAULT_MEMORY_MB } from './process-corpus.js';
import { TEXT_LIMIT_BYTES } from './process-file.js';
import { IndexBusyError, releaseHeldSync } from './run-lock.js';
import { interruptedMessage } from './interrupt.js';
import { writeFailureMessage } from './write-failure.js';
import { corpusFolderProblem } from './corpus-check.js';

/** Exit status when another run holds the index directory: nothing was touched, try again later. */
export const EXIT_BUSY = 3;

// commander parses the options and writes --help; cli-progress draws the bar on a terminal.

export async function main(argv = process.argv): Promise<number> {
  const program = new Command()
    .name('npm run index --')
    .description('Index a folder of PDFs, texts and Markdown files and publish the search index.')
    .option('--corpus <dir>', 'folder to index', config.corpusDir)
    .option('--out <dir>', 'index directory the server reads', config.indexDir)
    .option('--max-pages <n>', 'read at most this many pages of a PDF (reported as partial)', (v) => Number(v), RUN_DEFAULTS.maxPages)
    .option('--timeout <seconds>', 'give up on a file after this long (its worker is killed)', (v) => Number(v), RUN_DEFAULTS.timeoutMs / 1000)
    .option('--memory <MB>', 'memory cap per worker process', (v) => Number(v), DEFAULT_MEMORY_MB)
    .option('--max-text-mb <n>', 'skip text and Markdown files larger than this', (v) => Number(v), TEXT_LIMIT_BYTES / 1048576)
    .option('--no-cache', 'read and build every file again, ignoring extractions and documents kept from earlier runs')
    .option('--keep-builds <n>', `builds kept in the index folder, this one included (at least ${MIN_KEPT_BUILDS})`, (v) => Number(v), DEFAULT_KEPT_BUILDS)
    .option('--engine <name>', `search engine the build is written for: ${ENGINE_NAMES.join(', ')}, or auto (fts5 from ${AUTO_FTS5_PASSAGES} passages)`, config.indexEngine)
    .option('--follow-links-outside', 'also index files that symbolic links bring in from outside the corpus folder (their text is then served like the rest)')
    .option('--quiet', 'print the summary only')
    .option('--progress-lines', 'print "progress N/M" lines (files read of files found) to stdout, for a program following the run (the server on its first start)')
    .parse(argv);
  const opts = program.opts<{ corpus: string; out: string; maxPages: number; timeout: number; memory: number; maxTextMb: number; cache: boolean; quiet?: boolean; progressLines?: boolean; engine: string; followLinksOutside?: boolean; keepBuilds: number }>();
  const choices = [...ENGINE_NAMES, 'auto'];
  if (!choices.includes(opts.engine)) {
    console.error(`--engine must be one of ${choices.join(', ')}, not ${opts.engine}`);
    return 2;
  }

  if (!Number.isInteger(opts.keepBuilds) || opts.keepBuilds < MIN_KEPT_BUILDS) {
    console.error(`--keep-builds must be a whole number of at least ${MIN_KEPT_BUILDS}: the build published and the one before it, which a running server may still be reading`);
    return 1;
  }
  const folderProblem = await corpusFolderProblem(resolve(opts.corpus));
  if (folderProblem) {
    console.error(folderProblem);
    return 1;
  }

  const tty = process.stderr.isTTY && !opts.quiet;
  const bar = tty ? new cliProgress.SingleBar({ format: 'indexing {bar} {value}/{total} files | {pages} pages | {passages} passages | {file}', hideCursor: true }, cliProgress.Presets.shades_classic) : null;
  const indexDir = resolve(opts.out);
  // Ctrl-C: say what is served now and what to do, and leave no lock behind (the workers, in the
  // same process group, get the signal too; a half-written build stays in staging until the next run)
  const stop = (signal: NodeJS.Signals) => {
    bar?.stop();
    releaseHeldSync(indexDir);
    console.error(`\n${interruptedMessage(indexDir, signal)}`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  let result;
  try {
    result = await runIndex({
      corpusDir: resolve(opts.corpus),
      indexDir,
      maxPages: opts.maxPages,
      timeoutMs: opts.timeout * 1000,
      memoryMb: opts.memory,
      maxTextBytes: opts.maxTextMb * 1048576,
      useCache: opts.cache,
      engine: opts.engine as EngineName | 'auto',
      followLinksOutside: opts.followLinksOutside === true,
      keepBuilds: opts.keepBuilds,
      onStart: (total) => {
        bar?.start(total, 0, { pages: 0, passages: 0, file: '' });
        if (opts.progressLines) console.log(`progress 0/${total}`);
      },
      onNote: (note) => console.error(`note: ${note}`),
      onFile: (r, done, total, passages, pages) => {
        if (opts.progressLines) console.log(`progress ${done}/${total}`);
        if (bar) bar.update(done, { pages, passages, file: printable(r.file) });
        else if (!opts.quiet) console.log(printable(`[${done}/${total}] ${r.status.padEnd(9)} ${r.file}${r.reason ? ` — ${r.reason}` : ''} (${r.passages} passages${r.reused ? ', unchanged: reused' : ''})`));
      },
    });
  } catch (error) {
    bar?.stop();
    // a read-only, full or forbidden index folder is the user's to fix: say so, not a stack trace
    const message = writeFailureMessage(error, indexDir);
    if (!message) throw error;
    console.error(message);
    return 2;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
  const { report, manifest } = result;
  bar?.stop();
  console.log(summaryTable(report));
  if (!manifest) {
    console.error('Nothing could be indexed: the previous index (if any) is still the one served.');
    return 1;
  }
  console.log(`Published build ${manifest.id} to ${resolve(opts.out)} (report.json inside).`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof IndexBusyError) {
      console.error(error.message);
      process.exitCode = EXIT_BUSY;
      return;
    }
    console.error(`index failed: ${(error as Error)?.stack ?? String(error)}`);
    process.exitCode = 2;
  },
);
