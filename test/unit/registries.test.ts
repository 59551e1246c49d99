import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { TAG_FACETS, TAG_FACET_NAMES, tagFields, tagsOf } from '../../core/facets.js';
import { loadTaxonomy } from '../../core/taxonomy.js';
import { FACETS, FACET_LABELS } from '../../server/search/facets.js';
import { csv } from '../../server/export/formats/csv.js';
import { exporters } from '../../server/export/registry.js';
import { setTagsFrom, aggregateTags } from '../../indexer/tag/tagger.js';
import type { Passage } from '../../core/types.js';
import { ENGINE_NAMES } from '../../core/engines/registry.js';

// Registries and the text that cannot read them: the tag facets (core/facets.ts) against the
// spec's facet lists and openapi.yaml, the export formats (server/export/registry.ts) against
// openapi.yaml's format enum.

interface Schema {
  required?: string[];
  properties?: Record<string, Schema>;
  enum?: string[];
  type?: string | string[];
  items?: Schema;
  pattern?: string;
}
interface OpenApi {
  paths: Record<string, { get: { parameters: { name: string; schema?: Schema }[] }; post?: { requestBody: { content: Record<string, { schema: Schema }> } } }>;
  components: { schemas: Record<string, Schema> };
}

const root = process.cwd();
const openapi = parse(readFileSync(join(root, 'openapi.yaml'), 'utf8')) as OpenApi;
const schemas = openapi.components.schemas;
const spec = JSON.parse(readFileSync(join(root, 'spec', 'taxonomy.json'), 'utf8')) as Record<string, unknown>;
const sorted = (xs: Iterable<string>) => [...xs].sort();

describe('tag facet registry (core/facets.ts)', () => {
  it('names the facets spec/taxonomy.json lists or describes, and no other', () => {
    assert.deepEqual(sorted(TAG_FACETS.map((f) => f.list)), sorted(Object.keys(spec).filter((k) => k !== 'about')));
  });

  it('agrees with the taxonomy: every facet has its list', () => {
    const tax = loadTaxonomy();
    for (const f of TAG_FACETS) assert.ok(tax[f.list].length > 0, `taxonomy has no ${f.list}`);
  });

  it('agrees with openapi.yaml: search filters, the passage record, evidence and facet counts', () => {
    const params = openapi.paths['/api/search'].get.parameters.map((p) => p.name);
    for (const name of FACETS) assert.ok(params.includes(name), `openapi /api/search lacks the ${name} filter`);

    const passage = schemas.Passage;
    const kinds = loadTaxonomy().kinds.map((k) => k.id);
    for (const f of TAG_FACETS) {
      assert.ok(passage.required?.includes(f.field), `openapi Passage does not require ${f.field}`);
      const prop = passage.properties?.[f.field];
      assert.ok(prop, `openapi Passage lacks ${f.field}`);
      if (f.values === 'many') {
        assert.equal(prop.type, 'array', `openapi Passage.${f.field} is not an array`);
        assert.equal(prop.items?.pattern ?? null, f.idPattern, `openapi Passage.${f.field} id pattern`);
      }
    }
    assert.deepEqual(sorted(passage.properties!.kind.enum!), sorted(kinds), 'openapi Passage.kind enum is the taxonomy kinds');
    assert.deepEqual(sorted(schemas.Evidence.properties!.facet.enum!), sorted(TAG_FACET_NAMES), 'openapi Evidence.facet enum');

    const facets = schemas.SearchResponse.properties!.facets;
    assert.deepEqual(sorted(facets.required!), sorted(FACETS), 'openapi search facets');
    assert.deepEqual(sorted(Object.keys(facets.properties!)), sorted(FACETS));
  });

  it('gives every facet a label, and a CSV column per tag facet', () => {
    for (const name of FACETS) assert.ok(FACET_LABELS[name], `no label for ${name}`);
    const header = String(csv.render([])).replace(/^\uFEFF/, '').split('\r\n')[0].split(',');
    for (const f of TAG_FACETS) assert.ok(header.includes(f.field), `CSV lacks the ${f.field} column`);
  });

  it('reads a passage’s tags whether the facet holds one value or many', () => {
    const p = { kind: 'finding', actors: ['unhcr'], themes: [], places: ['SYR', 'YEM'] } as const;
    assert.deepEqual(tagsOf(p, TAG_FACETS.find((f) => f.name === 'kind')!), ['finding']);
    assert.deepEqual(tagsOf(p, TAG_FACETS.find((f) => f.name === 'place')!), ['SYR', 'YEM']);
    assert.deepEqual(Object.keys(tagFields(p)).sort(), TAG_FACETS.map((f) => f.field).sort());
  });

  it('derives the tagger’s fields and document tags from the evidence, facet by facet', () => {
    const evidence = [
      { facet: 'actor', id: 'unhcr', rule: 'alias', matched: ['UNHCR'] },
      { facet: 'place', id: 'SYR', rule: 'alias', matched: ['Syria'] },
      { facet: 'kind', id: 'finding', rule: 'body text', matched: [] },
    ] as const;
    assert.deepEqual(setTagsFrom(evidence.map((e) => ({ ...e, matched: [...e.matched] }))), { actors: ['unhcr'], themes: [], places: ['SYR'] });
    const tags = aggregateTags([{ kind: 'finding', actors: ['unhcr'], themes: [], places: ['SYR'] } as unknown as Passage]);
    assert.deepEqual(Object.keys(tags).sort(), sorted(TAG_FACET_NAMES));
    assert.deepEqual(tags.actor, [{ id: 'unhcr', weight: 1 }]);
  });
});

