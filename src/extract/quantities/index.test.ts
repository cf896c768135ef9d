import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBareNumbers, findQuantities, type Quantity } from './index.ts';

function quantities(text: string): Quantity[] {
  const found = findQuantities(text);
  for (const q of found) assert.equal(text.slice(q.start, q.end), q.raw);
  for (let i = 1; i < found.length; i++) assert.ok(found[i - 1]!.end <= found[i]!.start, 'sorted and non-overlapping');
  return found;
}

/** [raw, value, qualifier] of each count. */
function counts(text: string): Array<[string, number, string | null]> {
  return findBareNumbers(text).map((b) => {
    assert.equal(text.slice(b.start, b.end), b.raw);
    return [b.raw, b.value, b.qualifier];
  });
}

const countCases: Array<[string, Array<[string, number, string | null]>]> = [
  ['The parties signed 15 agreements.', [['15', 15, null]]],
  ['The regions hold more than 600 documents on cooperation.', [['600', 600, 'over']]],
  ['В форуме участвовали свыше 100 предприятий.', [['100', 100, 'over']]],
  ['Some 40 firms and about 25 banks took part.', [['40', 40, 'about'], ['25', 25, 'about']]],
  ['Almost 30 contracts are ready.', [['30', 30, 'under']]],
  ['As many as 12 ministers came.', [['12', 12, 'exact']]],
  ['Подписано около 70 соглашений.', [['70', 70, 'about']]],
  ['Eleven areas and 214 mechanisms are listed.', [['Eleven', 11, null], ['214', 214, null]]],
  ['More than twenty projects started.', [['twenty', 20, 'over']]],
  ['Nearly three and a half thousand guests came.', [['three and a half thousand', 3500, 'under']]],
  ['It lists more than a dozen sectors.', [['a dozen', 12, 'over']]],
  ['Работают 1 250 совместных предприятий.', [['1 250', 1250, null]]],
  ['The region has over 2000 enterprises.', [['2000', 2000, 'over']]],
  ['Population exceeds 2.2 billion people.', [['2.2 billion', 2.2e9, 'over']]],
  // Not counts
  ['The 16th meeting and the XVI Forum took place.', []],
  ['In 2019 and in 2021-2022 the sides met.', []],
  ['В 2018 году стороны встретились.', []],
  ['The forum opens on 5 July and closes on July 7.', []],
  ['Встреча прошла 20 ноября.', []],
  ['The talks are set for June 29-30.', []],
  ['Decree No 123 and Article 5 apply.', []],
  ['См. п. 3 и ст. 15 договора.', []],
  ['One of the partners left.', []],
  ['Revenue was $5 million, up 12%, and grew 2 times.', []],
  ['Agenda: 1. Trade. 2. Energy.', []],
];

for (const [text, expected] of countCases) {
  test(`findBareNumbers: ${text}`, () => {
    assert.deepEqual(counts(text), expected);
  });
}

test('findQuantities: money beats a bare number, percent and multiplier each get theirs', () => {
  const text = 'In 2021 trade reached $301.9 million, up 7.8%, after it had grown 1.4 times; 26 agreements were signed.';
  assert.deepEqual(
    quantities(text).map((q) => [q.type, q.raw]),
    [
      ['money', '$301.9 million'],
      ['percent', '7.8%'],
      ['multiplier', '1.4 times'],
      ['number', '26'],
    ],
  );
});

test('findQuantities: Russian sentence with all kinds', () => {
  const text = 'Товарооборот вырос в 1,5 раза до 345,6 млн долларов, экспорт увеличился на 12%, подписано 15 соглашений.';
  assert.deepEqual(
    quantities(text).map((q) => [q.type, q.raw]),
    [
      ['multiplier', 'в 1,5 раза'],
      ['money', '345,6 млн долларов'],
      ['percent', '12%'],
      ['number', '15'],
    ],
  );
});

test('findQuantities: a percentage inside parentheses next to money', () => {
  const text = 'there was a 36% (USD 5.6 billion) increase';
  assert.deepEqual(quantities(text).map((q) => q.type), ['percent', 'money']);
});

test('findQuantities: escaped dollars arrive as " $" and keep offsets', () => {
  const text = 'GDP reached  $2 trillion and trade  $62bn.';
  const found = quantities(text);
  assert.deepEqual(found.map((q) => [q.raw, q.start]), [['$2 trillion', 13], ['$62bn', 36]]);
});

// Speed is measured in bench/; a backtracking blow-up would show as a hang, which the
// generous timeout turns into a failure instead of a stuck suite.
test('findQuantities: a 5 MB text is read to the end (no backtracking blow-up)', { timeout: 120_000 }, () => {
  const para =
    'The delegation discussed logistics, education and the joint use of border crossings with the regional ' +
    'administration, and noted that in 2021 exports grew by 12.5% to $1.2 billion while 15 agreements were signed. ' +
    'Стороны обсудили сотрудничество в сфере образования и культуры; товарооборот вырос в 1,5 раза и превысил ' +
    '300 млн долларов, а в проектах участвуют около 40 предприятий. Costs fell by almost half.\n';
  const big = para.repeat(Math.ceil(5_000_000 / para.length));
  const found = findQuantities(big);
  assert.ok(found.length > 50_000);
});

test('findQuantities: 1 MB of pathological input is read to the end', { timeout: 120_000 }, () => {
  for (const chunk of ['1,', '$', 'a ', '-', 'one and ', 'более чем в ']) {
    const big = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
    assert.ok(Array.isArray(findQuantities(big)), JSON.stringify(chunk));
  }
});
