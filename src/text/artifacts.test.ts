import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  type Artifact,
  type ArtifactKind,
  cleanView,
  findArtifacts,
  isFootnoteLine,
  maskArtifacts,
} from './artifacts.ts';

/** The artifacts of a text as [kind, covered text] pairs, for readable assertions. */
function found(text: string, ...kinds: ArtifactKind[]): [ArtifactKind, string][] {
  return findArtifacts(text)
    .filter((a) => kinds.length === 0 || kinds.includes(a.kind))
    .map((a) => [a.kind, text.slice(a.start, a.end)]);
}
const masked = (text: string) => maskArtifacts(text, findArtifacts(text));

test('markdown escape: only the backslash goes, the dollar stays', () => {
  const text = 'Exports reached \\$1.5 billion, up 7\\% on the year.';
  assert.deepEqual(found(text), [['escape', '\\'], ['escape', '\\']]);
  assert.equal(masked(text), 'Exports reached  $1.5 billion, up 7 % on the year.');
});

test('bold: only the asterisks go', () => {
  const text = 'In 2016 the **Agreement on Border Trade** was signed.';
  assert.deepEqual(found(text), [['emphasis', '**'], ['emphasis', '**']]);
  assert.equal(masked(text), 'In 2016 the   Agreement on Border Trade   was signed.');
});

test('__bold__ is emphasis, but snake__case and underscores in URLs are not', () => {
  assert.deepEqual(found('The __Union State__ budget.', 'emphasis').length, 2);
  assert.deepEqual(found('a config_key__name stays', 'emphasis'), []);
  const url = 'See https://news.example.kg/345__Kyrgyzstan_and_Belarus_trade/ for more.';
  assert.deepEqual(found(url), [['url', 'https://news.example.kg/345__Kyrgyzstan_and_Belarus_trade/']]);
});

test('superscript markers after words and quotes; exponents and units are not markers', () => {
  assert.deepEqual(found('the roadmap was approved"¹². Then', 'footnote-marker'), [['footnote-marker', '¹²']]);
  assert.deepEqual(found('соглашение подписано³ в Минске', 'footnote-marker'), [['footnote-marker', '³']]);
  assert.deepEqual(found('a warehouse of 5,000 m² and 10⁶ units', 'footnote-marker'), []);
  assert.deepEqual(found('склад площадью 300 м² открыт', 'footnote-marker'), []);
});

test('caret and markdown references are markers; 10^6 is not', () => {
  assert.deepEqual(found('trade grew^12 in 2020 and[^3] later', 'footnote-marker'), [
    ['footnote-marker', '^12'],
    ['footnote-marker', '[^3]'],
  ]);
  assert.deepEqual(found('about 10^6 tonnes', 'footnote-marker'), []);
});

test('digits glued after a word or its punctuation are markers', () => {
  assert.deepEqual(found('deepen cooperation.12 The parties agreed', 'footnote-marker'), [['footnote-marker', '12']]);
  assert.deepEqual(found('under the agreement12, the parties', 'footnote-marker'), [['footnote-marker', '12']]);
  assert.deepEqual(found('as the minister said."7 Later', 'footnote-marker'), [['footnote-marker', '7']]);
  assert.deepEqual(found('по итогам года.4 Кроме того', 'footnote-marker'), [['footnote-marker', '4']]);
});

test('real numbers are never markers', () => {
  const texts = [
    'Trade reached $1.5 billion in 2018.',
    'It grew by 12.3% to 2,500 tonnes.',
    'See Bulletin No.1, 2018 and p.12 of the report.',
    'The covid19 restrictions and Su-27 jets and MAZ-5440 trucks.',
    'В 2019 г. товарооборот составил 1,5 млрд долларов (ст.5 соглашения).',
    'The meeting lasted from 10.30 to 12.45 on 05.06.2019.',
  ];
  for (const t of texts) assert.deepEqual(found(t, 'footnote-marker'), [], t);
});

test('footnote lines: a marker followed by a citation', () => {
  assert.ok(isFootnoteLine('¹ BelTA, 2019'));
  assert.ok(isFootnoteLine('¹² Report on cross-border trade [Electronic resource]. - 2020. - URL: https://example.org/r'));
  assert.ok(isFootnoteLine('12 See Ivanov, A. Border regions. - Minsk, 2015. - P. 40.'));
  assert.ok(isFootnoteLine('3 Petrova, K. Trade between neighbours // Economic Bulletin. - 2018. - No. 4.'));
  assert.ok(isFootnoteLine('⁷ Там же. С. 15.'));
  assert.ok(isFootnoteLine('[^4]: Interview with the regional governor.'));
  assert.ok(isFootnoteLine('^9 Ministry of Economy, 2021.'));
});

test('lines that start with a number can be prose', () => {
  assert.ok(!isFootnoteLine('2019 was a year of record harvests in the Brest Region.'));
  assert.ok(!isFootnoteLine('15 agreements were signed at the forum in Mogilev.'));
  assert.ok(!isFootnoteLine('1. Improvement of the legal framework for cross-border trade.'));
  assert.ok(!isFootnoteLine('20 ноября в Минске прошло заседание комиссии.'));
  // A superscript glued to a capitalised sentence is a stray marker, not a footnote.
  assert.ok(!isFootnoteLine('⁵Within the union, regional ties became a key instrument of integration policy, and the number of joint programmes doubled between the two forums while trade grew steadily across all of the regions that took part in them and in the programmes that followed them over the years.'));
});

