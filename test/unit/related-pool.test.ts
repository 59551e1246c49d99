import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusTermsCollector, relatedWords, TERMS_OPTIONS } from '../../indexer/build-terms.js';
import { relatedInThread } from '../../indexer/related-pool.js';
import type { Passage } from '../../core/types.js';

const paragraphs = () => {
  const dir = join(process.cwd(), 'corpus');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/\n\s*\n/));
};

describe('related words found in a thread (indexer/related-pool.ts)', () => {
  it('gives the words relatedWords gives, in the same order, in a thread and in the calling thread', async () => {
    const texts = paragraphs();
    const options = { ...TERMS_OPTIONS, minPassages: 2 };
    const expected = JSON.stringify(relatedWords(texts.map((text) => ({ text }) as Passage), options));
    assert.ok(Object.keys(JSON.parse(expected) as object).length > 100);
    assert.equal(JSON.stringify(await relatedInThread(texts, options, 0)), expected);
    assert.equal(JSON.stringify(await relatedInThread(texts, options, Infinity)), expected);
  });

  it('makes the collector’s terms.json the same whether the related words were found by it or from its sample', async () => {
    const collector = new CorpusTermsCollector({ ...TERMS_OPTIONS, samplePassages: 50 });
    const texts = paragraphs();
    collector.add(texts.map((text) => ({ text }) as Passage));
    // an even sample (every second, fourth … passage) of the whole, not the first 50
    const sampled = collector.sampled();
    assert.ok(texts.length > 100 && sampled.length <= 50 && sampled.length > 25 && sampled.every((t) => texts.includes(t)));
    const own = JSON.stringify(collector.result());
    assert.equal(JSON.stringify(collector.result(await relatedInThread(collector.sampled(), { ...TERMS_OPTIONS, samplePassages: 50 }, 0))), own);
  });
});
