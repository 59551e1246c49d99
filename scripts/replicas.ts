import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIndex, RUN_DEFAULTS } from '../indexer/run.js';
import { freePort, serverEnv, waitFor } from './bench-http.js';

// npx tsx scripts/replicas.ts: read replicas of one immutable build. Two server processes (as
// `npm start` runs them, after `npm run build`) on loopback serve one index directory; a
// round-robin client spreads queries over them and asks both the same query to check that
// they answer identically. Then a new build is published into the directory while the
// client runs: each replica swaps on its own, and once both name the new build they agree
// again, on the new answers. Exits non-zero if two replicas on the same build ever disagree.

const QUERIES = ['protection', 'humanitarian diplomacy', '"protection of civilians"', 'negotiat*', 'advocasy', 'access', 'Security Council', 'civilians', 'ceasefire', 'mandate'];
const ADDED = `Ceasefire negotiations and humanitarian access\n\nA ceasefire negotiated with armed groups opened humanitarian access to besieged towns; the mandate of the mission was renewed.\n\nProtection of civilians improved where the mission patrolled and negotiated local ceasefires.\n`;

async function startReplica(indexDir: string): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/server/main.js'], { stdio: ['ignore', 'ignore', 'inherit'], env: serverEnv(indexDir, port) });
  await waitFor(child, port, 'ready', 50);
  return { child, base: `http://127.0.0.1:${port}` };
}

const build = async (base: string) => ((await (await fetch(`${base}/api/health`)).json()) as { index?: { id: string } }).index?.id;
/** An answer as text, or null when the server's time budget ran out and it skipped optional steps (a loaded machine). */
const answer = async (base: string, q: string) => {
  const body = await (await fetch(`${base}/api/search?q=${encodeURIComponent(q)}`)).text();
  return /"partial":true/.test(body) ? null : body;
};

const work = await mkdtemp(join(tmpdir(), 'replicas-'));
const corpus = join(work, 'corpus');
const indexDir = join(work, 'index');
await cp('corpus', corpus, { recursive: true });
const first = await runIndex({ ...RUN_DEFAULTS, corpusDir: corpus, indexDir });
console.log(`build ${first.manifest!.id}: ${first.manifest!.counts.passages} passages`);
const replicas = [await startReplica(indexDir), await startReplica(indexDir)];
let disagreements = 0;
let agreed = 0;
let partial = 0;
let served = 0;
/** Each query to both replicas; answers compared when both name the same build before and after. */
async function round(label: string): Promise<Set<string>> {
  const builds = new Set<string>();
  for (const q of QUERIES) {
    // round-robin: this query's first replica alternates
    const order = served++ % 2 ? [replicas[1], replicas[0]] : replicas;
    const before = await Promise.all(replicas.map((r) => build(r.base)));
    const [a, b] = await Promise.all(order.map((r) => answer(r.base, q)));
    const after = await Promise.all(replicas.map((r) => build(r.base)));
    for (const id of [...before, ...after]) if (id) builds.add(id);
    if (new Set([...before, ...after]).size !== 1) continue;
    if (a === null || b === null) partial++;
    else if (a === b) agreed++;
    else {
      disagreements++;
      console.log(`${label}: replicas on build ${before[0]} disagree on ${q}`);
    }
  }
  return builds;
}
try {
  console.log(`before the swap, builds served: ${[...(await round('before'))].join(', ')}`);
  const totals = async () => Promise.all(replicas.map(async (r) => ((await (await fetch(`${r.base}/api/search?q=ceasefire`)).json()) as { total: number }).total));
  const beforeTotals = await totals();
  await writeFile(join(corpus, 'added-note.txt'), ADDED);
  const reindex = runIndex({ ...RUN_DEFAULTS, corpusDir: corpus, indexDir });
  // Queries keep coming while the new build is written, published and swapped in.
  let during = new Set<string>();
  let done = false;
  const second = reindex.finally(() => (done = true));
  while (!done) for (const id of await round('during')) during.add(id);
  const next = (await second).manifest!.id;
  for (let i = 0; i < 200 && (await Promise.all(replicas.map((r) => build(r.base)))).some((id) => id !== next); i++) {
    during = new Set([...during, ...(await round('during'))]);
    await new Promise((r) => setTimeout(r, 100));
  }
  console.log(`during the swap, builds served: ${[...during].join(', ') || '(none)'}`);
  console.log(`after the swap, builds served: ${[...(await round('after'))].join(', ')}`);
  const afterTotals = await totals();
  console.log(`"ceasefire": ${beforeTotals.join(' and ')} hits before, ${afterTotals.join(' and ')} after (the added note)`);
  console.log(`${agreed} queries answered identically by both replicas on the same build, ${disagreements} not; ${partial} left out as partial (time budget spent)`);
} finally {
  for (const r of replicas) r.child.kill('SIGTERM');
  await rm(work, { recursive: true, force: true });
}
process.exitCode = disagreements ? 1 : 0;
