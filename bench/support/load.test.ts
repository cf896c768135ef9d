import { test } from 'node:test';
import assert from 'node:assert/strict';
import { percentile } from './load.ts';

test('percentile is the nearest-rank value', () => {
  const times = Array.from({ length: 20 }, (_, i) => i + 1); // 1..20
  assert.equal(percentile(times, 50), 10);
  assert.equal(percentile(times, 95), 19);
  assert.equal(percentile(times, 99), 20);
  assert.equal(percentile(times, 100), 20);
  assert.equal(percentile([7], 95), 7);
  assert.ok(Number.isNaN(percentile([], 50)));
});
