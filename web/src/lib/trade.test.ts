import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultSeries, tradeChartModel } from './trade.ts';

const BY_UZ = [{ id: 'BY' }, { id: 'UZ' }];
const series = {
  indicator: 'turnover', flow: null, scope: null, parties: BY_UZ,
  points: [
    { recordId: 1, period: '2018', value: 500, currency: 'USD' },
    { recordId: 2, period: '2017', value: 250, currency: 'USD' },
    { recordId: 3, period: '2018-01..2018-07', value: 320, currency: 'USD' },
    { recordId: 4, period: '2019', value: null, currency: 'USD' },
  ],
};

test('tradeChartModel puts whole years, parts of years and targets on one time axis', () => {
  const targets = [
    { id: 9, fields: { indicator: 'turnover', value: 1000, by: '2020' }, parties: [{ id: 'UZ' }, { id: 'BY' }] },
    { id: 10, fields: { indicator: 'exports', value: 9, by: '2020' }, parties: BY_UZ },
  ];
  const model = tradeChartModel(series, targets);
  assert.deepEqual(model.periods, ['2017', '2018', '2018-01..2018-07', '2020']);
  assert.deepEqual(model.annual.map((p) => p?.value ?? null), [250, 500, null, null]);
  assert.deepEqual(model.partial.map((p) => p?.recordId ?? null), [null, null, 3, null]);
  assert.deepEqual(model.targets.map((p) => p?.recordId ?? null), [null, null, null, 9]);
});

test('defaultSeries prefers the whole-economy turnover series', () => {
  const exports = { ...series, indicator: 'exports', points: [...series.points, ...series.points] };
  const scoped = { ...series, scope: 'machinery', points: [...series.points, ...series.points, ...series.points] };
  assert.equal(defaultSeries([scoped, exports, series]), series);
});
