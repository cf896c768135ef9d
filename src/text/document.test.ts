import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareBody, prepareDocument } from './document.ts';

const newsFile = [
  '---',
  'title: "Vitebsk and Smolensk regions expand trade"',
  'date: 2023-04-12',
  'url: https://news.example.by/vitebsk-smolensk',
  'lang: en',
  '---',
  'Vitebsk and Smolensk regions signed a cooperation plan for 2023-2025. The plan covers 40 joint projects.',
  '',
  'Mutual trade reached \\$310 million in 2022, up 14% on the year, Mr. Ivanov said.',
  'Photo: press service',
  '',
].join('\n');

test('a news file: metadata, body offset, and body-coordinate paragraphs and sentences', () => {
  const d = prepareDocument(newsFile);
  assert.equal(d.meta.title, 'Vitebsk and Smolensk regions expand trade');
  assert.equal(d.meta.date, '2023-04-12');
  assert.equal(newsFile.slice(d.bodyOffset), d.body);
  assert.equal(d.lang, 'en');
  assert.deepEqual(
    d.paragraphs.map((p) => p.sentences.map((s) => d.body.slice(s.start, s.end))),
    [
      ['Vitebsk and Smolensk regions signed a cooperation plan for 2023-2025.', 'The plan covers 40 joint projects.'],
      ['Mutual trade reached \\$310 million in 2022, up 14% on the year, Mr. Ivanov said.'],
      ['Photo: press service'],
    ],
  );
});

test('the masked body has the same length and reads "$310 million" where the body has "\\$"', () => {
  const d = prepareDocument(newsFile);
  assert.equal(d.masked.length, d.body.length);
  const i = d.masked.indexOf('$310 million');
  assert.ok(i > 0);
  assert.equal(d.body.slice(i, i + '$310 million'.length), '$310 million');
  assert.equal(d.body[i - 1], '\\');
});

const bookPage = [
  'Chapter 4',
  '',
  'In 2016 the **Programme of Border Cooperation** was adopted by the two governments"¹². It set 25 targets.',
  '',
  '¹² Programme of border cooperation [Electronic resource]. - 2016. - URL:',
  '',
  '<https://example.org/programme>',
  '',
  'FOR AUTHOR USE ONLY',
  '',
  '⁵Regional ties became an instrument of integration.',
].join('\n');

test('a book page: footnotes and furniture are classified and have no sentences', () => {
  const d = prepareDocument(bookPage);
  assert.equal(d.bodyOffset, 0);
  assert.deepEqual(
    d.paragraphs.map((p) => p.kind),
    ['text', 'text', 'footnote', 'footnote', 'furniture', 'text'],
  );
  for (const p of d.paragraphs) if (p.kind !== 'text') assert.deepEqual(p.sentences, []);
});

test('a book page: markers and emphasis do not break sentences, and quotes come from the body', () => {
  const d = prepareDocument(bookPage);
  const texts = d.paragraphs[1].sentences.map((s) => d.body.slice(s.start, s.end));
  assert.deepEqual(texts, [
    'In 2016 the **Programme of Border Cooperation** was adopted by the two governments"¹².',
    'It set 25 targets.',
  ]);
  // A stray marker at the start of a prose line is trimmed off the sentence.
  const last = d.paragraphs[5].sentences[0];
  assert.equal(d.body.slice(last.start, last.end), 'Regional ties became an instrument of integration.');
});

test('a Russian document: language by script and Russian sentence rules', () => {
  const file = '---\ntitle: Форум\nlang: ru\n---\nВ 2019 г. товарооборот составил 1,2 млрд. долларов. Рост составил 8%.\n';
  const d = prepareDocument(file);
  assert.equal(d.lang, 'ru');
  assert.equal(d.paragraphs[0].lang, 'ru');
  assert.deepEqual(
    d.paragraphs[0].sentences.map((s) => d.body.slice(s.start, s.end)),
    ['В 2019 г. товарооборот составил 1,2 млрд. долларов.', 'Рост составил 8%.'],
  );
});

test('mixed languages: each paragraph gets its own; forcing a language applies it to all', () => {
  const body = 'Гродненская область расширяет экспорт продовольствия в Китай.\n\nThe Grodno Region expands food exports to China.';
  const auto = prepareBody(body);
  assert.deepEqual(auto.paragraphs.map((p) => p.lang), ['ru', 'en']);
  const forced = prepareBody(body, undefined, { lang: 'ru' });
  assert.equal(forced.lang, 'ru');
  assert.deepEqual(forced.paragraphs.map((p) => p.lang), ['ru', 'ru']);
});

test('malformed front matter is reported, the body still starts after it', () => {
  const d = prepareDocument('---\ntitle: Brest: a border city\n---\nText.');
  assert.equal(d.body, 'Text.');
  assert.equal(d.meta.title, 'Brest: a border city');
  assert.match(d.metaError ?? '', /front matter/);
});

test('too little text falls back to the declared language', () => {
  assert.equal(prepareDocument('---\nlang: ru\n---\n2019\n').lang, 'ru');
  assert.equal(prepareDocument('---\nlang: de\n---\n2019\n').lang, 'other');
});

test('empty input and CRLF input', () => {
  const empty = prepareDocument('');
  assert.deepEqual(empty.paragraphs, []);
  assert.equal(empty.masked, '');
  const crlf = prepareDocument('---\r\ntitle: T\r\n---\r\nOne sentence here. Two here.\r\n\r\nThird paragraph.');
  assert.deepEqual(
    crlf.paragraphs.map((p) => crlf.body.slice(p.start, p.end)),
    ['One sentence here. Two here.', 'Third paragraph.'],
  );
  assert.equal(crlf.paragraphs[0].sentences.length, 2);
});

test('every sentence lies inside its paragraph and no span starts or ends with whitespace', () => {
  const d = prepareDocument(newsFile + '\n' + bookPage);
  for (const p of d.paragraphs) {
    assert.ok(!/^\s|\s$/.test(d.body.slice(p.start, p.end)));
    for (const s of p.sentences) {
      assert.ok(s.start >= p.start && s.end <= p.end && s.start < s.end);
      assert.ok(!/^\s|\s$/.test(d.body.slice(s.start, s.end)));
    }
  }
});
