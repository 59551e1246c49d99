import assert from 'node:assert/strict';
import { corpusApp } from '../helpers/server.js';
import { warmUp, warmUpQueries } from '../../server/search/warm-up.js';
import type { IndexStore, Snapshot } from '../../server/index-store.js';

// A build starting to be served is searched a few times in the background, only when no request
// has held the store for a while (userreview32 finding 7: a first search cut short at load ~9).
describe('warming a build as it starts being served', function () {
  this.timeout(120_000);
  let store: IndexStore;
  before(async () => ({ store } = await corpusApp()));

  it("makes its searches from the library's own words", () => {
    const qs = warmUpQueries(store.snapshot);
    assert.equal(qs.length, 4);
    const word = qs[0];
    assert.ok(store.snapshot.vocabulary.count(word) > 0, word);
    assert.deepEqual(qs.slice(1), [`${word[0]}${word[2]}${word[1]}${word.slice(3)}`, `${word.slice(0, 4)}*`, `"${word} ${word}"`]);
    assert.deepEqual(warmUpQueries({ vocabulary: { frequentWord: () => null } as unknown as Snapshot['vocabulary'], manifest: store.snapshot.manifest }), []);
  });

  it('waits while requests hold the store, then runs one search at a time', async () => {
    let busy = true;
    const taken: number[] = [];
    const fake = {
      idleFor: () => (busy ? 0 : 10_000),
      lease: () => {
        taken.push(Date.now());
        return store.lease();
      },
    };
    const done = warmUp(fake, store.snapshot, 20);
    const keep = setInterval(() => undefined, 50);
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(taken.length, 0, 'no search while busy');
    busy = false;
    await done;
    clearInterval(keep);
    assert.equal(taken.length, 4);
  });

  it('stops when another build is served meanwhile', async () => {
    let leases = 0;
    const other = { ...store.snapshot } as Snapshot;
    const fake = { idleFor: () => 10_000, lease: () => (leases++, { snap: other, release: () => undefined }) };
    await warmUp(fake, store.snapshot, 0);
    assert.equal(leases, 1);
  });

  it("says how long no request has held the store", async () => {
    const { release } = store.lease();
    assert.equal(store.idleFor(), 0);
    release();
    await new Promise((r) => setTimeout(r, 30));
    assert.ok(store.idleFor() >= 25, String(store.idleFor()));
  });
});
