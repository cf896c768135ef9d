import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatChange, formatDate, formatDay, formatMoney, formatNumber, formatPeriod } from './format.ts';

// Intl puts narrow no-break spaces in some forms; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f\u2009]/g, ' ');

test('days and partial dates in English and Russian', () => {
  assert.equal(formatDay('2026-11-29', 'en'), '29 November 2026');
  assert.equal(plain(formatDay('2026-11-29', 'ru')), '29 ноября 2026 г.');
  assert.equal(formatDate('2021-10', 'en'), 'October 2021');
  assert.equal(formatDate('2021', 'ru'), '2021');
  assert.equal(formatDate(null, 'en'), '');
});

test('periods: years, month ranges, quarters, halves, year ranges', () => {
  assert.equal(formatPeriod('2020', 'en'), '2020');
  assert.match(plain(formatPeriod('2018-01..2018-07', 'en')), /^Jan\s*–\s*Jul 2018$/);
  assert.equal(formatPeriod('2021-Q1', 'en'), 'Q1 2021');
  assert.equal(formatPeriod('2021-Q3', 'ru'), 'III кв. 2021 г.');
  assert.equal(formatPeriod('2022-H1', 'en'), 'H1 2022');
  assert.equal(formatPeriod('2017..2020', 'en'), '2017–2020');
});

test('money as a reader says it', () => {
  assert.equal(formatMoney(532.4e6, 'USD', 'en'), '$532.4 million');
  assert.equal(formatMoney(1.47e9, 'USD', 'en'), '$1.47 billion');
  assert.equal(formatMoney(76.8e6, 'EUR', 'en'), '€76.8 million');
  assert.equal(formatMoney(-5e6, 'USD', 'en'), '-$5 million');
  assert.equal(plain(formatMoney(532.4e6, 'USD', 'ru')), '532,4 млн $');
  assert.equal(formatMoney(12, null, 'en'), '12');
  assert.equal(formatMoney(null, 'USD', 'en'), '?');
});

test('numbers and changes', () => {
  assert.equal(formatNumber(1234.5, 'en'), '1,234.5');
  assert.equal(plain(formatNumber(1234.5, 'ru')), '1 234,5');
  assert.equal(formatChange(7.1, 'en'), '+7.1%');
  assert.equal(formatChange(-9.1, 'en'), '-9.1%');
  assert.equal(formatChange(null, 'en'), '');
});
