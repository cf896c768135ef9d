import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectNuclei } from './findTimeExpressions.ts';

/** Pieces of time phrases and the words around them, joined at random into sentences. */
const PIECES = [
  'On Monday, 5 March 2019', 'the 3rd of July', 'between 12 and 14 May', 'from January to March 2020', 'Jan. 8, 2021',
  'September 30-October 2', 'Sept 2024', 'in the first quarter of 2023', 'Q1-Q3 2022', '2Q 2021', 'H1 2019', '1H',
  'the same period of last year', 'a year earlier', 'over the next five years', 'within 3 years', 'last Friday',
  'next Tuesday', 'this month', 'the end of the year', 'from 2015 to 2020', 'between 2016 and 2018', '2017/18',
  'с января по сентябрь 2020 года', 'в первом полугодии', 'за 9 месяцев 2021 г.', 'в прошлую пятницу', 'во вторник',
  'в ближайшие три года', 'аналогичный период прошлого года', 'тот же период 2019 года', 'с 2019 по 2021 год',
  '29-30 июня 2017 г.', 'в мае', 'маем', 'март', 'марта 2020-го', 'со 2 по 5 апреля', 'в течение следующих пяти лет',
  'к концу года', 'по итогам года', 'I–III кварталы', 'IV кв. 2020 г.', '10.10.2008', '2008-10-10', '1990s', '$2019',
  'Monday', 'mayor', 'Marching', 'Sunday Times', 'the', 'THE', 'The 5th', 'c', 'с', 'со', 'сентябрём', 'Декабрь',
  'JUNE 2021', 'june', 'Augusta', 'Decembrists', 'ноябрьских', 'in', 'on', 'for', 'over', 'в', 'на', '12', '2024',
  '1,500', 'Q4', 'q2', 'H2 2020', 'hh', 'quarters', 'first half of 2018', 'second half-year', 'the last quarter',
  '5-го мая', 'Monday,  5 March', '30—31 мая', '1st and 2nd of June', 'the  4th  of  May', 'с  марта', 'between  2010',
  'Tuesday 12 June', 'в  следующий четверг', 'within five years', 'на ближайшие два года', 'в течение трёх лет',
  'THE SAME PERIOD OF 2019', 'того же периода', 'the final quarter', '2nd half', '31 December', '3 января',
  'may', 'may 2020', 'the market', 'decided', 'маршрут', 'декларация', 'MAY 5', '5 may', 'ſeptember 2019', 'Auguſt',
  'Sept.', 'сент.', 'мар.', 'Dec.', 'premay', 'Мая', 'ОКТЯБРЯ 2020 ГОДА', 'in March of this year', 'October 10, 2008',
];
const GLUE = [' ', ', ', ' and ', ' – ', '-', '. ', ' (', ') ', ' и ', '\n', '  ', '/'];

test('pre-checks and start hints change no nucleus: hinted and full scans agree', () => {
  let seed = 11;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  let total = 0;
  for (let i = 0; i < 1500; i++) {
    let s = '';
    const n = 1 + rnd(7);
    for (let k = 0; k < n; k++) s += PIECES[rnd(PIECES.length)] + GLUE[rnd(GLUE.length)];
    const hinted = collectNuclei(s);
    assert.deepEqual(hinted, collectNuclei(s, { fullScan: true }), s);
    total += hinted.length;
  }
  assert.ok(total > 2000, `only ${total} nuclei`);
});
