import assert from 'node:assert/strict';
import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { sha256 } from '../../core/text.js';
import { loadTaxonomy } from '../../core/taxonomy.js';
import { DocumentCache } from '../../indexer/document-cache.js';
import { processFile } from '../../indexer/process-file.js';
import { Tagger } from '../../indexer/tag/tagger.js';
import { removeAll, tempDir } from '../helpers/tmp.js';

// review22 b: the document cache (userreview22) is an optimisation. A write that fails must not
// cost the build its document (finding 1), and an entry that is not one is built again, not
// served (finding 6).

const NOTE = 'Humanitarian access in the north\n\nConvoys to the northern districts were delayed for three weeks at checkpoints, and agencies negotiated access with the local authorities.\n';

describe('the document cache is best effort', function () {
  this.timeout(60_000);
  const tagger = new Tagger(loadTaxonomy());
  const dirs: string[] = [];
  after(() => removeAll(...dirs));

  async function note(): Promise<{ dir: string; abs: string }> {
    const dir = await tempDir();
    dirs.push(dir);
    const abs = join(dir, 'access-note.txt');
    await writeFile(abs, NOTE);
    return { dir, abs };
  }

  it('indexes a file whose document cannot be written to the cache (a cache folder that is a file)', async () => {
    const { dir, abs } = await note();
    const notAFolder = join(dir, 'cache');
    await writeFile(notAFolder, 'not a folder');
    const r = await processFile(abs, 'access-note.txt', [], { maxPages: 2000, tagger, documents: new DocumentCache(notAFolder, 'g') });
    assert.equal(r.report.status, 'indexed', r.report.reason);
    assert.ok(r.document && r.passages?.length);
  });

  it('builds again a cached entry that parses but is not a document, and replaces it', async () => {
    const { dir, abs } = await note();
    const root = join(dir, 'cache');
    const key = DocumentCache.key({ hash: sha256(Buffer.from(NOTE)), file: 'access-note.txt', maxPages: 2000, entries: [] });
    await mkdir(join(root, 'documents', 'g'), { recursive: true });
    await writeFile(join(root, 'documents', 'g', `${key}.json.gz`), gzipSync('{}'));
    const documents = new DocumentCache(root, 'g');
    const first = await processFile(abs, 'access-note.txt', [], { maxPages: 2000, tagger, documents });
    assert.equal(first.report.status, 'indexed', first.report.reason);
    assert.equal(first.report.reused, undefined);
    const second = await processFile(abs, 'access-note.txt', [], { maxPages: 2000, tagger, documents });
    assert.equal(second.report.reused, true);
    assert.deepEqual(second.document, JSON.parse(JSON.stringify(first.document)));
    assert.deepEqual(await readdir(join(root, 'documents', 'g')), [`${key}.json.gz`]);
  });

  it('sweeps the entries a whole run neither read nor wrote, and a killed worker\'s temporary file (finding 5)', async () => {
    const dir = await tempDir();
    dirs.push(dir);
    const cache = new DocumentCache(dir, 'g');
    const folder = join(dir, 'documents', 'g');
    const abs = join(dir, 'access-note.txt');
    await writeFile(abs, NOTE);
    const { document, passages } = await processFile(abs, 'access-note.txt', [], { maxPages: 2000, tagger });
    const value = { report: { file: 'access-note.txt', status: 'indexed' as const, passages: 1 }, document: document!, passages: passages! };
    for (const key of ['used', 'edited-since']) await cache.set(key, value);
    await writeFile(join(folder, '.killed.123.tmp'), 'half');
    const yesterday = new Date(Date.now() - 86_400_000);
    for (const name of await readdir(folder)) await utimes(join(folder, name), yesterday, yesterday);
    const started = Date.now();
    assert.ok(await cache.get('used'));
    await cache.set('built-now', value);
    assert.equal(await DocumentCache.sweep(dir, 'g', started), 2);
    assert.deepEqual((await readdir(folder)).sort(), ['built-now.json.gz', 'used.json.gz']);
  });
});
