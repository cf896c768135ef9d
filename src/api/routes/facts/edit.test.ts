import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFactEdit } from './edit.ts';

const trade = {
  type: 'trade', doc: 'd', quote: 'trade reached $5 million in 2020', start: 10, end: 42, parties: ['Belarus', 'Uzbekistan'],
  party_ids: ['BY', 'UZ'], indicator: 'turnover', flow: null, period: '2020', value: 5e6, currency: 'USD', change_pct: null, scope: null,
};

test('an edit replaces the fields it names and keeps the rest', () => {
  const result = applyFactEdit(trade, { value: 5.2e6, period: '2021' });
  assert.ok('fact' in result);
  assert.equal(result.fact.type, 'trade');
  assert.equal((result.fact as { value: number }).value, 5.2e6);
  assert.equal((result.fact as { period: string }).period, '2021');
  assert.equal(result.fact.quote, trade.quote);
});

test('values are checked against the type schema', () => {
  const result = applyFactEdit(trade, { value: 'a lot' });
  assert.ok('error' in result);
  assert.match(result.error, /^fields\.value: /);
  assert.ok('error' in applyFactEdit(trade, { indicator: 'smuggling' }));
});

test('the evidence and the type cannot change; restating them unchanged is fine', () => {
  assert.match((applyFactEdit(trade, { quote: 'something else' }) as { error: string }).error, /fields\.quote: cannot be edited/);
  assert.match((applyFactEdit(trade, { type: 'count' }) as { error: string }).error, /fields\.type/);
  assert.ok('fact' in applyFactEdit(trade, { start: 10, value: 1 }));
});

test('unknown fields and empty edits are refused', () => {
  assert.match((applyFactEdit(trade, { title: 'x' }) as { error: string }).error, /not a field of a trade fact/);
  assert.match((applyFactEdit(trade, {}) as { error: string }).error, /nothing to edit/);
});
