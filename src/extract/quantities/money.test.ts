import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findMoney, type Money } from './money.ts';

/** The amounts of a text, with offsets checked against the raw text. */
function money(text: string): Money[] {
  const found = findMoney(text);
  for (const m of found) assert.equal(text.slice(m.start, m.end), m.raw);
  return found;
}

/** The only amount of a text. */
function one(text: string): Money {
  const found = money(text);
  assert.equal(found.length, 1, `expected one amount in ${JSON.stringify(text)}, got ${JSON.stringify(found)}`);
  return found[0]!;
}

type Case = [text: string, raw: string, value: number, currency: string, qualifier: Money['qualifier']];

const cases: Case[] = [
  // English, sign or code first
  ['The deal is worth $1.5 bln.', '$1.5 bln', 1.5e9, 'USD', null],
  ['Loans reached $1.5 billion last year.', '$1.5 billion', 1.5e9, 'USD', null],
  ['Exports came to USD 164 billion in total.', 'USD 164 billion', 164e9, 'USD', null],
  ['A grant of US$ 2 million was approved.', 'US$ 2 million', 2e6, 'USD', null],
  ['The hospital cost $17.6 million.', '$17.6 million', 17.6e6, 'USD', null],
  ['The bank lent €2 million to the farm.', '€2 million', 2e6, 'EUR', null],
  ['Sales of EUR 3 mln were booked.', 'EUR 3 mln', 3e6, 'EUR', null],
  ['A loan of RUB 3 billion was signed.', 'RUB 3 billion', 3e9, 'RUB', null],
  ['The region invested BYN 120 million.', 'BYN 120 million', 120e6, 'BYN', null],
  ['Investment totalled Br 5 million.', 'Br 5 million', 5e6, 'BYN', null],
  ['A $45bn market.', '$45bn', 45e9, 'USD', null],
  ['A $3.2m contract.', '$3.2m', 3.2e6, 'USD', null],
  ['Revenue hit $2,806,780 in May.', '$2,806,780', 2_806_780, 'USD', null],
  ['Trade topped US650 million.', 'US650 million', 650e6, 'USD', 'over'],
  ['Masked markdown: trade was  $62bn last year.', '$62bn', 62e9, 'USD', null],
  // English, name after
  ['They agreed on 1.5 billion dollars of credit.', '1.5 billion dollars', 1.5e9, 'USD', null],
  ['They agreed on 1.5 billion US dollars of credit.', '1.5 billion US dollars', 1.5e9, 'USD', null],
  ['Imports were valued at 8.4 million U.S. dollars.', '8.4 million U.S. dollars', 8.4e6, 'USD', null],
  ['The firm paid 3 billion rubles.', '3 billion rubles', 3e9, 'RUB', null],
  ['The firm paid 3 billion roubles.', '3 billion roubles', 3e9, 'RUB', null],
  ['The firm paid 40 million Belarusian rubles.', '40 million Belarusian rubles', 40e6, 'BYN', null],
  ['Deals worth half a billion dollars were signed.', 'half a billion dollars', 5e8, 'USD', null],
  ['The surplus exceeded six billion dollars.', 'six billion dollars', 6e9, 'USD', 'over'],
  ['The bill was 900 million tenge.', '900 million tenge', 900e6, 'KZT', null],
  // Russian
  ['Объём составил 1,5 млрд долларов.', '1,5 млрд долларов', 1.5e9, 'USD', null],
  ['Объём составил 1,5 млрд долл. в год', '1,5 млрд долл.', 1.5e9, 'USD', null],
  ['Вложено свыше 300 млн долл. США в заводы.', '300 млн долл. США', 300e6, 'USD', 'over'],
  ['Инвестиции достигли 300 млн долларов США.', '300 млн долларов США', 300e6, 'USD', null],
  ['Выручка составила 6,7 млрд рублей.', '6,7 млрд рублей', 6.7e9, 'RUB', null],
  ['Выручка составила 6,7 млрд российских рублей.', '6,7 млрд российских рублей', 6.7e9, 'RUB', null],
  ['Сделки на 4,2 млрд белорусских рублей.', '4,2 млрд белорусских рублей', 4.2e9, 'BYN', null],
  ['Товарооборот достиг $200 млн за год.', '$200 млн', 200e6, 'USD', null],
  ['Товарооборот достиг 200 млн $ за год.', '200 млн $', 200e6, 'USD', null],
  ['Экспорт составил более $1 млрд.', '$1 млрд', 1e9, 'USD', 'over'],
  ['Проект стоит около 50 млн евро.', '50 млн евро', 50e6, 'EUR', 'about'],
  ['Потрачено почти 2 млрд долларов.', '2 млрд долларов', 2e9, 'USD', 'under'],
  ['Кредит на 80 млрд тенге выдан.', '80 млрд тенге', 80e9, 'KZT', null],
  ['Завод получил 500 млн сумов.', '500 млн сумов', 500e6, 'UZS', null],
  ['Поставки на 30 млн юаней.', '30 млн юаней', 30e6, 'CNY', null],
  ['Цель — довести товарооборот до $ 2 млрд. - сказал министр.', '$ 2 млрд.', 2e9, 'USD', null],
  ['Товарооборот вырос до 12 млрд. долларов.', '12 млрд. долларов', 12e9, 'USD', null],
  ['Контракты на полмиллиарда рублей.', 'полмиллиарда рублей', 5e8, 'RUB', null],
  // Qualifiers
  ['Investments of up to $500 million are planned.', '$500 million', 500e6, 'USD', 'up_to'],
  ['It costs more than $4 million.', '$4 million', 4e6, 'USD', 'over'],
  ['Trade was about $90 million.', '$90 million', 90e6, 'USD', 'about'],
  ['Trade was nearly $90 million.', '$90 million', 90e6, 'USD', 'under'],
  ['Trade was just over $90 million.', '$90 million', 90e6, 'USD', 'over'],
  ['Trade was close to $90 million.', '$90 million', 90e6, 'USD', 'about'],
  ['Объём сделок на сумму до 300 млн рублей.', '300 млн рублей', 300e6, 'RUB', 'up_to'],
];

