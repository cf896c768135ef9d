import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPercents, type PercentChange, type PercentKind } from './percent.ts';

/** The percentages of a text, offsets checked. */
function percents(text: string): PercentChange[] {
  const found = findPercents(text);
  for (const p of found) assert.equal(text.slice(p.start, p.end), p.raw);
  return found;
}

/** The percentage whose raw text is `raw` (the first one when raw is omitted). */
function pick(text: string, raw?: string): PercentChange {
  const found = percents(text);
  const p = raw === undefined ? found[0] : found.find((x) => x.raw === raw);
  assert.ok(p, `no percentage ${raw ?? ''} in ${JSON.stringify(text)}: ${JSON.stringify(found)}`);
  return p;
}

type Case = [text: string, raw: string, change: number | null, kind: PercentKind, qualifier?: PercentChange['qualifier']];

const cases: Case[] = [
  // English changes
  ['Retail sales reached $9 million, up 2% on the year.', '2%', 2, 'change'],
  ['Freight volumes were up almost 9% last year.', '9%', 9, 'change', 'under'],
  ['There was an increase of 12.5% in grain shipments.', '12.5%', 12.5, 'change'],
  ['Tourist flows grew by 25 percent.', '25 percent', 25, 'change'],
  ['Coal shipments fell by almost 17 per cent.', '17 per cent', -17, 'change', 'under'],
  ['Steel output decreased 3.4% in March.', '3.4%', -3.4, 'change'],
  ['Bus sales were down 5% in the spring.', '5%', -5, 'change'],
  ['Machinery exports rose 6.1 percent to a record.', '6.1 percent', 6.1, 'change'],
  ['Farm exports went up by 11%.', '11%', 11, 'change'],
  ['The region shipped 18 percent more grain than a year ago.', '18 percent', 18, 'change'],
  ['Dairy deliveries were 7.5% less than planned.', '7.5%', -7.5, 'change'],
  ['Prices were 4% higher than in May.', '4%', 4, 'change'],
  ['a 20% increase in timber exports', '20%', 20, 'change'],
  ['a 9.2 percent decline in imports', '9.2 percent', -9.2, 'change'],
  ['a 15% (USD 2.1 billion) rise in turnover', '15%', 15, 'change'],
  ['Average wage growth of 6% a year was recorded.', '6%', 6, 'change'],
  ['Retail turnover increased in the first quarter by 8.8%.', '8.8%', 8.8, 'change'],
  ['The earlier level has been surpassed by 11.2 percent.', '11.2 percent', 11.2, 'change'],
  ['Losses could be cut by up to 30 per cent.', '30 per cent', -30, 'change', 'up_to'],
  ['Transit volume increased by more than 40%.', '40%', 40, 'change', 'over'],
  ['Grain exports grew by more than seven per cent.', 'seven per cent', 7, 'change', 'over'],
  ['Index change: +3.5% in July.', '+3.5%', 3.5, 'change'],
  ['Index change: −2.5% in July.', '−2.5%', -2.5, 'change'],
  // Russian changes
  ['Экспорт увеличился на 12,3% за год.', '12,3%', 12.3, 'change'],
  ['Импорт снизился на 5%.', '5%', -5, 'change'],
  ['Импорт сократился на 4,6%.', '4,6%', -4.6, 'change'],
  ['Выпуск уменьшился на 2,2%.', '2,2%', -2.2, 'change'],
  ['Отмечен рост на 7% по итогам года.', '7%', 7, 'change'],
  ['Зафиксирован прирост на 3,5%.', '3,5%', 3.5, 'change'],
  ['Произошло падение на 9%.', '9%', -9, 'change'],
  ['Товарооборот вырос в первом полугодии на 18,4%.', '18,4%', 18.4, 'change'],
  ['Рост составил 11%.', '11%', 11, 'change'],
  ['Снижение составило 6%.', '6%', -6, 'change'],
  ['Экспорт вырос почти на 34%.', '34%', 34, 'change', 'under'],
  ['Перевозки выросли более чем на 60%.', '60%', 60, 'change', 'over'],
  ['Это на 15% больше, чем год назад.', '15%', 15, 'change'],
  ['Это на 15% меньше, чем год назад.', '15%', -15, 'change'],
  ['Объём превысил прошлогодний на 4%.', '4%', 4, 'change'],
  // Growth rates and levels against a base
  ['The growth rate of trade was 142%.', '142%', 42, 'growth_rate'],
  ['Exports rose, with the growth rate at 108.3%.', '108.3%', 8.3, 'growth_rate'],
  ['Темп роста товарооборота составил 142%.', '142%', 42, 'growth_rate'],
  ['Темп роста экспорта — 96,5%.', '96,5%', -3.5, 'growth_rate'],
  ['Темп прироста составил 5%.', '5%', 5, 'growth_rate'],
  ['Output reached 83.2% of last year\'s level.', '83.2%', -16.8, 'level_of_base'],
  ['Объём составил 83,2% к уровню прошлого года.', '83,2%', -16.8, 'level_of_base'],
  ['Trade totalled $40 million, 112.4% as against 2021.', '112.4%', 12.4, 'level_of_base'],
  ['Экспорт составил 104,1% к 2022 году.', '104,1%', 4.1, 'level_of_base'],
  ['Импорт — 97% по сравнению с прошлым годом.', '97%', -3, 'level_of_base'],
  // Shares
  ['Machinery accounts for 40% of exports.', '40%', null, 'share'],
  ['Доля региона в экспорте составляет 40%.', '40%', null, 'share'],
  ['Farmers own 60 percent of the shares.', '60 percent', null, 'share'],
  ['The share of food rose to 35%.', '35%', null, 'share'],
  ['Более 56% тракторов произведены здесь.', '56%', null, 'share', 'over'],
  ['About 20 per cent of the seed is local.', '20 per cent', null, 'share', 'about'],
  // Percentage points
  ['The rate rose by 2 percentage points.', '2 percentage points', null, 'points'],
  ['Доля выросла на 3 п.п.', '3 п.п.', null, 'points'],
];

