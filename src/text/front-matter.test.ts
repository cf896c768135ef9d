import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLooseKeyValues, splitFrontMatter } from './front-matter.ts';

/** The interchange definition of the body, as shared/eval/score.mjs applies it. */
const scorerBody = (text: string) => text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');

test('reads title, date, url and lang and cuts the body after the closing fence', () => {
  const file = '---\ntitle: "Grodno and Pskov sign a roadmap"\ndate: 2022-03-04\nurl: https://example.org/a\nlang: en\n---\nThe roadmap runs to 2025.\n';
  const r = splitFrontMatter(file);
  assert.equal(r.meta.title, 'Grodno and Pskov sign a roadmap');
  assert.equal(r.meta.date, '2022-03-04');
  assert.equal(r.meta.url, 'https://example.org/a');
  assert.equal(r.meta.lang, 'en');
  assert.equal(r.body, 'The roadmap runs to 2025.\n');
  assert.equal(file.slice(r.bodyOffset), r.body);
  assert.equal(r.error, undefined);
});

test('an empty value ("date:") is left out rather than becoming "null"', () => {
  const r = splitFrontMatter('---\ntitle: Trade fair in Vitebsk\ndate: \nlang: en\n---\nBody.');
  assert.equal(r.meta.date, undefined);
  assert.equal(r.meta.raw.date, null);
  assert.equal(r.meta.title, 'Trade fair in Vitebsk');
  assert.equal(r.body, 'Body.');
});

test('a file without front matter is all body', () => {
  const file = 'Mogilev Region exported dairy products worth $40 million.';
  const r = splitFrontMatter(file);
  assert.equal(r.body, file);
  assert.equal(r.bodyOffset, 0);
  assert.deepEqual(r.meta, { raw: {} });
});

test('CRLF line endings: fences still found, body keeps its own CRLFs', () => {
  const file = '---\r\ntitle: Форум регионов\r\nlang: ru\r\n---\r\nПервая строка.\r\nВторая строка.';
  const r = splitFrontMatter(file);
  assert.equal(r.meta.title, 'Форум регионов');
  assert.equal(r.meta.lang, 'ru');
  assert.equal(r.body, 'Первая строка.\r\nВторая строка.');
  assert.equal(file.slice(r.bodyOffset), r.body);
});

test('a BOM before the opening fence belongs to the front matter', () => {
  const file = '\uFEFF---\ntitle: Brest fair\n---\nText.';
  const r = splitFrontMatter(file);
  assert.equal(r.meta.title, 'Brest fair');
  assert.equal(r.body, 'Text.');
  assert.equal(r.bodyOffset, file.length - 5);
});

test('a BOM without front matter stays in the body so offsets match the raw file', () => {
  const file = '\uFEFFText without metadata.';
  const r = splitFrontMatter(file);
  assert.equal(r.body, file);
  assert.equal(r.bodyOffset, 0);
});

test('malformed YAML: the block is still cut off, metadata read line by line, error reported', () => {
  const file = '---\ntitle: Minsk: a city of forums\ndate: 2020-09-01\n---\nBody text.';
  const r = splitFrontMatter(file);
  assert.equal(r.body, 'Body text.');
  assert.equal(r.meta.title, 'Minsk: a city of forums');
  assert.equal(r.meta.date, '2020-09-01');
  assert.match(r.error ?? '', /^front matter:/);
});

test('a block that is YAML but not a mapping is cut off and reported', () => {
  const r = splitFrontMatter('---\n- one\n- two\n---\nBody.');
  assert.equal(r.body, 'Body.');
  assert.match(r.error ?? '', /mapping/);
});

test('numbers and aliases: a bare year becomes a string, language/source map to lang/publisher', () => {
  const r = splitFrontMatter('---\nheadline: Vitebsk and Smolensk\ndate: 2019\nlanguage: ru\nsource: BelTA\nauthors: [A. Petrova, I. Sidorov]\n---\nX');
  assert.equal(r.meta.title, 'Vitebsk and Smolensk');
  assert.equal(r.meta.date, '2019');
  assert.equal(r.meta.lang, 'ru');
  assert.equal(r.meta.publisher, 'BelTA');
  assert.equal(r.meta.author, 'A. Petrova, I. Sidorov');
});

test('the body is exactly what the scorer calls the body, on edge cases too', () => {
  const cases = [
    '---\ntitle: a\n---\nbody',
    '---\n---\nan empty block is not front matter for the scorer',
    '---\ntitle: a\n---', // closing fence at end of file without a newline
    'no fences at all\n---\nx\n---\n',
    '---\ntitle: a\n---\nbody\n---\nmore\n---\n',
    '---\r\ntitle: a\r\n---\r\nbody',
    '',
  ];
  for (const c of cases) {
    const r = splitFrontMatter(c);
    assert.equal(r.body, scorerBody(c), JSON.stringify(c));
    assert.equal(c.slice(r.bodyOffset), r.body);
  }
});

test('parseLooseKeyValues strips matching quotes and keeps colons in values', () => {
  assert.deepEqual(parseLooseKeyValues('title: "A: B"\nurl: https://x.by/a?b=1\nempty:\n  junk line'), {
    title: 'A: B',
    url: 'https://x.by/a?b=1',
    empty: null,
  });
});
