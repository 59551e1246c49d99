import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StagedBuild } from '../../core/build/publish.js';
import { documentRows } from '../../core/build/library-db.js';
import type { EngineName } from '../../core/build/format.js';
import type { DocumentRecord, Passage } from '../../core/types.js';
import { VocabularyCounter } from '../../indexer/build-vocab.js';
import { CorpusTermsCollector } from '../../indexer/build-terms.js';
import { resolveCorpusCitations, traceDocumentCitations } from '../../indexer/references/graph.js';
import { StreamedCitations } from '../../indexer/references/streamed.js';
import { assignKeys, engineFor } from '../../indexer/run.js';
import { JsonArrayWriter } from '../../indexer/sinks/json-lines.js';
import { sinkFor } from '../../indexer/sinks/registry.js';
import { assertSameBuild, dumpBuild, writeWholeBuild } from '../helpers/whole-build.js';
import { removeAll, tempDir } from '../helpers/tmp.js';

const doc = (id: string, title: string, year = 2020): DocumentRecord => ({
  id, csl: { id, type: 'report', title, author: [{ family: 'Bowden', given: 'J.' }], issued: { 'date-parts': [[year]] } }, provenance: {}, file: `${id}.txt`, format: 'txt', hash: '', pages: null, pageLabels: null,
  passageCount: 0, tags: { actor: [], theme: [], place: [], kind: [] }, furniture: { removed: 0, kinds: {} }, outline: [],
});
const passage = (d: string, ordinal: number, text: string, blockType: 'paragraph' | 'reference' = 'paragraph'): Passage => ({
  id: `${d}-${ordinal}`, doc: d, ordinal, block: ordinal, text, section: ['Intro'], page: null, physicalPage: null, start: 0, end: 0,
  kind: blockType === 'reference' ? 'reference' : 'finding', blockType, actors: [], themes: [], places: [], evidence: [],
});

/**
 * Three documents: the second cites the first by title (a match across the corpus, resolved
 * only at the end) and the third cites only outside works (its citations final on arrival).
 */
function library(): { docs: DocumentRecord[]; passages: Passage[][] } {
  const a = doc('a', 'Humanitarian diplomacy in an age of caution', 2020);
  const b = doc('b', 'Collaborative advocacy', 2021);
  const c = doc('c', 'Peace operations and human security', 2024);
  const pa = [passage('a', 0, 'Diplomacy protects civilians. It is quiet work.'), passage('a', 1, 'Access was negotiated (UN, 2019).')];
  const pb = [
    passage('b', 0, 'As Bowden showed, caution prevails (Bowden, 2020).'),
    passage('b', 1, 'It spoke of failure (ibid.: 29).'),
    passage('b', 2, 'Bowden, J. (2020) Humanitarian diplomacy in an age of caution. London: ODI.', 'reference'),
  ];
  const pc = [passage('c', 0, 'Mandates grew (Slim, 2015).'), passage('c', 1, 'Slim, H. (2015) Humanitarian ethics. London: Hurst.', 'reference')];
  return { docs: [a, b, c], passages: [pa, pb, pc] };
}

/** What run.ts does with each document, into a sink, then the vocabulary and terms; returns the engine written. */
async function stream(staged: StagedBuild, choice: EngineName | 'auto', threshold = 3000): Promise<EngineName> {
  const { docs, passages } = library();
  const sink = await sinkFor(choice, threshold)(staged);
  const citations = new StreamedCitations();
  const vocabulary = new VocabularyCounter();
  const terms = new CorpusTermsCollector();
  const engines: EngineName[] = [];
  for (let i = 0; i < docs.length; i++) {
    citations.add(docs[i], passages[i]);
    vocabulary.add(passages[i]);
    terms.add(passages[i]);
    await sink.add(docs[i], documentRows(docs[i], passages[i]));
    engines.push(sink.engine);
  }
  const documents = new Map(docs.map((d) => [d.id, d]));
  assignKeys(documents);
  await sink.finish(citations.resolve(documents));
  await staged.writeFile('vocabulary.json', JSON.stringify(vocabulary.top()));
  await staged.writeFile('terms.json', JSON.stringify(terms.result()));
  if (choice === 'auto') assert.deepEqual(engines, [0, 1, 2].map((i) => engineFor('auto', passages.slice(0, i + 1).flat().length, threshold)), 'auto switches as soon as the threshold is reached');
  return sink.engine;
}

