import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultYear, monthGrid } from './calendar.ts';

test('monthGrid files events under their month and keeps year-only ones apart', () => {
  const events = [{ d: '2026-09-10' }, { d: '2026-09-02' }, { d: '2026' }, { d: '2025-01' }, { d: null }, { d: '2026-12' }];
  const grid = monthGrid(events, '2026', (e) => e.d);
  assert.deepEqual(grid.months[8].map((e) => e.d), ['2026-09-02', '2026-09-10']);
  assert.deepEqual(grid.months[11].map((e) => e.d), ['2026-12']);
  assert.deepEqual(grid.yearOnly.map((e) => e.d), ['2026']);
  assert.equal(grid.months.flat().length, 3);
});

test('defaultYear opens on the current year or the latest past one', () => {
  const now = new Date(Date.UTC(2026, 5, 1));
  assert.equal(defaultYear(['2019', '2026', '2027'], now), '2026');
  assert.equal(defaultYear(['2019', '2021', '2027'], now), '2021');
  assert.equal(defaultYear(['2028'], now), '2028');
  assert.equal(defaultYear([], now), null);
});
