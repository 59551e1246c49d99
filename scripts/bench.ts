import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { percentiles } from './bench-serve.js';

// npm run bench [-- --sizes 10000,100000]: builds synthetic corpora of the given passage counts
// with scripts/gen-corpus.mjs (the tool of ../shared/tools), indexes them, and prints and
// writes as JSON: build time, peak memory, index size, server start-up time, and search
// latency (p50/p95/p99, facets and snippets included) in process and over HTTP on loopback.

const sizes = process.argv.includes('--pdf-only') ? [] : (process.argv.find((a, i) => process.argv[i - 1] === '--sizes') ?? '10000,100000').split(',').map(Number);
const work = join(process.cwd(), 'bench', 'tmp');
const gen = existsSync('../shared/tools/gen-corpus.mjs') ? '../shared/tools/gen-corpus.mjs' : 'scripts/gen-corpus.mjs';

function run(cmd: string, args: string[], onLine?: (line: string, kill: () => void) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (onLine) for (const line of d.toString().split('\n').filter(Boolean)) onLine(line, () => child.kill());
    });
    child.on('exit', (code, signal) => (code === 0 || signal === 'SIGTERM' ? resolve(out) : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}`))));
  });
}

async function du(dir: string): Promise<number> {
  let total = 0;
  for (const e of await readdir(dir, { withFileTypes: true })) total += e.isDirectory() ? await du(join(dir, e.name)) : (await stat(join(dir, e.name))).size;
  return total;
}

interface Row {
  passages: number;
  documents: number;
  buildSeconds: number;
  buildPeakMB: number;
  indexMB: number;
  startupMs: number;
  serverRssMB: number;
  inProcess: ReturnType<typeof percentiles>;
  http: ReturnType<typeof percentiles>;
}

const rows: Row[] = [];
for (const size of sizes) {
  const corpus = join(work, `corpus-${size}`);
  const index = join(work, `index-${size}`);
  await rm(index, { recursive: true, force: true });
  if (!existsSync(corpus)) {
    // Generated documents average ~24 paragraphs, one passage each.
    await run(process.execPath, [gen, '--docs', String(Math.ceil(size / 24)), '--out', corpus, '--seed', '1']);
  }
  console.error(`indexing ${size} …`);
  const built = JSON.parse((await run(process.execPath, ['--max-old-space-size=16000', '--import', 'tsx', 'scripts/bench-index.ts', corpus, index])).trim().split('\n').pop()!) as { ms: number; maxRssMB: number; passages: number; documents: number; build: string };
  const indexBytes = await du(join(index, 'builds', built.build));
  console.error(`serving ${size} …`);
  let http: number[] = [];
  let served: { loadMs: number; rssMB: number; inProcess: Row['inProcess']; port: number; mix: Record<string, string | string[]>[] } | null = null;
  await run(process.execPath, ['--max-old-space-size=16000', '--import', 'tsx', 'scripts/bench-serve.ts', index], (line, kill) => {
    if (!line.startsWith('{')) return;
    served = JSON.parse(line) as NonNullable<typeof served>;
    void (async () => {
      const s = served!;
      const url = (q: Record<string, string | string[]>) => {
        const p = new URLSearchParams();
        for (const [k, v] of Object.entries(q)) for (const x of ([] as string[]).concat(v)) p.append(k, x);
        return `http://127.0.0.1:${s.port}/api/search?${p}`;
      };
      for (const q of s.mix.slice(0, 20)) await (await fetch(url(q))).arrayBuffer();
      http = [];
      for (const q of s.mix) {
        const t = performance.now();
        const r = await fetch(url(q));
        await r.arrayBuffer();
        if (r.status !== 200) throw new Error(`HTTP ${r.status} for ${url(q)}`);
        http.push(performance.now() - t);
      }
      kill();
    })();
  });
  const s = served as unknown as { loadMs: number; rssMB: number; inProcess: Row['inProcess'] };
  rows.push({
    passages: built.passages,
    documents: built.documents,
    buildSeconds: Math.round(built.ms / 100) / 10,
    buildPeakMB: built.maxRssMB,
    indexMB: Math.round(indexBytes / 104857.6) / 10,
    startupMs: s.loadMs,
    serverRssMB: s.rssMB,
    inProcess: s.inProcess,
    http: percentiles(http),
  });
}

const head = ['passages', 'docs', 'build s', 'build peak MB', 'index MB', 'start-up ms', 'server RSS MB', 'in-process p50/p95/p99 ms', 'HTTP p50/p95/p99 ms'];
console.log(`| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|`);
for (const r of rows) {
  console.log(`| ${r.passages} | ${r.documents} | ${r.buildSeconds} | ${r.buildPeakMB} | ${r.indexMB} | ${r.startupMs} | ${r.serverRssMB} | ${r.inProcess.p50} / ${r.inProcess.p95} / ${r.inProcess.p99} | ${r.http.p50} / ${r.http.p95} / ${r.http.p99} |`);
}
// PDF extraction speed through the worker pool, pdftotext's beside it (scripts/bench-pdf.ts).
console.error('reading PDFs …');
const pdf = JSON.parse((await run(process.execPath, ['--import', 'tsx', 'scripts/bench-pdf.ts'])).trim().split('\n').pop()!) as {
  files: number;
  pages: number;
  seconds: number;
  pagesPerSecond: number;
  peakRssMb: number;
  workers: number;
  pdftotext: { pagesPerSecond: number } | null;
};
console.log(`\n| PDF files | pages | seconds | pages/s (${pdf.workers} workers, target ≥ 100) | pdftotext pages/s | peak RSS MB |\n|---|---|---|---|---|---|`);
console.log(`| ${pdf.files} | ${pdf.pages} | ${pdf.seconds} | ${pdf.pagesPerSecond} | ${pdf.pdftotext?.pagesPerSecond ?? 'not installed'} | ${pdf.peakRssMb} |`);
await mkdir('bench/results', { recursive: true });
const file = join('bench', 'results', `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
await writeFile(file, JSON.stringify({ date: new Date().toISOString(), node: process.version, engine: 'lunr', rows, pdf }, null, 2));
console.log(`\nwritten to ${file}`);
