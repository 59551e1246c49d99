import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import { parseQuery } from '../../server/search/query-parser.js';
import { isEnglishWord } from '../../core/english-words.js';
import { compoundSplits, correctionFor, dropScaffolding, droppedSpace, isQuestion, joinedCompound, prefixForIndex, spellingVariants, typedAsAcronym, type CorrectionContext } from '../../server/search/query-understanding.js';
import { isStopWord, stem } from '../../core/analysis.js';
import { derivedForms } from '../../core/nlp/derivation.js';
import { damerauLevenshtein } from '../../core/edit-distance.js';

const FIELDS = ['text', 'section', 'title', 'author'];
const p = (q: string) => parseQuery(q, FIELDS);

describe('query understanding', () => {
  describe('questions', () => {
    it('recognises a question by its mark or its first word', () => {
      assert.ok(isQuestion(p('are UN leaders silent?')));
      assert.ok(isQuestion(p('why do leaders avoid public advocacy')));
      assert.ok(!isQuestion(p('protection advocacy')));
      assert.ok(!isQuestion(p('"what is human security"')));
    });
    it('drops the framing words and keeps the content words', () => {
      const q = p('What role do humanitarian coordinators play in protection?');
      assert.deepEqual(dropScaffolding(q), ['what', 'role', 'do', 'play', 'in']);
      assert.deepEqual(q.terms.map((t) => t.text), ['humanitarian', 'coordinators', 'protection']);
    });
    it('drops the words that name the kind of answer wanted, not what it is about', () => {
      const q = p('what is the difference between human security and state security');
      assert.equal(q.terms.length, 10);
      dropScaffolding(q);
      assert.deepEqual(q.terms.map((t) => t.text), ['human', 'security', 'state', 'security']);
    });
    it("drops the words that place a question in time or frame it as an idea (start, become, came, now, so, idea)", () => {
      const q = p('when did the Security Council start authorising protection mandates?');
      dropScaffolding(q);
      assert.deepEqual(q.terms.map((t) => t.text), ['security', 'council', 'authorising', 'protection', 'mandates']);
      const r = p('how have attacks on aid workers become so common now?');
      dropScaffolding(r);
      assert.deepEqual(r.terms.map((t) => t.text), ['attacks', 'aid', 'workers', 'common']);
      const s = p('who came up with the idea of a responsibility to protect?');
      dropScaffolding(s);
      assert.ok(!s.terms.some((t) => ['came', 'idea'].includes(t.text)));
      // not a question: every word is searched
      assert.equal(p('humanitarian action now').terms.length, 3);
    });
    it("drops the particle of a framing verb (came up with, come out with), never a preposition of the content (search22)", () => {
      const kept = (q: string) => {
        const parsed = p(q);
        dropScaffolding(parsed);
        return parsed.terms.map((t) => t.text);
      };
      // questions that are no labelled query's: the particle after a dropped verb is the verb's
      assert.deepEqual(kept('who came up with the responsibility to protect?'), ['responsibility', 'protect']);
      assert.deepEqual(kept('when did donors come up with pooled funds?'), ['donors', 'pooled', 'funds']);
      assert.deepEqual(kept('how did the cluster come about?'), ['cluster']);
      // a preposition after a content word stays: it is part of what is asked
      assert.deepEqual(kept('why do aid agencies speak up about abuses?'), ['aid', 'agencies', 'speak', 'up', 'abuses']);
      assert.deepEqual(kept('what is the fight against impunity?'), ['fight', 'against', 'impunity']);
      // a name typed capitalised keeps its words
      assert.deepEqual(kept('who started Up Front?'), ['up', 'front']);
      // not a question: nothing dropped
      assert.deepEqual(p('came up with protection').terms.length, 4);
    });
    it('drops the words that ask for a stance (position, stance, attitude), as it drops "views" (search22)', () => {
      const kept = (q: string) => {
        const parsed = p(q);
        dropScaffolding(parsed);
        return parsed.terms.map((t) => t.text);
      };
      assert.deepEqual(kept('what is the stance of donors on cash transfers?'), ['donors', 'cash', 'transfers']);
      assert.deepEqual(kept('what are the attitudes of host governments to refugees'), ['host', 'governments', 'refugees']);
      // not a question: a keyword query keeps them
      assert.deepEqual(p('common position sanctions').terms.length, 3);
    });
    it('keeps a stance word that is the question’s subject: no holder named before or after it (review22a finding 7)', () => {
      const kept = (q: string) => {
        const parsed = p(q);
        dropScaffolding(parsed);
        return parsed.terms.map((t) => t.text);
      };
      // a holder named: a possessive before it, "of" and a content word after it, or an auxiliary's subject
      assert.deepEqual(kept("what is China's position on peacekeeping?"), ["china's", 'peacekeeping']);
      assert.deepEqual(kept('how have donors’ attitudes changed?'), ['donors', 'changed']);
      assert.deepEqual(kept('what is their position on sanctions?'), ['sanctions']);
      assert.deepEqual(kept('what is the stance of the donors on cash?'), ['donors', 'cash']);
      assert.deepEqual(kept('what stance does the UN take?'), ['un']);
      // none: the stance is what is asked about
      assert.deepEqual(kept('how do attitudes change?'), ['attitudes', 'change']);
      assert.deepEqual(kept('what are attitudes towards refugees?'), ['attitudes', 'towards', 'refugees']);
      assert.deepEqual(kept('what is the position on sanctions?'), ['position', 'sanctions']);
      // a plain word before it may be a kind, not a holder: "public attitudes", the EU's "common position"
      assert.deepEqual(kept('what are public attitudes to aid?'), ['public', 'attitudes', 'aid']);
      assert.deepEqual(kept('what is the EU common position on arms exports?'), ['eu', 'common', 'position', 'arms', 'exports']);
    });
    it("drops a framing auxiliary's negation (don't, doesn't, can't, won't) as it drops the auxiliary", () => {
      const q = p("why don't human rights groups take part in the protection cluster?");
      assert.deepEqual(dropScaffolding(q), ['why', "don't", 'take', 'in', 'the']);
      assert.deepEqual(p("why can't donors fund it").terms.length, 5);
      for (const w of ["doesn't", 'can’t', "won't", "isn't"]) assert.ok(dropScaffolding(p(`why ${w} donors fund advocacy?`)).includes(w), w);
      // a word that only ends like a negation is content
      assert.ok(!dropScaffolding(p("why didn't the Sergeant's men come?")).includes("sergeant's"));
    });
    it('keeps the framing words that are words of a name typed capitalised (the Start Fund, the Now or Never campaign)', () => {
      const kept = (q: string) => {
        const parsed = p(q);
        dropScaffolding(parsed);
        return parsed.terms.map((t) => t.text);
      };
      // mid-sentence capitals are a name's
      assert.deepEqual(kept('how does the Start Fund work?'), ['start', 'fund', 'work']);
      assert.deepEqual(kept('what is the Start Network?'), ['start', 'network']);
      assert.deepEqual(kept('what was the Now or Never campaign?'), ['now', 'never', 'campaign']);
      // a capitalised run where the question starts is a name too; a question word alone is not
      assert.deepEqual(kept('Start Fund: how does it work?'), ['start', 'fund', 'work']);
      assert.deepEqual(kept('Now or Never campaign, what was it?'), ['now', 'never', 'campaign']);
      assert.deepEqual(kept('What role do donors play?'), ['donors']);
      // a new sentence starts capitalised without naming anything
      assert.deepEqual(kept('donors and the Start Fund. What role do they play?'), ['donors', 'start', 'fund']);
      // lower case, the pronoun I, and case typed for every word say nothing of a name
      assert.deepEqual(kept('how does the start fund work?'), ['fund', 'work']);
      assert.deepEqual(kept('what role do I play in protection?'), ['protection']);
      assert.deepEqual(kept('HOW DOES THE START FUND WORK?'), ['fund', 'work']);
      assert.deepEqual(kept('What Role Do Donors Play?'), ['donors']);
    });
    it('never takes a capitalised question word or auxiliary for a name word (review16 c, 9)', () => {
      const kept = (q: string) => {
        const parsed = p(q);
        dropScaffolding(parsed);
        return parsed.terms.map((t) => t.text);
      };
      assert.deepEqual(kept('What Does the UN say about access?'), ['un', 'access']);
      assert.ok(!kept('when Should peacekeepers use force?').includes('should'));
      assert.ok(!kept('how Can aid reach Gaza?').includes('can'));
      assert.ok(!kept('Syria: What Is the UN doing?').includes('is'));
      // typed in capitals, the same letters may be an acronym (the World Health Organization)
      assert.deepEqual(kept('what does WHO say about cholera?'), ['who', 'cholera']);
      // and the names around them stay
      assert.deepEqual(kept('how does the Start Fund work?'), ['start', 'fund', 'work']);
    });
    it('leaves a question made only of framing words whole', () => {
      const q = p('what is it?');
      assert.deepEqual(dropScaffolding(q), []);
      assert.equal(q.terms.length, 3);
    });
  });

  describe('corrections', () => {
    it('takes a word typed mostly in capitals for an acronym, and a camel-case name with a slip for a word', () => {
      for (const w of ['HRuF', 'IHL', 'UNAMA', 'PoC', 'NGOs', 'HCTs']) assert.ok(typedAsAcronym({ text: w.toLowerCase(), typed: w, presence: 'optional', wildcard: false }), w);
      for (const w of ['InterActino', 'McDonald', 'Guterres', 'protection']) assert.ok(!typedAsAcronym({ text: w.toLowerCase(), typed: w, presence: 'optional', wildcard: false }), w);
    });
    const corpus = new Map([['age', 30], ['doors', 2], ['form', 9], ['hru', 1], ['protection', 200], ['organisations', 53], ['aversion', 1], ['sick', 3]]);
    const ctx: CorrectionContext = {
      isStopWord,
      knows: (w) => corpus.has(w),
      isWord: isEnglishWord,
      expands: (w) => w === 'ihl',
      closest: (w) => ({ stick: 'sick', are: 'age', does: 'doors', for: 'form', hruf: 'hru', protecton: 'protection', aversoin: 'aversion', zebra: 'zebras' })[w] ?? null,
      count: (w) => corpus.get(w) ?? 0,
    };
    const fix = (q: string) => correctionFor(p(q).terms[0], ctx);
    it('never corrects a quoted word, a word of the vocabulary, or a word the engine finds as typed (userreview11: "accès" → "access")', () => {
      assert.equal(fix('protecton'), 'protection');
      assert.equal(correctionFor(p('"protecton"').terms[0], ctx), null);
      assert.equal(correctionFor(p('protecton').terms[0], { ...ctx, count: (w) => (w === 'protecton' ? 1 : ctx.count(w)) }), null);
      assert.equal(correctionFor(p('protecton').terms[0], { ...ctx, hits: (w) => (w === 'protecton' ? 11 : 0) }), null);
      assert.equal(correctionFor(p('protecton').terms[0], { ...ctx, hits: () => 0 }), 'protection');
    });
    it('corrects a slip the index knows only through its stem when the correction finds clearly more (search20: "goups")', () => {
      // "protecton" never written, but its stem is another slip's: it finds 2 passages, "protection" is used 200 times
      const viaStem = { ...ctx, knows: (w: string) => w === 'protecton' || ctx.knows(w), hits: (w: string) => (w === 'protecton' ? 2 : 0) };
      assert.equal(correctionFor(p('protecton').terms[0], viaStem), 'protection');
      // not when the typed word finds nearly as much, nor when the corpus writes it (a name, however rare)
      assert.equal(correctionFor(p('protecton').terms[0], { ...viaStem, hits: (w: string) => (w === 'protecton' ? 20 : 0) }), null);
      assert.equal(correctionFor(p('protecton').terms[0], { ...viaStem, count: (w: string) => (w === 'protecton' ? 1 : ctx.count(w)) }), null);
      // nor to another form of the same stem, which finds the same passages
      assert.equal(correctionFor(p('protecton').terms[0], { ...viaStem, stem: (w: string) => w.slice(0, 7) }), null);
    });
    it('corrects a slip of a question word to the stop word it meant: waht → what', () => {
      assert.equal(correctionFor(p('waht').terms[0], { ...ctx, closest: (w) => (w === 'waht' ? 'what' : null), count: (w) => (w === 'what' ? 500 : 0) }), 'what');
    });
    it('never corrects a stop word: are → age, does → doors, for → form', () => {
      assert.equal(fix('are'), null);
      assert.equal(fix('does'), null);
      assert.equal(fix('for'), null);
    });
    it('never corrects an acronym as typed, or a word the taxonomy expands', () => {
      assert.equal(fix('HRuF'), null);
      assert.equal(fix('ihl'), null);
    });
    describe('an acronym typed with a slip (issue 14: not to another acronym unless it clearly finds more)', () => {
      const acronyms = ['ohchr', 'unama', 'unga', 'ihl', 'ihrl', 'unhcr', 'unct'];
      const withAcronyms: CorrectionContext = { ...ctx, knows: (w) => acronyms.includes(w) || ctx.knows(w), acronymsNear: (w) => acronyms.filter((a) => damerauLevenshtein(w, a, 1) <= 1), hits: () => 0 };
      const acronymFix = (typed: string, c: CorrectionContext = withAcronyms) => correctionFor(p(typed).terms[0], c);
      it('corrects to the one corpus acronym one edit away when the letters typed find nothing', () => {
        assert.equal(acronymFix('OHHCHR'), 'ohchr');
        assert.equal(acronymFix('OHCR'), 'ohchr');
      });
      it('of several, to the one a finger\'s slip explains, and to none when the slip does not tell them apart', () => {
        assert.equal(acronymFix('IHHL'), 'ihl');
        assert.equal(acronymFix('UNAA'), 'unama');
        assert.equal(acronymFix('UNCR'), null);
      });
      it('never to the only near acronym when no finger\'s slip explains it: a real acronym the corpus lacks (review26)', () => {
        // a far key (M/S, L/H, G/I) or a letter struck away from its neighbours (the P of IPCC)
        // nor a letter replaced, even by its neighbouring key's: UNEP (the UN Environment Programme) is one key from UNDP
        for (const [typed, near] of [['IMF', 'isf'], ['LRA', 'hra'], ['GDP', 'idp'], ['IPCC', 'icc'], ['UNEP', 'undp'], ['UNO', 'hno']]) assert.equal(acronymFix(typed, { ...withAcronyms, acronymsNear: () => [near] }), null, typed);
        // the slips it is for still are
        for (const [typed, near] of [['OHCHHR', 'ohchr'], ['UNMA', 'unama'], ['IHJL', 'ihl'], ['OHCRH', 'ohchr']]) assert.equal(acronymFix(typed, { ...withAcronyms, acronymsNear: () => [near] }), near, typed);
      });
      it('never corrects an acronym that finds something, that the corpus writes, or that the taxonomy expands (HRuF, whose initials a corpus name has)', () => {
        assert.equal(acronymFix('OHCR', { ...withAcronyms, hits: (w) => (w === 'ohcr' ? 1 : 0) }), null);
        assert.equal(acronymFix('OHCR', { ...withAcronyms, count: (w) => (w === 'ohcr' ? 1 : withAcronyms.count(w)) }), null);
        assert.equal(acronymFix('HRuF', { ...withAcronyms, acronymsNear: () => ['hru'], expands: (w) => w === 'hruf' }), null);
        assert.equal(acronymFix('OHCR', { ...withAcronyms, acronymsNear: undefined }), null);
      });
    });
    it('never corrects a word of English the corpus lacks: stick → sick', () => {
      assert.equal(fix('stick'), null);
      assert.equal(fix('Stick'), null);
    });
    it('never corrects the other spelling of a corpus word', () => {
      assert.equal(fix('organizations'), null);
    });
    describe('a dropped space (issue 14: "humanitarianaccess")', () => {
      const counts = new Map([['humanitarian', 40], ['access', 30], ['rohingya', 5], ['myanmar', 9], ['ihl', 6], ['compliance', 4], ['civilians', 50], ['counter-terrorism', 3], ['counter', 2], ['terrorism', 3], ['acces', 0]]);
      const beside = new Set(['humanitarian access']);
      const spaced: Pick<CorrectionContext, 'count' | 'sideBySide' | 'isStopWord'> = { count: (w) => counts.get(w) ?? 0, sideBySide: (a, b) => (beside.has(`${a} ${b}`) ? 12 : 0), isStopWord };
      it('splits a word into two corpus words the corpus writes side by side, counting the passages', () => {
        assert.deepEqual(droppedSpace('humanitarianaccess', spaced), { words: 'humanitarian access', found: 12, sideBySide: true });
      });
      it('splits into two corpus words written apart only when both are long or the typed case changes between them', () => {
        assert.deepEqual(droppedSpace('rohingyamyanmar', spaced), { words: 'rohingya myanmar', found: 5, sideBySide: false });
        assert.equal(droppedSpace('ihlcompliance', spaced), null);
        assert.deepEqual(droppedSpace('ihlcompliance', spaced, 'IHLcompliance'), { words: 'ihl compliance', found: 4, sideBySide: false });
      });
      it('splits off a stop word beside a corpus word of four letters or more', () => {
        assert.deepEqual(droppedSpace('ofcivilians', spaced), { words: 'of civilians', found: 50, sideBySide: false });
      });
      it('leaves a compound the corpus hyphenates to the compound expansion, and a word with no such split', () => {
        assert.equal(droppedSpace('counterterrorism', spaced), null);
        assert.equal(droppedSpace('humanitarain', spaced), null);
        assert.equal(droppedSpace('humanitarianaccess', { ...spaced, sideBySide: undefined }), null);
      });
      const withSpaces: CorrectionContext = { ...ctx, ...spaced, knows: (w) => (counts.get(w) ?? 0) > 0, closest: (w) => ({ ihlcompliance: 'compliance', humanitarianacces: 'humanitarian' })[w] ?? null };
      it('corrects to the split before a word two edits away, never before one a single edit away unless the corpus writes the split side by side', () => {
        assert.equal(correctionFor(p('humanitarianaccess').terms[0], withSpaces), 'humanitarian access');
        assert.equal(correctionFor(p('IHLcompliance').terms[0], withSpaces), 'ihl compliance');
        // a split written apart yields to a corpus word one edit away (here a name written once)
        assert.equal(correctionFor(p('rohingyamyanmar').terms[0], { ...withSpaces, closest: () => 'rohingya' }), 'rohingya myanmar');
        const oneAway = { ...withSpaces, closest: () => 'rohingyamyanma', knows: (w: string) => w === 'rohingyamyanma' || withSpaces.knows(w), count: (w: string) => (w === 'rohingyamyanma' ? 1 : withSpaces.count(w)) };
        assert.equal(correctionFor(p('rohingyamyanmar').terms[0], oneAway), 'rohingyamyanma');
        // not in a French or Spanish query (maxEdits set), and not where the typed word finds nearly as much
        assert.equal(correctionFor(p('humanitarianaccess').terms[0], { ...withSpaces, maxEdits: 1 }), null);
        assert.equal(correctionFor(p('humanitarianaccess').terms[0], { ...withSpaces, hits: () => 2 }), null);
      });
    });
    it('corrects a typo to a corpus word, and only to one the corpus uses', () => {
      assert.equal(fix('protecton'), 'protection');
      assert.equal(fix('aversoin'), 'aversion');
      assert.equal(fix('zebra'), null);
    });
  });

  describe('spelling variants', () => {
    it('swaps British and American endings', () => {
      assert.deepEqual(spellingVariants('organizations'), ['organisations']);
      assert.deepEqual(spellingVariants('stabilisation'), ['stabilization']);
      assert.ok(spellingVariants('behaviour').includes('behavior'));
      assert.ok(spellingVariants('behavior').includes('behaviour'));
      assert.ok(spellingVariants('centre').includes('center'));
      assert.deepEqual(spellingVariants('peace'), []);
    });
  });

  describe('derived forms (core/nlp/derivation.ts)', () => {
    it('offers the forms Porter keeps apart: adverb → adjective, -ous ↔ -ion', () => {
      assert.ok(derivedForms('publicly').includes('public'));
      assert.ok(derivedForms('politically').includes('political'));
      assert.ok(derivedForms('cautious').includes('caution'));
      assert.ok(derivedForms('caution').includes('cautious'));
    });
    it('sends no -ize word to its base: securitization is not security (a query widened by it answers about another concept)', () => {
      assert.deepEqual(derivedForms('securitization'), []);
      assert.deepEqual(derivedForms('securitisation'), []);
      assert.deepEqual(derivedForms('militarized'), []);
      assert.deepEqual(derivedForms('normalization'), []);
    });
    it('never goes from a base to what is derived from it, and leaves short words alone', () => {
      assert.deepEqual(derivedForms('public'), []);
      assert.deepEqual(derivedForms('security'), []);
      assert.deepEqual(derivedForms('military'), []);
      assert.deepEqual(derivedForms('only'), []);
      assert.ok(!derivedForms('protection').includes('protect'));
      assert.ok(!derivedForms('realise').includes('real'));
      assert.ok(!derivedForms('overly').includes('over'));
    });
  });

  describe('prefixes', () => {
    it('widens a prefix to the stems of the words it was typed for', () => {
      assert.equal(prefixForIndex('negotiat', ['negotiation', 'negotiations', 'negotiate', 'negotiating'], stem), 'negoti');
      assert.equal(prefixForIndex('protect', ['protection', 'protected'], stem), 'protect');
    });
    it('keeps a prefix the corpus has no words for, or that would grow too short', () => {
      assert.equal(prefixForIndex('zzq', [], stem), 'zzq');
      assert.equal(prefixForIndex('ab', ['abc'], stem), 'ab');
    });
  });
  it('finds compounds: two words the corpus writes as one, one word it writes as two', () => {
    const corpus = new Set(['ceasefire', 'peacebuilding', 'counter', 'terrorism', 'under', 'standing', 'with', 'into']);
    const knows = (w: string) => corpus.has(w);
    assert.equal(joinedCompound('cease', 'fire', knows, isStopWord), 'ceasefire');
    assert.equal(joinedCompound('peace', 'building', knows, isStopWord), 'peacebuilding');
    // stop words never make a compound ("in to" is not "into")
    assert.equal(joinedCompound('in', 'to', knows, isStopWord), null);
    assert.deepEqual(compoundSplits('counterterrorism', knows, isStopWord), ['counter terrorism']);
    // a split of two known words is only a candidate: the caller asks whether the corpus has the phrase
    assert.deepEqual(compoundSplits('understanding', knows, isStopWord), ['under standing']);
    assert.deepEqual(compoundSplits('without', knows, isStopWord), []);
  });
  it('reads a query\'s words for ranking in the order typed, quoted phrases in their place', async () => {
    const { rankingWords } = await import('../../server/search/passage-words.js');
    assert.deepEqual(rankingWords(parseQuery('UN "peace operations" reform', []).terms).queryWords, ['un', 'peace', 'operations', 'reform']);
  });
});

