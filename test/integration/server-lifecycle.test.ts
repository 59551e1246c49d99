import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile, readdir } from 'node:fs/promises';
import { get as httpGet } from 'node:http';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { LOCK_FILE } from '../../indexer/run-lock.js';
import { removeAll, tempDir } from '../helpers/tmp.js';

// Issue 11 (userreview21a findings 7 and 8), the server as a process (server/main.ts): it
// listens before its first index is built, says so (503 + Retry-After, a page that refreshes),
// serves the build when it is published without a restart; SIGTERM answers what is in flight,
// readiness says 503 at once, and the process exits 0 within the drain bound; a second SIGTERM
// exits at once. test/server/readiness.test.ts has the answers themselves.

interface Served {
  child: ChildProcess;
  port: number;
  /** the JSON log lines so far */
  logs: { msg?: string; [k: string]: unknown }[];
  exited: Promise<{ code: number | null; ms: number }>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, ms = 120_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** node --import tsx server/main.ts on an ephemeral port, its log read as it goes. */
async function serve(env: Record<string, string>): Promise<Served> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(process.cwd(), 'server', 'main.ts')], { env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', RATE_LIMIT: '0', CPU_LIMIT: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: Served['logs'] = [];
  let partial = '';
  child.stdout!.on('data', (d: Buffer) => {
    const lines = (partial + d.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) if (line.startsWith('{')) logs.push(JSON.parse(line) as Served['logs'][number]);
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  let signalledAt = 0;
  const kill = child.kill.bind(child);
  child.kill = (signal?: NodeJS.Signals | number) => {
    signalledAt ||= Date.now();
    return kill(signal);
  };
  const exited = new Promise<{ code: number | null; ms: number }>((done) => child.on('exit', (code) => done({ code, ms: Date.now() - signalledAt })));
  const port = await until('the server to listen', () => {
    if (child.exitCode !== null) assert.fail(`the server exited (${child.exitCode}): ${stderr}`);
    const line = logs.find((l) => /^Listening on/.test(l.msg ?? ''));
    return line ? Number(line.port) : undefined;
  });
  return { child, port, logs, exited };
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function get(port: number, path: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpGet({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

/**
 * A request in flight for as long as the test likes: a chunked GET whose (empty) body has not
 * ended yet (app.ts waits up to EMPTY_BODY_WAIT_MS, 2 s, for its end). `finish()` ends it.
 */
function slowRequest(port: number, path: string): { finish: () => void; answer: Promise<string>; socket: Socket } {
  const socket = connect(port, '127.0.0.1');
  let out = '';
  socket.on('data', (d: Buffer) => (out += d.toString()));
  socket.on('error', () => undefined);
  const answer = new Promise<string>((resolve) => socket.on('close', () => resolve(out)));
  socket.write(`GET ${path} HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n`);
  return { finish: () => socket.write('0\r\n\r\n'), answer, socket };
}

describe('the server process: first start, readiness and SIGTERM (issue 11)', function () {
  this.timeout(300_000);
  const dirs: string[] = [];
  const children: ChildProcess[] = [];
  let corpus = '';
  let index = '';
  before(async () => {
    corpus = await tempDir('life-corpus-');
    index = await tempDir('life-index-');
    dirs.push(corpus, index);
    await copyFile(join(process.cwd(), 'test', 'fixtures', 'fr-mali-protection-civils.txt'), join(corpus, 'mali.txt'));
    await copyFile(join(process.cwd(), 'test', 'fixtures', 'tables-2024-funding-data.md'), join(corpus, 'tables.md'));
  });
  after(async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    await removeAll(...dirs);
  });

  it('first start on an empty index: answers 503 + Retry-After and a building page at once, serves the build when published; SIGTERM answers a slow request in flight and exits 0', async () => {
    const s = await serve({ INDEX_DIR: index, CORPUS_DIR: corpus });
    children.push(s.child);
    // listening before the build: 503 with the reason, never "connection refused"
    const first = await get(s.port, '/api/ready');
    assert.equal(first.status, 503);
    assert.ok(first.headers['retry-after']);
    assert.match(JSON.parse(first.body).reason, /^(starting|building)$/);
    const page = await until('the building page', async () => {
      const p = await get(s.port, '/');
      return p.status === 503 && /Building the library index/.test(p.body) ? p : p.status === 200 ? assert.fail('the build ended before its page was seen') : undefined;
    });
    assert.match(page.body, /<meta http-equiv="refresh" content="10">/);
    assert.equal(page.headers['retry-after'], '10');
    const api = await get(s.port, '/api/search?q=protection');
    assert.ok(api.status === 503 || api.status === 200);
    const health = JSON.parse((await get(s.port, '/api/health')).body) as { status: string };
    assert.ok(['starting', 'ok'].includes(health.status), health.status);
    // the build published: served without a restart
    const ready = await until('readiness', async () => {
      const r = await get(s.port, '/api/ready');
      return r.status === 200 ? (JSON.parse(r.body) as { build: string }) : undefined;
    });
    assert.match(ready.build, /^\d{8}T/);
    const search = await get(s.port, '/api/search?q=protection');
    assert.equal(search.status, 200);
    assert.ok((JSON.parse(search.body) as { total: number }).total > 0);
    assert.ok(s.logs.findIndex((l) => /^Listening on/.test(l.msg ?? '')) < s.logs.findIndex((l) => /^Serving /.test(l.msg ?? '')));

    // SIGTERM with a request in flight: it is answered, new connections are refused, exit 0
    const slow = slowRequest(s.port, '/api/search?q=protection');
    await sleep(300);
    s.child.kill('SIGTERM');
    await until('the stop to begin', () => (s.logs.some((l) => /^stopping/.test(l.msg ?? '')) ? true : undefined), 10_000);
    await assert.rejects(get(s.port, '/api/ready'), /ECONNREFUSED/);
    slow.finish();
    const answer = await slow.answer;
    assert.match(answer, /^HTTP\/1\.1 200 OK/);
    assert.match(answer, /\r\nConnection: close\r\n/i);
    assert.match(answer, /"total":\d+/);
    const { code } = await s.exited;
    assert.equal(code, 0);
    assert.ok(s.logs.some((l) => l.msg === 'stopped' && l.drained === true));
  });

  it('STOP_DELAY_SECONDS: readiness 503 (draining) at once while connections are still taken; a request past DRAIN_SECONDS is closed; exit 0 within the bound', async () => {
    // the drain (1 + 0.1 s after the signal) ends before app.ts answers the stuck request (a 413
    // EMPTY_BODY_WAIT_MS, 2 s, after it arrived): with a 0.5 s drain the margin was 0.2 s, and on
    // a loaded machine the 413 came first and the drain counted as complete
    const s = await serve({ INDEX_DIR: index, STOP_DELAY_SECONDS: '1', DRAIN_SECONDS: '0.1' });
    children.push(s.child);
    await until('readiness', async () => ((await get(s.port, '/api/ready')).status === 200 ? true : undefined));
    // never finished within the bound
    const stuck = slowRequest(s.port, '/api/search?q=protection');
    await sleep(300);
    s.child.kill('SIGTERM');
    await until('the stop to begin', () => (s.logs.some((l) => /^stopping/.test(l.msg ?? '')) ? true : undefined), 10_000);
    const r = await get(s.port, '/api/ready');
    assert.equal(r.status, 503);
    assert.equal(r.headers['retry-after'], '5');
    assert.equal(JSON.parse(r.body).reason, 'draining');
    const h = await get(s.port, '/api/health');
    assert.equal(h.status, 200);
    assert.equal(JSON.parse(h.body).status, 'draining');
    const { code, ms } = await s.exited;
    assert.equal(code, 0);
    assert.ok(ms < 1000 + 100 + 5000, `exited ${ms} ms after SIGTERM`);
    assert.doesNotMatch(await stuck.answer, /^HTTP\/1\.1 200/);
    const stopped = s.logs.find((l) => l.msg === 'stopped');
    assert.equal(stopped?.drained, false, JSON.stringify(stopped));
  });

  it('a second SIGTERM exits at once (143), not waiting for the request in flight', async () => {
    const s = await serve({ INDEX_DIR: index });
    children.push(s.child);
    await until('readiness', async () => ((await get(s.port, '/api/ready')).status === 200 ? true : undefined));
    const slow = slowRequest(s.port, '/api/search?q=protection');
    await sleep(300);
    s.child.kill('SIGTERM');
    await until('the stop to begin', () => (s.logs.some((l) => /^stopping/.test(l.msg ?? '')) ? true : undefined), 10_000);
    s.child.kill('SIGTERM');
    const { code, ms } = await s.exited;
    assert.equal(code, 143);
    // the request in flight would have held the first stop for up to 2 s (its body's wait)
    assert.ok(ms < 1500, `exited ${ms} ms after the first SIGTERM`);
    assert.ok(s.logs.some((l) => /^second SIGTERM: exiting now/.test(l.msg ?? '')));
    slow.socket.destroy();
  });

  it('SIGTERM during the first build ends the indexer (no lock left, nothing published) and exits 0', async () => {
    const bigCorpus = await tempDir('life-corpus-long-');
    const empty = await tempDir('life-index-empty-');
    dirs.push(bigCorpus, empty);
    // a 300-page PDF keeps the run busy long enough to be stopped in the middle
    await copyFile(join(process.cwd(), 'test', 'fixtures', 'pdf', 'bad', 'long-300-pages.pdf'), join(bigCorpus, 'long.pdf'));
    await copyFile(join(process.cwd(), 'test', 'fixtures', 'fr-mali-protection-civils.txt'), join(bigCorpus, 'mali.txt'));
    const s = await serve({ INDEX_DIR: empty, CORPUS_DIR: bigCorpus });
    children.push(s.child);
    const progress = await until('the build to list its files', async () => {
      const r = JSON.parse((await get(s.port, '/api/ready')).body) as { reason: string; progress?: { total: number | null } };
      if (r.reason !== 'building' && r.reason !== 'starting') assert.fail(`not building: ${JSON.stringify(r)}`);
      return r.progress?.total ? r.progress : undefined;
    });
    assert.equal(progress.total, 2);
    s.child.kill('SIGTERM');
    const { code } = await s.exited;
    assert.equal(code, 0);
    const left = await readdir(empty);
    assert.ok(!left.includes(LOCK_FILE), `lock left: ${left.join(', ')}`);
    assert.ok(!left.includes('CURRENT'), 'nothing published');
    assert.ok(s.logs.some((l) => l.msg === 'stopped'));
  });
});