describe('export format registry (server/export/registry.ts)', () => {
  it('agrees with the format enum of /api/export in openapi.yaml', () => {
    const format = openapi.paths['/api/export'].get.parameters.find((p) => p.name === 'format');
    assert.deepEqual(sorted(format!.schema!.enum!), sorted(exporters.map((e) => e.id)));
    // POST /api/export takes the same formats in its body
    const posted = openapi.paths['/api/export'].post!.requestBody.content['application/json'].schema.properties!.format;
    assert.deepEqual(sorted(posted.enum!), sorted(exporters.map((e) => e.id)));
  });
});

describe('module boundaries', () => {
  /** Every project file a module reaches through its static and dynamic imports. */
  function reachable(entry: string): Map<string, string> {
    const seen = new Map<string, string>([[entry, entry]]);
    const queue = [entry];
    for (let file = queue.pop(); file; file = queue.pop()) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
        const target = resolve(dirname(file), m[1]).replace(/\.js$/, '.ts');
        if (seen.has(target)) continue;
        seen.set(target, file);
        queue.push(target);
      }
    }
    return seen;
  }

  it('the server never imports the indexer: it reads published builds, and indexes through the CLI', () => {
    const graph = reachable(join(root, 'server', 'main.ts'));
    const offending = [...graph].filter(([f]) => relative(root, f).startsWith('indexer/')).map(([f, by]) => `${relative(root, by)} → ${relative(root, f)}`);
    assert.deepEqual(offending, []);
    assert.ok(graph.has(join(root, 'core', 'engines', 'registry.ts')), 'the walk follows the server into core');
  });

  it('every registered engine has its writer, found by its name (one registry line per engine)', async () => {
    for (const name of ENGINE_NAMES) {
      const module = (await import(`../../indexer/sinks/${name}.js`)) as { openSink?: unknown };
      assert.equal(typeof module.openSink, 'function', `indexer/sinks/${name}.ts exports openSink`);
    }
    assert.doesNotMatch(readFileSync(join(root, 'indexer', 'sinks', 'registry.ts'), 'utf8'), /from '\.\/(?:lunr|fts5)\.js'/, 'the sink registry lists no engine by hand');
  });

  it('the search service does not know which engine it runs on', () => {
    for (const file of ['server/search/service.ts', 'server/search/snippet.ts', 'server/index-store.ts']) {
      assert.doesNotMatch(readFileSync(join(root, file), 'utf8'), /lunr|fts5|Fts5|sqlite/i, file);
    }
  });
});
