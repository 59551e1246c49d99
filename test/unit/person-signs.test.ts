import assert from 'node:assert/strict';
import type { FrontLine } from '../../core/types.js';
import { metadataLine } from '../../indexer/metadata/byline.js';
import { namesMatter } from '../../indexer/metadata/common-noun.js';
import { firstPageGuess, splitNames } from '../../indexer/metadata/resolve.js';

// meta41: a given name the list lacks ("Serenity", "Summer", "River") with no second sign beside
// it read as a subtitle's matter. What a careful reader takes for a person on a title page
// besides meta40's signs: a family name set in capitals, a known person listed beside the name,
// a "By". The cases are written from how title pages print names, not from what was read.

const names = (lines: FrontLine[]) => firstPageGuess(lines).author?.map((n) => n.literal ?? `${n.given} ${n.family}`);
const title: FrontLine = { text: 'Peace Operations in a Warming World', size: 17 };
const line = (text: string): FrontLine => ({ text, size: 10 });

describe('a person whose given name the list lacks, told by the page (meta41)', () => {
  it('reads a family name set in capitals as a person’s, whatever the given name', () => {
    for (const who of ['Serenity SMITH', 'Summer HILL', 'River DUPONT']) assert.equal(namesMatter(who), false, who);
    assert.ok(names([title, line('Serenity SMITH'), line('2024')])?.length === 1);
    // a subtitle set wholly in capitals has no such sign
    assert.equal(namesMatter('ARMED GROUPS'), true);
  });

  it('reads every name of a byline list as a person where one is a known person', () => {
    assert.deepEqual(names([title, line('Serenity Smith, Hugo Slim'), line('2024')]), ['Serenity Smith', 'Hugo Slim']);
    assert.deepEqual(names([title, line('Sarah Collinson and Summer Hill'), line('2024')]), ['Sarah Collinson', 'Summer Hill']);
    assert.deepEqual(names([title, line('A. Mission and Serenity Smith'), line('2024')]), ['A. Mission', 'Serenity Smith']);
    // LaTeX's \and sets the names side by side on one line
    const beside: FrontLine = { text: 'Serenity Smith Hugo Slim', size: 10, parts: ['Serenity Smith', 'Hugo Slim'] };
    assert.deepEqual(names([title, beside, line('2024')]), ['Serenity Smith', 'Hugo Slim']);
    assert.deepEqual(metadataLine('Hugo Slim and Serenity Smith\uE000*\uE001 2024', splitNames)?.author, [
      { given: 'Hugo', family: 'Slim' },
      { given: 'Serenity', family: 'Smith' },
    ]);
  });

  it('keeps a byline’s "by" a person’s mark', () => {
    assert.deepEqual(names([title, line('By Serenity Smith'), line('2024')]), ['Serenity Smith']);
  });

  it('turns no subtitle into people: alone, listed with another subtitle, under a byline in its type', () => {
    for (const sub of ['Armed Groups', 'Hard Choices', 'Local Voices', 'Security Dilemmas', 'Serenity Smith']) assert.equal(names([title, line(sub), line('2024')]), undefined, sub);
    assert.equal(names([title, line('Hard Choices and Local Voices'), line('2024')]), undefined);
    assert.equal(names([title, line('Armed Groups, Local Voices'), line('2024')]), undefined);
    // a name the list knows but made of English words ("Early Warning", "Rose Hill") vouches for none beside it
    assert.equal(names([title, line('Lessons Learned and Early Warning'), line('2024')]), undefined);
    // "Peace and Security": single words are no names, whatever the list
    assert.equal(names([title, line('Peace and Security'), line('2024')]), undefined);
    assert.deepEqual(names([title, line('Rose Hill'), line('Hard Choices'), line('2024')]), ['Rose Hill']);
    // an abstract noun after the first word is a matter beside a known person too
    assert.equal(metadataLine('Rose Hill, Climate Security\uE000*\uE001 2024', splitNames), null);
  });
});
