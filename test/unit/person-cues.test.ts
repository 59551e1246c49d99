import assert from 'node:assert/strict';
import type { FrontLine } from '../../core/types.js';
import { metadataLine } from '../../indexer/metadata/byline.js';
import { namesMatter } from '../../indexer/metadata/common-noun.js';
import { firstPageGuess, splitNames } from '../../indexer/metadata/resolve.js';

// meta40: the given-name list knows English-speaking countries' names only, so a given name it
// lacks that is an English word ("Serenity", a virtue in -ity; review39 added "Verity" itself to the list) before a family name read as a
// subtitle's matter. A second sign of a person on the page — a middle initial, an affiliation or
// an address under the line — makes it a name; without one, nothing changes.

const names = (lines: FrontLine[]) => firstPageGuess(lines).author?.map((n) => n.literal ?? `${n.given} ${n.family}`);
const title: FrontLine = { text: 'Peace Operations in a Warming World', size: 17 };
const line = (text: string): FrontLine => ({ text, size: 10 });

describe('a second sign of a person beside a given name the list lacks (meta40)', () => {
  it('reads a name with a middle initial as a person, whatever its first word', () => {
    for (const who of ['Serenity J. Smith', 'Serenity J Smith', 'Summer K. Lee', 'Earnest P. Hill']) assert.equal(namesMatter(who), false, who);
    assert.deepEqual(names([title, line('Serenity J. Smith'), line('2024')]), ['Serenity J. Smith']);
  });

  it('takes no article or pronoun in a title-cased subtitle for a middle initial (review41)', () => {
    for (const sub of ['Towards A New Agenda', 'Lessons From A Decade', 'Beyond A Ceasefire', 'Time For A Change', 'Volume A Report', 'When I Stayed Home']) {
      assert.equal(names([title, line(sub), line('2024')]), undefined, sub);
    }
    assert.equal(namesMatter('Serenity A. Smith'), false, 'stopped, it is an initial');
  });

  it('reads a byline over an affiliation or an e-mail address as a person', () => {
    assert.deepEqual(names([title, line('Serenity Smith'), line('University of Leeds'), line('2024')]), ['Serenity Smith']);
    assert.deepEqual(names([title, line('Serenity Smith'), line('v.smith@leeds.ac.uk'), line('2024')]), ['Serenity Smith']);
    assert.deepEqual(names([title, line('Summer Hill'), line('Department of War Studies'), line('2024')]), ['Summer Hill']);
  });

  it('without a second sign keeps meta39’s reading, and a subtitle over a real byline stays a subtitle', () => {
    assert.equal(namesMatter('Serenity Smith'), true);
    assert.equal(names([title, line('Serenity Smith'), line('2024')]), undefined);
    for (const sub of ['Armed Groups', 'Hard Choices', 'Local Voices', 'Security Dilemmas']) {
      assert.equal(names([title, line(sub), line('2024')]), undefined, sub);
      assert.deepEqual(names([title, line(sub), line('Rose Hill'), line('University of Leeds'), line('2024')]), ['Rose Hill'], sub);
      // a publisher's or a think tank's name under a subtitle is no affiliation
      assert.ok(!names([title, line(sub), line('Chatham House'), line('2024')])?.includes(sub), sub);
      // nor a think tank named an institute, as most that publish this literature are (review41)
      for (const tank of ['Overseas Development Institute', 'International Peace Institute', 'United States Institute of Peace', 'Institute for Security Studies']) {
        assert.ok(!names([title, line(sub), line(tank), line('2024')])?.includes(sub), `${sub} over ${tank}`);
      }
    }
  });

  it('still reads an abstract noun after the first word as a matter, whatever is under it', () => {
    for (const sub of ['Urban Resilience', 'Climate Security']) {
      assert.equal(namesMatter(sub, true), true, sub);
      assert.equal(names([title, line(sub), line('University of Leeds'), line('2024')]), undefined, sub);
    }
  });

  it('gives no name of a marked byline a person cue it has not: a subtitle second among names stays a matter', () => {
    // (meta41: a known person first, "Rose Hill", now vouches for the names listed beside it, so
    // the first name here is one the given-name list lacks and no English word)
    assert.equal(metadataLine('Amani Mahmoud, Hard Choices\uE000*\uE001 2024', splitNames), null);
  });
});
