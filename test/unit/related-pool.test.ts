import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusTermsCollector, relatedWords, TERMS_OPTIONS } from '../../indexer/build-terms.js';
import { relatedAlongside, startRelated, type RelatedJob } from '../../indexer/related-pool.js';
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
    assert.equal(JSON.stringify(await startRelated(texts, options, 0).result), expected);
    assert.equal(JSON.stringify(await startRelated(texts, options, Infinity).result), expected);
  });

  it('makes the collector’s terms.json the same whether the related words were found by it or from its sample', async () => {
    const collector = new CorpusTermsCollector({ ...TERMS_OPTIONS, samplePassages: 50 });
    const texts = paragraphs();
    collector.add(texts.map((text) => ({ text }) as Passage));
    // an even sample (every second, fourth … passage) of the whole, not the first 50
    const sampled = collector.sampled();
    assert.ok(texts.length > 100 && sampled.length <= 50 && sampled.length > 25 && sampled.every((t) => texts.includes(t)));
    const own = JSON.stringify(collector.result());
    assert.equal(JSON.stringify(collector.result(await startRelated(collector.sampled(), { ...TERMS_OPTIONS, samplePassages: 50 }, 0).result)), own);
  });
});

describe('the related-words thread when something fails (indexer/related-pool.ts)', () => {
  // Under c8 (npm test) no thread is started (related-pool.ts threadModule: no bundled thread in a
  // coverage run) and the words are found in the calling thread: the errors must still reach the
  // run; that the thread is stopped is checked where there is one (npm run test:unit).
  const threaded = !process.env.NODE_V8_COVERAGE;
  /** startRelated, keeping the job it started and whether its thread has exited */
  function watched() {
    const seen: { job?: RelatedJob; exited: boolean } = { exited: false };
    const start: typeof startRelated = (...args) => {
      const job = startRelated(...args);
      job.thread?.once('exit', () => (seen.exited = true));
      seen.job = job;
      return job;
    };
    return { seen, start };
  }

  it('stops the thread when the work beside it throws (the database could not be finished), and the run gets that error', async () => {
    const { seen, start } = watched();
    // enough text that the thread is still working when the work beside it fails
    const texts = Array.from({ length: 20 }, () => paragraphs()).flat();
    await assert.rejects(
      relatedAlongside(texts, () => Promise.reject(new Error('finish failed')), { ...TERMS_OPTIONS, minPassages: 2 }, 0, start),
      /finish failed/,
    );
    if (threaded) {
      assert.ok(seen.job?.thread, 'a thread was started');
      assert.equal(seen.exited, true, 'the thread has exited');
    }
  });

  it('passes the thread’s own error to the run, once the work beside it is done, and leaves no thread', async () => {
    const { seen, start } = watched();
    // not texts: relatedFromTexts throws in the thread
    const texts = [null, 5] as unknown as string[];
    let ran = false;
    await assert.rejects(
      relatedAlongside(texts, async () => {
        ran = true;
        return 1;
      }, TERMS_OPTIONS, 0, start),
      (error: Error) => error instanceof Error && !/finish/.test(error.message),
    );
    assert.equal(ran, true);
    if (threaded) {
      assert.ok(seen.job?.thread);
      assert.equal(seen.exited, true);
    }
  });

  it('gives the work’s value and the related words when both succeed', async () => {
    const texts = paragraphs();
    const options = { ...TERMS_OPTIONS, minPassages: 2 };
    const { value, related } = await relatedAlongside(texts, async () => 'done', options, 0);
    assert.equal(value, 'done');
    assert.equal(JSON.stringify(related), JSON.stringify(relatedWords(texts.map((text) => ({ text }) as Passage), options)));
  });
});
