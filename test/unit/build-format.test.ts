import assert from 'node:assert/strict';
import { z } from 'zod';
import { BUILD_FILES, documentSchema, parseBuildFile, parseJson, passageSchema } from '../../core/build/format.js';
import { TAG_FACET_NAMES } from '../../core/facets.js';
import { engineModule, ENGINE_NAMES, requiredFiles } from '../../core/engines/registry.js';

describe('the build format', () => {
  it('declares the files the server needs in one place: the engine module its own, the format the common ones', () => {
    assert.deepEqual(requiredFiles('lunr'), ['documents.json', 'passages.json', 'lunr.json', 'vocabulary.json', 'taxonomy.json']);
    assert.deepEqual(requiredFiles('fts5'), ['library.db', 'vocabulary.json', 'taxonomy.json']);
    assert.equal(BUILD_FILES['report.json'].required, false);
  });

  it('knows an engine only by its registry line', () => {
    assert.deepEqual(ENGINE_NAMES, ['lunr', 'fts5']);
    for (const name of ENGINE_NAMES) assert.equal(engineModule(name).name, name);
    assert.throws(() => engineModule('solr'), /no search engine named solr \(known: lunr, fts5\)/);
  });

  it('validates records on load and names the file and field of the first problem', () => {
    assert.deepEqual(parseBuildFile('vocabulary.json', [['aid', 3]]), [['aid', 3]]);
    assert.throws(() => parseBuildFile('vocabulary.json', [['aid', '3']]), /vocabulary\.json is not a valid build file: 0\.1: Expected number/);
    assert.throws(() => parseBuildFile('vocabulary.json', [['aid', 3], ['aid']]), /vocabulary\.json is not a valid build file: 1: Expected a \[string, number\] pair/);
    const terms = { acronyms: [['UN', 'United Nations']], initialisms: [['hruf', 'Human Rights Up Front']], related: { aid: ['relief'] } };
    assert.deepEqual(parseBuildFile('terms.json', terms), terms);
    assert.throws(() => parseBuildFile('terms.json', { ...terms, initialisms: [['hruf', 4]] }), /terms\.json is not a valid build file: initialisms\.0\.1: Expected string, received number/);
    assert.throws(() => parseBuildFile('terms.json', { ...terms, related: { aid: ['relief', null] } }), /terms\.json is not a valid build file: related\.aid\.1: Expected string, received null/);
    assert.throws(() => parseJson('passages.json', z.array(passageSchema), [{ id: 'p1', doc: 'a' }]), /passages\.json is not a valid build file: 0\.ordinal/);
  });

  it("keeps a document's tag facets in the order the indexer writes them (a lunr build's documents read back as FTS5's: parity26)", () => {
    const shape = Object.keys((documentSchema.shape.tags as z.AnyZodObject).shape);
    assert.deepEqual(shape, TAG_FACET_NAMES);
  });
});