for (const [text, raw, change, kind, qualifier] of cases) {
  test(`findPercents: ${text}`, () => {
    const p = pick(text, raw);
    assert.equal(p.change_pct, change);
    assert.equal(p.kind, kind);
    if (qualifier !== undefined) assert.equal(p.qualifier, qualifier);
  });
}

test('findPercents: the value is the figure as written', () => {
  assert.equal(pick('Coal shipments fell by 17 per cent.').value, 17);
});

test('findPercents: "by" without a verb takes the sign from earlier in the sentence', () => {
  const text = 'Exports to Chile rose by 54.8% and imports by 28.7%.';
  assert.equal(pick(text, '28.7%').change_pct, 28.7);
});

test('findPercents: each percentage takes its own nearest verb', () => {
  const text = 'Exports grew by 10%, while imports fell by 3%.';
  assert.deepEqual(percents(text).map((p) => p.change_pct), [10, -3]);
});

test('findPercents: a range keeps its lower bound as value', () => {
  const p = pick('Margins stood at 5-7%.');
  assert.equal(p.raw, '5-7%');
  assert.equal(p.value, 5);
  assert.deepEqual(p.range, { from: 5, to: 7 });
});

test('findPercents: "from 3 to 5%" is no range', () => {
  const found = percents('The share rose from 3 to 5%.');
  assert.equal(found.length, 1);
  assert.equal(found[0]!.raw, '5%');
  assert.equal(found[0]!.range, undefined);
});

test('findPercents: "от 5 до 7%" is a range', () => {
  assert.deepEqual(pick('Рентабельность составит от 5 до 7%.').range, { from: 5, to: 7 });
});

test('findPercents: fractions as changes', () => {
  const text = 'Trade grew by almost a third, while freight fell by more than a quarter and fares dropped by half.';
  assert.deepEqual(
    percents(text).map((p) => [p.raw, p.change_pct, p.qualifier]),
    [
      ['a third', 33.33, 'under'],
      ['a quarter', -25, 'over'],
      ['half', -50, null],
    ],
  );
});

test('findPercents: Russian fractions as changes', () => {
  const found = percents('Экспорт сократился на треть, а импорт вырос наполовину.');
  assert.deepEqual(found.map((p) => [p.raw, p.change_pct]), [['треть', -33.33], ['наполовину', 50]]);
});

test('findPercents: a fraction that is a share is not a change', () => {
  assert.deepEqual(percents('The bloc makes a third of world output.'), []);
});
