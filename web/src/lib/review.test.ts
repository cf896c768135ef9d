import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changedFields, formFields } from './review.ts';

const fact = { type: 'trade', quote: 'q', start: 1, end: 2, parties: ['Belarus', 'Uzbekistan'], indicator: 'turnover', period: '2019', value: 497300000, currency: 'USD', change_pct: null, flow: null };

test('formFields offers what a reviewer may correct, as text', () => {
  const form = formFields(fact);
  assert.deepEqual(form.map((f) => f.name), ['parties', 'indicator', 'period', 'value', 'currency', 'change_pct', 'flow']);
  assert.deepEqual(form.find((f) => f.name === 'parties'), { name: 'parties', shape: 'list', text: 'Belarus, Uzbekistan' });
  assert.deepEqual(form.find((f) => f.name === 'change_pct'), { name: 'change_pct', shape: 'number', text: '' });
});

test('changedFields returns only the changes, typed', () => {
  const form = formFields(fact).map((f) => {
    if (f.name === 'value') return { ...f, text: '532 400 000' };
    if (f.name === 'change_pct') return { ...f, text: '7,1' };
    if (f.name === 'parties') return { ...f, text: 'Belarus, Uzbekistan' };
    return f;
  });
  assert.deepEqual(changedFields(fact, form), { fields: { value: 532400000, change_pct: 7.1 } });
});

test('changedFields names a field that is not a number', () => {
  const form = formFields(fact).map((f) => (f.name === 'value' ? { ...f, text: 'lots' } : f));
  assert.deepEqual(changedFields(fact, form), { error: 'value' });
});
