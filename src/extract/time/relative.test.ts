import { test } from 'node:test';
import { expectTimes, type Expect } from './testing.ts';

const REF = '2023-05-17'; // a Wednesday

const cases: Array<[string, Expect[]]> = [
  ['Trade grew by a fifth last year.', [{ raw: 'last year', kind: 'date', value: '2022', relative: true }]],
  ['This year the fair moves to Grodno.', [{ raw: 'This year', value: '2023', relative: true }]],
  ['Next year a second line will open.', [{ raw: 'Next year', value: '2024' }]],
  ['In the current year output should rise.', [{ raw: 'In the current year', value: '2023' }]],
  ['Two years ago the route was closed.', [{ raw: 'Two years ago', value: '2021' }]],
  ['The year before last the plant was idle.', [{ raw: 'The year before last', value: '2021' }]],
  ['В прошлом году объём вырос.', [{ raw: 'В прошлом году', value: '2022', relative: true }]],
  ['В этом году планируется форум.', [{ raw: 'В этом году', value: '2023' }]],
  ['В текущем году стороны подпишут план.', [{ raw: 'В текущем году', value: '2023' }]],
  ['В следующем году откроется дом торговли.', [{ raw: 'В следующем году', value: '2024' }]],
  ['В позапрошлом году завод не работал.', [{ raw: 'В позапрошлом году', value: '2021' }]],
  ['Exports fell last month.', [{ raw: 'last month', value: '2023-04' }]],
  ['В прошлом месяце экспорт снизился.', [{ raw: 'В прошлом месяце', value: '2023-04' }]],
  ['The minister arrived yesterday.', [{ raw: 'yesterday', value: '2023-05-16' }]],
  ['Министр прибыл вчера.', [{ raw: 'вчера', value: '2023-05-16' }]],
  ['The talks took place on Monday.', [{ raw: 'on Monday', value: '2023-05-15', relative: true }]],
  ['Переговоры прошли в понедельник.', [{ raw: 'в понедельник', value: '2023-05-15' }]],
  ['The next round is set for next Tuesday.', [{ raw: 'for next Tuesday', value: '2023-05-23' }]],
  ['In the first quarter of this year supplies doubled.', [{ raw: 'In the first quarter of this year', kind: 'period', value: '2023-Q1' }]],
  ['В I полугодии текущего года рост составил 7%.', [{ raw: 'В I полугодии текущего года', value: '2023-H1' }]],
  ['В январе-апреле прошлого года спрос упал.', [{ raw: 'В январе-апреле прошлого года', value: '2022-01..2022-04' }]],
  ['In the first half of the year trade rose 6%.', [{ raw: 'In the first half of the year', value: '2023-H1', relative: true }]],
  ['В I полугодии экспорт вырос.', [{ raw: 'В I полугодии', value: '2023-H1', relative: true }]],
  ['За январь–март поставки выросли.', [{ raw: 'За январь–март', value: '2023-01..2023-03', relative: true }]],
  // A period that would start after the reference month is last year's.
  ['In the fourth quarter output fell.', [{ raw: 'In the fourth quarter', value: '2022-Q4' }]],
  ['The last quarter was weak.', [{ raw: 'The last quarter', value: '2023-Q1' }]],
  ['Last year [2016] the council met twice.', [{ raw: 'Last year [2016]', value: '2016', relative: undefined }]],
];

for (const [text, expected] of cases) {
  test(`relative: ${text}`, () => { expectTimes(text, expected, { date: REF }); });
}

test('without a reference date relative expressions have no value', () => {
  expectTimes('Last year and in the current year; в прошлом месяце; on Friday; в I полугодии.', [
    { raw: 'Last year', value: null, relative: true },
    { raw: 'in the current year', value: null, relative: true },
    { raw: 'в прошлом месяце', value: null, relative: true },
    { raw: 'on Friday', value: null, relative: true },
    { raw: 'в I полугодии', value: null, relative: true },
  ]);
});

test('without a reference date a month or period takes the last year the text wrote out', () => {
  expectTimes('In 2016 the park opened; in January-June output doubled, and on 3 July a second shop opened.', [
    { value: '2016' },
    { raw: 'in January-June', value: '2016-01..2016-06', relative: true },
    { raw: 'on 3 July', value: '2016-07-03', relative: true },
  ]);
});

test('a reference given as a year alone resolves years but not days', () => {
  expectTimes('Last year trade grew; yesterday the minister came.', [
    { value: '2018' },
    { raw: 'yesterday', value: null, relative: true },
  ], { date: '2019' });
});
