import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimeExpressions } from './findTimeExpressions.ts';
import { periodOf } from './periodOf.ts';

/** The value periodOf picks for the fact at the first occurrence of `at`. */
function governing(text: string, at: string, ref?: string, kinds?: Array<'period' | 'date' | 'deadline' | 'validity'>): string | null | undefined {
  const exprs = findTimeExpressions(text, ref ? { date: ref } : undefined);
  const i = text.indexOf(at);
  assert.ok(i >= 0, `"${at}" is in the text`);
  return periodOf(exprs, i, kinds ? { kinds } : {})?.value;
}

test('a period before the figure governs it', () => {
  assert.equal(governing('In January-April 2022 exports to Minsk reached $40 million.', '$40'), '2022-01..2022-04');
});

test('a period after the figure governs it', () => {
  assert.equal(governing('Exports to Minsk reached $40 million in the first quarter of 2022.', '$40'), '2022-Q1');
});

test('a comparison base never governs', () => {
  assert.equal(governing('In 2020 turnover was $95 million, up 4% compared to 2019.', '$95'), '2020');
  assert.equal(governing('Turnover rose 4% compared to 2019 and reached $95 million.', '$95'), undefined);
});

test('the nearest of two periods wins', () => {
  const text = 'In 2019 turnover was $80 million, and in 2020 it reached $95 million.';
  assert.equal(governing(text, '$80'), '2019');
  assert.equal(governing(text, '$95'), '2020');
});

test('a period is preferred over a single day', () => {
  const text = 'On 4 March the ministry said that in 2021 turnover reached $70 million.';
  assert.equal(governing(text, '$70'), '2021');
  assert.equal(governing('On 4 March 2022 the ministry said turnover reached $70 million.', '$70'), '2022-03-04');
});

test('the governing period of a Russian sentence', () => {
  assert.equal(governing('За январь–июнь 2023 года товарооборот составил 250 млн долларов.', '250'), '2023-01..2023-06');
});

test('a figure inside an expression is governed by it; deadlines only when asked', () => {
  const text = 'Trade should reach $1 billion by 2025.';
  assert.equal(governing(text, '$1'), undefined);
  assert.equal(governing(text, '$1', undefined, ['deadline']), '2025');
  assert.equal(periodOf(findTimeExpressions('In 2019 trade rose.'), 3)?.value, '2019');
});

test('no expressions, no period', () => {
  assert.equal(periodOf([], 10), undefined);
});

test('with the anchor span given, a period right after the figure beats one before the conjunction', () => {
  const text = 'Trade reached $120 million in 2022 and $64 million in January-June 2023.';
  const exprs = findTimeExpressions(text);
  const at = text.indexOf('$64');
  assert.equal(periodOf(exprs, at, { end: at + '$64 million'.length })?.value, '2023-01..2023-06');
});

test('open spans and unresolved expressions give way to a plain period', () => {
  const text = 'Since 2012 the exports have grown threefold, reaching $30 million in 2020.';
  assert.equal(governing(text, 'threefold'), '2020');
  assert.equal(governing('Today the ministry said that on 2 May 2021 the plant opened.', 'plant'), '2021-05-02');
});
