import assert from 'node:assert/strict';
import { NOTES_SECTION, REFERENCE_SECTION, noteStart } from '../../indexer/stages/patterns.js';

describe('noteStart', () => {
  it('reads a note number, a superscript or a symbol opening a line', () => {
    assert.deepEqual(noteStart('12 See Gilder (2023), p. 4.'), { n: '12', rest: 'See Gilder (2023), p. 4.' });
    assert.deepEqual(noteStart('* Associate Professor of International Law'), { n: '*', rest: 'Associate Professor of International Law' });
    assert.equal(noteStart('1. A numbered list item'), null);
  });

  it('does not take a date carried over from a note\'s last line for a note number', () => {
    for (const line of ['8 April 2024.', '24 March 2021 (accessed).', '3 Sept. 2019', '30 September, 2021']) assert.equal(noteStart(line), null, line);
    assert.deepEqual(noteStart('8 April talks failed, as reported'), { n: '8', rest: 'April talks failed, as reported' });
  });
});

describe('back sections', () => {
  it('knows a reference list or notes heading behind its section number or letter', () => {
    for (const h of ['References', '7 References', 'G. REFERENCES', '4.2 Bibliography']) assert.ok(REFERENCE_SECTION.test(h), h);
    for (const h of ['Notes', 'IV. Notes', '12 Endnotes']) assert.ok(NOTES_SECTION.test(h), h);
    for (const h of ['Notes on method', 'References to the mandate', 'A References']) assert.ok(!REFERENCE_SECTION.test(h) && !NOTES_SECTION.test(h), h);
  });
});
