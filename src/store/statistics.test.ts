import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nextStatisticsRefresh } from './statistics.ts';

test('statistics are refreshed after 50 new sources, then at each doubling', () => {
  assert.equal(nextStatisticsRefresh(0), 50);
  assert.equal(nextStatisticsRefresh(50), 100);
  assert.equal(nextStatisticsRefresh(3000), 6000);
});
