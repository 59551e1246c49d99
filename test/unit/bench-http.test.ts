import { spawn } from 'node:child_process';
import { strict as assert } from 'node:assert';
import { freePort, stopServer, waitFor } from '../../scripts/bench-http.js';

// The measurement scripts wait on a spawned server through waitFor: a server that is still
// loading must not count as healthy, and one that dies or never answers must end the wait.
const server = (port: number, okAfterMs: number) => `
  const started = Date.now();
  require('node:http').createServer((req, res) => {
    const ok = Date.now() - started >= ${okAfterMs};
    if (req.url === '/api/ready') { res.statusCode = ok ? 200 : 503; return res.end('{}'); }
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ status: ok ? 'ok' : 'starting' }));
  }).listen(${port}, '127.0.0.1');
  process.on('SIGTERM', () => process.exit(0));`;

describe('bench-http: waiting for a measured server', function () {
  this.timeout(20_000);

  for (const what of ['healthy', 'ready'] as const) {
    it(`waits until the server is ${what}, not merely listening`, async () => {
      const port = await freePort();
      const child = spawn(process.execPath, ['-e', server(port, 400)], { stdio: 'ignore' });
      const started = Date.now();
      try {
        await waitFor(child, port, what, 10);
        assert.ok(Date.now() - started >= 400);
      } finally {
        await stopServer(child);
      }
      assert.equal(child.exitCode, 0);
    });
  }

  it('throws once the server has exited', async () => {
    const child = spawn(process.execPath, ['-e', 'process.exit(3)'], { stdio: 'ignore' });
    await assert.rejects(waitFor(child, await freePort(), 'healthy', 10), /exited 3/);
  });

  it('gives up after its time limit and stops the server', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['-e', server(port, 60_000)], { stdio: 'ignore' });
    await assert.rejects(waitFor(child, port, 'healthy', 10, 300), /not healthy after/);
    await new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r(null) : child.once('exit', r)));
  });

  it('stopping a server that has already exited returns at once', async () => {
    const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
    await new Promise((r) => child.once('exit', r));
    await stopServer(child);
  });
});
