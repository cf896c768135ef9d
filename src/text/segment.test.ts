import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paragraphs, sentences } from './segment.ts';

const paras = (body: string) => paragraphs(body).map((p) => body.slice(p.start, p.end));
const sents = (text: string, lang = 'en') => sentences(text, 0, text.length, lang).map((s) => text.slice(s.start, s.end));

// ---------------------------------------------------------------- paragraphs

test('paragraphs: blank lines separate, spans are trimmed body slices', () => {
  const body = '  First paragraph about Brest.  \n\n\n Second one about Grodno.\n';
  const ps = paragraphs(body);
  assert.deepEqual(ps.map((p) => body.slice(p.start, p.end)), ['First paragraph about Brest.', 'Second one about Grodno.']);
});

test('paragraphs: single newlines in news copy separate paragraphs (headline, caption)', () => {
  const body = 'Минск и Казань подписали дорожную карту\nДокумент рассчитан на три года.\nФото: пресс-служба';
  assert.deepEqual(paras(body), ['Минск и Казань подписали дорожную карту', 'Документ рассчитан на три года.', 'Фото: пресс-служба']);
});

test('paragraphs: a hard-wrapped block is one paragraph', () => {
  const body = [
    'The regional authorities of Vitebsk and Smolensk agreed',
    'To hold a joint economic forum every second year and to',
    'Expand the list of goods traded under the border regime.',
    'The first forum is planned for May.',
  ].join('\n');
  assert.deepEqual(paras(body), [body]);
});

test('paragraphs: lines of even width that each end a sentence are separate paragraphs', () => {
  const lines = [
    'Belarus and Armenia signed five agreements on Tuesday.',
    'The next intergovernmental commission is due in June.',
    'Trade between the two countries grew by a fifth in 2022.',
  ];
  assert.deepEqual(paras(lines.join('\n')), lines);
});

test('paragraphs: a mid-sentence break before a lower-case word is a wrap, hyphenation too', () => {
  assert.deepEqual(paras('Trade between the regions grew,\nmostly in machinery.\nNew line.'), [
    'Trade between the regions grew,\nmostly in machinery.',
    'New line.',
  ]);
  assert.deepEqual(paras('Экспорт молочной продук-\nции вырос вдвое.'), ['Экспорт молочной продук-\nции вырос вдвое.']);
});

test('paragraphs: CRLF and whitespace-only lines', () => {
  const body = 'One.\r\n \t\r\nTwo.\r\nThree.';
  assert.deepEqual(paras(body), ['One.', 'Two.', 'Three.']);
});

test('paragraphs: empty and blank bodies have none', () => {
  assert.deepEqual(paragraphs(''), []);
  assert.deepEqual(paragraphs('\n \n\t\n'), []);
});

test('a 5 MB single-line paragraph is one paragraph and splits into its sentences', () => {
  const unit = 'Mr. Petrov said the U.S. share was 1.5% i.e. small. В 2019 г. рост составил 12,5%. ';
  const n = Math.ceil(5_000_000 / unit.length);
  const body = unit.repeat(n);
  const ps = paragraphs(body);
  assert.equal(ps.length, 1);
  const ss = sentences(body, ps[0].start, ps[0].end);
  assert.equal(ss.length, 2 * n);
});

// ---------------------------------------------------------------- English sentences

test('titles and initials do not end sentences', () => {
  assert.deepEqual(sents('Mr. Snopkov met Dr. Ivanova and A. Lukashenko in Minsk. T.V. Sachuk chaired the session.'), [
    'Mr. Snopkov met Dr. Ivanova and A. Lukashenko in Minsk.',
    'T.V. Sachuk chaired the session.',
  ]);
});

test('U.S. ends a sentence only before a sentence opener', () => {
  assert.deepEqual(sents('Talks with the U.S. Department of Commerce went on. Exports to the U.S. The figure rose.'), [
    'Talks with the U.S. Department of Commerce went on.',
    'Exports to the U.S.',
    'The figure rose.',
  ]);
});

test('numbers with dots and commas stay whole', () => {
  assert.deepEqual(sents('Trade reached $1.5 bln. in 2019, up 12.3% on 2,400 units. It was 1,5 times more.'), [
    'Trade reached $1.5 bln. in 2019, up 12.3% on 2,400 units.',
    'It was 1,5 times more.',
  ]);
});

test('"e.g.", "i.e." and "etc." mid-sentence', () => {
  assert.deepEqual(sents('Machinery, e.g. tractors, and food, i.e. dairy etc. were traded. Etc. cannot open one.'), [
    'Machinery, e.g. tractors, and food, i.e. dairy etc. were traded.',
    'Etc. cannot open one.',
  ]);
});

test('a magnitude abbreviation before a currency code does not end the sentence', () => {
  assert.deepEqual(sents('The deal is worth 2 mln. USD and more. Next.'), ['The deal is worth 2 mln. USD and more.', 'Next.']);
});

test('"No." and page references before numbers', () => {
  assert.deepEqual(sents('See Decision No. 5 and p. 12 of the protocol. Then vote.'), [
    'See Decision No. 5 and p. 12 of the protocol.',
    'Then vote.',
  ]);
});

test('a sentence may begin with a number', () => {
  assert.deepEqual(sents('The forum closed in 2018. 15 agreements were signed there.'), [
    'The forum closed in 2018.',
    '15 agreements were signed there.',
  ]);
});

test('closing quotes and brackets stay with their sentence', () => {
  assert.deepEqual(sents('He said: "We will double supplies." (The plan is ambitious.) Others agreed.'), [
    'He said: "We will double supplies."',
    '(The plan is ambitious.)',
    'Others agreed.',
  ]);
});

