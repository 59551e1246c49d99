import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexTerms } from '../../core/analysis.js';
import lunr from '../../core/lunr-setup.js';

describe('text analysis', () => {
  it('gives the same terms for a token seen before (its cache) as the first time, stop words and bare punctuation included', () => {
    const text = 'The peacekeepers were protecting civilians — and the civilians’ protection, (again).';
    const first = indexTerms(text);
    assert.deepEqual(first, ['peacekeep', 'protect', 'civilian', 'civilian', 'protect', 'again']);
    assert.deepEqual(indexTerms(text), first);
    assert.deepEqual(indexTerms('the — and'), []);
  });

  it("cuts words where lunr's tokenizer cuts them (the bundled corpus, separators of every kind)", () => {
    const dir = join(process.cwd(), 'corpus');
    const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/\n\s*\n/));
    texts.push('IHL/IHRL  humanitarian–development\u00a0nexus—and\tmore\u2028lines -hyphen- / ');
    const lunrTerms = (text: string) => lunr.tokenizer(text).flatMap((t) => {
      const trimmed = lunr.trimmer(t);
      return trimmed && lunr.stopWordFilter(trimmed) ? [lunr.stemmer(trimmed).toString()].filter(Boolean) : [];
    });
    for (const text of texts) assert.deepEqual(indexTerms(text), lunrTerms(text));
  });
});