/** The same library built the whole-corpus way. */
async function whole(dir: string, engine: EngineName): Promise<void> {
  const { docs, passages } = library();
  await writeWholeBuild(dir, engine, docs, passages.flat());
}

describe('streaming a build', () => {
  const dirs: string[] = [];
  after(() => removeAll(...dirs));
  const dir = async () => {
    const d = await tempDir('sink-');
    dirs.push(d);
    return d;
  };

  it('writes a JSON array element by element with the bytes of JSON.stringify', async () => {
    const d = await dir();
    const values = [{ a: 1, b: [1, 2], c: 'x"y' }, null, 'é', [], { d: undefined }];
    const w = await JsonArrayWriter.create(join(d, 'a.json'));
    for (const v of values) await w.add(v);
    await w.close();
    assert.equal(await readFile(join(d, 'a.json'), 'utf8'), JSON.stringify(values));
  });

  for (const engine of ['lunr', 'fts5'] as const) {
    it(`writes through the ${engine} sink what the whole-corpus builders give, citations across documents included`, async () => {
      const expected = await dir();
      await whole(expected, engine);
      const staged = await StagedBuild.open(await dir(), 'b1');
      assert.equal(await stream(staged, engine), engine);
      assert.deepEqual(await readdir(staged.dir).then((f) => f.sort()), await readdir(expected).then((f) => f.sort()), 'no spool or journal is left');
      const got = await dumpBuild(staged.dir);
      assertSameBuild(got, await dumpBuild(expected));
      // the reference names the first document, the in-text citation and "ibid." follow it
      const passages = engine === 'lunr' ? (JSON.parse(got['passages.json'] as string) as Passage[]) : (got['library.db'] as { passages: { record: string }[] }).passages.map((r) => JSON.parse(r.record) as Passage);
      assert.deepEqual(passages.filter((p) => p.doc === 'b').map((p) => p.cites), [['doc:a'], ['doc:a'], ['doc:a']]);
      // a work outside the corpus: cited on arrival, under its own key
      const outside = passages.find((p) => p.id === 'c-1')?.cites;
      assert.equal(outside?.length, 1);
      assert.ok(!outside[0].startsWith('doc:'));
      assert.deepEqual(passages.find((p) => p.id === 'c-0')?.cites, outside);
    });
  }

  it('auto: holds documents until the threshold, then writes fts5 from them on', async () => {
    const expected = await dir();
    await whole(expected, 'fts5');
    const staged = await StagedBuild.open(await dir(), 'b2');
    assert.equal(await stream(staged, 'auto', 3), 'fts5');
    assertSameBuild(await dumpBuild(staged.dir), await dumpBuild(expected));
  });

  it('auto: a library that ends below the threshold is written for lunr', async () => {
    const expected = await dir();
    await whole(expected, 'lunr');
    const staged = await StagedBuild.open(await dir(), 'b3');
    assert.equal(await stream(staged, 'auto', 8), 'lunr');
    assertSameBuild(await dumpBuild(staged.dir), await dumpBuild(expected));
    // one passage fewer than the library's seven: fts5 from the last document on
    assert.equal(await stream(await StagedBuild.open(await dir(), 'b4'), 'auto', 7), 'fts5');
  });

  it('matches a reference to the first corpus document with a close enough title, not a longer or later one', () => {
    const docs = [doc('x', 'Protection of civilians in peace operations', 2019), doc('y', 'Protection of civilians in peace operations', 2019), doc('z', 'Protection of civilians in peace operations: a review of twenty years of mandates', 2019), doc('c', 'Citing paper')];
    const ps = [passage('c', 0, 'Smith, A. (2019) Protection of Civilians in Peace-Operations. New York: IPI.', 'reference')];
    traceDocumentCitations(docs[3], ps);
    resolveCorpusCitations(new Map(docs.map((d) => [d.id, d])));
    assert.equal(docs[3].references?.[0].inCorpus, 'x');
    assert.deepEqual(docs[0].citedBy, ['c']);
    assert.deepEqual(docs[1].citedBy, []);
  });
});
