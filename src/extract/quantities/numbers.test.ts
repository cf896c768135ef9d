import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNumbers, parseDigits, parseNumberToken, parseScaleWord } from './numbers.ts';

const tokens: Array<[string, number | null]> = [
  ['1.5', 1.5],
  ['1,5', 1.5],
  ['1,500,000', 1_500_000],
  ['1 500 000', 1_500_000],
  ['1\u00A0500\u00A0000', 1_500_000],
  ['2\u202F750', 2750],
  ['4\u2009100,25', 4100.25],
  ['12.3', 12.3],
  ['300', 300],
  ['1,500.75', 1500.75],
  ['one', 1],
  ['twelve', 12],
  ['twenty-five', 25],
  ['ninety nine', 99],
  ['a hundred', 100],
  ['two hundred and forty', 240],
  ['half a', 0.5],
  ['a dozen', 12],
  ['один', 1],
  ['одна', 1],
  ['одно', 1],
  ['две', 2],
  ['двух', 2],
  ['трёх', 3],
  ['трех', 3],
  ['пяти', 5],
  ['десять', 10],
  ['сто', 100],
  ['тысяча', 1000],
  ['двести пятьдесят', 250],
  ['полтора', 1.5],
  ['3 thousand', 3000],
  ['7 thous.', 7000],
  ['2.5K', 2500],
  ['4 mln', 4_000_000],
  ['6 mn', 6_000_000],
  ['9m', 9_000_000],
  ['1.2 bn', 1_200_000_000],
  ['3 bln', 3_000_000_000],
  ['7 billion', 7_000_000_000],
  ['2 trillion', 2e12],
  ['3 trln', 3e12],
  ['5 тыс.', 5000],
  ['5 тысяч', 5000],
  ['2 млн', 2_000_000],
  ['3 миллиона', 3_000_000],
  ['1,2 млрд', 1_200_000_000],
  ['4 миллиарда', 4_000_000_000],
  ['1 трлн', 1e12],
  ['1,250 млрд', 1_250_000_000],
  ['seven billion', 7_000_000_000],
  ['half a billion', 500_000_000],
  ['three and a half thousand', 3500],
  ['полтора миллиарда', 1_500_000_000],
  ['полмиллиона', 500_000],
  ['двадцать пять тысяч', 25_000],
  ['banana', null],
  ['', null],
  ['five three', null],
  ['thousand', null],
];

for (const [token, expected] of tokens) {
  test(`parseNumberToken(${JSON.stringify(token)}) = ${expected}`, () => {
    assert.equal(parseNumberToken(token), expected);
  });
}

test('parseNumberToken: decimalComma forces "1,500" to 1.5', () => {
  assert.equal(parseNumberToken('1,500', { decimalComma: true }), 1.5);
  assert.equal(parseNumberToken('1,500'), 1500);
});

test('parseDigits reads groups and decimal commas', () => {
  assert.equal(parseDigits('12 345,6', false), 12345.6);
  assert.equal(parseDigits('3,300', false), 3300);
  assert.equal(parseDigits('3,300', true), 3.3);
});

test('parseScaleWord knows English and Russian scales', () => {
  assert.equal(parseScaleWord('bn')?.scale, 1e9);
  assert.equal(parseScaleWord('тыс.')?.scale, 1e3);
  assert.equal(parseScaleWord('миллиардов')?.scale, 1e9);
  assert.equal(parseScaleWord('Million')?.scale, 1e6);
  assert.equal(parseScaleWord('mn')?.scale, 1e6);
  assert.equal(parseScaleWord('m')?.scale, 1e6);
  assert.equal(parseScaleWord('b')?.scale, 1e9);
  assert.equal(parseScaleWord('трлн')?.scale, 1e12);
  assert.equal(parseScaleWord('apples'), null);
});

/** Raw text and value of every number found. */
function found(text: string): Array<[string, number]> {
  return findNumbers(text).map((n) => {
    assert.equal(text.slice(n.start, n.end), n.raw, 'offsets must cut the raw text');
    return [n.raw, n.value];
  });
}

test('findNumbers: digits with thousands spaces next to a year', () => {
  assert.deepEqual(found('In 2019 the plant hired 1 200 workers.'), [['2019', 2019], ['1 200', 1200]]);
});

test('findNumbers: scale word belongs to the number', () => {
  assert.deepEqual(found('The fund holds 3.5 billion and spends 40 млн.'), [['3.5 billion', 3.5e9], ['40 млн', 40e6]]);
});

test('findNumbers: a sentence-final dot after an abbreviation stays out', () => {
  const [n] = findNumbers('Итог составил 12 млрд. Далее');
  assert.equal(n!.raw, '12 млрд');
});

test('findNumbers: the dot of "млрд. рублей" stays inside', () => {
  const [n] = findNumbers('вложено 12 млрд. рублей');
  assert.equal(n!.raw, '12 млрд.');
});

test('findNumbers: ordinals and codes are not numbers', () => {
  assert.deepEqual(found('the 5th forum, the 12-й съезд, Q3, G7 nations, COVID-19, MAZ-5440'), []);
});

test('findNumbers: dates, versions and clock times are skipped', () => {
  assert.deepEqual(found('on 12.03.2021 at 9:45 with version 2/3'), []);
});

test('findNumbers: numbers inside URLs are skipped', () => {
  assert.deepEqual(found('see https://example.org/news.php?id=48211 today'), []);
});

test('findNumbers: a currency code may stick to the number', () => {
  assert.deepEqual(found('worth US650 million'), [['650 million', 650e6]]);
});

test('findNumbers: attached letter scales', () => {
  assert.deepEqual(found('a $3.5bn deal and a $40m loan'), [['3.5bn', 3.5e9], ['40m', 40e6]]);
});

test('findNumbers: Russian comma before a scale is decimal', () => {
  assert.deepEqual(found('почти 2,750 млрд рублей'), [['2,750 млрд', 2.75e9]]);
});

test('findNumbers: English comma groups', () => {
  assert.deepEqual(found('some 4,250 firms'), [['4,250', 4250]]);
});

test('findNumbers: number words', () => {
  assert.deepEqual(found('about forty-two firms and twelve banks'), [['forty-two', 42], ['twelve', 12]]);
});

test('findNumbers: "a" joins only before hundred, dozen or a scale', () => {
  assert.deepEqual(found('a dozen towns and a million visitors, a plan'), [['a dozen', 12], ['a million', 1e6]]);
});

test('findNumbers: "тысячи" alone counts only after a qualifier', () => {
  assert.deepEqual(found('около тысячи человек'), [['тысячи', 1000]]);
  assert.deepEqual(found('тысячи людей пришли'), []);
});

test('findNumbers: plural scales alone are no number', () => {
  assert.deepEqual(found('millions of tonnes and hundreds of towns'), []);
});

test('findNumbers: Russian compound numbers', () => {
  assert.deepEqual(found('построено двести тридцать пять домов'), [['двести тридцать пять', 235]]);
});
