import assert from 'node:assert/strict';
import { loadTaxonomy } from '../../core/taxonomy.js';
import { candidateCues, countCues, excludedCues, lowerLogOdds, mineCues, MINER_DEFAULTS, REVIEWED_OUT, topicWord, vocabulary, type ThemeSample } from '../../eval/theme-cue-mining.js';

// The theme cue miner (eval/theme-cue-mining.ts): candidates a librarian would accept, and
// cues only where a word is much commoner in a theme's passages, in several documents.

const tax = loadTaxonomy();

describe('theme cue miner', () => {
  it('proposes words and joined phrases, never stop words, proper nouns or words of any story', () => {
    const text = 'Relief convoys were stopped at the checkpoints near Goma. Its roadblocks were lifted. Negotiate access with the Forces armées. They came back.';
    const cues = candidateCues(text, vocabulary([text, 'A checkpoint again.']));
    for (const c of ['convoys', 'checkpoint', 'relief convoys', 'negotiate access']) assert.ok(cues.has(c), c);
    for (const c of ['were', 'the', 'goma', 'forces', 'forces armées', 'came', 'back', 'near']) assert.ok(!cues.has(c), c);
    // a word is folded to its singular only where the singular occurs: the tagger adds the plural
    assert.ok(cues.has('checkpoint') && !cues.has('checkpoints'));
    // each candidate with the words as the text wrote them
    assert.equal(cues.get('checkpoint'), 'checkpoints');
  });

  it('keeps a phrase from spanning punctuation, and a stop word only inside three words', () => {
    const text = 'The use of force, access. Women’s rights. The levy was raised.';
    const cues = candidateCues(text, vocabulary([text]));
    assert.ok(cues.has('use of force'));
    assert.ok(!cues.has('levy was raised'));
    assert.ok(!cues.has('force access'));
    assert.ok(!cues.has('women right'));
  });

  it('knows topic words from the lexicon and trusts words it does not know', () => {
    assert.ok(topicWord('sovereignty'));
    assert.ok(topicWord('peacebuilding'));
    assert.ok(!topicWord('within'));
    assert.ok(topicWord('negotiate', true));
    assert.ok(!topicWord('negotiate'));
  });

  it('excludes the taxonomy\'s actors\' and places\' names', () => {
    const x = excludedCues(tax);
    for (const c of ['darfur', 'security council', 'unhcr', 'sudan']) assert.ok(x.has(c), c);
    assert.ok(!x.has('sovereignty'));
  });

  it('weighs a ratio from few passages less', () => {
    assert.ok(lowerLogOdds(2, 10, 0, 100, 1) < lowerLogOdds(8, 40, 0, 400, 1));
    assert.ok(lowerLogOdds(5, 10, 5, 100, 0) > 0);
    assert.ok(lowerLogOdds(1, 10, 30, 100, 0) < 0);
  });

  it('mines a word common in a theme\'s passages of several documents, and not one of a single document', () => {
    const samples: ThemeSample[] = [];
    for (let d = 0; d < 6; d++) {
      samples.push({ group: `d${d}`, text: `The levy was raised for the appeal number ${d}.`, themes: ['funding'] });
      samples.push({ group: `d${d}`, text: 'Soldiers patrolled the road at night.', themes: [] });
    }
    for (let i = 0; i < 6; i++) samples.push({ group: 'd0', text: 'The tariff question came up in the talks.', themes: ['geopolitics'] });
    const mined = mineCues(countCues(samples), tax, { ...MINER_DEFAULTS, minSupport: 3, minGroups: 3, minLogOdds: 0.5, z: 0, perTheme: 5 });
    assert.ok(mined.funding && 'levy' in mined.funding, JSON.stringify(mined));
    assert.ok(!mined.geopolitics, JSON.stringify(mined.geopolitics));
    assert.ok(Object.values(mined.funding).every((w) => w > 0 && w <= MINER_DEFAULTS.maxWeight));
  });
  it('never mines a word the reviewer rejected as evidence, however common in a theme', () => {
    const samples: ThemeSample[] = [];
    for (let d = 0; d < 6; d++) {
      samples.push({ group: `d${d}`, text: `A multi levy and a different levy for appeal ${d}.`, themes: ['funding'] });
      samples.push({ group: `d${d}`, text: 'Soldiers patrolled the road at night.', themes: [] });
    }
    const mined = mineCues(countCues(samples), tax, { ...MINER_DEFAULTS, minSupport: 3, minGroups: 3, minLogOdds: 0.5, z: 0, perTheme: 5 });
    assert.ok(mined.funding && 'levy' in mined.funding, JSON.stringify(mined));
    for (const w of ['multi', 'different']) assert.ok(REVIEWED_OUT.has(w) && !(w in mined.funding), w);
  });
});