for (const [text, raw, value, currency, qualifier] of cases) {
  test(`findMoney: ${text}`, () => {
    const m = one(text);
    assert.equal(m.raw, raw);
    assert.equal(m.value, value);
    assert.equal(m.currency, currency);
    assert.equal(m.qualifier, qualifier);
  });
}

test('findMoney: a dash range takes the scale of its upper end; value is the lower bound', () => {
  const m = one('The plant will cost $1-1.5 billion.');
  assert.equal(m.raw, '$1-1.5 billion');
  assert.equal(m.value, 1e9);
  assert.deepEqual(m.range, { from: 1e9, to: 1.5e9 });
});

test('findMoney: "от ... до" is a range', () => {
  const m = one('Стоимость проекта от 1 до 2 млрд долларов.');
  assert.equal(m.value, 1e9);
  assert.equal(m.currency, 'USD');
  assert.deepEqual(m.range, { from: 1e9, to: 2e9 });
});

test('findMoney: "between ... and" is a range', () => {
  const m = one('It will cost between $3 and $4 billion.');
  assert.deepEqual(m.range, { from: 3e9, to: 4e9 });
});

test('findMoney: a list shares the scale and the currency name', () => {
  const found = money('Pumps and filters worth 1.35 and 2.10 billion rubles respectively.');
  assert.deepEqual(found.map((m) => [m.raw, m.value, m.currency]), [
    ['1.35', 1.35e9, 'RUB'],
    ['2.10 billion rubles', 2.1e9, 'RUB'],
  ]);
});

test('findMoney: "from X to Y" gives two amounts', () => {
  const found = money('Imports grew from USD 2.1 billion to USD 2.9 billion.');
  assert.deepEqual(found.map((m) => m.value), [2.1e9, 2.9e9]);
  assert.equal(found[1]!.qualifier, null);
});

test('findMoney: "с ... до" gives two amounts, the second without a qualifier', () => {
  const found = money('Экспорт вырос с 1,6 до 2,3 млрд долларов.');
  assert.deepEqual(found.map((m) => [m.value, m.currency, m.qualifier]), [
    [1.6e9, 'USD', null],
    [2.3e9, 'USD', null],
  ]);
});

test('findMoney: two complete amounts stay apart', () => {
  const found = money('exports of $197 million and imports of $18.5 million');
  assert.deepEqual(found.map((m) => m.value), [197e6, 18.5e6]);
});

test('findMoney: no currency, no money', () => {
  assert.deepEqual(money('They shipped 5 million tonnes and 300 tractors in 2020.'), []);
});

test('findMoney: percentages are not money', () => {
  assert.deepEqual(money('Prices rose 5% in dollars.'), []);
});

test('findMoney: no-break spaces between groups and before the scale', () => {
  const m = one('Выручка составила 1\u00A0250\u00A0млн рублей.');
  assert.equal(m.value, 1250e6);
});
