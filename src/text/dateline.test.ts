import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDateline } from './dateline.ts';

const cases: [string, string | null, string | null][] = [
  ['MINSK, 25 August (BelTA) - Belarus and Uzbekistan will expand trade.', 'MINSK', 'Belarus'],
  ['MOSCOW (Sputnik) — Over 60 draft agreements are ready.', 'MOSCOW', 'Over'],
  ['BISHKEK, Oct 15 (Wire) – Members of the Commonwealth met.', 'BISHKEK', 'Members'],
  ['ГОМЕЛЬ, 20 ноября. /Новости регионов/. Предприятия области подписали договоры.', 'ГОМЕЛЬ', 'Предприятия'],
  ['NIZHNY NOVGOROD, 3 June 2025 (Wire) – The forum opened.', 'NIZHNY NOVGOROD', 'The'],
  ['ASTANA – Kazakhstan and Belarus agreed on a roadmap.', null, null],
  ['Minsk and Astana agreed on a roadmap.', null, null],
  ['In 2020 trade grew.', null, null],
  ['MTZ will supply 300 tractors to Uzbekistan.', null, null],
  ['EAEU - the Eurasian Economic Union - has five members.', null, null],
];

for (const [text, place, next] of cases) {
  test(`dateline of "${text.slice(0, 40)}"`, () => {
    const found = findDateline(text);
    if (place === null) {
      assert.equal(found, null);
      return;
    }
    assert.ok(found);
    assert.equal(found.place, place);
    assert.ok(text.slice(found.end).startsWith(next!), `body resumes at "${text.slice(found.end, found.end + 12)}"`);
  });
}
