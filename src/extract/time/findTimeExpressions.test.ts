import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimeExpressions } from './findTimeExpressions.ts';
import { expectTimes, type Expect } from './testing.ts';

const deadlines: Array<[string, Expect[], string?]> = [
  ['The partners aim to reach $2 billion by 2026.', [{ raw: 'by 2026', kind: 'deadline', value: '2026', to: '2026' }]],
  ['Output should double by the end of 2024.', [{ raw: 'by the end of 2024', kind: 'deadline', value: '2024' }]],
  ['The joint venture will sell 500 tractors by October 2023.', [{ raw: 'by October 2023', kind: 'deadline', value: '2023', to: '2023-10' }]],
  ['The programme runs until 2028.', [{ raw: 'until 2028', kind: 'deadline', value: '2028' }]],
  ['Объём планируется довести до 3 млрд долларов до 2027 года.', [{ raw: 'до 2027 года', kind: 'deadline', value: '2027' }]],
  ['К 2025 году товарооборот должен вырасти вдвое.', [{ raw: 'К 2025 году', kind: 'deadline', value: '2025' }]],
  ['Завод выйдет на полную мощность к концу 2024 года.', [{ raw: 'к концу 2024 года', kind: 'deadline', value: '2024' }]],
  ['Задачу нужно выполнить до конца текущего года.', [{ raw: 'до конца текущего года', kind: 'deadline', value: '2022', relative: true }], '2022-04-01'],
  ['Trade should triple by the end of the year.', [{ raw: 'by the end of the year', kind: 'deadline', value: '2022', relative: true }], '2022-04-01'],
  ['В ближайшие пять лет планируется открыть 10 сборочных производств.', [{ raw: 'В ближайшие пять лет', kind: 'deadline', value: '2027', relative: true }], '2022-04-01'],
  ['Within the next three years the route will be electrified.', [{ raw: 'Within the next three years', kind: 'deadline', value: '2025' }], '2022-04-01'],
];

const validity: Array<[string, Expect[]]> = [
  ['A roadmap for the period 2022-2026 was approved.', [{ raw: 'for the period 2022-2026', kind: 'validity', value: '2022..2026', from: '2022', to: '2026' }]],
  ['The regions signed an action plan for 2024–2026.', [{ raw: 'for 2024–2026', kind: 'validity', value: '2024..2026' }]],
  ['Утверждена программа сотрудничества на 2023–2025 годы.', [{ raw: 'на 2023–2025 годы', kind: 'validity', value: '2023..2025' }]],
  ['Подписан план мероприятий на 2024 год.', [{ raw: 'на 2024 год', kind: 'validity', value: '2024' }]],
  ['They drafted a strategy for the period until 2035.', [{ raw: 'for the period until 2035', kind: 'validity', value: '2035', to: '2035', open: 'start' }]],
  ['Принята стратегия на период до 2035 года.', [{ raw: 'на период до 2035 года', kind: 'validity', value: '2035', open: 'start' }]],
  ['The concept covers the period from 2021 to 2030.', [{ raw: 'the period from 2021 to 2030', kind: 'validity', value: '2021..2030' }]],
];

const contexts: Array<[string, Expect[]]> = [
  ['Exports rose 9% compared to 2019.', [{ raw: 'compared to 2019', kind: 'date', value: '2019', base: true }]],
  ['Экспорт вырос на 9% по сравнению с 2019 годом.', [{ raw: 'по сравнению с 2019 годом', value: '2019', base: true }]],
  ['Рост составил 12% к 2018 году.', [{ raw: 'к 2018 году', value: '2018', base: true }]],
  ['Turnover was up 15% over 2017.', [{ raw: 'over 2017', value: '2017', base: true }]],
  ['Since 2014 the two regions have held annual fairs.', [{ raw: 'Since 2014', kind: 'period', value: '2014', from: '2014', open: 'end' }]],
  ['С 2016 года области проводят ярмарки.', [{ raw: 'С 2016 года', kind: 'period', value: '2016', open: 'end' }]],
  ['During 2018 the plant assembled 300 buses.', [{ raw: 'During 2018', kind: 'period', value: '2018' }]],
  ['At the end of 2019 there were 14 dealers.', [{ raw: 'At the end of 2019', kind: 'date', value: '2019' }]],
  ['By mid-2017 the park hosted nine residents.', [{ raw: 'By mid-2017', kind: 'deadline', value: '2017' }]],
  ['В конце 2018 года действовало 14 дилеров.', [{ raw: 'В конце 2018 года', kind: 'date', value: '2018' }]],
  ['In early 2020 the first cars left the line.', [{ raw: 'In early 2020', kind: 'date', value: '2020' }]],
  ['The 2012 memorandum was extended.', [{ raw: '2012', kind: 'date', value: '2012' }]],
  ['The memorandum (2012) was extended.', [{ raw: '2012', value: '2012' }]],
  ['The plan for 2021-2022 was fulfilled in 2017-2018 style.', [{ kind: 'validity' }, { kind: 'period' }]],
];

const notYears: Array<[string]> = [
  ['The mill shipped 2,000 tonnes of flour.'],
  ['The contract is worth $2019 per unit.'],
  ['The plant made 1500 units in a month.'],
  ['The company employs 2019 workers.'],
  ['About 2000 enterprises take part.'],
  ['Свыше 2000 человек посетили выставку.'],
  ['Поставлено до 2000 тонн зерна.'],
  ['Output reached 2030 tractors, up 5%.'],
  ['Prices rose 2.2019 percent; the index is 2019,5.'],
  ['Decree No. 2019 of the council.'],
];

for (const [text, expected, ref] of deadlines) {
  test(`deadline: ${text}`, () => { expectTimes(text, expected, ref ? { date: ref } : undefined); });
}
for (const [text, expected] of validity) {
  test(`validity: ${text}`, () => { expectTimes(text, expected); });
}
for (const [text, expected] of contexts) {
  test(`context: ${text}`, () => { expectTimes(text, expected); });
}
for (const [text] of notYears) {
  test(`not a year: ${text}`, () => { expectTimes(text, []); });
}

test('offsets point into the original text, paragraphs included', () => {
  const text = 'Intro line.\n\nIn the first quarter of 2022 exports to Osh rose; by 2025 they should double.';
  const found = findTimeExpressions(text);
  assert.deepEqual(found.map((e) => [e.start, e.end]), [[13, 41], [63, 70]]);
  assert.equal(text.slice(63, 70), 'by 2025');
});

test('expressions come in text order and never overlap', () => {
  const text = 'In 2019 and in January-March 2020, compared with the same period of 2019, and until 2030.';
  const found = findTimeExpressions(text);
  for (let i = 1; i < found.length; i++) assert.ok(found[i].start >= found[i - 1].end);
  assert.deepEqual(found.map((e) => e.kind), ['date', 'period', 'period', 'deadline']);
  assert.equal(found[2].value, '2019-01..2019-03');
});

test('empty and time-free texts give nothing', () => {
  assert.deepEqual(findTimeExpressions(''), []);
  assert.deepEqual(findTimeExpressions('Belarus and Uzbekistan agreed to expand cooperation.'), []);
});
