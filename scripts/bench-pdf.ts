import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism, loadavg } from 'node:os';
import { listCorpus, type CorpusFile } from '../indexer/corpus.js';
import { processCorpus, type PoolStats } from '../indexer/process-corpus.js';

// Part of npm run bench: PDF pages per second through the indexer's worker pool (read,
// structure, repair, segment, tag; no cache) on text PDFs — the seed documents, their layout
// variants and the 300-page file under test/fixtures — and pdftotext's pages per second on the
// same files, one process per core, when it is installed. Prints one line of JSON, with the
// load average before and after and the CPU time the pool took (this process and its workers):
// on a shared machine the wall time says as much about the others as about the indexer.
// `--passes N` sends the files N times through one pool: a library's batch, where the workers'
// start-up and JIT warm-up (about 4 of a single pass's 10 CPU-seconds) are paid once, not per
// 429 pages. Every pass reads every file again (the pool keeps no cache).
//   npx tsx scripts/bench-pdf.ts [DIR] [ROUNDS] [--passes N]

const option = (name: string) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv.splice(i, 2)[1];
};
const passes = Math.max(1, Number(option('--passes') ?? 1));
const fixtures = join(process.cwd(), 'test', 'fixtures');
const dirs = process.argv[2] ? [process.argv[2]] : [join(fixtures, 'pdf'), join(fixtures, 'pdf-variants')];
const rounds = Number(process.argv[3] ?? 1);
const pdfs: CorpusFile[] = [];
for (const dir of dirs) {
  const listing = await listCorpus(dir);
  pdfs.push(...listing.files.filter((f) => f.rel.endsWith('.pdf') && (!f.rel.startsWith('bad/') || f.rel === 'bad/long-300-pages.pdf')));
}

/** CPU seconds of this process and of its children that have ended (Linux), else of this process only. */
function cpuSeconds(): number {
  const own = process.cpuUsage();
  let children = 0;
  try {
    // /proc/self/stat fields 16 and 17: children's user and system time, in clock ticks (100 per second)
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
    children = (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    // not Linux: this process alone
  }
  return (own.user + own.system) / 1e6 + children;
}

/** Waits (up to 5 s) until this process has no child left (Linux), so that the workers' time is counted. */
async function childrenEnded(): Promise<void> {
  const alive = () => {
    try {
      return readdirSync('/proc/self/task').some((t) => readFileSync(`/proc/self/task/${t}/children`, 'utf8').trim() !== '');
    } catch {
      return false;
    }
  };
  for (let waited = 0; alive() && waited < 5000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
}

const load = () => Math.round(loadavg()[0] * 10) / 10;
const loadBefore = load();
const cpuBefore = cpuSeconds();
const stats: PoolStats = { peakRssMb: 0, restarts: 0, pagesLent: 0 };
const started = performance.now();
let pages = 0;
for (let r = 0; r < rounds; r++) {
  const batch = Array.from({ length: passes }, () => pdfs).flat();
  for await (const result of processCorpus(batch, [], { maxPages: 2000, timeoutMs: 600_000, stats })) pages += result.report.pages ?? 0;
}
const seconds = (performance.now() - started) / 1000;
await childrenEnded();
const cpu = cpuSeconds() - cpuBefore;
const loadAfter = load();

function pdftotextAvailable(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function pdftotext(): Promise<{ pages: number; seconds: number } | null> {
  if (!pdftotextAvailable()) return null;
  const files = pdfs.map((f) => f.abs);
  const pageCounts = files.map((f) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [f], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))?.[1] ?? 0));

  const queue = Array.from({ length: rounds * passes }, () => files.map((f, i) => ({ f, pages: pageCounts[i] }))).flat();
  let done = 0;
  const t = performance.now();
  const lane = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const ok = await new Promise<boolean>((resolve) => spawn('pdftotext', ['-q', job.f, '-'], { stdio: 'ignore' }).on('exit', (code) => resolve(code === 0)));
      if (ok) done += job.pages;
    }
  };
  await Promise.all(Array.from({ length: availableParallelism() }, lane));
  return { pages: done, seconds: (performance.now() - t) / 1000 };
}

const poppler = await pdftotext();
const round = (n: number) => Math.round(n * 10) / 10;
console.log(
  JSON.stringify({
    files: pdfs.length * rounds * passes,
    passes,
    pages,
    seconds: round(seconds),
    pagesPerSecond: round(pages / seconds),
    cpuSeconds: round(cpu),
    pagesPerCpuSecond: round(pages / cpu),
    peakRssMb: stats.peakRssMb,
    pagesLent: stats.pagesLent,
    workers: availableParallelism(),
    load: [loadBefore, loadAfter],
    pdftotext: poppler ? { pages: poppler.pages, seconds: round(poppler.seconds), pagesPerSecond: round(poppler.pages / poppler.seconds) } : null,
  }),
);
