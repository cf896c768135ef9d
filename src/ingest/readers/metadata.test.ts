import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeDate, normalizeLang, textOrNull } from './metadata.ts';

test('normalizeDate: ISO dates and timestamps keep their own calendar day', () => {
  assert.equal(normalizeDate('2021-06-14'), '2021-06-14');
  assert.equal(normalizeDate('2021-06-14T01:30:00+03:00'), '2021-06-14');
  assert.equal(normalizeDate('2021-6-4 10:00'), '2021-06-04');
  assert.equal(normalizeDate('2021-06'), '2021-06');
  assert.equal(normalizeDate('2021'), '2021');
  assert.equal(normalizeDate(2019), '2019');
  assert.equal(normalizeDate('2020/02/29'), '2020-02-29');
});

test('normalizeDate: RFC 822, English and Russian month names, day.month.year', () => {
  assert.equal(normalizeDate('Mon, 14 Jun 2021 01:30:00 +0300'), '2021-06-14');
  assert.equal(normalizeDate('Tue, 3 Sept 2019 23:59:00 GMT'), '2019-09-03');
  assert.equal(normalizeDate('June 14, 2021'), '2021-06-14');
  assert.equal(normalizeDate('March 2018'), '2018-03');
  assert.equal(normalizeDate('14 июня 2021 г.'), '2021-06-14');
  assert.equal(normalizeDate('1 мая 2020'), '2020-05-01');
  assert.equal(normalizeDate('14.06.2021'), '2021-06-14');
  assert.equal(normalizeDate(new Date(Date.UTC(2017, 0, 9))), '2017-01-09');
});

test('normalizeDate: impossible or unreadable dates are null', () => {
  for (const bad of ['2021-13-01', '2021-02-30', '2019-02-29', 'yesterday', '', '   ', '12345', null, undefined, {}, 3.5]) {
    assert.equal(normalizeDate(bad), null, String(bad));
  }
});

test('normalizeLang: primary subtag to en/ru/other; nothing declared is null', () => {
  assert.equal(normalizeLang('en-US'), 'en');
  assert.equal(normalizeLang('RU_ru'), 'ru');
  assert.equal(normalizeLang('ru'), 'ru');
  assert.equal(normalizeLang('be'), 'other');
  assert.equal(normalizeLang(''), null);
  assert.equal(normalizeLang(undefined), null);
  assert.equal(textOrNull('  a \n b '), 'a b');
  assert.equal(textOrNull('   '), null);
});
