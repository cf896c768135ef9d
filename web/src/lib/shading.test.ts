import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classLimits, classOf, coPartyCounts, latestTradeByPartner } from './shading.ts';

test('classLimits follows the spread of the values and ignores zeros', () => {
  assert.deepEqual(classLimits([0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55], 5), [1, 3, 8, 21, 55]);
  assert.deepEqual(classLimits([4, 4, 4]), [4]);
  assert.deepEqual(classLimits([]), []);
});

test('classOf puts a value in the first class whose limit holds it', () => {
  const limits = [1, 3, 8];
  assert.equal(classOf(1, limits), 0);
  assert.equal(classOf(2, limits), 1);
  assert.equal(classOf(100, limits), 2);
  assert.equal(classOf(0, limits), -1);
  assert.equal(classOf(undefined, limits), -1);
});

test('coPartyCounts counts each record once per other party', () => {
  const records = [
    { parties: [{ id: 'BY' }, { id: 'UZ' }, { id: 'UZ' }] },
    { parties: [{ id: 'BY' }, { id: 'UZ' }, { id: 'UZ-AN' }] },
    { parties: [{ id: 'RU' }] },
  ];
  assert.deepEqual([...coPartyCounts(records, 'BY')], [['UZ', 2], ['UZ-AN', 1], ['RU', 1]]);
});

test('latestTradeByPartner prefers the latest whole year of two-party turnover', () => {
  const p = (recordId: number, period: string, value: number) => ({ recordId, period, value, currency: 'USD' });
  const series = [
    { indicator: 'turnover', flow: null, scope: null, parties: [{ id: 'BY' }, { id: 'UZ' }], points: [p(1, '2019', 10), p(2, '2020', 20), p(3, '2021-01..2021-06', 15)] },
    { indicator: 'turnover', flow: null, scope: null, parties: [{ id: 'BY' }, { id: 'KZ' }], points: [p(4, '2022-01..2022-08', 7)] },
    { indicator: 'exports', flow: 'BY->AM', scope: null, parties: [{ id: 'BY' }, { id: 'AM' }], points: [p(5, '2022', 99)] },
    { indicator: 'turnover', flow: null, scope: 'food', parties: [{ id: 'BY' }, { id: 'RU' }], points: [p(6, '2022', 99)] },
  ];
  const figures = latestTradeByPartner(series, 'BY');
  assert.deepEqual([...figures.keys()], ['UZ', 'KZ']);
  assert.equal(figures.get('UZ')!.recordId, 2);
  assert.equal(figures.get('KZ')!.period, '2022-01..2022-08');
});
