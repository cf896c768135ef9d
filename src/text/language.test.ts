import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paragraphLanguages, scriptLanguage, scriptStats } from './language.ts';

test('Russian text is ru', () => {
  assert.equal(scriptLanguage('Гомельская область и Ташкент договорились о поставках техники.'), 'ru');
});

test('English text is en', () => {
  assert.equal(scriptLanguage('Gomel Region and Tashkent agreed on machinery supplies.'), 'en');
});

test('German is Latin script: en, with the ratio exposed', () => {
  const text = 'Die Handelskammer in Minsk begrüßte die Gespräche über größere Lieferungen.';
  assert.equal(scriptLanguage(text), 'en');
  const s = scriptStats(text);
  assert.equal(s.cyrillic, 0);
  assert.equal(s.latinRatio, 1);
});

test('Russian with Latin brand names and a URL is still ru', () => {
  assert.equal(scriptLanguage('Компании MTZ и BELAZ открыли дилерский центр, подробности на www.example.by.'), 'ru');
});

test('too few letters to judge is other', () => {
  assert.equal(scriptLanguage('2019 — 15%'), 'other');
  assert.equal(scriptLanguage(''), 'other');
});

test('other scripts are other', () => {
  assert.equal(scriptLanguage('中国和白俄罗斯签署了合作协议'), 'other');
  assert.equal(scriptLanguage('საქართველო და ბელარუსი'), 'other');
});

test('Belarusian and Ukrainian (Cyrillic) come out as ru', () => {
  assert.equal(scriptLanguage('Беларусь і Украіна абмеркавалі гандлёвае супрацоўніцтва.'), 'ru');
  assert.equal(scriptLanguage('Україна та Білорусь обговорили торгівлю.'), 'ru');
});

test('scriptStats counts letters only and respects the range', () => {
  const text = 'abc где 123 ÄÖ!';
  const s = scriptStats(text);
  assert.equal(s.latin, 5);
  assert.equal(s.cyrillic, 3);
  assert.equal(scriptStats(text, 4, 7).cyrillic, 3);
  assert.equal(scriptStats(text, 4, 7).latin, 0);
});

test('paragraphLanguages: per paragraph, short captions take the document language', () => {
  const body = [
    'Витебская область подписала соглашение с Псковской областью о сотрудничестве.',
    'Фото: ©',
    'The agreement covers agriculture, tourism and education programmes.',
    'Минский тракторный завод поставит двести тракторов в Казахстан до конца года.',
  ].join('\n\n');
  const langs = paragraphLanguages(body);
  assert.deepEqual(
    langs.map((p) => p.lang),
    ['ru', 'ru', 'en', 'ru'],
  );
  for (const p of langs) assert.ok(p.end > p.start && body.slice(p.start, p.end).trim() === body.slice(p.start, p.end));
});
