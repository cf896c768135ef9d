import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byAttention, deadlineFigure, evidenceHref, figureHref, goalHref, indexParties, monthsBefore, oneOf, projectionSpan, targetExplanation, TARGET_STATUSES, type TargetLike } from './monitor.ts';

const source = 'a'.repeat(64);
const target: TargetLike = {
  id: 3, value: 1e9, by: '2025', status: 'on_track',
  latest: { value: 700e6, period: '2021' },
  achieved: null,
  projection: { year: 2025, value: 1.05e9, points: [{ year: 2020, value: 612.5e6 }, { year: 2021, value: 700e6 }] },
  observations: [{ record: 1, period: '2020', value: 612.5e6 }, { record: 4, period: '2021', value: 700e6 }],
  evidence: [
    { role: 'target', record: 3, source, quote: 'goal', start: 225, end: 265 },
    { role: 'figure', record: 4, source, quote: '700', start: 0, end: 65 },
  ],
};

test('evidence links to its marked span, or to the whole source when the span is unknown', () => {
  assert.equal(evidenceHref({ source, start: 3, end: 9 }), `/sources/${source}?start=3&end=9`);
  assert.equal(evidenceHref({ source, start: null, end: null }), `/sources/${source}`);
});

test('a figure links to its statement, else its record; the goal to the statement that set it', () => {
  assert.equal(figureHref(target, { period: '2021', value: 700e6 }), `/sources/${source}?start=0&end=65`);
  assert.equal(figureHref(target, { period: '2020', value: 612.5e6 }), '/records/1');
  assert.equal(figureHref(target, { period: '2019', value: 1 }), null);
  assert.equal(goalHref(target), `/sources/${source}?start=225&end=265`);
  assert.equal(goalHref({ id: 9, evidence: [] }), '/records/9');
});

test('each status is explained by a message of its own', () => {
  const today = '2022-06-01';
  assert.deepEqual(targetExplanation(target, today), { key: 'monitor.why.projected', values: { year: '2025' } });
  assert.deepEqual(targetExplanation({ ...target, status: 'achieved', achieved: { value: 1e9, period: '2024' } }, today), { key: 'monitor.why.achieved', values: { period: '2024' } });
  assert.deepEqual(targetExplanation({ ...target, status: 'missed' }, today), { key: 'monitor.why.missed', values: { by: '2025' } });
  const unknown = { ...target, status: 'unknown' as const, projection: null };
  assert.equal(targetExplanation(unknown, '2026-11-29').key, 'monitor.why.noFigureForDeadline');
  assert.equal(targetExplanation({ ...unknown, value: null }, today).key, 'monitor.why.noGoal');
  assert.equal(targetExplanation({ ...unknown, latest: null }, today).key, 'monitor.why.noFigures');
  assert.equal(targetExplanation({ ...unknown, by: null }, today).key, 'monitor.why.noDeadline');
  assert.equal(targetExplanation(unknown, today).key, 'monitor.why.tooFew');
});

test('a projection states the years it runs on', () => {
  assert.deepEqual(projectionSpan(target.projection!.points), { from: 2020, to: 2021, implied: false });
  assert.deepEqual(projectionSpan([{ year: 2019, implied: true }, { year: 2020 }]), { from: 2019, to: 2020, implied: true });
  assert.equal(projectionSpan([]), null);
});

test('months before a day, keeping to the end of a shorter month', () => {
  assert.equal(monthsBefore('2026-11-29', 24), '2024-11-29');
  assert.equal(monthsBefore('2026-03-31', 1), '2026-02-28');
  assert.equal(monthsBefore('2026-01-15', 12), '2025-01-15');
  assert.equal(monthsBefore('2026-01-15', 1), '2025-12-15');
});

test('targets needing attention come first', () => {
  const list = TARGET_STATUSES.map((status, i) => ({ id: i, status, by: '2025' }));
  assert.deepEqual(byAttention(list).map((t) => t.status), ['behind', 'missed', 'on_track', 'unknown', 'achieved']);
});

test('oneOf reads a closed list from the address', () => {
  assert.equal(oneOf('missed', TARGET_STATUSES), 'missed');
  assert.equal(oneOf('late', TARGET_STATUSES), undefined);
  assert.equal(oneOf(null, TARGET_STATUSES), undefined);
});

test('parties are found by id, and by English name where only that is given', () => {
  const index = indexParties([{ id: 'BY', name: 'Belarus' }], [{ id: 'BY-HO', name: 'Gomel Region' }, { id: 'city:BY:gomel', name: 'Gomel' }]);
  assert.equal(index.byId('BY-HO')?.name, 'Gomel Region');
  assert.equal(index.byName('Gomel')?.id, 'city:BY:gomel');
  assert.equal(index.byName('Atlantis'), undefined);
});

test('a missed target is judged by the figure of its deadline year, else the first whole year after', () => {
  const observations = [{ record: 1, period: '2019', value: 1 }, { record: 2, period: '2021', value: 3 }, { record: 3, period: '2020-01..2020-06', value: 2 }];
  assert.deepEqual(deadlineFigure({ by: '2020', observations }), observations[1]);
  assert.deepEqual(deadlineFigure({ by: '2019', observations }), observations[0]);
  assert.equal(deadlineFigure({ by: '2022', observations }), null);
  assert.equal(deadlineFigure({ by: null, observations }), null);
});
