import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveShape, resolveYear, type Anchor } from './resolve.ts';

const at = (date?: { y: number; m?: number; d?: number }, textYear?: number): Anchor => ({ ref: date, textYear, halves: 'H' });

test('years: absolute, relative to the reference, implicit from the reference or the text', () => {
  assert.deepEqual(resolveYear({ abs: 2015 }, at()), { year: 2015, relative: false });
  assert.deepEqual(resolveYear({ rel: -1 }, at({ y: 2020, m: 3 })), { year: 2019, relative: true });
  assert.equal(resolveYear({ rel: -1 }, at(undefined, 2016)), null);
  assert.deepEqual(resolveYear({ implicit: true }, at(undefined, 2016)), { year: 2016, relative: true });
  assert.deepEqual(resolveYear({ implicit: true }, at({ y: 2020, m: 1 }), { month: 11 }), { year: 2019, relative: true });
});

test('shapes format as the documented strings', () => {
  assert.equal(resolveShape({ t: 'quarter', y: { abs: 2021 }, q: 2 }, at())?.value, '2021-Q2');
  assert.equal(resolveShape({ t: 'half', y: { abs: 2021 }, h: 2 }, { ...at(), halves: 'months' })?.value, '2021-07..2021-12');
  assert.equal(resolveShape({ t: 'months', y: { abs: 2021 }, m1: 11, m2: 2, y1: { abs: 2020 } }, at())?.value, '2020-11..2021-02');
  assert.equal(resolveShape({ t: 'years', y1: 2017, y2: 2020 }, at())?.value, '2017..2020');
  assert.equal(resolveShape({ t: 'day', y: { abs: 2021 }, m: 2, d: 29 }, at()), null);
});

test('the same period follows the period before it', () => {
  const previous = resolveShape({ t: 'months', y: { abs: 2021 }, m1: 1, m2: 8 }, at())!;
  assert.equal(resolveShape({ t: 'samePeriod', y: { rel: -1 } }, { ...at(), previous })?.value, '2020-01..2020-08');
  assert.equal(resolveShape({ t: 'samePeriod', y: { abs: 2019 } }, { ...at(), previous })?.value, '2019-01..2019-08');
  assert.equal(resolveShape({ t: 'samePeriod', y: { abs: 2019 } }, at())?.value, '2019');
});
