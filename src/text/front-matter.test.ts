import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse as parseYaml } from 'yaml';
import { parseLooseKeyValues, readSimpleMapping, splitFrontMatter } from './front-matter.ts';

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

test('the fast reading of simple blocks agrees with the YAML parser, or declines', () => {
  const keys = ['title', 'date', 'url', 'lang', 'publisher', 'a_b', 'x-y', 'Title', 'on', '_k'];
  const values = [
    '', '"Quoted title"', "'single'", '"with \\"escape\\""', "'it''s'", 'plain words', 'Минский облисполком',
    'Kazakhstan\'s trade', 'Minsk, Belarus', 'x #comment', 'x#y', 'https://example.org/a:b', '2015-03-18',
    '2015-03-18T08:00:00Z', '2021', '1e3', '.5', '0x1F', 'null', 'Null', '~', 'true', 'False', 'yes', 'no',
    'a: b', 'ends:', '[1, 2]', '{b: 1}', '- item', '&anchor', '*alias', '!tag x', '|', '>', 'x  ', 'two  spaces',
    'x - y', 'x | y', 'x > y', 'x @ y', '"unterminated', "'unterminated", '"a" tail', 'tab\there', '%x', '@x', '`x`',
  ];
  let seed = 7;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const lines: string[] = [];
  for (const k of keys) for (const v of values) lines.push(`${k}:${v === '' ? '' : ' '}${v}`);
  lines.push('', '   ', '# comment', '  indented: x', 'key:   ', 'key:\tx', '---', '- a', '__proto__: x');
  let fast = 0;
  for (let i = 0; i < 3000; i++) {
    const n = 1 + rnd(4);
    const block = Array.from({ length: n }, () => lines[rnd(lines.length)]).join(rnd(3) === 0 ? '\r\n' : '\n');
    const mine = readSimpleMapping(block);
    if (mine === null) continue;
    fast++;
    let theirs: unknown;
    try {
      theirs = parseYaml(block, { uniqueKeys: false }) ?? {};
    } catch {
      assert.fail(`the parser rejects a block the fast reading accepts: ${JSON.stringify(block)}`);
    }
    assert.deepEqual(mine, theirs, JSON.stringify(block));
  }
  assert.ok(fast > 300, `only ${fast} blocks took the fast reading`);
});
