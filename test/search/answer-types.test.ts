import assert from 'node:assert/strict';
import type { DocumentRecord, Passage } from '../../core/types.js';
import { stem } from '../../core/analysis.js';
import { MemoryPassageStore } from '../../core/passage-store.js';
import { loadTaxonomy } from '../../core/taxonomy.js';
import { ENGINE_MODULES } from '../../core/engines/registry.js';
import { FacetIndex } from '../../server/search/facets.js';
import { Vocabulary } from '../../server/search/vocabulary.js';
import { runSearch, type SearchContext } from '../../server/search/service.js';
import { parseQuery } from '../../server/search/query-parser.js';
import { rankingWords } from '../../server/search/passage-words.js';
import { answerTypeOf, cuesOf } from '../../server/search/answer-types.js';
import { RANKING, answerType, bestRerankFactor, type RankingInput } from '../../server/search/ranking.js';

// Answer-type cues: a question's frame says what kind of answer it wants ("when did …": a
// time), which its content words do not carry; candidates that say it rank a little higher.

const FIELDS = ['title', 'author', 'section', 'text'];
const typeOf = (q: string) => answerTypeOf(parseQuery(q, FIELDS))?.name;
const cues = (q: string) => {
  const parsed = parseQuery(q, FIELDS);
  return cuesOf(answerTypeOf(parsed), rankingWords(parsed.terms).queryStems);
};

describe('answer types: the kind of answer a question asks for', () => {
  it('reads "when did/was …" as asking for a time, a year among its cues', () => {
    assert.equal(typeOf('when did the UN start coordinating humanitarian aid?'), 'a time');
    assert.equal(typeOf('When was OCHA established'), 'a time');
    assert.equal(typeOf('in what year was the cluster system created'), 'a time');
    assert.ok(cues('when was OCHA established')?.stems.includes('1991'));
    assert.ok(cues('when was OCHA established')?.words.includes('a year'));
  });

  it('reads "who came up with / coined / first …" as asking for an origin', () => {
    assert.equal(typeOf('who came up with the idea of human security?'), 'an origin');
    assert.equal(typeOf('who coined the term responsibility to protect'), 'an origin');
    assert.equal(typeOf('who first proposed a protection cluster'), 'an origin');
    assert.equal(typeOf('the origins of human security'), 'an origin');
  });

  it('reads "what is X" as asking for a definition only when X is a thing named in a few words', () => {
    assert.equal(typeOf('what is human security'), 'a definition');
    assert.equal(typeOf('What are humanitarian principles?'), 'a definition');
    assert.equal(typeOf('what does complementarity mean'), 'a definition');
    // an attribute of something, or a longer question, is not a definition
    assert.equal(typeOf("what is China's position on human security in peacekeeping?"), undefined);
    assert.equal(typeOf('what is the difference between human security and state security'), undefined);
    // a thing's relation or a state of affairs is no definition (found by the lead on merging)
    for (const q of ['what is the role of donors', 'what are the risks of advocacy', 'what is the UN doing in Mali', 'what is happening in Sudan']) assert.equal(typeOf(q), undefined, q);
    for (const q of ['what is OCHA', 'what are NGOs', 'what is the responsibility to protect']) assert.equal(typeOf(q), 'a definition', q);
  });

  it('gives no type to questions whose kind of answer no cue tells (why, how, should) nor to keywords', () => {
    for (const q of ['why did the UN mission in Mali close?', 'how should UNHCR and OHCHR work together on protection?', 'human security', 'when', 'security council divisions']) assert.equal(typeOf(q), undefined, q);
  });

  it('leaves out of the cues the words the query searches for already', () => {
    // "start" is a word of the query: the engine scores it, the cue would count it twice
    const c = cues('when did the UN start coordinating humanitarian aid?');
    assert.ok(c && !c.stems.includes(stem('started')));
    assert.ok(c.stems.includes(stem('established')));
    assert.ok(!cues('what is the concept of human security')?.stems.includes(stem('concept')));
  });

  it('is not fooled by an excluded or field-bound word', () => {
    assert.equal(typeOf('security -when'), undefined);
  });
});

const input = (text: string, query: string, answerCues: string[] | undefined, over: Partial<RankingInput> = {}): RankingInput => {
  const words = text.toLowerCase().split(/\s+/);
  const queryWords = query.toLowerCase().split(/\s+/);
  return { passage: { kind: 'finding' }, words, stems: words.map(stem), queryWords, queryStems: queryWords.map(stem), queryWordStems: queryWords.map(stem), answerCues, kindFiltered: false, options: RANKING, ...over };
};

