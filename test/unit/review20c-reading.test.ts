import assert from 'node:assert/strict';
import { join } from 'node:path';
import { processFile, type ProcessedFile } from '../../indexer/process-file.js';
import { FIXTURES } from '../helpers/tmp.js';

// review20 c: pdf20's side heads and sideways rules on layouts they were not made for
// (test/fixtures/pdf-review20c/README.md).

const read = (file: string): Promise<ProcessedFile> => processFile(join(FIXTURES, 'pdf-review20c', file), file, [], { maxPages: 20 });
const all = (r: ProcessedFile) => (r.blocks ?? []).map((b) => b.text).join('\n');

describe('review20c: pdf20 reading rules on pages they were not made for', function () {
  this.timeout(120_000);

  it('reads a fact sheet’s bold first column with its values, not as one heading per row (finding 1)', async () => {
    const r = await read('a1-keyvalue.pdf');
    const p2 = (r.blocks ?? []).filter((b) => b.page === 2);
    assert.equal(p2.filter((b) => b.type === 'heading').length, 0, p2.map((b) => `${b.type}: ${b.text}`).join('\n'));
    assert.ok(all(r).includes('Lead agency Office for the Coordination of Humanitarian Affairs'), all(r));
  });

  it('keeps a turned table and turned column heads inside the text (finding 3)', async () => {
    const r = await read('c1-sideways.pdf');
    for (const w of ['Households reached', 'Tonnes distributed', 'Food security', 'Protection']) assert.ok(all(r).includes(w), `${w}\n${all(r)}`);
  });
});
