import assert from 'node:assert/strict';
import type { Snapshot } from '../../server/index-store.js';
import { ENGINE_NAMES } from '../helpers/service-fixture.js';
import { bundledSnapshot, searchOnce } from '../helpers/search-in-process.js';

// A word that names a property every object has ("constructor", "toString", "valueOf") beside a
// corrected typo: the corrected query was written word by word from a plain object of
// corrections, which gave Object's own function for "constructor" — a TypeError, answered 500
// (found by review32's fuzz of words bound to fields: `constructor: title:advocay`).

describe('a word named like an object’s own property beside a corrected typo (review32)', function () {
  this.timeout(120_000);
  for (const engine of ENGINE_NAMES) {
    describe(engine, () => {
      let snap: Snapshot;
      before(async () => {
        snap = await bundledSnapshot(engine);
      });
      it('answers 200 with the typo corrected, not Object’s own function', () => {
        for (const word of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', '__defineGetter__']) {
          const o = searchOnce(snap, { q: `${word} advocay` });
          assert.equal(o.status, 200, `${word}: ${o.body.slice(0, 200)}`);
          const j = JSON.parse(o.body) as { query: { correctedQuery?: string; corrections?: Record<string, string> } };
          // the word as typed, or as the vocabulary spaces it ("valueOf" is "value of")
          assert.match(j.query.correctedQuery ?? '', /^[\w ]+ advocacy$/, word);
          assert.doesNotMatch(j.query.correctedQuery ?? '', /function|native code|\[object/, word);
          assert.equal(j.query.corrections?.advocay, 'advocacy', word);
        }
      });
    });
  }
});
