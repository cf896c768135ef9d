import { test } from 'node:test';
import assert from 'node:assert/strict';
import { comparePeriods, periodBounds } from './trade.ts';

test('periods sort by start, then end', () => {
  assert.deepEqual(periodBounds('2018-01..2018-07'), ['2018-01', '2018-07']);
  assert.deepEqual(periodBounds('2019'), ['2019', '2019']);
  const periods = ['2019', '2018-01..2018-07', '2018', null, '2018-01..2018-03', '2021-Q1'];
  assert.deepEqual([...periods].sort(comparePeriods), [null, '2018', '2018-01..2018-03', '2018-01..2018-07', '2019', '2021-Q1']);
});
