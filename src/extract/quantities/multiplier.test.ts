import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findMultipliers, type Multiplier } from './multiplier.ts';

function multipliers(text: string): Multiplier[] {
  const found = findMultipliers(text);
  for (const m of found) assert.equal(text.slice(m.start, m.end), m.raw);
  return found;
}

function one(text: string): Multiplier {
  const found = multipliers(text);
  assert.equal(found.length, 1, `expected one multiplier in ${JSON.stringify(text)}: ${JSON.stringify(found)}`);
  return found[0]!;
}

type Case = [text: string, raw: string, factor: number, change: number | null, qualifier?: Multiplier['qualifier']];

const cases: Case[] = [
  ['Grain exports increased 1.4 times.', '1.4 times', 1.4, 40],
  ['Grain exports decreased 1.4 times.', '1.4 times', 0.7143, -28.57],
  ['Trade declined 2.1 times in ten months.', '2.1 times', 0.4762, -52.38],
  ['Trade has grown almost 2.7 times since 2015.', '2.7 times', 2.7, 170, 'under'],
  ['Sales rose by 3 times.', '3 times', 3, 200],
  ['Exports are 2.5 times higher than imports.', '2.5 times', 2.5, 150],
  ['Imports were four times smaller than exports.', 'four times', 0.25, -75],
  ['Turnover has doubled in five years.', 'doubled', 2, 100],
  ['Turnover more than doubled.', 'doubled', 2, 100, 'over'],
  ['Shipments almost tripled.', 'tripled', 3, 200, 'under'],
  ['The fleet quadrupled by 2020.', 'quadrupled', 4, 300],
  ['Costs halved within a year.', 'halved', 0.5, -50],
  ['The sides plan to double trade by 2030.', 'double', 2, 100],
  ['Investment saw a 74-fold increase.', '74-fold', 74, 7300],
  ['Metals sales showed a 1.4-fold rise.', '1.4-fold', 1.4, 40],
  ['Output fell 3-fold after the fire.', '3-fold', 0.3333, -66.67],
  ['A twofold increase in tourists was reported.', 'twofold', 2, 100],
  ['Revenue was twice as high as in 2019.', 'twice as high', 2, 100],
  ['Экспорт увеличился в 1,5 раза.', 'в 1,5 раза', 1.5, 50],
  ['Импорт снизился в 1,4 раза.', 'в 1,4 раза', 0.7143, -28.57],
  ['Продажи в 2 раза сократились.', 'в 2 раза', 0.5, -50],
  ['Товарооборот вырос в более чем 1,5 раза.', 'в более чем 1,5 раза', 1.5, 50, 'over'],
  ['Товарооборот вырос более чем в 1,5 раза.', 'в 1,5 раза', 1.5, 50, 'over'],
  ['Поставки выросли почти в 3 раза.', 'в 3 раза', 3, 200, 'under'],
  ['Выпуск вырос в полтора раза.', 'в полтора раза', 1.5, 50],
  ['Выпуск вырос в два раза.', 'в два раза', 2, 100],
  ['Это в 3 раза больше, чем в прошлом году.', 'в 3 раза', 3, 200],
  ['Это в 4 раза меньше, чем в прошлом году.', 'в 4 раза', 0.25, -75],
  ['Объём вырос почти втрое.', 'втрое', 3, 200, 'under'],
  ['Затраты сократились вдвое.', 'вдвое', 0.5, -50],
  ['Экспорт вырос вдвое.', 'вдвое', 2, 100],
  ['Поставки удвоились за год.', 'удвоились', 2, 100],
  ['Стороны намерены утроить товарооборот.', 'утроить', 3, 200],
  ['Отмечен двукратный рост экспорта.', 'двукратный', 2, 100],
];

for (const [text, raw, factor, change, qualifier] of cases) {
  test(`findMultipliers: ${text}`, () => {
    const m = one(text);
    assert.equal(m.raw, raw);
    assert.equal(m.factor, factor);
    assert.equal(m.change_pct, change);
    if (qualifier !== undefined) assert.equal(m.qualifier, qualifier);
  });
}

test('findMultipliers: "N times" with no change is a frequency, not a multiplier', () => {
  assert.deepEqual(multipliers('The commission met three times this year.'), []);
});

test('findMultipliers: "double taxation" is no change', () => {
  assert.deepEqual(multipliers('An agreement on the avoidance of double taxation was signed.'), []);
});

test('findMultipliers: "в N раз" without a verb keeps the factor and no sign', () => {
  const m = one('Разница в 3 раза.');
  assert.equal(m.times, 3);
  assert.equal(m.change_pct, null);
});

test('findMultipliers: "morning" (утром) is not "triple"', () => {
  assert.deepEqual(multipliers('Делегация прибыла утром.'), []);
});
