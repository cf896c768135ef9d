import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, isAnnualPeriod, periodEnd, periodStart, periodYear } from './periods.ts';

test('periods and dates of the fact format as calendar days', () => {
  assert.equal(periodEnd('2019'), '2019-12-31');
  assert.equal(periodEnd('2018-01..2018-07'), '2018-07-31');
  assert.equal(periodEnd('2024-02'), '2024-02-29');
  assert.equal(periodEnd('2021-Q1'), '2021-03-31');
  assert.equal(periodEnd('2021-H1'), '2021-06-30');
  assert.equal(periodEnd('2008-10-10'), '2008-10-10');
  assert.equal(periodEnd('soon'), null);
  assert.equal(periodStart('2021-Q2'), '2021-04-01');
  assert.equal(periodStart('2018-03..2018-07'), '2018-03-01');
  assert.equal(periodYear('2018-01..2018-07'), 2018);
  assert.ok(isAnnualPeriod('2020') && !isAnnualPeriod('2020-01..2020-08'));
  assert.equal(addMonths('2026-11-29', 6), '2027-05-29');
  assert.equal(addMonths('2026-11-29', -24), '2024-11-29');
  assert.equal(addMonths('2026-08-31', 6), '2027-02-28');
});
