import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addDays, addMonths, daysInMonth, nearestYearOfMonth, parseRefDate, weekdayNear, yearOfPeriod,
} from './calendar.ts';

test('parseRefDate reads years, months and days and drops what is invalid', () => {
  assert.deepEqual(parseRefDate('2019-07-05'), { y: 2019, m: 7, d: 5 });
  assert.deepEqual(parseRefDate('2019'), { y: 2019, m: undefined, d: undefined });
  assert.deepEqual(parseRefDate('2019-13-01'), { y: 2019 });
  assert.equal(parseRefDate('yesterday'), undefined);
  assert.equal(parseRefDate(undefined), undefined);
});

test('days, months and weekdays roll over correctly', () => {
  assert.equal(daysInMonth(2020, 2), 29);
  assert.equal(daysInMonth(2021, 2), 28);
  for (const y of [1800, 1900, 1999, 2000, 2024, 2100, 2400, -4, 0, 50, 99, 100]) {
    for (let m = 0; m <= 13; m++) assert.equal(daysInMonth(y, m), new Date(Date.UTC(y, m, 0)).getUTCDate(), `${y}-${m}`);
  }
  assert.deepEqual(addDays(2021, 1, 1, -1), { y: 2020, m: 12, d: 31 });
  assert.deepEqual(addMonths(2021, 1, -1), { y: 2020, m: 12 });
  // 2024-09-25 is a Wednesday.
  assert.deepEqual(weekdayNear({ y: 2024, m: 9, d: 25 }, 1, -1), { y: 2024, m: 9, d: 23 });
  assert.deepEqual(weekdayNear({ y: 2024, m: 9, d: 25 }, 3, -1), { y: 2024, m: 9, d: 25 });
  assert.deepEqual(weekdayNear({ y: 2024, m: 9, d: 25 }, 3, 1), { y: 2024, m: 10, d: 2 });
});

test('a month without a year takes the nearest occurrence; a period the one already begun', () => {
  assert.equal(nearestYearOfMonth(2022, 1, 12), 2021);
  assert.equal(nearestYearOfMonth(2022, 8, 9), 2022);
  assert.equal(nearestYearOfMonth(2022, 12, 1), 2023);
  assert.equal(yearOfPeriod(2009, 12, 7), 2009);
  assert.equal(yearOfPeriod(2022, 2, 10), 2021);
});
