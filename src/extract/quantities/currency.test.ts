import { test } from 'node:test';
import assert from 'node:assert/strict';
import { currencyAfter, currencyBefore } from './currency.ts';

/** Currency before the first digit of the text. */
function before(text: string): string | null {
  return currencyBefore(text, text.search(/\d/))?.currency ?? null;
}

/** Currency after the marker "|" (which stands for the end of a number). */
function after(text: string): string | null {
  const pos = text.indexOf('|');
  return currencyAfter(text.replace('|', ''), pos)?.currency ?? null;
}

const prefixes: Array<[string, string | null]> = [
  ['paid $40', 'USD'],
  ['paid  $ 40', 'USD'],
  ['paid US$ 40', 'USD'],
  ['paid €40', 'EUR'],
  ['paid £40', 'GBP'],
  ['paid ₽40', 'RUB'],
  ['paid USD 40', 'USD'],
  ['paid RUR 40', 'RUB'],
  ['paid BYN 40', 'BYN'],
  ['paid Br 40', 'BYN'],
  ['paid US40 million', 'USD'],
  ['in the US 40 states', null],
  ['paid 40', null],
];

for (const [text, expected] of prefixes) {
  test(`currencyBefore: ${text} -> ${expected}`, () => assert.equal(before(text), expected));
}

const suffixes: Array<[string, string | null]> = [
  ['5 million| dollars', 'USD'],
  ['5 million| US dollars', 'USD'],
  ['5 million| U.S. dollars', 'USD'],
  ['5 million| euros', 'EUR'],
  ['5 million| roubles', 'RUB'],
  ['5 million| Belarusian rubles', 'BYN'],
  ['5 million| tenge', 'KZT'],
  ['5 billion| soums', 'UZS'],
  ['5 million| yuan', 'CNY'],
  ['5 млн| долларов США', 'USD'],
  ['5 млн| долл.', 'USD'],
  ['5 млн| евро', 'EUR'],
  ['5 млн| рублей', 'RUB'],
  ['5 млн| российских рублей', 'RUB'],
  ['5 млн| белорусских рублей', 'BYN'],
  ['5 млн| сумов', 'UZS'],
  ['5 млн| юаней', 'CNY'],
  ['5 млн| тенге', 'KZT'],
  ['5 млн| $', 'USD'],
  ['5 billion| USD', 'USD'],
  ['5 million| tonnes', null],
  ['5 million| $6 million', null],
];

for (const [text, expected] of suffixes) {
  test(`currencyAfter: ${text} -> ${expected}`, () => assert.equal(after(text), expected));
}

test('currencyAfter does not cross a paragraph break', () => {
  assert.equal(currencyAfter('5 billion\n\ndollars', 9), null);
  assert.equal(currencyAfter('5 billion\ndollars', 9)?.currency, 'USD');
});

test('currencyAfter: "долларов." keeps the sentence dot out', () => {
  const text = 'составил 5 млрд долларов. Далее';
  const m = currencyAfter(text, text.indexOf(' долларов'))!;
  assert.equal(text.slice(m.start, m.end), 'долларов');
});
