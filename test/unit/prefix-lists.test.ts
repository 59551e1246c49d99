import assert from 'node:assert/strict';
import { prefixKey, prefixQueries } from '../../core/build/term-best.js';
import { Fts5Engine } from '../../core/engines/fts5.js';

// Which prefixes a build keeps a champion list for (term-best.ts): every prefix of four letters
// or more of a listed term that another indexed term starts too, and a listed term of three
// letters that others start with (the search widens "ngos*" to "ngo*"). serve22: "frame*"
// (framework, and rare forms) and "ngo*" were scored over every match per query at 100k.

describe('prefix champion lists', () => {
  it('lists the prefixes of a listed term that other indexed terms start too, not those of one term only', () => {
    const listed = ['framework', 'ngo', 'protect', 'un'];
    const vocabulary = ['frame', 'framework', 'frameworks', 'ngo', 'ngoing', 'protect', 'unit', 'un', 'zz'];
    const keys = prefixQueries(listed, vocabulary, 4).map((q) => q.key).sort();
    // fram, frame: frame and framework; framew… framework: framework and frameworks; ngo: ngo and ngoing;
    // "prot…" starts protect only (the engine reads it as that term's list); "un" is shorter than three letters
    assert.deepEqual(keys, ['fram', 'frame', 'framew', 'framewo', 'framewor', 'framework', 'ngo'].map(prefixKey).sort());
    // the old rule's lists stay: a prefix two listed terms share
    assert.ok(prefixQueries(['mandate', 'mandated'], ['mandate', 'mandated'], 4).some((q) => q.key === prefixKey('mandat')));
  });

  it('ranks a prefix of one common term and a rare one from its list as FTS5 scores every match', () => {
    const texts = [
      'the framework for protection', 'a framework of rules and a framework', 'framework', 'the frame of the picture',
      'frameworks agreed', 'protection framework framework framework', 'nothing here', 'framework for access and the framework',
    ];
    const docs = texts.map((text, ordinal) => ({ ordinal, text, section: '', title: `d${ordinal}`, author: 'A Author' }));
    // "framework" is the one listed term (in 5 passages); "frame" and "frameworks" are not
    const listing = Fts5Engine.build(docs, { min: 5, length: 3, membersShare: 0 });
    const scoring = Fts5Engine.build(docs, { min: 100 });
    const clauses = [{ term: 'frame*', presence: 'optional' as const, wildcard: true }];
    // the list's members are the prefix's (membersShare 0: every list keeps them): only a listed prefix has them
    const bits = listing.ranked.memberBits!(clauses);
    assert.ok(bits, 'frame* has a list of its own');
    assert.equal(scoring.ranked.memberBits!(clauses), undefined);
    assert.deepEqual([...Array(texts.length).keys()].filter((o) => (bits[o >>> 5] & (1 << (o & 31))) !== 0), Array.from(scoring.ranked.matching(clauses)).sort((a, b) => a - b));
    for (const limit of [1, 3, 5, 10]) {
      for (const scope of [{}, { accept: (o: number) => o % 2 === 0 }]) assert.deepEqual(listing.ranked.best(clauses, limit, scope), scoring.ranked.best(clauses, limit, scope), `${limit} ${JSON.stringify(scope)}`);
    }
  });

  it('ranks and matches a listed prefix beside a word from the lists as FTS5 scores every match', () => {
    // a seeded mix of the prefix's terms and the words, so that the lists' heads overlap in some passages and not in others:
    // with lists of 20, 17 of these 60 asks of `best` are answered from the lists (counted with a spy), the rest scored whole
    let seed = 11;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const words = ['framework', 'framework', 'frame', 'frameworks', 'protection', 'civilians', 'access', 'rules', 'the', 'of'];
    const texts = Array.from({ length: 60 }, () => Array.from({ length: 3 + Math.floor(rnd() * 12) }, () => words[Math.floor(rnd() * words.length)]).join(' '));
    const docs = texts.map((text, ordinal) => ({ ordinal, text, section: '', title: `d${ordinal}`, author: 'A Author' }));
    const listing = Fts5Engine.build(docs, { min: 5, length: 20, membersShare: 0 });
    const scoring = Fts5Engine.build(docs, { min: 1000 });
    const optional = (term: string) => ({ term, presence: 'optional' as const, wildcard: term.endsWith('*') });
    // the asks the lists answer: without them every ask is scored whole and the comparisons below hold all the same
    const lists = listing as unknown as { bestOfChampions: (...args: unknown[]) => unknown };
    const fromLists = lists.bestOfChampions;
    let answered = 0;
    lists.bestOfChampions = (...args: unknown[]) => {
      const found = fromLists.apply(listing, args);
      if (found) answered++;
      return found;
    };
    for (const q of ['frame* protection', 'civilians frame*', 'frame* protection access', 'framew* rules', 'framewo* civilians']) {
      const clauses = q.split(' ').map(optional);
      // the matches as bits from the lists and postings (FTS5 merged every part's doclist again before)
      const bits = listing.ranked.memberBits!(clauses);
      assert.ok(bits, q);
      assert.deepEqual([...Array(texts.length).keys()].filter((o) => (bits[o >>> 5] & (1 << (o & 31))) !== 0), Array.from(scoring.ranked.matching(clauses)).sort((a, b) => a - b), q);
      for (const limit of [1, 2, 3, 5, 8, 20]) {
        for (const scope of [{}, { accept: (o: number) => o % 3 !== 0 }]) assert.deepEqual(listing.ranked.best(clauses, limit, scope), scoring.ranked.best(clauses, limit, scope), `${q} ${limit} ${JSON.stringify(scope)}`);
      }
    }
    assert.equal(answered, 17, 'asks answered from the lists');
  });
});
