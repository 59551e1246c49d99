import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Snapshot } from '../../server/index-store.js';
import { ENGINE_NAMES } from '../helpers/service-fixture.js';
import { bundledSnapshot } from '../helpers/search-in-process.js';
import { CLASS_NAMES, classProperty, emptyReport, probeAnswers } from '../helpers/query-properties.js';

// Property-based fuzz of the query parser and the search service, in process, on every engine
// over the bundled corpus (fuzz30): generated queries of each class and hostile /api/search
// parameters get a 4xx or a well-formed answer, within the CPU bound, the same twice, and leave
// nothing behind for the next request. A fixed seed and 20 runs a class (200 in all) keep it short; the long
// campaign is `npx tsx scripts/fuzz-queries.ts RUNS [SEED]`.

const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
const SEED = Number(process.env.FUZZ_SEED ?? 30);

describe('generated queries and parameters through the parser and the search service (fuzz30)', function () {
  this.timeout(120_000);
  for (const engine of ENGINE_NAMES) {
    describe(engine, () => {
      let snap: Snapshot;
      let probes: string[];
      before(async () => {
        snap = await bundledSnapshot(engine);
        probes = probeAnswers(snap);
      });
      for (const name of CLASS_NAMES) {
        it(`${name}: no throw but a 4xx, a well-formed answer, bounded CPU, the same answer twice`, () => {
          fc.assert(classProperty(snap, name, emptyReport()), { seed: SEED, numRuns: RUNS });
        });
      }
      it('leaves the answers of fixed requests as they were', () => {
        assert.deepEqual(probeAnswers(snap), probes);
      });
    });
  }
});
