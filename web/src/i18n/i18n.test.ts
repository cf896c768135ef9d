import { test } from 'node:test';
import assert from 'node:assert/strict';
import { interpolate } from './i18n.tsx';
import { en, ru } from './messages.ts';

test('interpolate writes numbers for the language and picks plural forms', () => {
  assert.equal(interpolate('{count} {count|source|sources}', { count: 1 }, 'en'), '1 source');
  assert.equal(interpolate('{count} {count|source|sources}', { count: 1234 }, 'en'), '1,234 sources');
  const ruForms = '{count} {count|источник|источника|источников|источника}';
  assert.equal(interpolate(ruForms, { count: 1 }, 'ru'), '1 источник');
  assert.equal(interpolate(ruForms, { count: 3 }, 'ru'), '3 источника');
  assert.equal(interpolate(ruForms, { count: 11 }, 'ru'), '11 источников');
  assert.equal(interpolate(ruForms, { count: 21 }, 'ru'), '21 источник');
  assert.equal(interpolate(ruForms, { count: 1.5 }, 'ru'), '1,5 источника');
  assert.equal(interpolate('{a} and {b}', { a: 'x' }, 'en'), 'x and {b}');
});

test('every message has the same placeholders in both languages', () => {
  const names = (s: string) => [...s.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort().filter((n, i, a) => a.indexOf(n) === i).join(',');
  for (const key of Object.keys(en) as (keyof typeof en)[]) assert.equal(names(ru[key]), names(en[key]), key);
});
