import assert from 'node:assert/strict';
import { features, modelStem, modelStems, probability, themeLexicon, type ModelInput } from '../../eval/theme-model.js';
import { fitTheme, keptFeatures, type Example } from '../../eval/theme-model-train.js';

// The learned theme model measured by themes23 (eval/theme-model.ts, eval/theme-model-train.ts,
// scripts/theme-model-cv.ts): stems, features, the document-count filter that keeps a word of
// one training document out of the model, and that a fit separates what it can.

const input = (words: string[], over: Partial<ModelInput> = {}): ModelInput => ({ words, heading: '', kind: 'finding', ratio: new Map(), previous: new Set(), next: new Set(), documentShare: new Map(), ...over });

describe('learned theme model (themes23)', () => {
  it('forms of one word share a stem', () => {
    assert.equal(modelStem('negotiations'), modelStem('negotiation'));
    assert.equal(modelStem('negotiating'), 'negotiat');
    assert.equal(modelStem('policies'), 'policy');
    assert.equal(modelStem('access'), 'access');
    assert.equal(modelStem('crisis'), 'crisis');
    assert.equal(modelStem("UNHCR's"), 'unhcr');
  });

  it('stems leave out function words, short words and numbers', () => {
    assert.deepEqual([...modelStems(['the', 'of', 'aid', 'convoys', 'to', '2021', 'x'])].sort(), ['aid', 'convoy']);
  });

  it('features: words, heading words, kind, the cues\' nearness capped at 1, the theme\'s own words in fifths', () => {
    const lex = themeLexicon(['humanitarian access', 'leaders|SRSGs ~ role'], 'Access of aid to people in need.');
    assert.ok(lex.cueWords.has('access') && lex.cueWords.has('srsg') && lex.cueWords.has('role'));
    assert.ok(!lex.definitionWords.has('to'));
    const stems = modelStems(['access', 'convoys', 'need']);
    const f = features(input(['access'], { ratio: new Map([['t', 1.6]]), previous: new Set(['t']) }), 't', stems, modelStems(['access']), lex);
    assert.equal(f.get('w:convoy'), 1);
    assert.equal(f.get('h:access'), 1);
    assert.equal(f.get('k:finding'), 1);
    assert.equal(f.get('cue'), 1);
    assert.equal(f.get('prev'), 1);
    assert.equal(f.get('cw'), 1 / 5);
    assert.equal(f.get('dw'), 2 / 5);
    assert.equal(features(input([]), 't', stems, new Set(), lex, false).has('w:convoy'), false);
  });

  it('a word held by passages of fewer documents than minDocs is no feature', () => {
    const ex = (doc: string, words: string[], positive: boolean): Example => ({ doc, positive, features: new Map(words.map((w) => [`w:${w}`, 1])) });
    const kept = keptFeatures([ex('a', ['siege', 'zagreb'], true), ex('b', ['siege'], true), ex('c', ['siege'], false)], 3);
    assert.deepEqual([...kept], ['w:siege']);
  });

  it('a fit gives the telling word weight and its passages a high probability', () => {
    const examples: Example[] = [];
    for (let i = 0; i < 40; i++) examples.push({ doc: `d${i % 8}`, positive: i % 2 === 0, features: new Map([[i % 2 === 0 ? 'w:blockade' : 'w:budget', 1], ['w:report', 1]]) });
    const m = fitTheme(examples, { l2: 0.001, epochs: 30, minDocs: 2, rate: 0.5 });
    assert.ok((m.weights['w:blockade'] ?? 0) > 1);
    assert.ok(probability(m, new Map([['w:blockade', 1], ['w:report', 1]])) > 0.8);
    assert.ok(probability(m, new Map([['w:budget', 1], ['w:report', 1]])) < 0.2);
    // the same examples give the same model
    assert.deepEqual(fitTheme(examples, { l2: 0.001, epochs: 30, minDocs: 2, rate: 0.5 }), m);
  });
});
