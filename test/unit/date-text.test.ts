import assert from 'node:assert/strict';
import { dateLine, dateText, printedDates, wholeDate } from '../../indexer/metadata/date-text.js';

describe('dateText: a fiscal year is a year range, not a month or season (review16 b, 8)', () => {
  it('reads "2023-24 …" as the line\'s other date or its first year, never month 24 (Winter)', () => {
    assert.deepEqual(dateText('2023-24 Humanitarian Response Plan, January 2023').parts, [2023, 1]);
    assert.deepEqual(dateText('2022-23 Annual Report').parts, [2022]);
    assert.deepEqual(dateText('2023-24').parts, [2023]);
    // a year and the next year's last two digits within 1–12 is a range too in a title
    assert.deepEqual(dateText('2011-12 Annual Report').parts, [2011]);
    // a number after a year that is no month and no next year is no month either
    assert.deepEqual(dateText('2022-21 Plan').parts, [2022]);
  });

  it('keeps ISO dates and written seasons as they were', () => {
    assert.deepEqual(dateText('2011-12').parts, [2011, 12], 'a whole ISO date is the date');
    assert.deepEqual(dateText('2021-03-05').parts, [2021, 3, 5]);
    assert.deepEqual(dateText('2021-03 report').parts, [2021, 3]);
    assert.deepEqual(dateText('2021-13-45').parts, [2021]);
    assert.deepEqual(dateText('1325 at 20, October 2020').parts, [2020, 10]);
    assert.deepEqual(dateText('2030 Agenda, May 2019').parts, [2019, 5]);
  });
});

describe('printed dates in English, French and Spanish (meta19: one reader for titles and first-page lines)', () => {
  it('reads a day, month and year in each language, and where it stands', () => {
    for (const [text, parts] of [
      ['3 September 2024', [2024, 9, 3]],
      ['September 3, 2024', [2024, 9, 3]],
      ['2024-09-03', [2024, 9, 3]],
      ['3 septembre 2024', [2024, 9, 3]],
      ['1er mars 2021', [2021, 3, 1]],
      ['3 de septiembre de 2024', [2024, 9, 3]],
    ] as const) {
      assert.deepEqual(wholeDate(`Réunion, ${text}`), parts, text);
      assert.ok(dateLine(text), text);
    }
    assert.deepEqual(printedDates('Goma, le 3 septembre 2024 (révisé)'), [{ parts: [2024, 9, 3], index: 9, end: 25 }]);
  });

  it('reads a month and year, Spanish "de" too, and checks the day', () => {
    assert.deepEqual(printedDates('Septiembre de 2024').map((d) => d.parts), [[2024, 9]]);
    assert.deepEqual(dateText('marzo de 2020').parts, [2020, 3], 'dateText reads it too');
    assert.deepEqual(dateText('mars 2020').parts, [2020, 3]);
    assert.deepEqual(printedDates('31 February 2024').map((d) => d.parts), [[2024, 2]], 'no such day: its month');
    assert.equal(wholeDate('Situation report, septiembre de 2024'), undefined);
    assert.deepEqual(printedDates('Report 2023, 1325 at 20'), []);
  });

  it('takes a line for a date line only when the date is all it says', () => {
    for (const s of ['Protection of civilians', 'Report 2023', 'Access in 2023', 'March 2024 (revised)', 'Lessons from March 2011', 'abril de 2023 y mayo de 2024']) assert.ok(!dateLine(s), s);
    assert.ok(dateLine('marzo de 2020'));
  });
});
