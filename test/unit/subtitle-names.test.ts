import assert from 'node:assert/strict';
import { firstPageGuess } from '../../indexer/metadata/resolve.js';
import { metadataLine } from '../../indexer/metadata/byline.js';
import { commonNoun } from '../../indexer/metadata/common-noun.js';
import { splitNames, themeNames } from '../../indexer/metadata/resolve.js';
import { loadTaxonomy } from '../../core/taxonomy.js';
import type { FrontLine } from '../../core/types.js';

// meta38: a two- or three-word title-case subtitle under a title ("Climate Security") had been
// read as its author (given Climate, family Security), by the first-page guess and, with a
// raised note mark and a year, by the byline line. A word an abstract noun's suffix ends that is
// a word of English names no one; names that are English words ("Rose Hill", "Mark Green") stay.

const names = (lines: FrontLine[]) => firstPageGuess(lines).author?.map((n) => n.literal ?? `${n.given} ${n.family}`);
const title: FrontLine = { text: 'Peace Operations in a Warming World', size: 17 };

describe('a subtitle under the title is no byline (meta38)', () => {
  it('reads no author from a subtitle of two or three title-case words', () => {
    assert.equal(names([title, { text: 'Climate Security', size: 10 }, { text: '2024', size: 10 }]), undefined);
    assert.equal(names([title, { text: 'Humanitarian Action Perspectives', size: 10 }, { text: 'March 2023', size: 10 }]), undefined);
    assert.equal(names([title, { text: 'Security Operations', size: 10 }, { text: '2021', size: 10 }]), undefined);
  });

  it('still reads a byline of names that are English words, also under a subtitle', () => {
    assert.deepEqual(names([title, { text: 'Rose Hill', size: 12 }, { text: '2024', size: 12 }]), ['Rose Hill']);
    assert.deepEqual(names([title, { text: 'Mark Green and Jane Smith', size: 12 }]), ['Mark Green', 'Jane Smith']);
    assert.deepEqual(names([title, { text: 'Climate Security', size: 10 }, { text: 'Rose Hill', size: 10 }, { text: '2024', size: 10 }]), ['Rose Hill']);
  });

  it('reads no author from a subtitle that is a theme\'s name, and the byline under it (a different size)', () => {
    const lines: FrontLine[] = [title, { text: 'Civilian Harm', size: 12 }, { text: 'Mark Green', size: 10 }, { text: '2022', size: 10 }];
    assert.deepEqual(firstPageGuess(lines, [], [], ['Protection of civilians', 'civilian harm']).author, [{ given: 'Mark', family: 'Green' }]);
    // without the theme names, plain English words under no given name are a matter too (meta39)
    assert.deepEqual(firstPageGuess(lines).author, [{ given: 'Mark', family: 'Green' }]);
    assert.ok(themeNames(loadTaxonomy()).includes('civilian harm'));
  });

  it('reads no author from a marked subtitle run into its year, and still from a marked name', () => {
    const M = (m: string) => `\uE000${m}\uE001`;
    assert.equal(metadataLine(`Climate Security${M('*')} 2024`, splitNames), null);
    assert.equal(metadataLine('Climate Security March 2024', splitNames), null);
    assert.deepEqual(metadataLine(`Mark Green${M('*')} 2024`, splitNames)?.author, [{ given: 'Mark', family: 'Green' }]);
    assert.deepEqual(metadataLine(`Felicity Jones${M('*')} 2024`, splitNames)?.author, [{ given: 'Felicity', family: 'Jones' }]);
  });

  it('knows an abstract noun of English by its suffix, and no name', () => {
    for (const w of ['Security', 'Operations', 'Action', 'Protection', 'Governance', 'Development', 'Partnership', 'Mission']) assert.equal(commonNoun(w), true, w);
    for (const w of ['Green', 'Hill', 'Smith', 'Gilder', 'Clement', 'Guinness', 'Lawrence', 'Bowden', 'Ness']) assert.equal(commonNoun(w), false, w);
    // a virtue is a given name (Felicity, Charity, Verity): not first in a name
    assert.equal(commonNoun('Felicity', true), false);
    assert.equal(commonNoun('Felicity'), true);
  });
});
