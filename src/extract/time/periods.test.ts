import { test } from 'node:test';
import { expectTimes, type Expect } from './testing.ts';

const cases: Array<[string, Expect[], string?]> = [
  ['In March-May 2023 shipments of milk powder doubled.', [{ raw: 'In March-May 2023', kind: 'period', value: '2023-03..2023-05', from: '2023-03', to: '2023-05' }]],
  ['Turnover for January–October 2016 reached $410 million.', [{ raw: 'for January–October 2016', value: '2016-01..2016-10' }]],
  ['Between February and April 2020 the border was closed.', [{ raw: 'Between February and April 2020', value: '2020-02..2020-04' }]],
  ['From November 2019 to February 2020 the line was idle.', [{ raw: 'From November 2019 to February 2020', value: '2019-11..2020-02' }]],
  ['In October–March 2022 the heating season cost more.', [{ raw: 'In October–March 2022', value: '2021-10..2022-03' }]],
  ['In the first five months of 2017 exports grew 9%.', [{ raw: 'In the first five months of 2017', value: '2017-01..2017-05' }]],
  ['Over the eleven months of 2015 supplies fell.', [{ raw: 'Over the eleven months of 2015', value: '2015-01..2015-11' }]],
  ['За январь–май 2023 года экспорт вырос.', [{ raw: 'За январь–май 2023 года', value: '2023-01..2023-05' }]],
  ['В январе-апреле 2021 г. поставки выросли.', [{ raw: 'В январе-апреле 2021 г.', value: '2021-01..2021-04' }]],
  ['С февраля по июнь 2018 года завод простаивал.', [{ raw: 'С февраля по июнь 2018 года', value: '2018-02..2018-06' }]],
  ['За 5 месяцев 2022 г. товарооборот составил 80 млн долларов.', [{ raw: 'За 5 месяцев 2022 г.', value: '2022-01..2022-05' }]],
  ['По итогам восьми месяцев 2019 года рост составил 4%.', [{ raw: 'По итогам восьми месяцев 2019 года', value: '2019-01..2019-08' }]],
  ['Revenue in Q3 2018 beat the forecast.', [{ raw: 'in Q3 2018', value: '2018-Q3', from: '2018-07', to: '2018-09' }]],
  ['Results for 4Q 2016 and for Q2 of 2017 were published.', [{ raw: 'for 4Q 2016', value: '2016-Q4' }, { raw: 'for Q2 of 2017', value: '2017-Q2' }]],
  ['In the second quarter of 2014 orders recovered.', [{ raw: 'In the second quarter of 2014', value: '2014-Q2' }]],
  ['Во II квартале 2020 года спрос упал.', [{ raw: 'Во II квартале 2020 года', value: '2020-Q2' }]],
  ['В четвёртом квартале 2019 г. открыт склад.', [{ raw: 'В четвёртом квартале 2019 г.', value: '2019-Q4' }]],
  ['За 3 квартал 2021 года и IV кв. 2021 г. данные уточняются.', [{ raw: 'За 3 квартал 2021 года', value: '2021-Q3' }, { raw: 'IV кв. 2021 г.', value: '2021-Q4' }]],
  ['За I–III кварталы 2022 года поставки выросли.', [{ raw: 'За I–III кварталы 2022 года', value: '2022-01..2022-09' }]],
  ['In Q1–Q3 2019 the plant ran at full capacity.', [{ raw: 'In Q1–Q3 2019', value: '2019-01..2019-09' }]],
  ['Over the first three quarters of 2016 sales rose.', [{ raw: 'Over the first three quarters of 2016', value: '2016-01..2016-09' }]],
  ['За три квартала 2017 года объём вырос на 12%.', [{ raw: 'За три квартала 2017 года', value: '2017-01..2017-09' }]],
  ['In the second half of 2015 prices eased.', [{ raw: 'In the second half of 2015', value: '2015-H2', from: '2015-07', to: '2015-12' }]],
  ['H2 2023 looks stronger than 1H 2023.', [{ raw: 'H2 2023', value: '2023-H2' }, { raw: '1H 2023', value: '2023-H1' }]],
  ['В первом полугодии 2016 года экспорт вырос.', [{ raw: 'В первом полугодии 2016 года', value: '2016-H1' }]],
  ['За II полугодие 2018 г. импорт снизился.', [{ raw: 'За II полугодие 2018 г.', value: '2018-H2' }]],
  ['Во второй половине 2021 года открыт завод.', [{ raw: 'Во второй половине 2021 года', value: '2021-H2' }]],
  ['Between 2012 and 2016 the park attracted investors.', [{ raw: 'Between 2012 and 2016', value: '2012..2016', from: '2012', to: '2016' }]],
  ['In 2014–2016 the region built four plants.', [{ raw: 'In 2014–2016', kind: 'period', value: '2014..2016' }]],
  ['В 2014-2016 гг. регион построил четыре завода.', [{ raw: 'В 2014-2016 гг.', value: '2014..2016' }]],
  ['С 2012 по 2015 год действовала льгота.', [{ raw: 'С 2012 по 2015 год', value: '2012..2015' }]],
  ['The 2016/17 season saw record grain exports.', [{ raw: '2016/17', value: '2016..2017' }]],
  ['За 2022 год товарооборот превысил 1 млрд долларов.', [{ raw: 'За 2022 год', kind: 'period', value: '2022' }]],
  ['Sales for 2013 were flat.', [{ raw: 'for 2013', kind: 'period', value: '2013' }]],
  ['По итогам 2020 года рост составил 3%.', [{ raw: 'По итогам 2020 года', kind: 'period', value: '2020' }]],
];

for (const [text, expected, ref] of cases) {
  test(`period: ${text}`, () => { expectTimes(text, expected, ref ? { date: ref } : undefined); });
}

test('half-years can be written as months', () => {
  expectTimes('In the first half of 2019 trade rose.', [{ value: '2019-01..2019-06' }], { halves: 'months' });
});

test('"the same period" copies the months of the period before it into the named year', () => {
  expectTimes('In January-May 2019 exports rose 8% against the same period of 2018.', [
    { value: '2019-01..2019-05' },
    { raw: 'against the same period of 2018', kind: 'period', value: '2018-01..2018-05', base: true },
  ]);
  expectTimes('В I квартале 2021 года рост составил 5% к аналогичному периоду прошлого года.', [
    { value: '2021-Q1' },
    { raw: 'к аналогичному периоду прошлого года', value: '2020-Q1', base: true, relative: true },
  ]);
  expectTimes('Q2 2015 sales were up 4% on the same period a year earlier.', [
    { value: '2015-Q2' },
    { value: '2014-Q2', base: true },
  ]);
});

test('halves and quarters of something other than a year are not periods', () => {
  expectTimes('The first half of the match was dull, and the first quarter of the hall was empty.', []);
  expectTimes('Во второй половине дня делегация посетила завод.', []);
});

test('a reversed or empty range is not a period', () => {
  expectTimes('In 2019-2015 nothing; January-January neither.', [{ raw: 'In 2019', value: '2019' }]);
});
