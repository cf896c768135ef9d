import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  alternation, countValue, isAbbreviatedMonth, isEnglishMonth, monthNumber, ordinalValue, RU_MONTHS,
} from './lexicon.ts';

test('Russian month names in every case map to their number', () => {
  for (const f of ['январь', 'января', 'январе', 'январю', 'январём']) assert.equal(monthNumber(f), 1);
  for (const f of ['май', 'мая', 'мае', 'маю', 'маем']) assert.equal(monthNumber(f), 5);
  for (const f of ['август', 'августа', 'августе', 'августом']) assert.equal(monthNumber(f), 8);
  assert.equal(RU_MONTHS.size, 9 * 6 + 2 * 5 + 5);
});

test('English names and abbreviations, with or without a dot', () => {
  assert.equal(monthNumber('Sept.'), 9);
  assert.equal(monthNumber('SEP'), 9);
  assert.equal(monthNumber('окт.'), 10);
  assert.ok(isEnglishMonth('May') && !isEnglishMonth('мая'));
  assert.ok(isAbbreviatedMonth('Jan.') && !isAbbreviatedMonth('January') && isAbbreviatedMonth('сент.'));
});

test('ordinals: words, digits with endings, Roman numerals', () => {
  assert.equal(ordinalValue('first'), 1);
  assert.equal(ordinalValue('3rd'), 3);
  assert.equal(ordinalValue('IV'), 4);
  assert.equal(ordinalValue('III'), 3);
  assert.equal(ordinalValue('2-м'), 2);
  assert.equal(ordinalValue('третьем'), 3);
  assert.equal(ordinalValue('четвёртого'), 4);
  assert.equal(ordinalValue('fifth'), undefined);
});

test('counts and alternations', () => {
  assert.equal(countValue('seven'), 7);
  assert.equal(countValue('девяти'), 9);
  assert.equal(countValue('11'), 11);
  assert.equal(alternation(['a', 'abcd', 'a.b']), 'abcd|a\\.b|a');
});
