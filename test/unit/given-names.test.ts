import assert from 'node:assert/strict';
import { isGivenName } from '../../core/given-names.js';
import type { CslName, FrontLine } from '../../core/types.js';
import { metadataLine } from '../../indexer/metadata/byline.js';
import { namesMatter } from '../../indexer/metadata/common-noun.js';
import { firstPageGuess, splitNames } from '../../indexer/metadata/resolve.js';
import { parseNoteCitation } from '../../indexer/references/parse.js';

// meta39: a given-name list (lexicon/given-names.txt) as evidence for a person. A subtitle of
// plain English words whose first word is no given name is a matter, not an author ("Armed
// Groups"); a note's name whose first word is a given name and whose family name is also a kind
// of body ("Robert Service") is a person's. Names that are no English words are left as they were.

const names = (lines: FrontLine[]) => firstPageGuess(lines).author?.map((n) => n.literal ?? `${n.given} ${n.family}`);
const title: FrontLine = { text: 'Peace Operations in a Warming World', size: 17 };
const noteAuthors = (who: string): CslName[] | undefined => parseNoteCitation(`${who}, ‘A Probe Title of the Work’, Journal of Probes, vol. 1, 2020, 1–2.`)?.author;

describe('a given-name list as evidence for a person (meta39)', () => {
  it('knows given names of English-speaking countries, in any case, and no common word', () => {
    for (const w of ['Robert', 'margaret', 'Felicity', 'Anne-Marie', 'Rose']) assert.equal(isGivenName(w), true, w);
    for (const w of ['Armed', 'Security', 'Hard', 'Local', '', '#']) assert.equal(isGivenName(w), false, w);
  });

  it('reads no author from a subtitle of plain words, nor one opening with an abstract noun in -ity', () => {
    for (const sub of ['Armed Groups', 'Hard Choices', 'Local Voices', 'Security Dilemmas']) {
      assert.equal(names([title, { text: sub, size: 10 }, { text: '2024', size: 10 }]), undefined, sub);
      assert.equal(namesMatter(sub), true, sub);
    }
    assert.equal(metadataLine('Armed Groups\uE000*\uE001 2024', splitNames), null);
  });

  it('still reads people: a given name first, an initial first, a name that is no English word, a virtue the list knows', () => {
    for (const who of ['Rose Hill', 'Mark Green', 'Felicity Jones', 'A. Mission', 'J. Hard', 'Amani Mahmoud', 'Kamala Khan', 'Gemma Davies', 'Hugo Slim']) assert.equal(namesMatter(who), false, who);
    assert.deepEqual(names([title, { text: 'Armed Groups', size: 10 }, { text: 'Rose Hill', size: 10 }, { text: '2024', size: 10 }]), ['Rose Hill']);
    assert.deepEqual(names([title, { text: 'Amani Mahmoud', size: 12 }, { text: '2024', size: 12 }]), ['Amani Mahmoud']);
  });

  it('reads a virtue the source list lacks as the given name it is: "Verity Smith", "Unity Dow" (review39)', () => {
    for (const who of ['Verity Smith', 'Verity Lambert', 'Unity Dow', 'Clemency Burton', 'Temperance Brennan']) assert.equal(namesMatter(who), false, who);
    assert.deepEqual(names([title, { text: 'Verity Smith', size: 12 }, { text: '2024', size: 12 }]), ['Verity Smith']);
    // the subtitles the list told apart stay matters
    for (const sub of ['Security Dilemmas', 'Community Resilience']) assert.equal(namesMatter(sub), true, sub);
  });

  it('reads a note’s given name before a family name that is a kind of body as a person', () => {
    assert.deepEqual(noteAuthors('Robert Service'), [{ family: 'Service', given: 'Robert' }]);
    assert.deepEqual(noteAuthors('Margaret Court'), [{ family: 'Court', given: 'Margaret' }]);
    assert.deepEqual(noteAuthors('Joseph Banks'), [{ family: 'Banks', given: 'Joseph' }]);
    assert.deepEqual(noteAuthors('Carla Della Corte'), [{ family: 'Della Corte', given: 'Carla' }]);
    assert.deepEqual(noteAuthors('R. Service'), [{ family: 'Service', given: 'R.' }]);
  });

  it('still reads bodies: other kinds after a given name, a kind after a common word or a union, a kind among more words', () => {
    for (const who of ['Christian Aid', 'Mercy Corps', 'Stanley Foundation', 'Supreme Court', 'Foreign Service', 'UN Court', 'Robert Service Commission', 'International Court']) {
      assert.deepEqual(noteAuthors(who), [{ literal: who }], who);
    }
  });
});
