import assert from 'node:assert/strict';
import { parseQuery } from '../../server/search/query-parser.js';
import { limitQuery, limitWildcardReach, QUERY_LIMITS } from '../../server/search/query-limits.js';
import { Vocabulary } from '../../server/search/vocabulary.js';
import { Budget } from '../../server/search/budget.js';

const FIELDS = ['text', 'section', 'title', 'author'];
const limited = (q: string) => limitQuery(parseQuery(q, FIELDS));

describe('query limits', () => {
  it('keeps at most the allowed wildcard terms, a * before a word not searched (150 *x* took 18 s)', () => {
    const q = limited(Array.from({ length: 150 }, () => '*xyz*').join(' '));
    assert.deepEqual(q.terms.map((t) => t.text), Array(QUERY_LIMITS.wildcards).fill('xyz*'));
    assert.ok(q.warnings.some((w) => /a \* before a word is not searched/.test(w)));
    const prefixes = limited(Array.from({ length: 300 }, (_, i) => `${String.fromCharCode(97 + (i % 26))}bc*`).join(' '));
    assert.equal(prefixes.terms.length, QUERY_LIMITS.wildcards);
    assert.ok(prefixes.warnings.some((w) => /At most 4 words may have a wildcard/.test(w)));
  });

  it('searches a wildcard of one or two letters as typed, saying why (a* held a 100k FTS5 build 0.5-3 s)', () => {
    const q = limited('a* co* *x refugee* pro*');
    assert.deepEqual(
      q.terms.map((t) => [t.text, t.wildcard]),
      [['a', false], ['co', false], ['x', false], ['refugee*', true], ['pro*', true]],
    );
    assert.equal(q.warnings.filter((w) => /needs at least 3 letters \(a\*, co\* would match/.test(w)).length, 1);
    assert.equal(q.warnings.filter((w) => /"\*x": a \* before a word is not searched/.test(w)).length, 1);
    assert.deepEqual(limited('pro*').warnings, []);
  });

  // review39: "難民*" (refugee) was refused as a wildcard under three letters
  it('counts a Chinese, Japanese or Korean character as two letters of a prefix: a word of two is one, a character alone is not', () => {
    const q = limited('難民* 난민* 避難民* なん* 難* 난* ナ*');
    assert.deepEqual(
      q.terms.map((t) => [t.text, t.wildcard]),
      [['難民*', true], ['난민*', true], ['避難民*', true], ['なん*', true], ['難', false], ['난', false], ['ナ', false]],
    );
    assert.deepEqual(q.warnings.filter((w) => /wildcard needs/.test(w)), ['A wildcard needs at least 3 letters or 2 Chinese, Japanese or Korean characters (難*, 난*, ナ* would match nearly every passage): searched as typed, without the wildcard.']);
    // a character written as two UTF-16 units (a Han one beyond the BMP) counts once, as two
    assert.deepEqual(limited('𠀀𠀁*').terms.map((t) => t.wildcard), [true]);
  });

  it('caps fuzzy terms and the number of words, in the order typed', () => {
    const fuzzy = limited('protection~2 civilians~2 diplomacy~1 advocacy~1 security~2 peace~1 plain');
    assert.deepEqual(fuzzy.terms.map((t) => t.text), ['protection', 'civilians', 'diplomacy', 'advocacy', 'plain']);
    const many = limited(Array.from({ length: 100 }, (_, i) => `word${i}`).join(' '));
    assert.equal(many.terms.length, QUERY_LIMITS.terms);
    assert.equal(many.terms[0].text, 'word0');
    assert.match(many.warnings.join(' '), /more than 32 words: the last 68 were not searched/);
  });

  it('leaves an ordinary query alone', () => {
    const q = limited('protect* "age of caution" civlians~1 +unhcr -refugees');
    assert.deepEqual(q, parseQuery('protect* "age of caution" civlians~1 +unhcr -refugees', FIELDS));
  });
});

describe('wildcard reach', () => {
  // occurrences as a 100k library's vocabulary counts them (attack19), scaled down 1,000 times
  const vocabulary = new Vocabulary([['protection', 220], ['protect', 3], ['programme', 60], ['humanitarian', 290], ['human', 7], ['conflict', 150], ['context', 106], ['international', 200], ['intern', 1], ['refugee', 30]]);
  const reach = (q: string) => limitWildcardReach(limited(q), (p) => vocabulary.occurrencesWithPrefix(p), { wildcardReach: 700 });

  it('counts how often the words of a prefix occur', () => {
    assert.equal(vocabulary.occurrencesWithPrefix('prot'), 223);
    assert.equal(vocabulary.occurrencesWithPrefix('Pro'), 283);
    assert.equal(vocabulary.occurrencesWithPrefix('zz'), 0);
  });

  it('searches as typed the wildcards after the first that would pass the reach together, saying which (pro* hum* con* int*: 450-600 ms at 100k)', () => {
    const q = reach('pro* hum* con* int* refugee');
    assert.deepEqual(
      q.terms.map((t) => [t.text, t.wildcard, t.typed]),
      [['pro*', true, 'pro*'], ['hum*', true, 'hum*'], ['con', false, 'con'], ['int', false, 'int'], ['refugee', false, 'refugee']],
    );
    assert.equal(q.warnings.length, 1);
    assert.match(q.warnings[0], /con\*, int\* would match too many of the library's words: searched as typed/);
  });

  it('always expands the first wildcard, and a later one that still fits', () => {
    const q = reach('hum* con* int* refugee*');
    assert.deepEqual(q.terms.map((t) => [t.text, t.wildcard]), [['hum*', true], ['con*', true], ['int', false], ['refugee*', true]]);
    const alone = reach('hum* -pro*');
    assert.deepEqual(alone.terms.map((t) => [t.text, t.wildcard]), [['hum*', true], ['pro*', true]]);
    assert.deepEqual(alone.warnings, []);
  });

  it('leaves a query within the reach as it was', () => {
    for (const text of ['protect* human*', 'refugee* conflict', 'protection', '*tion refugee*']) {
      const q = limited(text);
      assert.equal(limitWildcardReach(q, (p) => vocabulary.occurrencesWithPrefix(p), { wildcardReach: 700 }), q, text);
    }
  });
});

describe('Budget', () => {
  it('allows optional steps until the time is spent, then remembers it cut one', () => {
    let t = 0;
    const b = new Budget(100, () => t);
    assert.equal(b.allows(), true);
    t = 99;
    assert.equal(b.allows(), true);
    assert.equal(b.cut, false);
    t = 100;
    assert.equal(b.allows(), false);
    assert.equal(b.cut, true);
    assert.equal(Budget.unlimited().allows(), true);
  });
});