test('question and exclamation marks, lower case after a quoted question', () => {
  assert.deepEqual(sents('"Why not?" asked the mayor. Because it works! And then? Silence.'), [
    '"Why not?" asked the mayor.',
    'Because it works!',
    'And then?',
    'Silence.',
  ]);
});

test('ellipsis ends a sentence only before a capital', () => {
  assert.deepEqual(sents('The talks went on... and on. Then... Nothing happened.'), [
    'The talks went on... and on.',
    'Then...',
    'Nothing happened.',
  ]);
});

test('enumerations: a leading item number and items after a colon', () => {
  assert.deepEqual(sents('1. Improvement of the legal framework.'), ['1. Improvement of the legal framework.']);
  assert.deepEqual(sents('Twinned districts: 1. Orsha and Tver (2010); 2. Pinsk and Kstovo (2012). Done.'), [
    'Twinned districts: 1. Orsha and Tver (2010); 2. Pinsk and Kstovo (2012).',
    'Done.',
  ]);
});

test('a dot glued to a capitalised word ends a sentence; domains and decimals do not', () => {
  assert.deepEqual(sents('Trade grew.The parties met at belta.by and agreed on 2.5 percent.'), [
    'Trade grew.',
    'The parties met at belta.by and agreed on 2.5 percent.',
  ]);
});

test('compound names: "Belarus-St. Petersburg" does not end a sentence', () => {
  assert.deepEqual(sents('The Belarus-St. Petersburg council met. It agreed.'), ['The Belarus-St. Petersburg council met.', 'It agreed.']);
});

// ---------------------------------------------------------------- Russian sentences

test('"г." after a year can end a sentence; "г." before a city name cannot', () => {
  assert.deepEqual(sents('Форум прошёл в г. Могилёве в 2018 г. В 2019 г. он переехал в г. Гродно.', 'ru'), [
    'Форум прошёл в г. Могилёве в 2018 г.',
    'В 2019 г. он переехал в г. Гродно.',
  ]);
});

test('"гг.", "млн", "млрд.", "руб.", "долл." inside sentences', () => {
  assert.deepEqual(sents('В 2016-2018 гг. экспорт вырос до 1,5 млрд. долларов и 300 млн руб. в год. Импорт составил 20 млн долл. США.', 'ru'), [
    'В 2016-2018 гг. экспорт вырос до 1,5 млрд. долларов и 300 млн руб. в год.',
    'Импорт составил 20 млн долл. США.',
  ]);
});

test('"т.е.", "т.д.", "им.", "ул.", "обл.", "р-н"', () => {
  assert.deepEqual(
    sents('Техника, т.е. тракторы, комбайны и т.д. В ответ университет им. Купалы на ул. Ленина принял делегацию Брестской обл. и Пинского р-на. Всё.', 'ru'),
    [
      'Техника, т.е. тракторы, комбайны и т.д.',
      'В ответ университет им. Купалы на ул. Ленина принял делегацию Брестской обл. и Пинского р-на.',
      'Всё.',
    ],
  );
});

test('Russian initials before and after the surname', () => {
  assert.deepEqual(sents('А.Г. Лукашенко и Иванов И.И. Обсудили поставки. М. Мясникович выступил.', 'ru'), [
    'А.Г. Лукашенко и Иванов И.И. Обсудили поставки.',
    'М. Мясникович выступил.',
  ]);
});

test('guillemets and a dash attribution', () => {
  assert.deepEqual(sents('«Мы удвоим поставки. Это реально», — сказал губернатор. Следующий вопрос.', 'ru'), [
    '«Мы удвоим поставки.',
    'Это реально», — сказал губернатор.',
    'Следующий вопрос.',
  ]);
});

test('German: ordinal dates and "Mio." before a currency word', () => {
  assert.deepEqual(sents('Am 16. Juni wurde z.B. ein Vertrag über 5 Mio. Euro unterzeichnet. Danach folgte Nr. 2.'), [
    'Am 16. Juni wurde z.B. ein Vertrag über 5 Mio. Euro unterzeichnet.',
    'Danach folgte Nr. 2.',
  ]);
});

// ---------------------------------------------------------------- spans

test('sentence spans are trimmed, ordered, within range and in body coordinates', () => {
  const body = 'Intro line.\n\n  Brest exported grain.   Gomel exported milk.  \n';
  const p = paragraphs(body)[1];
  const ss = sentences(body, p.start, p.end);
  assert.deepEqual(ss.map((s) => body.slice(s.start, s.end)), ['Brest exported grain.', 'Gomel exported milk.']);
  for (const s of ss) assert.ok(s.start >= p.start && s.end <= p.end);
});

test('a stray dot after a masked footnote marker joins the previous sentence', () => {
  // As in a masked body: 'labour".¹². Next' with the marker blanked.
  const text = 'The plan covers "goods and labour".  . Next step.';
  assert.deepEqual(sents(text), ['The plan covers "goods and labour".  .', 'Next step.']);
});

test('superscript markers after the terminator stay with the sentence (unmasked text)', () => {
  assert.deepEqual(sents('Trade grew by a quarter"³. In the first half it slowed.'), [
    'Trade grew by a quarter"³.',
    'In the first half it slowed.',
  ]);
  assert.deepEqual(sents('Trade grew by a quarter."⁴ In the first half it slowed.'), [
    'Trade grew by a quarter."⁴',
    'In the first half it slowed.',
  ]);
});
