import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ABBREVIATIONS, tokenize } from '../../core/nlp/sentences.js';

// core/nlp/sentences.ts re-does natural's sentence tokenizer for speed: it must split every
// text exactly as natural does.
const require = createRequire(import.meta.url);
const Natural = require('natural/lib/natural/tokenizers/sentence_tokenizer') as new (a: string[], t: boolean) => { tokenize(text: string): string[] };
const natural = new Natural(ABBREVIATIONS, true);

const FRAGMENTS = [
  'The UN', ' said', ' e.g. ', '(e.g. ', ' i.e.', ' et al.', ' p. 12', ' pp. 3–4', ' no. 5', 'Casino.', ' U.S. ', ' Dr. Smith', ' op. cit.',
  '.', '. ', '?', '!', '…', '...', ' . ', '!?', '." ', '.” ', '.’', '.)', '.]', '?)', ' .', '  ', '\n',
  ' 1,000', ' 3.5', ' 12.', ' 2019.', ' 1.2.3', ' 100,00', '0.5%', ' www.example.org', ' https://x.org/a.b?c=1.', ' mail@ex.org.', ' ftp://f.g/h', ' file:///tmp/a.txt',
  // in capitals too: URI_RE is case-insensitive, and the test that lets it be skipped must be
  ' WWW.Example.ORG.', ' HTTP://X.ORG/A.B.', ' mailto:a.b@c.de.', ' www.a.b.', ' see@', ' a://b',
  ' NUMBER', ' DELIM', ' ABBREV_1', ' URI', 'protection of civilians', ' should', ' Recommendations', ' “quoted.”', ' (see above).', ' ST. ', ' Sept. ', ' c. 1990',
];

function made(seed: number, n: number): string[] {
  let x = seed;
  const next = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
  return Array.from({ length: n }, () => Array.from({ length: 1 + Math.floor(next() * 14) }, () => FRAGMENTS[Math.floor(next() * FRAGMENTS.length)]).join(''));
}

function corpusParagraphs(): string[] {
  const dir = join(process.cwd(), 'corpus');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/\n\s*\n/))
    .map((p) => p.replace(/\s+/g, ' '));
}

describe('sentence tokenizer (core/nlp/sentences.ts)', () => {
  it('splits every paragraph of the bundled corpus as natural does', () => {
    const paragraphs = corpusParagraphs();
    assert.ok(paragraphs.length > 100);
    for (const p of paragraphs) assert.deepEqual(tokenize(p), natural.tokenize(p), p);
  });

  it('splits made-up text full of abbreviations, numbers, links and punctuation as natural does', () => {
    for (const t of [...made(1, 3000), '', ' ', '.', '...', 'a $& b. c {{DELIM_0}} d.', 'x.y. Z', ' e.g. e.g. i.e. .']) assert.deepEqual(tokenize(t), natural.tokenize(t), JSON.stringify(t));
  });
});
