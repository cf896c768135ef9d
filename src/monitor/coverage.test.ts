import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { activityOf, coverageFor, evaluateCoverage, pairsOf } from './coverage.ts';
import { record, tree } from './test-fixtures.ts';

const today = new Date('2026-11-29T12:00:00Z');

describe('coverage', () => {
  test('a record is about its cross-border pairs, as named and state by state', () => {
    const pairs = pairsOf(['BY-MI', 'KG-C', 'KG'], tree).map((p) => `${p.level}:${p.ids.join('+')}`).sort();
    assert.deepEqual(pairs, ['party:BY-MI+KG-C', 'state:BY+KG']);
    assert.deepEqual(pairsOf(['BY', 'BY-HO'], tree), [], 'a state and its own region are no pair');
    assert.deepEqual(pairsOf(['org:gomselmash', 'UZ-AN'], tree).map((p) => p.ids.join('+')).sort(), ['BY+UZ', 'BY-HO+UZ-AN']);
  });

  test('activity is the later of a record\'s own date and its last report, never after today', () => {
    const day = '2026-11-29';
    assert.equal(activityOf(record('document', [], { date: '2016' }, { lastReported: '2019-10-10' }), day), '2019-10-10');
    assert.equal(activityOf(record('event', [], { date: '2024-06' }, { lastReported: '2024-01-05' }), day), '2024-06');
    assert.equal(activityOf(record('event', [], { date: '2027-06' }, { lastReported: '2026-01-05' }), day), '2026-01-05');
    assert.equal(activityOf(record('observation', [], { period: '2025' }, { lastReported: null }), day), null);
  });

  test('a tie quiet for 24 months is dormant; states count documents, events, projects and regions with documents', () => {
    const records = [
      record('document', ['BY-MI', 'KG-C'], { date: '2016-05-26' }, { lastReported: '2016-05-26' }),
      record('project', ['BY-MI', 'KG-C'], { date: '2019' }, { lastReported: '2019-10-10' }),
      record('document', ['BY-HO', 'UZ-AN'], { date: '2025-09-17' }, { lastReported: '2025-09-18', sourceCount: 2 }),
      record('event', ['BY', 'UZ'], { date: '2026-09' }, { lastReported: '2026-09-10' }),
      record('observation', ['BY', 'KG'], { period: '2025' }, { lastReported: '2026-02-01' }),
      record('document', ['city:BY:gomel', 'RU-TA'], { date: null }, { lastReported: '2024-12-01' }),
    ];
    const report = evaluateCoverage({ records, tree, today });
    const pair = (a: string, b: string) => report.pairs.find((p) => p.party_ids.join('+') === [a, b].sort().join('+'));
    assert.equal(pair('BY-MI', 'KG-C')?.dormant, true);
    assert.equal(pair('BY-MI', 'KG-C')?.last_activity, '2019-10-10');
    assert.deepEqual([pair('BY-MI', 'KG-C')?.documents, pair('BY-MI', 'KG-C')?.projects], [1, 1]);
    assert.equal(pair('BY', 'KG')?.dormant, false, 'Belarus and Kyrgyzstan still have a figure reported in 2026');
    assert.equal(pair('BY', 'KG')?.level, 'state');
    assert.equal(pair('BY-HO', 'UZ-AN')?.dormant, false);
    assert.equal(pair('BY-HO', 'RU-TA')?.dormant, false, 'activity three days inside the window');
    assert.deepEqual(report.dormant_ties.map((p) => p.parties.join(' - ')), ['Minsk Region - Chuy Region']);

    const belarus = report.states.find((s) => s.id === 'BY')!;
    assert.deepEqual([belarus.documents, belarus.events, belarus.projects, belarus.figures], [3, 1, 1, 1]);
    assert.deepEqual(belarus.regions, { with_documents: 2, total: 3, names: ['Gomel Region', 'Minsk Region'] });
    assert.equal(belarus.last_activity, '2026-09-10');

    assert.deepEqual(report.under_covered.map((r) => r.type).sort(), ['event', 'observation'], 'recent and single-sourced; the two-source document is covered');
  });

  test('as of a past day, records first reported later are not counted', () => {
    const records = [
      record('document', ['BY-MI', 'KG-C'], { date: '2016-05-26' }, { firstReported: '2016-05-26', lastReported: '2016-05-26' }),
      record('event', ['BY-MI', 'KG-C'], { date: '2026-09' }, { firstReported: '2026-09-10', lastReported: '2026-09-10' }),
    ];
    const now = evaluateCoverage({ records, tree, today });
    assert.equal(now.pairs.find((p) => p.level === 'party')?.dormant, false);
    const then = evaluateCoverage({ records, tree, today: new Date('2017-06-01T00:00:00Z') });
    const pair = then.pairs.find((p) => p.level === 'party');
    assert.deepEqual([pair?.documents, pair?.events, pair?.dormant], [1, 0, false]);
  });

  test('narrowed to a party: its state, pairs with a side within it, its records', () => {
    const records = [
      record('document', ['BY-MI', 'KG-C'], { date: '2016-05-26' }, { lastReported: '2016-05-26' }),
      record('event', ['BY-HO', 'UZ'], { date: '2026-09' }, { lastReported: '2026-09-10' }),
    ];
    const report = evaluateCoverage({ records, tree, today });
    const minsk = coverageFor(report, 'BY-MI', tree, records);
    assert.deepEqual(minsk.party, { id: 'BY-MI', name: 'Minsk Region' });
    assert.deepEqual(minsk.states.map((s) => s.id), ['BY']);
    assert.deepEqual(minsk.pairs.map((p) => p.party_ids.join('+')), ['BY-MI+KG-C']);
    assert.deepEqual(minsk.under_covered, []);
  });
});
