import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDateRange, decodeCursor, encodeCursor, isPartialDate, KeysetCursor, limitParam, partyListParam } from './params.ts';
import { HttpError } from './errors.ts';

test('partial dates must name a real year, month or day', () => {
  for (const ok of ['2021', '2021-02', '2020-02-29', '2021-12-31']) assert.ok(isPartialDate(ok), ok);
  for (const bad of ['21', '2021-13', '2021-02-29', '2021-1', '2021-01-1', '2021/01/01', 'yesterday', '2021-00']) assert.ok(!isPartialDate(bad), bad);
});

test('a range may not end before it starts (compared at the coarser precision)', () => {
  checkDateRange('2021', '2021-05');
  checkDateRange('2021-05', '2021');
  checkDateRange(undefined, '2020');
  assert.throws(() => checkDateRange('2022', '2021-12'), (e: HttpError) => e.statusCode === 400);
});

test('cursors round-trip and anything else is a 400', () => {
  const cursor = encodeCursor({ key: '2021-03', id: 7 });
  assert.deepEqual(decodeCursor(cursor, KeysetCursor), { key: '2021-03', id: 7 });
  assert.equal(decodeCursor(undefined, KeysetCursor), undefined);
  assert.throws(() => decodeCursor('not-a-cursor', KeysetCursor), (e: HttpError) => e.statusCode === 400);
  assert.throws(() => decodeCursor(encodeCursor({ offset: 3 }), KeysetCursor), (e: HttpError) => e.statusCode === 400);
});

test('page sizes: 1 to 200, 50 by default', () => {
  assert.equal(limitParam.parse(undefined), 50);
  assert.equal(limitParam.parse('200'), 200);
  for (const bad of ['0', '-1', '201', '2.5', 'ten']) assert.ok(!limitParam.safeParse(bad).success, bad);
});

test('party lists are comma-separated ids', () => {
  assert.deepEqual(partyListParam.parse('BY, UZ'), ['BY', 'UZ']);
  assert.deepEqual(partyListParam.parse('city:BY:gomel'), ['city:BY:gomel']);
  assert.ok(!partyListParam.safeParse('').success);
  assert.ok(!partyListParam.safeParse('BY,<b>').success);
});
