import assert from 'node:assert/strict';
import { joinTitleLines } from '../../indexer/metadata/title-lines.js';

describe('a title set on several lines (userreview19a finding 4)', () => {
  it('joins a word the typesetter broke with U+2010, a soft hyphen or an ASCII hyphen', () => {
    assert.equal(joinTitleLines(['Collaborative advocacy between humanitarian and human rights actors: opportunities and cha\u2010', 'llenges']), 'Collaborative advocacy between humanitarian and human rights actors: opportunities and challenges');
    assert.equal(joinTitleLines(['Protection of civi\u00AD', 'lians']), 'Protection of civilians');
    assert.equal(joinTitleLines(['Negotiating humanitarian ac-', 'cess in conflict settings']), 'Negotiating humanitarian access in conflict settings');
  });

  it('keeps a compound\'s hyphen, a name\'s, and joins other lines with a space', () => {
    assert.equal(joinTitleLines(['Humanitarian decision-', 'making in conflict']), 'Humanitarian decision-making in conflict');
    assert.equal(joinTitleLines(['Engaging non-', 'state armed groups']), 'Engaging non-state armed groups');
    assert.equal(joinTitleLines(['Advocacy after Boutros-', 'Ghali']), 'Advocacy after Boutros-Ghali');
    assert.equal(joinTitleLines(['A report', '- the second line']), 'A report - the second line');
    assert.equal(joinTitleLines(['  Peace operations ', 'and human security ']), 'Peace operations and human security');
  });
});
