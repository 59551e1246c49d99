import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EngineName } from '../../core/build/format.js';
import { runIndex } from '../../indexer/run.js';
import { IndexStore } from '../../server/index-store.js';
import { removeAll, tempDir } from '../helpers/tmp.js';

// userreview19a finding 2: a work's citation key survives a rebuild that adds another work of
// the same first author, year and title word (the key a writer cites must not move to `…b`).

const note = (title: string, body: string) => `---\ntitle: "${title}"\nauthor: "Keller, Jonas"\ndate: 2023-06-01\n---\n\n${body}\n`;

describe('citation keys across rebuilds (userreview19a)', function () {
  this.timeout(300_000);
  const dirs: string[] = [];
  after(() => removeAll(...dirs));

  for (const engine of ['lunr', 'fts5'] as const satisfies EngineName[]) {
    it(`keeps a work's key when a work of the same base key joins the library (${engine})`, async () => {
      const corpus = await tempDir();
      const out = await tempDir();
      dirs.push(corpus, out);
      await writeFile(join(corpus, 'zz-keller-negotiating-access.md'), note('Negotiating humanitarian access', 'Access negotiations with armed groups depend on trust built over months of contact.'));
      const opts = { corpusDir: corpus, indexDir: out, maxPages: 2000, timeoutMs: 60_000, useCache: true, engine, workers: 1 };
      await runIndex(opts);
      const keys = async () => {
        const store = new IndexStore(out);
        await store.refresh();
        return Object.fromEntries([...store.snapshot.documents.values()].map((d) => [d.id, d.csl['citation-key']]));
      };
      const first = await keys();
      assert.deepEqual(Object.values(first), ['keller2023Negotiating']);
      // a second work whose id sorts first: lettered by id order alone, it would take `a` and the first `b`
      await writeFile(join(corpus, 'aa-keller-negotiating-blog.md'), note('Negotiating with armed groups', 'A practitioner writes about checkpoints, permits and the patience that access requires.'));
      await runIndex(opts);
      const second = await keys();
      const [id] = Object.keys(first);
      assert.equal(second[id], 'keller2023Negotiating');
      assert.deepEqual(Object.values(second).sort(), ['keller2023Negotiating', 'keller2023Negotiatinga']);
    });
  }
});
