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
    'the first the first half of the '.repeat(40),
    'в первом кварта в I полугоди '.repeat(30),
    'January 2019 - March - '.repeat(40),
    '—'.repeat(500),
  ];
  let s = '';
  for (let i = 0; s.length < size; i++) s += pieces[i % pieces.length];
  return s.slice(0, size);
}

// Speed is measured in bench/; here a backtracking blow-up would show as a hang, which the
// generous timeout turns into a failure instead of a stuck suite.
test('a 5 MB text of near-matches is scanned to the end', { timeout: 120_000 }, () => {
  const text = adversarial(5_000_000);
  const found = findTimeExpressions(text);
  assert.ok(found.length > 1000);
});
