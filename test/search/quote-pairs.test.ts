import assert from 'node:assert/strict';
import { pairQuotes } from '../../server/search/quote-pairs.js';
import { parseQuery } from '../../server/search/query-parser.js';
import { queryText } from '../../server/http/params.js';

// Quotation marks as users paste them: doubled, nested, curly inside straight, left open (lang29).
describe('pairQuotes and the parser\'s phrases', () => {
  const phrases = (q: string) => parseQuery(q, ['title', 'text']).phrases.map((p) => p.text);
  const warnings = (q: string) => parseQuery(q, ['title', 'text']).warnings;

  it('reads a doubled or nested quotation as its outermost phrase', () => {
    assert.deepEqual(phrases('""speak out""'), ['speak out']);
    assert.deepEqual(phrases('“‘speak out’”'), ['speak out']);
    assert.deepEqual(phrases('"the "age of caution" report"'), ['the age of caution report']);
    assert.deepEqual(phrases('"human “rights” law"'), ['human rights law']);
    assert.deepEqual(phrases('“the “age of caution” report” Syria'), ['the age of caution report']);
    for (const q of ['""speak out""', '"the "age of caution" report"', '"human “rights” law"']) assert.deepEqual(warnings(q), [], q);
  });

  it('keeps the phrases of ordinary queries as they were', () => {
    assert.deepEqual(phrases('"a b" "c d"'), ['a b', 'c d']);
    assert.deepEqual(phrases('“a b” “c d”'), ['a b', 'c d']);
    assert.deepEqual(phrases('"x y""z w"'), ['x y', 'z w']);
    assert.deepEqual(phrases('+"a b" NOT "c d"'), ['a b', 'c d']);
    assert.deepEqual(phrases('text:"a b"~0 ("c d")'), ['a b', 'c d']);
    assert.deepEqual(phrases('a"b c" d'), ['b c']);
    assert.equal(pairQuotes('"a b" c').text, '"a b" c');
    assert.equal(pairQuotes('no marks').text, 'no marks');
  });

  it('reads single quotation marks around words as a phrase, and an apostrophe as an apostrophe', () => {
    assert.deepEqual(phrases('‘quiet diplomacy’'), ['quiet diplomacy']);
    assert.deepEqual(phrases("'speak out' Syria"), ['speak out']);
    const read = (q: string) => ({ ...parseQuery(q, ['title', 'text']), raw: '' });
    assert.deepEqual(read("title:'age of caution'"), read('title:"age of caution"'));
    assert.deepEqual(phrases('the ‘age of caution’, donors'), ['age of caution']);
    assert.deepEqual(phrases("states' ‘responsibility to protect’"), ['responsibility to protect']);
    assert.deepEqual(read("O'Brien's 'protection of civilians' report"), read('O\'Brien\'s "protection of civilians" report'));
    assert.deepEqual(phrases('"the ‘age of caution’ report"'), ['the age of caution report']);
    for (const q of ["O'Brien", 'states’ duty', "don't", "donors' role in 'localisation", "rock'n'roll"]) {
      assert.deepEqual(phrases(q), [], q);
      assert.deepEqual(warnings(q), [], q);
      assert.equal(pairQuotes(q).text, q, q);
    }
  });

  // review33: 'n' had become a required one-letter phrase ("protection 'n' civilians" found 1 passage of 198)
  it("reads one letter between single marks as a word cut short, not a phrase: rock 'n' roll", () => {
    const terms = (q: string) => parseQuery(q, ['title', 'text']).terms.map((t) => `${t.text}${t.quoted ? '"' : ''}:${t.presence}`);
    assert.deepEqual(terms("rock 'n' roll"), terms('rock n roll'));
    assert.deepEqual(terms('fish ’n’ chips'), terms('fish n chips'));
    assert.deepEqual(terms("‘a’ OR ‘b’"), terms('a OR b'));
    assert.equal(pairQuotes("rock 'n' roll").text, "rock 'n' roll");
    // a word of two letters or more is still quoted, and a pair after an elision still pairs
    assert.deepEqual(phrases("'UN' 'n' 'speak out'"), ['speak out']);
    assert.deepEqual(terms("'UN'"), ['un":required']);
  });

  // review35: a word that starts with an apostrophe (a decade, 'tis) had opened a quotation a
  // plural's possessive then closed — "the '90s and the states' duty" became one required phrase
  // and found nothing (0 passages on both engines, 66–67 for its words)
  it("reads a decade or an old elision as a word, not as a quotation's opening: the '90s, 'tis", () => {
    const terms = (q: string) => parseQuery(q, ['title', 'text']).terms.map((t) => `${t.text}${t.quoted ? '"' : ''}:${t.presence}`);
    for (const q of ["the '90s and the states' duty", 'the ‘90s and the states’ duty', "'tis the donors' role", "the '20s, 'twas the donors' year"]) {
      assert.deepEqual(phrases(q), [], q);
      assert.equal(pairQuotes(q).text, q, q);
    }
    assert.deepEqual(terms("the '90s and the states' duty"), terms('the 90s and the states duty'));
    // a quotation after it still pairs, and one that begins with a number other than a decade
    assert.deepEqual(phrases("the '90s 'quiet diplomacy'"), ['quiet diplomacy']);
    assert.deepEqual(phrases("'2030 agenda' donors"), ['2030 agenda']);
    assert.deepEqual(phrases("'tisane trade'"), ['tisane trade']);
  });

  // review35: the marks were tested a UTF-16 unit at a time: a letter outside the BMP beside a
  // mark (what the parser folds to its letter) or a combining accent before the closing one was no letter
  it('pairs single marks beside a letter written as two code units or with a combining accent', () => {
    assert.deepEqual(phrases("'\u{1D412}\u{1D432}\u{1D42B}\u{1D422}\u{1D41A} talks'"), ['syria talks']);
    assert.deepEqual(phrases("'talks in \u{1D412}\u{1D432}\u{1D42B}\u{1D422}\u{1D41A}'"), ['talks in syria']);
    assert.equal(phrases("'la se\u0301curite\u0301' donors").length, 1);
  });

  it('warns of a mark with no pair, reads its words plainly, and keeps offsets', () => {
    assert.deepEqual(phrases('"a b'), []);
    assert.match(warnings('"speak out').join(' '), /not closed/);
    assert.match(warnings('speak out" now').join(' '), /no opening/);
    // a mark standing alone is unclosed, as it was; an empty pair says nothing
    assert.match(warnings('the "').join(' '), /not closed/);
    assert.match(warnings('speak " out').join(' '), /not closed/);
    assert.ok(!warnings('speak "" out').some((w) => /quotation/.test(w)));
    // an unclosed outer mark leaves the inner pair a phrase
    assert.deepEqual(phrases('"the "age of caution" report'), ['age of caution']);
    for (const q of ['"', '"""', '""', '“”', '"“', '"a"b"c"d"', '”a“', '"' + '"a'.repeat(300)]) {
      const paired = pairQuotes(q);
      assert.equal(paired.text.length, q.length, q);
      assert.doesNotThrow(() => parseQuery(q, ['text']), q);
    }
  });
  // review31: what a stranger typed to break the pairing, kept as it reads
  it('leaves apostrophes, inch marks and a fielded or proximity phrase as they mean', () => {
    const terms = (q: string) => parseQuery(q, ['title', 'text']).terms.map((t) => `${t.field ? `${t.field}:` : ''}${t.text}${t.quoted ? '"' : ''}`);
    assert.deepEqual(terms("O'Brien states' duty"), ["o'brien", 'states', 'duty']);
    // an inch mark closes nothing: the phrase after it is the phrase (it had been " pipe and ")
    assert.deepEqual(phrases('a 12" pipe and "food aid"'), ['food aid']);
    assert.deepEqual(terms('title:"a "b" c"'), ['title:a"', 'title:b"', 'title:c"']);
    assert.deepEqual(pairQuotes('"food aid"~3 water').text, '"food aid"~3 water');
    assert.deepEqual(pairQuotes('said"no" here').text, 'said"no" here');
  });

  // review39: „Schutz*“ warned that its closing mark had no opening one
  it("reads other languages' quotation marks as a phrase, and one without its pair with one warning", () => {
    const terms = (q: string) => parseQuery(q, ['title', 'text']).terms.map((t) => `${t.text}${t.quoted ? '"' : ''}`);
    for (const q of ['„protection of civilians“', '„protection of civilians”', '«protection of civilians»', '« protection of civilians »', '«\u00a0protection of civilians\u202f»', '»protection of civilians«', '‚protection of civilians‘', '‚protection of civilians’', '‹protection of civilians›', '「protection of civilians」', '『protection of civilians』']) {
      assert.deepEqual(phrases(q), ['protection of civilians'], q);
      assert.deepEqual(warnings(q), [], q);
    }
    // a starred word in them is quoted as it is in “…”: searched as typed, said once
    for (const q of ['„Schutz*“', '‚Schutz*‘', '«Schutz*»', '「Schutz*」']) {
      assert.deepEqual(terms(q), ['schutz*"'], q);
      assert.deepEqual(warnings(q), warnings('“Schutz*”'), q);
    }
    // a corner bracket between words of a script written without spaces still opens and closes
    assert.deepEqual(terms('難民「保護」'), ['難民', '保護"']);
    assert.deepEqual(parseQuery('„protection of civilians“ Mali', ['text']).terms.map((t) => t.text), ['protection', 'of', 'civilians', 'mali']);
    for (const [q, warned] of [['„Schutz', /not closed/], ['‚Schutz', /not closed/], ['«Schutz', /not closed/], ['「Schutz', /not closed/], ['Schutz“', /no opening/], ['Schutz」', /no opening/]] as const) {
      const said = warnings(q);
      assert.equal(said.length, 1, `${q}: ${JSON.stringify(said)}`);
      assert.match(said[0], warned, q);
      assert.deepEqual(terms(q), ['schutz'], q);
    }
    // the request's query holds the parser's marks, so every reader of it (the phrase loosening, the hints) sees them
    assert.equal(queryText({ q: '„protection of civilians“ « Mali »' }).q, '“protection of civilians“  "Mali" ');
    for (const q of ['„a“ «b»', '»»a««', '«', '„', '‚', '« »', '「」', '‚‘']) {
      assert.equal(pairQuotes(q).text.length, q.length, q);
      assert.doesNotThrow(() => parseQuery(q, ['text']), q);
    }
  });
});

describe('a query past the length limit, typed with spaced guillemets (review44, lead)', () => {
  it('cuts the typed words once: the searched query is their standard form, ending on the same word', () => {
    // « a » loses its inner spaces in the standard form, so a cut of each apart ended a word apart
    const typed = `${'« aide » '.repeat(60)}${'word '.repeat(40)}`;
    const { q, typed: shown } = queryText({ q: typed });
    assert.ok(shown.length <= 500 && shown.length < typed.length);
    assert.equal(q.trim().split(/\s+/).length, shown.replace(/«\s+/g, '«').replace(/\s+»/g, '»').trim().split(/\s+/).length);
    assert.equal(q.trim().split(/\s+/).at(-1), shown.trim().split(/\s+/).at(-1)?.replace(/[«»]/g, '"'));
  });
});
