import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Fact } from '../domain/fact.ts';
import { parseFact } from './fact-parse.ts';

/** One fact of each type, as a recognizer's draft finished by the pipeline looks. */
const FACTS: Record<string, unknown>[] = [
  {
    type: 'trade', parties: ['Belarus', 'Uzbekistan'], indicator: 'turnover', flow: null, period: '2021', value: 1.5e9, currency: 'USD',
    change_pct: 12.5, start: 10, end: 80, confidence: 0.7, doc: 'a', quote: 'trade reached $1.5 billion', lang: 'en', party_ids: ['state:by', 'state:uz'],
  },
  { type: 'target', parties: ['Belarus'], indicator: 'exports', value: 2e9, currency: 'USD', by: '2025', relative: null, start: 0, end: 9, confidence: 0.8, doc: 'a', quote: 'to bring', lang: 'en' },
  { type: 'count', subject: 'joint ventures operating', value: 30, qualifier: 'over', date: null, parties: [], start: 3, end: 40, confidence: 0.6, doc: 'b', quote: 'over 30 joint ventures', lang: 'en' },
  { type: 'document', title: 'Agreement on cooperation', kind: 'agreement', parties: ['Gomel Region'], date: '2019-03', valid_from: '2019', start: 1, end: 2, confidence: 0.8, doc: 'c', quote: 'x', lang: 'ru' },
  { type: 'event', kind: 'forum', name: 'Forum of Regions', place: 'Minsk', date: '2021-06', parties: ['Belarus', 'Russia'], start: 0, end: 5, confidence: 0.7, doc: 'd', quote: 'Forum', lang: 'en' },
  {
    type: 'project', kind: 'supply', actors: ['MAZ'], partner: 'Uzbekistan', subject: 'buses', quantity: 20, value: null, currency: null, date: '2023',
    parties: [], start: 4, end: 50, confidence: 0.7, doc: 'e', quote: 'MAZ delivered 20 buses', lang: 'en',
  },
];

/** Variations of a fact: missing, undefined, wrong and odd values of every field, and an unknown one. */
function variants(fact: Record<string, unknown>): Record<string, unknown>[] {
  const odd: unknown[] = [undefined, null, '', 'x', 0, -0, -1, 1.5, 2, NaN, Infinity, -Infinity, 1e300, [], ['a'], [1], {}, true, 'other', 'turnover'];
  const out: Record<string, unknown>[] = [fact, { ...fact, extra: 1 }, { ...fact, type: 'nonsense' }, {}];
  for (const key of [...Object.keys(fact), 'scope', 'status', 'out_of', 'relative', 'valid_to', 'party_ids', 'confidence', 'lang']) {
    const without = { ...fact };
    delete without[key];
    out.push(without);
    for (const v of odd) out.push({ ...fact, [key]: v });
  }
  return out;
}

test('parseFact gives what Fact.safeParse gives: the same verdict and, when valid, the same object', () => {
  let valid = 0;
  for (const fact of FACTS) {
    for (const input of variants(fact)) {
      const ours = parseFact(input);
      const zod = Fact.safeParse(input);
      assert.equal(ours.success, zod.success, JSON.stringify(input));
      if (ours.success && zod.success) {
        valid++;
        assert.deepStrictEqual(ours.data, zod.data);
        assert.deepEqual(Object.keys(ours.data), Object.keys(zod.data), 'fields in the same order');
        assert.equal(JSON.stringify(ours.data), JSON.stringify(zod.data));
      }
    }
  }
  assert.ok(valid > 100);
});

test('an invalid fact is turned down with zod\'s error', () => {
  const r = parseFact({ ...FACTS[0], quote: '' });
  assert.equal(r.success, false);
  if (!r.success) assert.match(r.error.message, /quote|too_small|>=1/i);
});

test('valid facts of every type are built without calling zod', (t) => {
  t.mock.method(Fact, 'safeParse', () => {
    throw new Error('zod was asked');
  });
  for (const fact of FACTS) assert.equal(parseFact(fact).success, true);
});
