import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimeExpressions } from './findTimeExpressions.ts';

/** Pieces that would make a backtracking pattern blow up: long runs of near-matches. */
function adversarial(size: number): string {
  const pieces = [
    'In 2019 and 2020, by 2025 and за январь–май 2023 года exports grew. ',
    '2019 '.repeat(200),
    'January-'.repeat(120),
    '1'.repeat(1000),
    ' '.repeat(1000),
    '2019-'.repeat(200),
    'Q1-Q'.repeat(250),
    'the first the first half of '.repeat(40),
    'в первом квартале в I полугодии '.repeat(30),
    '—'.repeat(500),
  ];
  let s = '';
  for (let i = 0; s.length < size; i++) s += pieces[i % pieces.length];
  return s.slice(0, size);
}

test('a 5 MB text of near-matches is scanned in linear time', () => {
  const text = adversarial(5_000_000);
  const t = performance.now();
  const found = findTimeExpressions(text);
  const ms = performance.now() - t;
  assert.ok(found.length > 1000);
  // Around 1-3 s on the project machine; a backtracking blow-up would take minutes.
  assert.ok(ms < 30_000, `took ${Math.round(ms)} ms`);
});
