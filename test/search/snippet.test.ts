import assert from 'node:assert/strict';
import { globMatches, markedRanges, snippet } from '../../server/search/snippet.js';
import { stem } from '../../core/analysis.js';
import { Vocabulary } from '../../server/search/vocabulary.js';

describe('snippets', () => {
  it('marks the word an elided article leans on, not the article (userreview11: "L’accès")', () => {
    const html = snippet('L’accès humanitaire et le recrutement d’enfants; l\'hôpital.', new Set([stem('accès'), stem('enfants'), stem('hôpital')]));
    assert.equal(html, 'L’<mark>accès</mark> humanitaire et le recrutement d’<mark>enfants</mark>; l&#39;<mark>hôpital</mark>.');
    // English contractions and names are whole words
    assert.equal(snippet("O'Brien said it.", new Set([stem("o'brien")])), '<mark>O&#39;Brien</mark> said it.');
  });

  it('marks full-width letters as the letters they are', () => {
    assert.equal(snippet('Ａｃｃｅｓｓ denied.', new Set([stem('access')])), '<mark>Ａｃｃｅｓｓ</mark> denied.');
  });

  it('marks stem matches and escapes everything else', () => {
    const html = snippet('Protecting <civilians> & “protection” matter.', new Set([stem('protection')]));
    assert.equal(html, '<mark>Protecting</mark> &lt;civilians&gt; &amp; “<mark>protection</mark>” matter.');
  });

  it('chooses the window with the most distinct matches', () => {
    const filler = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const html = snippet(`${filler}. Donors fund advocacy here. ${filler}`, new Set([stem('donors'), stem('advocacy')]), [], 20);
    assert.match(html, /<mark>Donors<\/mark> fund <mark>advocacy<\/mark>/);
    assert.match(html, /^… /);
  });

  it('starts at a sentence a few words back without losing the matches at the window\'s end', () => {
    const filler = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
    const text = `${filler}. The office drafts the yearly report and then updates all of the many policies and the approaches it takes to the protection of harbours in port. ${filler}.`;
    const html = snippet(text, new Set([stem('protection'), stem('harbours')]), [], 18);
    assert.match(html, /<mark>protection<\/mark> of <mark>harbours<\/mark>/);
  });

  it('centres a lone match in its window, so the snippet shows what follows it too', () => {
    const before = Array.from({ length: 50 }, (_, i) => `before${i}`).join(' ');
    const after = Array.from({ length: 50 }, (_, i) => `after${i}`).join(' ');
    const html = snippet(`${before} Guterres ${after}`, new Set([stem('Guterres')]), [], 20);
    const [left, right] = html.split('<mark>Guterres</mark>');
    assert.ok(right.split(' ').length >= 9, html);
    assert.ok(left.split(' ').length >= 9, html);
  });

  it('keeps the opening of a text no word of which is marked (a hit by its title)', () => {
    const text = Array.from({ length: 80 }, (_, i) => `w${i}`).join(' ');
    assert.match(snippet(text, new Set([stem('absent')]), [], 20), /^w0 w1 /);
  });
});

describe('vocabulary corrections', () => {
  const v = new Vocabulary([['protection', 120], ['projection', 2], ['civilians', 80], ['caution', 9]]);
  it('corrects a typo to the most frequent close corpus word', () => {
    assert.equal(v.correct('protectoin'), 'protection');
    assert.equal(v.correct('civlians'), 'civilians');
    assert.equal(v.correct('cuation'), 'caution');
  });
  it('leaves words with nothing close alone', () => {
    assert.equal(v.correct('zanzibar'), null);
  });
});

describe('snippet phrases', () => {
  it('marks a phrase only where its words are together', () => {
    const html = snippet('Human security matters; the Security Council met.', new Set(), [], 40, [[stem('security'), stem('council')]]);
    assert.equal(html, 'Human security matters; the <mark>Security</mark> <mark>Council</mark> met.');
  });

  it('marks a wildcard’s words only: *tion the words ending so, neg*tion both ends, protect* the beginning', () => {
    const text = 'The protection of civilians and the negotiation of the Mission’s mandate: Negative assessment.';
    const marked = (patterns: string[]) => [...snippet(text, new Set(), patterns).matchAll(/<mark>([^<]+)<\/mark>/g)].map((m) => m[1]);
    assert.deepEqual(marked(['*tion']), ['protection', 'negotiation']);
    assert.deepEqual(marked(['*ment']), ['assessment']);
    assert.deepEqual(marked(['neg*tion']), ['negotiation']);
    assert.deepEqual(marked(['*ssio*']), ['Mission’s']);
    assert.deepEqual(marked(['protect*']), ['protection']);
  });

  it('matches a many-star wildcard in one pass, as a regular expression would, without its backtracking', () => {
    // a stranger's review: ^a.*a.*…b$ over a 60-letter word and 14 stars did not finish in 2 minutes
    const word = 'a'.repeat(60);
    const pattern = `${'a*'.repeat(14)}b`;
    assert.equal(snippet(`${word} aid`, new Set(), [pattern]), `${word} aid`);
    // the same answers as the expression on random words and patterns over a small alphabet
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const text = (n: number) => Array.from({ length: n }, () => 'ab*'[rnd(3)]).join('');
    for (let i = 0; i < 3000; i++) {
      const w = text(1 + rnd(9)).replace(/\*/g, '');
      const p = text(1 + rnd(6));
      const pieces = p.split(/\*+/);
      const re = new RegExp(`^${pieces.join('.*')}$`);
      assert.equal(globMatches(w, pieces), re.test(w), `${w} ~ ${p}`);
    }
  });
});

describe('markedRanges (the reading view’s marks)', () => {
  it('marks what the snippet marks, over the whole text, phrases only whole and runs joined', () => {
    const text = 'The Security Council met. Human security matters; the security council agreed to protect civilians, protecting them.';
    const marks = { words: [stem('protect')], wildcards: ['civil*'], phrases: [['secur', 'council'].map((w) => stem(w))] };
    const got = markedRanges(text, marks).map(([a, b]) => text.slice(a, b));
    assert.deepEqual(got, ['Security Council', 'security council', 'protect civilians', 'protecting']);
    const html = snippet(text, new Set(marks.words), [...marks.wildcards], 1000, marks.phrases.map((p) => [...p]));
    assert.deepEqual([...html.matchAll(/<mark>([^<]+)<\/mark>/g)].map((m) => m[1]).join(' '), got.join(' '));
    assert.deepEqual(markedRanges(text, { words: [], wildcards: [], phrases: [] }), []);
    // a word before a closing quotation mark is marked, the mark without it; "UNHCR’s" as before
    const quoted = '‘there is no perfection in protection’. UNHCR’s protection role';
    assert.deepEqual(markedRanges(quoted, { words: [stem('protection'), stem('unhcr')], wildcards: [], phrases: [] }).map(([a, b]) => quoted.slice(a, b)), ['protection', 'UNHCR’s protection']);
  });
});