describe('English words (english-words.ts)', () => {
  it('finds every word of the list, and nothing between them, by bisecting its text', () => {
    const list = createRequire(import.meta.url)('an-array-of-english-words') as string[];
    // bisection needs the list in code-unit order, as JavaScript compares strings
    for (let i = 1; i < list.length; i++) assert.ok(list[i - 1] < list[i], `${list[i - 1]} ≥ ${list[i]}`);
    const words = new Set(list);
    for (let i = 0; i < list.length; i += 5) {
      assert.ok(isEnglishWord(list[i]), list[i]);
      for (const other of [list[i] + 'q', list[i] + 'zz', list[i].slice(0, -1), `${list[i]}-`]) assert.equal(isEnglishWord(other), words.has(other), other);
    }
    for (const w of [list[0], list[1], list.at(-1)!, list.at(-2)!]) assert.ok(isEnglishWord(w), w);
    for (const w of ['', '"', '",', 'zzzzzzz', '{', 'A'.repeat(100)]) assert.equal(isEnglishWord(w), false, w);
  });
  it('knows common words the corpus may lack and not common misspellings', () => {
    for (const w of ['stick', 'expelled', 'reluctant', 'criticise', 'criticize', 'organisations', 'Publicly']) assert.ok(isEnglishWord(w), w);
    for (const w of ['protecton', 'humanitarain', 'goverment', 'recieve', 'acountability', 'stabilzation', 'civilans']) assert.ok(!isEnglishWord(w), w);
  });
});
