import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CslItem, DocumentRecord } from '../../core/types.js';
import { keyParts, pandocCitations } from '../../indexer/readers/pandoc-citations.js';
import { markdownDocument } from '../../indexer/readers/md-blocks.js';
import { processFile } from '../../indexer/process-file.js';
import { buildCitationGraph } from '../../indexer/references/graph.js';

// userreview17 finding 10: pandoc citations in a Markdown note were shown raw and cited nothing.

describe('pandoc citations in Markdown (refs17)', () => {
  it('writes each citation as a reader reads it and keeps its keys', () => {
    assert.deepEqual(pandocCitations('Access is negotiated [@grace2020, p. 80].'), { text: 'Access is negotiated (Grace 2020, p. 80).', keys: ['grace2020'] });
    assert.deepEqual(pandocCitations('@keller2023 [p. 4] argues'), { text: 'Keller (2023, p. 4) argues', keys: ['keller2023'] });
    assert.deepEqual(pandocCitations('[see @grace2020; @metcalfeHough2021Collaborative, ch. 2]'), { text: '(see Grace 2020; Metcalfe-Hough 2021, ch. 2)', keys: ['grace2020', 'metcalfeHough2021Collaborative'] });
    assert.deepEqual(pandocCitations('Grace says [-@grace2020, p. 3]').text, 'Grace says (2020, p. 3)');
    assert.deepEqual(keyParts('unhcr_handbook'), { name: 'unhcr_handbook', year: '' });
  });

  it('leaves e-mail addresses, handles, links and footnote marks alone', () => {
    for (const t of ['write to info@ocha.org', 'follow @UNOCHA', 'a note[^1] here']) {
      assert.deepEqual(pandocCitations(t), { text: t, keys: [] }, t);
    }
  });

  it('leaves an e-mail address in brackets and an @ in a URL\'s path alone (review17-c findings 1, 2)', () => {
    for (const t of ['[contact: press@unhcr2020.org]', 'email [ana@grace2020.com]', 'see https://medium.com/@grace2020/post here', 'https://x.org/?u=@grace2020']) {
      assert.deepEqual(pandocCitations(t), { text: t, keys: [] }, t);
    }
    assert.deepEqual(pandocCitations('[see @a2020; @b2021, pp. 3-4] and @c2019 [p. 2]'), { text: '(see A 2020; B 2021, pp. 3-4) and C (2019, p. 2)', keys: ['a2020', 'b2021', 'c2019'] });
    assert.deepEqual(pandocCitations('@c2019 then [@a2020]').keys, ['c2019', 'a2020']);
  });

  it('reads 4,000 keys in a 55 kB paragraph in linear time (review17-c finding 5)', () => {
    const text = Array.from({ length: 4000 }, (_, i) => `[@k${i}a2020]`).join(' ');
    const start = process.cpuUsage();
    const { keys } = pandocCitations(text);
    const ms = (process.cpuUsage(start).user + process.cpuUsage(start).system) / 1000;
    assert.equal(keys.length, 4000);
    assert.equal(keys[3999], 'k3999a2020');
    assert.ok(ms < 400, `${ms} ms`);
  });

  it('gives a Markdown block its keys, in a paragraph and a footnote', () => {
    const { blocks } = markdownDocument('Negotiators cite law [@grace2020, p. 80].[^1]\n\n[^1]: See @keller2023 [p. 4].\n');
    assert.equal(blocks[0].text, 'Negotiators cite law (Grace 2020, p. 80).');
    assert.deepEqual(blocks[0].citeKeys, ['grace2020']);
    const note = blocks.find((b) => b.type === 'footnote')!;
    assert.equal(note.text, 'See Keller (2023, p. 4).');
    assert.deepEqual(note.citeKeys, ['keller2023']);
  });

  it('links a note citing a corpus document by its key, whole or short', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pandoc-'));
    try {
      await writeFile(join(dir, 'note.md'), '---\ntitle: Reading note\nauthor: Ana Student\ndate: 2024\n---\n\n# Access\n\nArmed groups weigh legal arguments [@grace2020, p. 80].\n\nKeller (2023) is cited again as @keller2023Negotiating [p. 4]; see also [@unknown2019].\n');
      const r = await processFile(join(dir, 'note.md'), 'note.md', [], { maxPages: 10 });
      const note = r.document!;
      assert.ok(r.passages!.some((p) => p.text.includes('(Grace 2020, p. 80)')));
      assert.ok(!r.passages!.some((p) => p.text.includes('[@')));
      const corpusDoc = (id: string, csl: Partial<CslItem>): DocumentRecord => ({ ...note, id, file: `${id}.pdf`, csl: { id, type: 'article-journal', ...csl } as CslItem, citeKeys: undefined });
      const grace = corpusDoc('grace-2020', { title: 'Humanitarian negotiation with parties to armed conflict', author: [{ family: 'Grace', given: 'Rob' }], issued: { 'date-parts': [[2020]] }, 'citation-key': 'grace2020Humanitarian' });
      const keller = corpusDoc('keller-2023', { title: 'Negotiating access', author: [{ family: 'Keller', given: 'A.' }], issued: { 'date-parts': [[2023]] }, 'citation-key': 'keller2023Negotiating' });
      const documents = new Map([note, grace, keller].map((d) => [d.id, d]));
      buildCitationGraph(documents, r.passages!);
      assert.deepEqual(note.cites, ['grace-2020', 'keller-2023']);
      assert.deepEqual(grace.citedBy, [note.id]);
      assert.deepEqual(note.references!.map((x) => [x['citation-key'], x.inCorpus]), [['grace2020', 'grace-2020'], ['keller2023Negotiating', 'keller-2023'], ['unknown2019', undefined]]);
      const citing = r.passages!.find((p) => p.text.includes('(Grace 2020, p. 80)'))!;
      assert.deepEqual(citing.cites, ['doc:grace-2020']);
      const narrative = r.passages!.find((p) => p.text.includes('Keller (2023, p. 4)'))!;
      assert.ok(narrative.cites?.includes('doc:keller-2023'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
