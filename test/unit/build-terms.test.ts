import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { acronymLetters, corpusAcronyms, nameFor, relatedWords, TERMS_OPTIONS } from '../../indexer/build-terms.js';
import { relatedPlain } from '../helpers/related-plain.js';
import { relatedHint } from '../../server/search/query-understanding.js';
import { isStopWord, stem } from '../../core/analysis.js';
import type { Passage } from '../../core/types.js';

const passage = (text: string) => ({ text }) as Passage;

describe('corpus terms (indexer/build-terms.ts)', () => {
  it('reads the letters an acronym spells', () => {
    assert.equal(acronymLetters('HRuF'), 'hruf');
    assert.equal(acronymLetters('SRSGs'), 'srsg');
    assert.equal(acronymLetters('RC/HCs'), 'rchc');
  });

  it('finds the name before "(ACR)" whose initials spell it, as short as it can be', () => {
    assert.equal(nameFor('IASC', 'convened by the Inter-Agency Standing Committee '), 'Inter-Agency Standing Committee');
    assert.equal(nameFor('OCHA', 'staff of the Office for the Coordination of Humanitarian Affairs '), 'Office for the Coordination of Humanitarian Affairs');
    assert.equal(nameFor('HNO', 'the plans and the '), null);
  });

  it('learns acronyms the corpus defines either way round, and names for acronyms it never spells out', () => {
    const { defined, initialisms } = corpusAcronyms([
      passage('The Humanitarian Needs Overview (HNO) sets out needs.'),
      passage('Each HNO (Humanitarian Needs Overview) is revised yearly.'),
      passage('Its Human Rights Up Front action plan was short-lived.'),
      passage('Not a definition: the report (2019) and the plan (see annex).'),
      // the rest of a library, where HNO is rare and UN is everywhere
      passage('The United Nations (UN) convened the parties.'),
      ...Array.from({ length: 40 }, (_, i) => passage(`The UN mission reported on week ${i}.`)),
    ]);
    // an acronym written in most passages is left as typed: its name would only reorder its hits
    assert.deepEqual(defined, [['HNO', 'Humanitarian Needs Overview']]);
    assert.ok(initialisms.some(([k, name]) => k === 'hruf' && name === 'Human Rights Up Front'));
    // letters that are a corpus word are never an initialism
    assert.ok(!initialisms.some(([k]) => k === 'its' || k === 'not'));
  });

  it('relates words used alike: those that keep the same neighbours', () => {
    const texts = [
      'quiet diplomacy with the government', 'private diplomacy with the government', 'quiet diplomacy behind closed doors',
      'private diplomacy behind closed doors', 'quiet diplomacy was preferred', 'private diplomacy was preferred',
      'public statements by leaders', 'public statements in the council', 'public statements were rare',
    ];
    const related = relatedWords(texts.map(passage), { ...TERMS_OPTIONS, minPassages: 2 });
    assert.equal(related.quiet?.[0], 'private');
    assert.equal(related.private?.[0], 'quiet');
  });

  it('finds related words in what documents say, not in their reference entries and notes (a publisher\'s place is no likeness)', () => {
    const prose = [
      'quiet diplomacy with the government', 'private diplomacy with the government', 'quiet diplomacy behind closed doors',
      'private diplomacy behind closed doors', 'humanitarian access was denied', 'humanitarian access was negotiated',
    ];
    const cited = ['OCHA (2019) Humanitarian access report. New York: United Nations', 'UN (2020) Humanitarian access policy. New York: United Nations', 'OCHA (2021) Humanitarian access note. New York: United Nations'];
    const as = (kind: string) => (text: string) => ({ text, kind }) as Passage;
    const read = relatedWords([...prose.map(as('finding')), ...cited.map(as('reference')), ...cited.map(as('footnote'))], { ...TERMS_OPTIONS, minPassages: 2 });
    assert.equal(read.york, undefined);
    assert.ok(!Object.values(read).flat().includes('york'));
    assert.equal(read.quiet?.[0], 'private');
    // the same entries read as prose would relate them
    const asProse = relatedWords([...prose, ...cited, ...cited].map(as('finding')), { ...TERMS_OPTIONS, minPassages: 2 });
    assert.ok(asProse.york?.length);
  });

  it('does not relate two words over one neighbour they happen to share', () => {
    const texts = [
      'momentum and sense grew', 'a sense of urgency', 'sense prevailed later', 'momentum then russia vetoed',
      'russia vetoed the draft', 'russia abstained twice', 'momentum faded slowly',
    ];
    const one = relatedWords(texts.map(passage), { ...TERMS_OPTIONS, minPassages: 2, minShared: 1 });
    assert.ok(one.sense?.includes('russia'), 'with one shared neighbour allowed they are related');
    const related = relatedWords(texts.map(passage), { ...TERMS_OPTIONS, minPassages: 2 });
    assert.ok(!related.sense?.includes('russia'));
  });

  it('relates the same words as the plain maps-of-maps form, in the same order (the bundled corpus)', () => {
    const dir = join(process.cwd(), 'corpus');
    const paragraphs = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/\n\s*\n/));
    for (const options of [TERMS_OPTIONS, { ...TERMS_OPTIONS, maxHolders: 20, minPassages: 2 }, { ...TERMS_OPTIONS, minShared: 1 }]) {
      const expected = relatedPlain(paragraphs, options);
      assert.ok(Object.keys(expected).length > 100);
      assert.equal(JSON.stringify(relatedWords(paragraphs.map(passage), options)), JSON.stringify(expected));
    }
  });

  it('offers related words for a query, borrowing them from the nearest corpus words when it has none', () => {
    // likeness holds both ways (cosine): each word offered names the one it is offered for
    const table: Record<string, string[]> = { silent: ['quiet', 'private'], quiet: ['private', 'discreet', 'silent'], private: ['quiet', 'silent'], discreet: ['quiet'] };
    const ctx = { related: (w: string) => table[w], withPrefix: (p: string) => (('silent'.startsWith(p)) ? ['silent'] : []), isStopWord, stem };
    // "silent" is borrowed from, not offered: a form of the word typed is no help (userreview15)
    assert.deepEqual(relatedHint(['silence'], ctx), ['quiet', 'private']);
    assert.deepEqual(relatedHint(['quiet'], ctx), ['private', 'discreet', 'silent']);
    assert.deepEqual(relatedHint(['the'], ctx), []);
  });

  it('does not offer a word the query matches already: an inflection of a typed word, or a word under a typed prefix', () => {
    const table: Record<string, string[]> = { negotiation: ['negotiations', 'negotiating', 'mediation', 'dialogue'], mediation: ['negotiation'], dialogue: ['negotiation'] };
    const ctx = { related: (w: string) => table[w], withPrefix: () => [], isStopWord, stem };
    assert.deepEqual(relatedHint(['negotiation'], ctx), ['mediation', 'dialogue']);
    const near = { ...ctx, withPrefix: (p: string) => ['negotiating', 'negotiations', 'negotiator'].filter((w) => w.startsWith(p)) };
    // a prefix typed as a word the corpus lacks borrows its neighbours, but not those the prefix already finds
    assert.deepEqual(relatedHint(['negotiat'], near, ['negotiat']), []);
    assert.deepEqual(relatedHint(['negotiat'], near), ['negotiating', 'negotiations', 'negotiator']);
  });

  it('offers none of the typed word\'s own forms (derivations, folded spelling) nor stop words, and nothing when only those are left', () => {
    // the library lacks "clearance": the words sharing its start are its family (userreview15)
    const table: Record<string, string[]> = { clear: ['clearly', 'the', 'appropriate'], clearly: ['clearer', 'explicitly'], organisation: ['organizations', 'agency'], appropriate: ['clear'], explicitly: ['clearly'], agency: ['organisation'] };
    const ctx = { related: (w: string) => table[w], withPrefix: (p: string) => ['clear', 'clearly', 'clearer'].filter((w) => w.startsWith(p)), isStopWord, stem };
    assert.deepEqual(relatedHint(['clearance'], ctx), ['appropriate', 'explicitly']);
    assert.deepEqual(relatedHint(['organisation'], ctx), ['agency']);
    const forms = { ...ctx, related: (w: string) => ({ clear: ['clearly', 'clearer', 'the'] })[w] };
    assert.deepEqual(relatedHint(['clearance'], forms), []);
  });

  it('offers no preposition, conjunction or article, nor a word whose likeness holds one way only (user review 16, finding 10)', () => {
    // "civilians" keeps the neighbours of "against", "beyond" and "despite" (what a preposition governs); "halt"'s own list names it, "violence"'s does not
    const table: Record<string, string[]> = {
      civilians: ['against', 'people', 'beyond', 'violence', 'halt', 'despite'],
      people: ['civilians'], halt: ['civilians'], violence: ['attacks'], against: ['civilians'], beyond: ['civilians'], despite: ['civilians'],
    };
    const ctx = { related: (w: string) => table[w], withPrefix: () => [], isStopWord, stem };
    assert.deepEqual(relatedHint(['protection', 'of', 'civilians'], ctx), ['people', 'halt']);
  });
});