describe('ranking rule: answer type', () => {
  const when = cues('when did the UN start coordinating humanitarian aid?')!.stems;

  it('raises a candidate that says what kind of answer was asked for, by the share of cues held up to the saturation', () => {
    const none = answerType.factor(input('the un coordinates humanitarian aid', 'un coordinating humanitarian aid', when));
    const two = answerType.factor(input('the un established a coordinator in 1991 for humanitarian aid', 'un coordinating humanitarian aid', when));
    const many = answerType.factor(input('established in 1991 and launched in 2005 since then first', 'un coordinating humanitarian aid', when));
    assert.equal(none, 1);
    assert.equal(two, 1 + RANKING.answerCue * (2 / RANKING.answerCueSaturation));
    assert.equal(many, 1 + RANKING.answerCue);
  });

  it('does nothing for a query without a type, or with the weight at 0', () => {
    assert.equal(answerType.factor(input('established in 1991', 'un aid', undefined)), 1);
    assert.equal(answerType.factor(input('established in 1991', 'un aid', when, { options: { ...RANKING, answerCue: 0 } })), 1);
  });

  it('compares stem ids as well as stems (a build that keeps them)', () => {
    // aid 3, establish 7, 1991 70001; 8 and 70000 share a word of the table with cues, 2000000 lies beyond it
    const f = answerType.factor({ ...input('x', 'aid', undefined), stems: Uint32Array.from([3, 7, 8, 70000, 70001, 2_000_000, 7]), answerCues: [7, 70001, 11] });
    assert.equal(f, 1 + RANKING.answerCue * (2 / RANKING.answerCueSaturation));
  });

  it('leaves a reading’s ideal alone: the query read as a passage holds no cue', () => {
    const cue = input('established in 1991 humanitarian aid', 'humanitarian aid', when);
    const plain = input('humanitarian aid here', 'humanitarian aid', when);
    assert.ok(bestRerankFactor([cue]) > bestRerankFactor([plain]));
    assert.equal(bestRerankFactor([plain]), bestRerankFactor([input('humanitarian aid here', 'humanitarian aid', undefined)]));
  });
});

describe('answer types through the search service, on every engine', () => {
  const doc = (id: string): DocumentRecord => ({
    id, csl: { id, type: 'report', title: id }, provenance: {}, file: `${id}.txt`, format: 'txt', hash: '',
    pages: null, pageLabels: null, passageCount: 0, tags: { actor: [], theme: [], place: [], kind: [] }, furniture: { removed: 0, kinds: {} }, outline: [],
  });
  const texts = [
    'Coordinating humanitarian aid, and coordinating aid.',
    'Coordinating humanitarian aid was established in 1991.',
    ...Array.from({ length: 20 }, (_, i) => `Other work ${i} on shelter and camps.`),
  ];
  const passages: Passage[] = texts.map((text, i) => ({
    id: `p${i}`, doc: `d${i}`, ordinal: i, block: i, text, section: [], page: null, physicalPage: null, start: 0, end: text.length,
    kind: 'finding', blockType: 'paragraph', actors: [], themes: [], places: [], evidence: [],
  }));
  const documents = new Map(passages.map((p) => [p.doc, doc(p.doc)]));
  const q = 'when did the UN start coordinating humanitarian aid?';

  for (const name of Object.keys(ENGINE_MODULES) as (keyof typeof ENGINE_MODULES)[]) {
    it(`${name}: a question for a time ranks the passage that gives one first, says so, and adds no hit`, () => {
      const store = new MemoryPassageStore(passages);
      const engine = ENGINE_MODULES[name].inMemory(passages.map((p, ordinal) => ({ ordinal, text: p.text, section: '', title: '', author: '' })));
      const ctx: SearchContext = { passages: store, documents, engine, facets: new FacetIndex(store, documents, loadTaxonomy()), vocabulary: new Vocabulary([]), synonyms: new Map(), citing: new Map() };
      const run = (answerCue: number) => runSearch(ctx, { q, filters: {}, page: 1, size: 10, sort: 'relevance', perDoc: 0 }, { ...RANKING, answerCue, answerCueSaturation: 1 });
      const off = run(0);
      const on = run(RANKING.answerCue);
      // the repeated words win without the cue; the passage that says when wins with it
      assert.equal(off.hits[0].passage.id, 'p0', `${name} ${JSON.stringify(off.hits.map((h) => [h.passage.id, h.score]))}`);
      assert.equal(on.hits[0].passage.id, 'p1', `${name} ${JSON.stringify([off, on].map((r) => r.hits.map((h) => [h.passage.id, h.score])))}`);
      assert.equal(on.total, off.total, 'the cues are not searched for');
      assert.equal(on.query.answerType?.type, 'a time');
      assert.ok(on.query.answerType?.words.includes('a year'));
      assert.equal(off.query.answerType, undefined, 'nothing to say when the step is off');
    });
  }
});