test('stray marker at the start of a prose line is a marker, the line stays prose', () => {
  const text = '⁵Within the union, regional ties grew.';
  assert.deepEqual(found(text), [['footnote-marker', '⁵']]);
});

test('a footnote continuation line (bare URL, "URL:") belongs to the footnote, across a blank line', () => {
  const text = 'Prose line.\n\n⁴ Meeting of the commission [Electronic resource]. - 2020. - URL:\n\n<https://example.org/news/1>\n\nMore prose.';
  const kinds = found(text).map(([k]) => k);
  assert.deepEqual(kinds, ['footnote', 'footnote']);
  assert.equal(masked(text).replace(/\s+/g, ' ').trim(), 'Prose line. More prose.');
});

test('page furniture: watermark, page numbers, rules', () => {
  const text = 'End of page text.\n\nFOR AUTHOR USE ONLY\n\n- 112 -\n\nPage 7 of 90\n\n***\n\nStart of next page.';
  assert.deepEqual(found(text).map(([k, s]) => `${k}:${s}`), [
    'furniture:FOR AUTHOR USE ONLY',
    'furniture:- 112 -',
    'furniture:Page 7 of 90',
    'furniture:***',
  ]);
});

test('running heads repeat; a heading that occurs once does not', () => {
  const head = 'Regional Cooperation in Eurasia';
  const text = ['Chapter 2', head, 'First page prose.', head, 'Second page prose.', head, 'Third page prose.'].join('\n\n');
  assert.deepEqual(found(text).map(([k, s]) => `${k}:${s}`), [
    `furniture:${head}`,
    `furniture:${head}`,
    `furniture:${head}`,
  ]);
});

test('a watermark glued into a line of prose', () => {
  assert.deepEqual(found('trade between FOR AUTHOR USE ONLY the regions', 'furniture'), [['furniture', 'FOR AUTHOR USE ONLY']]);
});

test('URLs: bare, www, autolinks; trailing punctuation stays out', () => {
  assert.deepEqual(found('Details at https://example.by/news?id=5. Also www.example.ru/a_b, and <http://x.org/p>.', 'url'), [
    ['url', 'https://example.by/news?id=5'],
    ['url', 'www.example.ru/a_b'],
    ['url', '<http://x.org/p>'],
  ]);
  assert.deepEqual(found('(see https://en.wikipedia.org/wiki/Minsk_(city))', 'url'), [['url', 'https://en.wikipedia.org/wiki/Minsk_(city)']]);
});

test('markdown links keep their text; headings lose their hashes', () => {
  const text = '## Results\nThe [Forum of Regions](https://example.org/forum) closed.';
  const link = '[Forum of Regions](https://example.org/forum)';
  assert.equal(masked(text), `   Results\nThe  Forum of Regions${' '.repeat(link.length - 'Forum of Regions'.length - 1)} closed.`);
});

test('soft hyphens and line-end hyphenation are found but not masked', () => {
  const text = 'inter\u00adregional coope-\nration';
  assert.deepEqual(found(text).map(([k]) => k), ['soft-hyphen', 'hyphenation']);
  assert.equal(masked(text), text);
});

test('cleanView joins hyphenated words and maps every index back to the body', () => {
  const body = 'The **Union** coope-\nration grew¹ by \\$5 million.';
  const arts = findArtifacts(body);
  const view = cleanView(body, arts);
  assert.equal(view.text, 'The Union cooperation grew by $5 million.');
  const i = view.text.indexOf('$5 million');
  const span = view.toBodySpan(i, i + '$5 million'.length);
  assert.equal(body.slice(span.start, span.end), '$5 million');
  const w = view.text.indexOf('cooperation');
  const ws = view.toBodySpan(w, w + 'cooperation'.length);
  assert.equal(body.slice(ws.start, ws.end), 'coope-\nration');
});

test('masking keeps the length and every line break, whatever the input', () => {
  const body = [
    '---',
    'Prose with **bold**, \\$3 and a marker² and a link https://a.by/x.',
    '¹ Source: Ministry of Trade, 2021.',
    'FOR AUTHOR USE ONLY',
    'Ещё строка с **выделением** и сноской.³',
  ].join('\r\n');
  const m = masked(body);
  assert.equal(m.length, body.length);
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\n' || body[i] === '\r') assert.equal(m[i], body[i]);
    else assert.ok(m[i] === body[i] || m[i] === ' ');
  }
});

test('artifacts are sorted and inside the body', () => {
  const body = 'A **b** c¹.\n² Ibid.\nD \\_e www.f.by.';
  const arts: Artifact[] = findArtifacts(body);
  for (let i = 0; i < arts.length; i++) {
    assert.ok(arts[i].start < arts[i].end && arts[i].end <= body.length);
    if (i) assert.ok(arts[i - 1].start <= arts[i].start);
  }
});

test('a 1 MB line dense with candidates is processed (linear scanning)', () => {
  const unit = 'The region exported \\$1.5 billion** of goods to*** partners¹ in 2019, i.e. 12.3% more. ';
  const body = unit.repeat(Math.ceil(1_000_000 / unit.length));
  const arts = findArtifacts(body);
  assert.ok(arts.length > 10_000);
  assert.equal(maskArtifacts(body, arts).length, body.length);
});
