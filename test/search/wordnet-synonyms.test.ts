import assert from 'node:assert/strict';
import { WordNet, wordnetDir, wordnetSynonyms } from '../../indexer/wordnet-synonyms.js';
import { CorpusTermsCollector } from '../../indexer/build-terms.js';
import { corpusTermsSchema } from '../../core/corpus-terms.js';
import { querySynonyms } from '../../server/search/passage-words.js';
import { wordSynonymMap } from '../../server/search/service.js';
import { RANKING, coverage, type RankingInput, type RankingOptions } from '../../server/search/ranking.js';
import { stem } from '../../core/analysis.js';
import type { Passage } from '../../core/types.js';

// Other words for the same idea from WordNet (indexer/wordnet-synonyms.ts), found at build time
// for the corpus's words, and counted in part by coverage (synonymHeld). The sentences here are
// made up: none is a labelled query's or the bundled corpus's.

const dir = wordnetDir();
const wordnet = dir ? new WordNet(dir) : null;
const split = (s: string) => s.toLowerCase().split(/\s+/);

describe('WordNet synonyms at build time', function () {
  before(function () {
    if (!wordnet) this.skip();
  });

  it('lemmatises as morphy does: plurals, past forms with a doubled consonant, -es for -is', () => {
    assert.deepEqual(wordnet!.lemmas('donors', 'noun'), ['donor']);
    assert.deepEqual(wordnet!.lemmas('expelled', 'verb'), ['expel']);
    assert.deepEqual(wordnet!.lemmas('crises', 'noun'), ['crisis']);
    assert.deepEqual(wordnet!.lemmas('qwzx', 'noun'), []);
  });

  it('maps a word to the corpus words sharing one of its first senses, only those the corpus uses', () => {
    const texts = ['the parties were loath to talk', 'war in the region', 'complex mandates'].map(split);
    const syn = wordnetSynonyms(new Set(texts.flat()), texts, wordnet!);
    assert.deepEqual(syn.reluctant, ['loath']);
    assert.deepEqual(syn.warfare, ['war']);
    assert.deepEqual(syn.complicated, ['complex']);
    // "cautious" ~ "conservative" is the latter's third sense: not among its first two
    const other = [split('a conservative budget')];
    assert.equal(wordnetSynonyms(new Set(other.flat()), other, wordnet!).cautious, undefined);
    // no stop word and no name is anyone's synonym
    assert.ok(Object.values(syn).every((list) => list.every((w) => w !== 'the' && w === w.toLowerCase())));
  });

  it('keeps a two-word collocation only where the corpus has its words in a row (reached from a single word it uses)', () => {
    const apart = [split('they carry the work out and fulfil it')];
    assert.ok(!(wordnetSynonyms(new Set(apart.flat()), apart, wordnet!).accomplish ?? []).includes('carry out'));
    const together = [split('they carry out the work and fulfil it')];
    assert.ok(wordnetSynonyms(new Set(together.flat()), together, wordnet!).accomplish?.includes('carry out'));
  });

  it('a library with no word WordNet knows builds, with no synonyms', () => {
    const texts = [split('qwzx zzyx vvqq')];
    assert.deepEqual(wordnetSynonyms(new Set(texts.flat()), texts, wordnet!), {});
  });
});

describe('terms.json synonyms', () => {
  const passage = (text: string, i: number) => ({ id: `p${i}`, doc: 'd', ordinal: i, text }) as Passage;
  it('are written by the terms collector, and empty where WordNet is not installed', () => {
    const ps = ['Donors were loath to fund the war.', 'The warfare went on.'].map(passage);
    const none = new CorpusTermsCollector(undefined, undefined, () => null);
    none.add(ps);
    assert.deepEqual(none.result().synonyms, {});
    if (!wordnet) return;
    const c = new CorpusTermsCollector(undefined, undefined, () => wordnet);
    c.add(ps);
    const terms = corpusTermsSchema.parse(c.result());
    assert.deepEqual(terms.synonyms?.reluctant, ['loath']);
  });
  it('an older build without them still reads', () => {
    assert.equal(corpusTermsSchema.parse({ acronyms: [], initialisms: [], related: {} }).synonyms, undefined);
    assert.equal(wordSynonymMap(undefined).size, 0);
  });
});

describe('synonym held (coverage)', () => {
  const map = wordSynonymMap({ reluctant: ['loath', 'reluctant'], warfare: ['war', 'armed conflict'] });
  it('keys by stem and holds runs of stems, leaving out a synonym of the same stem', () => {
    assert.deepEqual(map.get(stem('reluctant')), [[stem('loath')]]);
    assert.deepEqual(map.get(stem('warfare')), [[stem('war')], [stem('armed'), stem('conflict')]]);
  });
  function input(text: string, query: string, options: RankingOptions = RANKING): RankingInput {
    const words = split(text);
    const queryWords = split(query);
    const queryStems = queryWords.map(stem);
    return { passage: { kind: 'finding' }, words, stems: words.map(stem), queryWords, queryStems, queryWordStems: queryStems, querySynonyms: querySynonyms(queryStems, map), kindFiltered: false, options };
  }
  it('a missing word said otherwise counts a part: between the word missing and the word held', () => {
    const exact = coverage.factor(input('donors reluctant to fund', 'reluctant donors'));
    const said = coverage.factor(input('donors loath to fund', 'reluctant donors'));
    const missing = coverage.factor(input('donors keen to fund', 'reluctant donors'));
    assert.equal(exact, 1);
    assert.ok(missing < said && said < exact, `${missing} ${said} ${exact}`);
    assert.equal(said, 1 - RANKING.coverage * (1 - (1 + RANKING.synonymHeld) / 2));
  });
  it('a collocation counts only as a run; the rule is off at 0', () => {
    assert.ok(coverage.factor(input('an armed conflict in cities', 'urban warfare')) > coverage.factor(input('armed men in a conflict', 'urban warfare')));
    assert.equal(coverage.factor(input('donors loath to fund', 'reluctant donors', { ...RANKING, synonymHeld: 0 })), coverage.factor(input('donors keen to fund', 'reluctant donors')));
  });
});
