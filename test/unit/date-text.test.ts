import assert from 'node:assert/strict';
import { dateText } from '../../indexer/metadata/date-text.js';

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
