import assert from 'node:assert/strict';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { runIndex } from '../../indexer/run.js';
import { loadSnapshot } from '../../server/index-store.js';
import { withTerms } from '../../server/search/service.js';
import { nameWords, otherLanguageWord } from '../../server/search/taxonomy-names.js';
import { synonymGroups } from '../../core/taxonomy.js';
import { parseBuildFile } from '../../core/build/format.js';
import { removeAll, tempDir } from '../helpers/tmp.js';

// loadSnapshot reads and checks terms.json before a build is served, but makes the maps of it
// and of the taxonomy's names on the first search that reads them (not on the way to health).
describe('a snapshot’s term maps and name words, made on first use (server/index-store.ts)', function () {
  this.timeout(120_000);
  const dirs: string[] = [];
  let index: string;
  let id: string;
  after(() => removeAll(...dirs));
  before(async () => {
    const corpus = await tempDir();
    index = await tempDir();
    dirs.push(corpus, index);
    await cp(join(process.cwd(), 'corpus', 'gilder-2024-peace-operations-human-security.txt'), join(corpus, 'a.txt'));
    const { manifest } = await runIndex({ corpusDir: corpus, indexDir: index, maxPages: 100, timeoutMs: 60_000, useCache: true });
    id = manifest!.id;
  });

  it('gives the same synonyms, thesaurus, initialisms, related words and names as made at load, the same objects on every read', async () => {
    const snap = await loadSnapshot(index, id);
    try {
      const dir = join(index, 'builds', id);
      const terms = parseBuildFile('terms.json', JSON.parse(await readFile(join(dir, 'terms.json'), 'utf8')));
      const made = withTerms(terms, synonymGroups(snap.taxonomy));
      assert.deepEqual(snap.synonyms, made.synonyms);
      assert.deepEqual(snap.thesaurus, made.thesaurus);
      assert.deepEqual(snap.initialisms, made.initialisms);
      assert.deepEqual(snap.related, made.related);
      assert.deepEqual(snap.names, nameWords(snap.taxonomy, otherLanguageWord));
      assert.equal(snap.synonyms, snap.synonyms);
      assert.equal(snap.names, snap.names);
      // a copy of the snapshot (as a request's context may be) reads the same maps
      assert.equal({ ...snap }.related, snap.related);
    } finally {
      snap.close();
    }
  });

  it('still refuses a build whose terms.json is not a valid build file, even with a matching checksum', async () => {
    const copy = await tempDir();
    dirs.push(copy);
    await cp(index, copy, { recursive: true });
    const dir = join(copy, 'builds', id);
    const bad = JSON.stringify({ acronyms: 'none' });
    await writeFile(join(dir, 'terms.json'), bad);
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { files: Record<string, { bytes: number; sha256: string }> };
    manifest.files['terms.json'] = { bytes: Buffer.byteLength(bad), sha256: createHash('sha256').update(bad).digest('hex') };
    await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
    await assert.rejects(loadSnapshot(copy, id), /terms\.json is not a valid build file/);
  });
});
