import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readJsonl } from './jsonl.ts';
import { isItemFailure } from './types.ts';

const lines = [
  JSON.stringify({ title: 'Vitebsk and Smolensk', date: '2020-11-03T10:00:00Z', url: 'https://e.example/1', lang: 'en', text: 'Vitebsk Region and Smolensk Region signed a roadmap.' }),
  '',
  '{"title": "broken", "text": "no closing brace"',
  JSON.stringify({ title: 'No text here', date: '2020' }),
  JSON.stringify({ text: 'Брестская область приняла делегацию.', lang: 'ru-RU', date: 2019, publisher: 'Пример' }),
  JSON.stringify({ text: '   ' }),
  JSON.stringify({ text: 42, date: { y: 1 } }),
  '[1, 2]',
  JSON.stringify({ text: 'Minimal record.', extra: 'ignored' }) + '\r',
];

test('JSONL: valid lines become sources at file#line-N, in order', () => {
  const out = [...readJsonl('feed.jsonl', lines.join('\n'))];
  const ok = out.filter((x) => 'body' in x);
  assert.equal(ok.length, 3);
  assert.deepEqual(ok[0], {
    location: 'feed.jsonl#line-1',
    format: 'jsonl',
    title: 'Vitebsk and Smolensk',
    date: '2020-11-03',
    url: 'https://e.example/1',
    lang: 'en',
    publisher: null,
    body: 'Vitebsk Region and Smolensk Region signed a roadmap.',
    bodyIsPlain: false,
  });
  assert.equal(ok[1].location, 'feed.jsonl#line-5');
  assert.equal(ok[1].lang, 'ru');
  assert.equal(ok[1].date, '2019');
  assert.equal(ok[1].publisher, 'Пример');
  assert.equal(ok[2].location, 'feed.jsonl#line-9');
  assert.equal(ok[2].body, 'Minimal record.');
  assert.equal(ok[2].lang, null);
});

test('JSONL: each bad line fails alone with its line number (blank lines counted) and a reason', () => {
  const bad = [...readJsonl('feed.jsonl', lines.join('\n'))].filter(isItemFailure);
  assert.deepEqual(
    bad.map((f) => f.item),
    ['line 3', 'line 4', 'line 6', 'line 7', 'line 8'],
  );
  const reasons = bad.map((f) => f.reason);
  assert.match(reasons[0], /^invalid JSON \(/);
  assert.equal(reasons[1], 'text: missing');
  assert.equal(reasons[2], 'text: is empty');
  assert.equal(reasons[3], 'date: expected a date string or a year number; text: expected a string');
  assert.equal(reasons[4], 'record: expected a JSON object');
  assert.ok(bad.every((f) => f.file === 'feed.jsonl'));
});

test('JSONL: a BOM before the first record is not part of it', () => {
  const [first] = [...readJsonl('b.jsonl', '\uFEFF{"text":"Gomel."}\n')];
  assert.equal('body' in first && first.body, 'Gomel.');
});

test('JSONL: a file with no valid record at all is one failure, not one per line', () => {
  const facts = [1, 2, 3].map((i) => JSON.stringify({ doc: 'n1', type: 'count', value: i })).join('\n');
  assert.deepEqual([...readJsonl('gold.jsonl', facts)], [
    { file: 'gold.jsonl', reason: 'no valid records: all 3 lines failed (line 1: text: missing)' },
  ]);
  assert.deepEqual([...readJsonl('one.jsonl', '{"text": 5}')], [{ file: 'one.jsonl', item: 'line 1', reason: 'text: expected a string' }]);
});
