import { test } from 'node:test';
import assert from 'node:assert/strict';
import { knownAsOf } from './records.ts';
import { observation, support } from './test-fixtures.ts';

test('as of a day, only statements published by then count, and the records they support', () => {
  const early = observation(['BY', 'KG'], '2018', 133.6e6);
  const late = observation(['BY', 'KG'], '2024', 204.1e6);
  const unsupported = observation(['BY', 'KG'], '2019', 140e6);
  const statements = [
    support(early.id, 'in 2018', '2019-05-02'),
    support(early.id, 'again 2018', '2025-01-01'),
    support(late.id, 'in 2024', '2025-03-05'),
    support(late.id, 'undated copy', '', { published: null }),
  ];
  const known = knownAsOf([early, late, unsupported], statements.slice(0, 3), '2022-06-01');
  assert.deepEqual(known.records.map((r) => r.id), [early.id, unsupported.id]);
  assert.deepEqual(known.support.map((s) => s.quote), ['in 2018']);
  assert.deepEqual(knownAsOf([late], statements, '2022-06-01').records.map((r) => r.id), [late.id], 'an undated statement is known');
});
