import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readLeftContext } from './context.ts';
import { isYearNumber } from './yearContext.ts';

/** Is the first four-digit number in the text read as a year? */
function year(text: string, marker = false): boolean {
  const m = /\d{4}/.exec(text)!;
  return isYearNumber(text, m.index, m.index + 4, { marker, inRange: false, left: readLeftContext(text, m.index) });
}

test('years after prepositions, in brackets, after determiners and names', () => {
  assert.ok(year('It was founded in 1994 by two firms.'));
  assert.ok(year('Создан в 1994 совместно с партнёрами.'));
  assert.ok(year('Concepts of adult learning (2009) and of e-learning.'));
  assert.ok(year('The 2009 memorandum is still in force.'));
  assert.ok(year('The Minsk Expo 2009 gathered 300 firms.'));
  assert.ok(year('2009 was a difficult year.'));
  assert.ok(year('The programme runs by 2030, the ministry said.'));
});

test('quantities are not years', () => {
  assert.ok(!year('They sold 2000 tractors.'));
  assert.ok(!year('It cost $2019.'));
  assert.ok(!year('It cost USD 2019.'));
  assert.ok(!year('Свыше 2000 человек.'));
  assert.ok(!year('The share was 2019%.'));
  assert.ok(!year('A 2019-fold rise.'));
  assert.ok(!year('It grew by 1.2019 points.'));
  assert.ok(!year('Act No. 2019 applies.'));
  assert.ok(!year('Output rose by 2019 tonnes.'));
});

test('a weak preposition needs a year-like follower', () => {
  assert.ok(year('Поставки вырастут до 2030, заявил министр.'));
  assert.ok(!year('Поставки вырастут до 2030 штук.'));
  assert.ok(year('до 2030 года', true));
});

test('decades and numbers glued to letters are not years', () => {
  assert.ok(!year('In the 1990s trade collapsed.'));
  assert.ok(!year('By the mid-1990s it recovered.'));
});
