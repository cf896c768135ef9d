import { test } from 'node:test';
import { expectTimes, type Expect } from './testing.ts';

const cases: Array<[string, Expect[], string?]> = [
  ['The agreement was signed on 14 March 2016 in Gomel.', [{ raw: 'on 14 March 2016', kind: 'date', value: '2016-03-14' }]],
  ['The plant opened on March 14, 2016, near Orsha.', [{ raw: 'on March 14, 2016', value: '2016-03-14' }]],
  ['The protocol dated 03.11.2015 was ratified later.', [{ raw: '03.11.2015', value: '2015-11-03' }]],
  ['Протокол от 03.11.2015 г. вступил в силу.', [{ raw: 'от 03.11.2015 г.', value: '2015-11-03' }]],
  ['Соглашение подписано 7 апреля 2014 года в Бресте.', [{ raw: '7 апреля 2014 года', value: '2014-04-07' }]],
  ['Ярмарка пройдёт 12–14 сентября 2023 г. в Витебске.', [{ raw: '12–14 сентября 2023 г.', value: '2023-09-12', from: '2023-09-12', to: '2023-09-14' }]],
  ['The summit opened on the 2nd of June 2022.', [{ raw: 'on the 2nd of June 2022', value: '2022-06-02' }]],
  ['Delegates met on Thursday, 9 November 2017, in Kazan.', [{ raw: 'on Thursday, 9 November 2017', value: '2017-11-09' }]],
  ['The report is dated 2020-05-17.', [{ raw: '2020-05-17', value: '2020-05-17' }]],
  ['A new line was launched in Sept. 2018 and the second in Jan. 2019.', [{ raw: 'in Sept. 2018', value: '2018-09' }, { raw: 'in Jan. 2019', value: '2019-01' }]],
  ['In April 2012 the chamber opened an office in Osh.', [{ raw: 'In April 2012', kind: 'date', value: '2012-04' }]],
  ['В мае 2012 г. палата открыла представительство.', [{ raw: 'В мае 2012 г.', value: '2012-05' }]],
  ['В декабре 2019 года стороны обменялись нотами.', [{ raw: 'В декабре 2019 года', value: '2019-12' }]],
  ['The council was set up in 2011.', [{ raw: 'in 2011', kind: 'date', value: '2011' }]],
  ['Совет создан в 2011 году.', [{ raw: 'в 2011 году', value: '2011' }]],
  ['Программа 2011 г. выполнена.', [{ raw: '2011 г.', value: '2011' }]],
  ['The May (2019) session adopted the plan.', [{ raw: 'May (2019)', value: '2019-05' }]],
  ['The commission met in 2015, 2016 and 2018.', [{ raw: 'in 2015', value: '2015' }, { raw: '2016', value: '2016' }, { raw: '2018', value: '2018' }]],
  // A day the month does not have is dropped; the month still stands.
  ['Nothing happened on 31 June 2019.', [{ raw: 'June 2019', value: '2019-06' }]],
  ['The leap-day deal of 29 February 2020 stands.', [{ raw: 'of 29 February 2020', value: '2020-02-29' }]],
  // A month named without a year takes the nearest occurrence to the publication date.
  ['The fair opens on 2 February.', [{ raw: 'on 2 February', value: '2024-02-02', relative: true }], '2024-01-20'],
  ['They met in December to sign it.', [{ raw: 'in December', value: '2023-12', relative: true }], '2024-01-20'],
];

for (const [text, expected, ref] of cases) {
  test(`date: ${text}`, () => { expectTimes(text, expected, ref ? { date: ref } : undefined); });
}

test('English month names must be capitalized; "may" and "march" stay verbs', () => {
  expectTimes('Exports may 2 times exceed imports; troops march 5 miles.', []);
  expectTimes('Trade may grow in May.', [{ raw: 'in May', kind: 'date', value: null, relative: true }]);
});
