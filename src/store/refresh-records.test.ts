import assert from 'node:assert/strict';
import { test } from 'node:test';
import { valuesDisagree } from '../monitor/record-identity.ts';
import { seededRandom } from '../../test/support/seeded-random.ts';
import { fillGaps, sourcesDisagree } from './refresh-records.ts';

const everyPair = (values: { value: number; sourceId: string }[]) =>
  values.some((a) => values.some((b) => a.sourceId !== b.sourceId && valuesDisagree(a.value, b.value)));

test('sources disagree when two of them state values more than 2% apart', () => {
  assert.equal(sourcesDisagree([{ value: 532.4e6, sourceId: 'a' }, { value: 532e6, sourceId: 'b' }]), false);
  assert.equal(sourcesDisagree([{ value: 532.4e6, sourceId: 'a' }, { value: 561e6, sourceId: 'b' }]), true);
  // One text giving two figures is not a conflict between sources.
  assert.equal(sourcesDisagree([{ value: 100, sourceId: 'a' }, { value: 200, sourceId: 'a' }]), false);
  // Both extremes from one source; the others agree with one of them.
  assert.equal(sourcesDisagree([{ value: 100, sourceId: 'a' }, { value: 200, sourceId: 'a' }, { value: 101, sourceId: 'b' }]), true);
  assert.equal(sourcesDisagree([{ value: 5, sourceId: 'a' }]), false);
  assert.equal(sourcesDisagree([{ value: -3, sourceId: 'a' }, { value: 3, sourceId: 'b' }]), true);
});

test('the one-pass decision equals comparing every pair, on random statements', () => {
  const random = seededRandom(42);
  for (let round = 0; round < 2000; round++) {
    const n = 1 + Math.floor(random() * 6);
    const values = Array.from({ length: n }, () => ({
      value: 100 + Math.floor(random() * 6) * (random() < 0.5 ? 0.5 : 3),
      sourceId: 'abc'[Math.floor(random() * 3)],
    }));
    assert.equal(sourcesDisagree(values), everyPair(values), JSON.stringify(values));
  }
});

test('a record keeps its base statement and fills only its gaps', () => {
  const first = new Map<string, unknown>([['period', '2020'], ['value', 9], ['extra', 'x']]);
  assert.deepEqual(fillGaps({ value: 5, period: null, currency: null }, first), { value: 5, period: '2020', currency: null });
});
