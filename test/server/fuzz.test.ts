import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { corpusApp } from '../helpers/server.js';
import { fuzzTarget } from '../helpers/fuzz-target.js';
import { ROUTES, runFuzz } from '../helpers/fuzz.js';

// A small run of the fuzz suite; `npm run fuzz` sends 10,000 (FUZZ_N, FUZZ_SEED change it).
describe('fuzzing every route with generated requests', function () {
  this.timeout(300_000);
  let server: Server;
  after(() => server?.close());

  it('answers 600 generated requests with no 5xx, each within 2 s, JSON in the documented shape', async () => {
    const target = await fuzzTarget((await corpusApp()).store);
    server = target.server;
    const n = Number(process.env.FUZZ_N ?? 600);
    const result = await runFuzz(target.port, target.known, { n, seed: Number(process.env.FUZZ_SEED ?? 7), concurrency: 4 });
    assert.equal(result.requests, n);
    assert.deepEqual(Object.keys(result.byRoute).sort(), ROUTES.map((r) => r.name).sort(), 'every route was tried');
    assert.deepEqual(result.serverErrors, []);
    assert.deepEqual(result.slow, []);
    assert.deepEqual(result.specMismatches, []);
    assert.ok((result.byStatus[200] ?? 0) > n / 4, JSON.stringify(result.byStatus));
  });
});
