import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EngineName } from '../../core/build/format.js';
import type { CslItem, DocumentRecord } from '../../core/types.js';
import { listCorpus } from '../../indexer/corpus.js';
import { processCorpus } from '../../indexer/process-corpus.js';
import type { ProcessedFile } from '../../indexer/process-file.js';
import { runIndex, type RunOptions } from '../../indexer/run.js';
import { prepareDocument } from '../../indexer/prepare-document.js';
import { assertSameBuild, dumpBuild, writeWholeBuild } from '../helpers/whole-build.js';
import { removeAll, tempDir } from '../helpers/tmp.js';

// The streamed build (documents into a sink one at a time, citations across documents applied
// at the end) holds the same content as the build the indexer wrote when it gathered the whole
// corpus first. The corpora are read once by the worker pool; each build replays those results.

const BUNDLED = join(process.cwd(), 'corpus');

/**
 * A generated library whose documents cite each other: every fourth document gets in-text
 * citations and a reference list naming two others of the library (by title, as a reader
 * would) and one work outside it.
 */
async function generatedLibrary(dir: string): Promise<void> {
  execFileSync(process.execPath, [join(process.cwd(), 'scripts', 'gen-corpus.mjs'), '--docs', '40', '--out', dir, '--seed', '1'], { stdio: 'ignore' });
  const catalog = JSON.parse(await readFile(join(dir, 'catalog.json'), 'utf8')) as CslItem[];
  const year = (c: CslItem) => c.issued?.['date-parts']?.[0]?.[0] ?? 2020;
  const family = (c: CslItem) => c.author?.[0]?.family ?? 'Anon';
  const entry = (c: CslItem) => `${family(c)}, ${(c.author?.[0]?.given ?? 'A')[0]}. (${year(c)}) ${c.title}. London: ODI.`;
  for (let i = 0; i < catalog.length; i += 4) {
    const cited = [catalog[(i + 1) % catalog.length], catalog[(i + 7) % catalog.length]];
    const prose = `As others found (${family(cited[0])}, ${year(cited[0])}; Slim, 2015), and later (ibid.), the record is mixed; ${family(cited[1])} (${year(cited[1])}) disagrees.`;
    const refs = [...cited.map(entry), 'Slim, H. (2015) Humanitarian ethics: a guide to the morality of aid in war and disaster. London: Hurst.'].sort();
    await appendFile(join(dir, `${catalog[i].id}.txt`), `\n\n${prose}\n\n\n\nReferences\n\n${refs.join('\n\n')}\n`);
  }
}

/** The pool's results for a corpus, read once. */
async function readCorpus(corpusDir: string): Promise<ProcessedFile[]> {
  const listing = await listCorpus(corpusDir);
  const out: ProcessedFile[] = [];
  for await (const r of processCorpus(listing.files, listing.entries, { maxPages: 2000, timeoutMs: 300_000 })) out.push(r);
  return out;
}

/** A stand-in for the pool that yields copies of results read before (runs mutate what they get). */
const replay = (results: ProcessedFile[], failAt = Infinity): RunOptions['process'] =>
  async function* () {
    for (const [i, r] of results.entries()) {
      if (i === failAt) throw new Error('the pool failed');
      yield structuredClone(r);
    }
  };

/** The results as the pool gives them to a run: each document prepared in its worker, without its passages. */
const preparedInWorkers = (results: ProcessedFile[]): ProcessedFile[] =>
  structuredClone(results).map(({ passages, ...r }) => (r.document && passages ? { ...r, prepared: prepareDocument(r.document, passages) } : { ...r, passages }));

