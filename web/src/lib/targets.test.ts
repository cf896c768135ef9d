import { test } from 'node:test';
import assert from 'node:assert/strict';
import { latestAnnualPoint, targetProgress } from './targets.ts';

const point = (recordId: number, period: string, value: number | null) => ({ recordId, period, value, currency: 'USD' });

test('latestAnnualPoint takes the latest whole year of the unscoped two-party series', () => {
  const series = [
    { flow: null, scope: null, parties: [{ id: 'BY' }, { id: 'KZ' }], points: [point(1, '2019', 10), point(2, '2021', 30), point(3, '2022-01..2022-06', 20)] },
    { flow: null, scope: 'machinery', parties: [{ id: 'BY' }, { id: 'KZ' }], points: [point(4, '2023', 5)] },
    { flow: 'BY->KZ', scope: null, parties: [{ id: 'BY' }, { id: 'KZ' }], points: [point(5, '2024', 7)] },
    { flow: null, scope: null, parties: [{ id: 'BY' }, { id: 'KZ' }, { id: 'RU' }], points: [point(6, '2025', 9)] },
  ];
  assert.deepEqual(latestAnnualPoint(series, 2), point(2, '2021', 30));
  assert.equal(latestAnnualPoint(series, 4), null);
});

test('targetProgress is a share between 0 and 1', () => {
  assert.equal(targetProgress(50, 200), 0.25);
  assert.equal(targetProgress(300, 200), 1);
  assert.equal(targetProgress(5, 0), 0);
});
