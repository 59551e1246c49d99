import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import request from 'supertest';
import { corpusApp } from '../helpers/server.js';
import { cslDataSchema, cslSchemaErrors } from '../helpers/csl-schema.js';
import { parseCatalogBib } from '../../indexer/metadata/catalog.js';
import { resolveMetadata } from '../../indexer/metadata/resolve.js';

describe('CSL-JSON against the official csl-data.json schema', function () {
  this.timeout(60_000);
  let app: Awaited<ReturnType<typeof corpusApp>>['app'];
  let docs: { id: string }[];
  before(async () => {
    ({ app } = await corpusApp());
    docs = (await request(app).get('/api/documents')).body.documents;
  });

  it('is the CSL project’s v1.0 schema, and it rejects what CSL-JSON does not allow', () => {
    assert.equal(cslDataSchema.$id, 'https://resource.citationstyles.org/schema/v1.0/input/json/csl-data.json');
    assert.equal(cslDataSchema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.deepEqual(cslSchemaErrors([{ id: 'a', type: 'report', title: 'T' }]), []);
    assert.match(cslSchemaErrors([{ id: 'a', type: 'report', passage: 'p1' }]).join('\n'), /additional properties: passage/);
    assert.match(cslSchemaErrors([{ id: 'a', type: 'briefing-note' }]).join('\n'), /\/0\/type must be equal to one of the allowed values/);
    assert.match(cslSchemaErrors([{ id: 'a', type: 'report', author: [{ name: 'X' }] }]).join('\n'), /\/0\/author\/0/);
  });

  it('accepts the bundled catalog.json, and document records made from BibTeX or from the PDF alone', () => {
    assert.deepEqual(cslSchemaErrors(JSON.parse(readFileSync('corpus/catalog.json', 'utf8'))), []);
    const bib = parseCatalogBib(`@techreport{b2020, title = {A title}, author = {Bowden, Mark}, year = {2020}, month = nov,
      institution = {ODI}, type = {HPG briefing note}, file = {Full Text:/home/u/Zotero/storage/X/b.pdf:application/pdf}, keywords = {protection}}`);
    const fromBib = resolveMetadata({ file: 'b.pdf', entries: bib, embeddedSource: 'pdf-info', embedded: {}, front: [] }, bib[0]).csl;
    const fromPdf = resolveMetadata({ file: 'x/unhcr-2019-review.pdf', entries: [], embeddedSource: 'pdf-info', embedded: { title: 'Info title', authors: ['Ann Smith'], date: '2019-05' }, front: [{ text: 'Cover Title Here', size: 20 }] }, undefined).csl;
    assert.deepEqual(cslSchemaErrors([fromBib, fromPdf]), []);
  });

  it('accepts the csl-json export of one passage, a chosen set, a filtered search and an empty result', async () => {
    const passages = (await request(app).get(`/api/documents/${docs[0].id}`)).body.passages as { id: string }[];
    const queries: Record<string, string>[] = [
      { ids: passages[4].id },
      { ids: [passages[1].id, passages[7].id, ...docs.map((d) => d.id)].join(',') },
      { q: 'protection', kind: 'recommendation' },
      { q: 'zzzzqqq' },
    ];
    for (const query of queries) {
      const r = await request(app).get('/api/export').query({ format: 'csl-json', ...query }).expect(200);
      const data = JSON.parse(r.text) as unknown[];
      assert.deepEqual(cslSchemaErrors(data), [], JSON.stringify(query));
      if (!query.q?.startsWith('zz')) assert.ok(data.length > 0, JSON.stringify(query));
    }
  });

  it('serves every parsed reference list as valid CSL-JSON, with the corpus links under custom', async () => {
    let total = 0;
    for (const d of docs) {
      const refs = (await request(app).get(`/api/documents/${d.id}`)).body.references as { custom?: { passage?: string; work?: string } }[];
      assert.deepEqual(cslSchemaErrors(refs), [], d.id);
      for (const r of refs) assert.ok(r.custom?.passage && r.custom.work, `${d.id}: a reference without its passage and work`);
      total += refs.length;
    }
    assert.ok(total >= 40, `${total} references`);
  });
});
