import { Command } from 'commander';
import cliProgress from 'cli-progress';
import { resolve } from 'node:path';
import { config } from '../core/config.js';
import { runIndex, type Report } from './run.js';

// commander parses the options and writes --help; cli-progress draws the bar on a terminal.

function summaryTable(report: Report): string {
  const rows = report.files.map((f) => [f.file, f.status, String(f.passages), f.pages !== undefined ? String(f.pages) : '', f.reason ?? (f.cached ? 'cached extraction' : '')]);
  const head = ['file', 'status', 'passages', 'pages', 'reason'];
  const widths = head.map((h, i) => Math.min(60, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const fmt = (r: string[]) => r.map((c, i) => (c.length > widths[i] ? c.slice(0, widths[i] - 1) + '…' : c.padEnd(widths[i]))).join('  ');
  const t = report.totals;
  return [
    fmt(head),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(fmt),
    '',
    `${t.files} files: ${t.indexed} indexed, ${t.partial} partial, ${t.skipped} skipped; ${t.documents} documents, ${t.passages} passages, ${t.pages} PDF pages (${t.cached} from cache)`,
    ...report.catalogs.map((c) => `catalog ${c.file}: ${c.status === 'read' ? `${c.entries} entries` : `skipped (${c.reason})`}`),
  ].join('\n');
}

export async function main(argv = process.argv): Promise<number> {
  const program = new Command()
    .name('npm run index --')
    .description('Index a folder of PDFs, texts and Markdown files and publish the search index.')
    .option('--corpus <dir>', 'folder to index', config.corpusDir)
    .option('--out <dir>', 'index directory the server reads', config.indexDir)
    .option('--max-pages <n>', 'read at most this many pages of a PDF (reported as partial)', (v) => Number(v), 2000)
    .option('--timeout <seconds>', 'give up on a file after this long', (v) => Number(v), 120)
    .option('--no-cache', 'extract every file again, ignoring cached extractions')
    .option('--quiet', 'print the summary only')
    .parse(argv);
  const opts = program.opts<{ corpus: string; out: string; maxPages: number; timeout: number; cache: boolean; quiet?: boolean }>();

  const tty = process.stderr.isTTY && !opts.quiet;
  const bar = tty ? new cliProgress.SingleBar({ format: 'indexing {bar} {value}/{total} files | {pages} pages | {passages} passages | {file}', hideCursor: true }, cliProgress.Presets.shades_classic) : null;
  const { report, manifest } = await runIndex({
    corpusDir: resolve(opts.corpus),
    indexDir: resolve(opts.out),
    maxPages: opts.maxPages,
    timeoutMs: opts.timeout * 1000,
    useCache: opts.cache,
    onStart: (total) => bar?.start(total, 0, { pages: 0, passages: 0, file: '' }),
    onFile: (r, done, total, passages, pages) => {
      if (bar) bar.update(done, { pages, passages, file: r.file });
      else if (!opts.quiet) console.log(`[${done}/${total}] ${r.status.padEnd(7)} ${r.file}${r.reason ? ` — ${r.reason}` : ''} (${r.passages} passages)`);
    },
  });
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
    console.error(`index failed: ${(error as Error)?.stack ?? String(error)}`);
    process.exitCode = 2;
  },
);