describe('a streamed build equals the whole-corpus build', function () {
  this.timeout(900_000);
  const dirs: string[] = [];
  const corpora: Record<string, { dir: string; results: ProcessedFile[] }> = {};
  before(async () => {
    const generated = await tempDir('gen-corpus-');
    dirs.push(generated);
    await generatedLibrary(generated);
    for (const [name, dir] of [['bundled', BUNDLED], ['generated', generated]] as const) corpora[name] = { dir, results: await readCorpus(dir) };
  });
  after(() => removeAll(...dirs));

  async function compare(name: string, engine: EngineName | 'auto', expected: EngineName, autoThreshold?: number, prepared = false): Promise<DocumentRecord[]> {
    const { dir, results } = corpora[name];
    const whole = await tempDir('whole-');
    const out = await tempDir('streamed-');
    dirs.push(whole, out);
    const held = structuredClone(results).filter((r) => r.document && r.passages);
    await writeWholeBuild(whole, expected, held.map((r) => r.document!), held.flatMap((r) => r.passages!));
    const { manifest } = await runIndex({ corpusDir: dir, indexDir: out, maxPages: 2000, timeoutMs: 300_000, useCache: false, engine, autoThreshold, process: replay(prepared ? preparedInWorkers(results) : results) });
    assert.equal(manifest?.engine, expected);
    assertSameBuild(await dumpBuild(join(out, 'builds', manifest!.id)), await dumpBuild(whole));
    assert.deepEqual((await readdir(join(out, 'builds'))).filter((n) => n.startsWith('.')), [], 'no staging directory is left');
    return held.map((r) => r.document!);
  }

  for (const name of ['bundled', 'generated']) {
    for (const engine of ['lunr', 'fts5'] as const) {
      it(`${name} corpus, ${engine}`, async () => {
        await compare(name, engine, engine);
      });
      it(`${name} corpus, ${engine}, documents prepared in the workers`, async () => {
        await compare(name, engine, engine, undefined, true);
      });
    }
  }

  it('the generated corpus has citations across its documents (what the late fields are for)', async () => {
    const docs = JSON.parse(await readFile(join(await runGenerated('lunr'), 'documents.json'), 'utf8')) as DocumentRecord[];
    assert.ok(docs.filter((d) => d.citedBy?.length).length >= 10, 'documents cited by others');
    assert.ok(docs.some((d) => d.references?.some((r) => !r.inCorpus)), 'works outside the corpus');
  });

  it('auto switches to fts5 at the threshold and stays lunr below it', async () => {
    const passages = corpora.generated.results.reduce((n, r) => n + (r.passages?.length ?? 0), 0);
    await compare('generated', 'auto', 'fts5', passages);
    await compare('generated', 'auto', 'fts5', Math.floor(passages / 3));
    await compare('generated', 'auto', 'lunr', passages + 1);
    await compare('generated', 'auto', 'fts5', Math.floor(passages / 3), true);
  });

  it('a second document with the same id is renamed alike whether its worker prepared it or not', async () => {
    const { dir, results } = corpora.generated;
    // two more files whose documents take ids already used (a.pdf beside a.txt): same passage
    // ids too, which a lunr build allows (library.db's index of ids does not). Their bytes
    // differ (another hash): the same bytes would be one document and a duplicate.
    const others = structuredClone(results.filter((r) => r.document).slice(0, 2));
    for (const r of others) {
      r.document!.hash = `${r.document!.hash}-other`;
      r.report.file = `other-${r.report.file}`;
    }
    const twice = [...results, ...others];
    const builds: Record<string, unknown>[] = [];
    for (const held of [twice, preparedInWorkers(twice)]) {
      const out = await tempDir('renamed-');
      dirs.push(out);
      const { manifest } = await runIndex({ corpusDir: dir, indexDir: out, maxPages: 2000, timeoutMs: 300_000, useCache: false, engine: 'lunr', process: replay(held) });
      assert.equal(manifest?.counts.documents, results.filter((r) => r.document).length + 2);
      builds.push(await dumpBuild(join(out, 'builds', manifest!.id)));
    }
    assertSameBuild(builds[1], builds[0]);
  });

  for (const engine of ['lunr', 'fts5', 'auto'] as const) {
    it(`a run that fails part-way (${engine}) leaves no staging directory and the previous build served`, async () => {
      const out = await tempDir('failed-');
      dirs.push(out);
      const { dir, results } = corpora.generated;
      const options = { corpusDir: dir, indexDir: out, maxPages: 2000, timeoutMs: 300_000, useCache: false, engine, autoThreshold: 100 };
      const { manifest } = await runIndex({ ...options, process: replay(results.slice(0, 3)) });
      await assert.rejects(runIndex({ ...options, process: replay(results, 20) }), /the pool failed/);
      assert.deepEqual(await readdir(join(out, 'builds')), [manifest!.id]);
      assert.equal((await readFile(join(out, 'CURRENT'), 'utf8')).trim(), manifest!.id);
    });
  }

  async function runGenerated(engine: EngineName): Promise<string> {
    const out = await tempDir('gen-index-');
    dirs.push(out);
    const { manifest } = await runIndex({ corpusDir: corpora.generated.dir, indexDir: out, maxPages: 2000, timeoutMs: 300_000, useCache: false, engine, process: replay(corpora.generated.results) });
    return join(out, 'builds', manifest!.id);
  }
});
