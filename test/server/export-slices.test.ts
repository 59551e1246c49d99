import assert from 'node:assert/strict';
import type { Response } from 'express';
import { corpusApp } from '../helpers/server.js';
import type { Snapshot } from '../../server/index-store.js';
import { exportSelection, selectionSteps } from '../../server/export/selection.js';
import { runAtOnce, runInSlices, SLICE_MS } from '../../server/export/slices.js';
import { searchRequest } from '../../server/http/params.js';
import { runSearch } from '../../server/search/service.js';

// An export's selection is made a slice at a time (attack21): at 100k passages it had been one
// turn of 60–250 ms of CPU, and every search arriving meanwhile waited behind it.

/** Spins for `ms` of this process's CPU. */
function burn(ms: number): void {
  const start = process.cpuUsage();
  for (let used = process.cpuUsage(start); used.user + used.system < ms * 1000; used = process.cpuUsage(start));
}

/** A response as runInSlices reads it: destroyed or not, and what it charged. */
function fakeResponse(charged: number[]): Response & { destroyed: boolean } {
  return { destroyed: false, locals: { cpuCharge: (ms: number) => charged.push(ms) } } as unknown as Response & { destroyed: boolean };
}

describe('export selection in slices (attack21)', function () {
  this.timeout(120_000);
  let snap: Snapshot;
  before(async function () {
    this.timeout(300_000);
    snap = (await corpusApp()).store.snapshot;
  });

  it('lets other work run between its slices, and charges the later slices to the client', async () => {
    function* steps(): Generator<void, number> {
      for (let i = 0; i < 10; i++) {
        burn(SLICE_MS / 2);
        yield;
      }
      return 42;
    }
    let other = 0;
    const ticker = setInterval(() => other++, 0);
    const charged: number[] = [];
    try {
      assert.equal(await runInSlices(steps(), fakeResponse(charged)), 42);
    } finally {
      clearInterval(ticker);
    }
    assert.ok(other >= 2, `other work ran ${other} times while 50 ms of steps ran`);
    assert.ok(charged.length >= 2 && charged.reduce((a, b) => a + b, 0) >= SLICE_MS, `charged ${charged.join(', ')} ms`);
    // at once: one turn, nothing between
    other = 0;
    const t = setInterval(() => other++, 0);
    assert.equal(runAtOnce(steps()), 42);
    clearInterval(t);
    assert.equal(other, 0);
  });

  it('stops when the client goes away', async () => {
    let ran = 0;
    function* steps(): Generator<void, string> {
      for (let i = 0; i < 100; i++) {
        burn(SLICE_MS / 2);
        ran++;
        yield;
      }
      return 'done';
    }
    const res = fakeResponse([]);
    setImmediate(() => (res.destroyed = true));
    assert.equal(await runInSlices(steps(), res), undefined);
    assert.ok(ran < 100, `${ran} of 100 steps ran`);
  });

  it('selects what the selection made at once does, passages read by ordinal after the search', async () => {
    for (const q of [{ q: 'protection' }, { q: '*' }, { q: 'protection', sort: 'date' }, { q: '-aid' }, { q: 'civilians', kind: 'recommendation' }, { q: 'qzxkvbwj' }]) {
      const atOnce = exportSelection(snap, q, 'https://example.org');
      const sliced = await runInSlices(selectionSteps(snap, q, 'https://example.org'), fakeResponse([]));
      assert.ok(sliced);
      const ids = (s: typeof atOnce) => s.items.map((i) => [i.csl.id, i.passages.map((p) => p.id)]);
      assert.deepEqual(ids(sliced), ids(atOnce), JSON.stringify(q));
      assert.deepEqual({ ...sliced, items: [] }, { ...atOnce, items: [] }, JSON.stringify(q));
      // the hits a search reads itself, in the same order
      const r = searchRequest(q, snap);
      const read = runSearch(snap, { ...r, page: 1, size: 2000, perDoc: 0, snippets: false, near: false });
      assert.deepEqual(atOnce.items.flatMap((i) => i.passages.map((p) => p.id)).sort(), read.hits.map((h) => h.passage.id).sort(), JSON.stringify(q));
      assert.equal(atOnce.total, read.shown, JSON.stringify(q));
    }
  });
});
