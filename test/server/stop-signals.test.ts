import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpServer } from '../../server/http/server.js';
import { Lifecycle } from '../../server/lifecycle.js';
import { handleStopSignals } from '../../server/stop-signals.js';

// review22a finding 9: handleStopSignals (SIGTERM drains, a second signal exits at once) was
// tested only through a spawned server (test/integration/server-lifecycle.test.ts). Here the
// signals come from an emitter and exit is recorded, so the order of what a stop does is seen:
// draining at once, the listener closed after the delay, the request in flight answered, the
// store closed after it, then exit 0; or, at a second signal, exit 128 + its number at once.

interface Rig {
  server: Server;
  port: number;
  life: Lifecycle;
  signals: EventEmitter;
  events: string[];
  exited: Promise<number>;
  indexing: AbortController;
  /** answers the request held open by /slow */
  release: () => void;
}

async function rig(options: { loaded?: boolean; state?: 'starting' | 'running'; delayMs?: number; drainMs?: number } = {}): Promise<Rig> {
  const events: string[] = [];
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const server = createHttpServer((req, res) => {
    if (req.url === '/slow') {
      events.push('slow request begun');
      void held.then(() => {
        events.push('slow request answered');
        res.end('done');
      });
      return;
    }
    res.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const life = new Lifecycle(options.state ?? 'running');
  const signals = new EventEmitter();
  const indexing = new AbortController();
  indexing.signal.addEventListener('abort', () => events.push('indexing aborted'));
  let exit = (_code: number) => {};
  const exited = new Promise<number>((resolve) => (exit = resolve));
  handleStopSignals({
    server,
    life,
    store: { loaded: options.loaded ?? true, close: () => events.push('store closed') },
    indexing,
    opened: () => Promise.resolve(),
    drainMs: options.drainMs ?? 2_000,
    delayMs: options.delayMs ?? 0,
    exit: (code) => {
      events.push(`exit ${code}`);
      exit(code);
    },
    signals,
  });
  return { server, port, life, signals, events, exited, indexing, release };
}

const get = (port: number, path: string) =>
  new Promise<string>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve(body));
    });
    req.on('error', reject);
    req.end();
  });

const until = async (what: string, ok: () => boolean, ms = 5_000) => {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('handleStopSignals (review22a finding 9)', function () {
  this.timeout(20_000);

  it('SIGTERM: draining at once, the request in flight answered, the store closed after it, exit 0', async () => {
    const r = await rig();
    const slow = get(r.port, '/slow');
    await until('the slow request', () => r.events.includes('slow request begun'));
    r.signals.emit('SIGTERM');
    assert.equal(r.life.state, 'draining');
    assert.ok(r.indexing.signal.aborted, 'a first-start indexing run is ended at once');
    // the listener is closed (no delay asked): a new connection is refused
    await until('the listener to close', () => !r.server.listening);
    await assert.rejects(get(r.port, '/'), /ECONNREFUSED/);
    assert.ok(!r.events.includes('store closed'), 'the store stays open while a request is in flight');
    r.release();
    assert.equal(await slow, 'done');
    assert.equal(await r.exited, 0);
    assert.deepEqual(r.events.filter((e) => e !== 'indexing aborted'), ['slow request begun', 'slow request answered', 'store closed', 'exit 0']);
  });

  it('keeps accepting for the stop delay while serving, so a balancer sees /api/ready 503 first', async () => {
    const r = await rig({ delayMs: 1_500 });
    r.signals.emit('SIGTERM');
    assert.equal(r.life.state, 'draining');
    assert.equal(await get(r.port, '/'), 'ok');
    assert.ok(r.server.listening);
    assert.equal(await r.exited, 0);
    assert.ok(!r.server.listening);
  });

  it('skips the stop delay when nothing is served yet (no balancer sends it traffic)', async () => {
    const r = await rig({ delayMs: 60_000, loaded: false, state: 'starting' });
    r.signals.emit('SIGTERM');
    assert.equal(await r.exited, 0);
    assert.deepEqual(r.events, ['indexing aborted', 'store closed', 'exit 0']);
  });

  for (const [second, code] of [['SIGTERM', 143], ['SIGINT', 130]] as const) {
    it(`a second signal (${second}) exits at once with ${code}, without waiting for requests in flight`, async () => {
      const r = await rig();
      const slow = get(r.port, '/slow').catch(() => 'cut');
      await until('the slow request', () => r.events.includes('slow request begun'));
      r.signals.emit('SIGTERM');
      r.signals.emit(second);
      assert.equal(await r.exited, code);
      assert.deepEqual(r.events, ['slow request begun', 'indexing aborted', 'store closed', `exit ${code}`]);
      // leave nothing behind: let the first stop's drain finish
      r.release();
      await slow;
      await until('the first stop to end', () => !r.server.listening);
    });
  }

  it('a request that outlasts the drain time has its connection closed, and the stop still ends with exit 0', async () => {
    const r = await rig({ drainMs: 200 });
    const slow = get(r.port, '/slow').then(
      () => 'answered',
      () => 'cut',
    );
    await until('the slow request', () => r.events.includes('slow request begun'));
    r.signals.emit('SIGTERM');
    assert.equal(await r.exited, 0);
    assert.equal(await slow, 'cut');
    assert.deepEqual(r.events.filter((e) => e !== 'indexing aborted'), ['slow request begun', 'store closed', 'exit 0']);
    r.release();
  });
});
