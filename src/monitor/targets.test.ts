import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  baseYearStated, canonicalIndicator, evaluateTargets, groupTargets, judgeTarget, linearTrend, mergeFigures, resolveBase, sentenceFrom,
  trendPoints, type Figure,
} from './targets.ts';
import { observation, support, target, tree } from './test-fixtures.ts';

const today = new Date('2026-11-29T12:00:00Z');
let n = 0;
const fig = (period: string, value: number, changePct: number | null = null): Figure => ({
  recordId: ++n, period, value, currency: 'USD', changePct, conflict: false,
});

describe('judgeTarget: each status with the figure it rests on', () => {
  test('achieved: the first figure up to the deadline that reaches the goal, and when', () => {
    const j = judgeTarget({ goal: 500e6, currency: 'USD', by: 2020, today, figures: [fig('2019', 497.3e6), fig('2020', 532.4e6), fig('2021', 560e6)] });
    assert.equal(j.status, 'achieved');
    assert.deepEqual([j.achieved?.period, j.achieved?.value], ['2020', 532.4e6]);
    assert.equal(j.deciding[0].period, '2020');
    assert.match(j.reason, /reached in 2020: \$532\.4 million/);
  });

  test('achieved by a part-year figure that already exceeds a whole-year goal', () => {
    const j = judgeTarget({ goal: 1e9, currency: 'USD', by: 2027, today, figures: [fig('2025', 0.9e9), fig('2026-01..2026-08', 1.05e9)] });
    assert.equal(j.status, 'achieved');
    assert.equal(j.achieved?.period, '2026-01..2026-08');
  });

  test('missed: the deadline passed and the deadline year fell short; a later reach is mentioned', () => {
    const j = judgeTarget({ goal: 150e6, currency: 'USD', by: 2020, today, figures: [fig('2017', 68.2e6), fig('2020', 76.8e6), fig('2024', 104.6e6)] });
    assert.equal(j.status, 'missed');
    assert.equal(j.deciding[0].period, '2020');
    assert.match(j.reason, /deadline 2020 passed; 2020: \$76\.8 million, 51% of the goal/);
    const later = judgeTarget({ goal: 100e6, currency: 'USD', by: 2020, today, figures: [fig('2020', 76.8e6), fig('2024', 104.6e6)] });
    assert.equal(later.status, 'missed');
    assert.match(later.reason, /reached only later, in 2024/);
  });

  test('missed when only a later year is known, and it is below the goal', () => {
    const j = judgeTarget({ goal: 150e6, currency: 'USD', by: 2020, today, figures: [fig('2017', 68.2e6), fig('2024', 104.6e6)] });
    assert.equal(j.status, 'missed');
    assert.equal(j.deciding[0].period, '2024');
  });

  test('on track: a linear trend of the whole-year figures reaches the goal by the deadline', () => {
    const j = judgeTarget({
      goal: 2e9, currency: 'USD', by: 2027, today,
      figures: [fig('2023', 1.28e9), fig('2024', 1.47e9), fig('2025', 1.69e9), fig('2026-01..2026-08', 1.17e9)],
    });
    assert.equal(j.status, 'on_track');
    assert.ok(j.projection);
    assert.equal(j.projection.year, 2027);
    assert.ok(Math.abs(j.projection.value - 2.096e9) < 0.01e9, String(j.projection.value));
    assert.match(j.projection.method, /linear trend \(least squares\) of the whole-year figures 2023-2025, extended to 2027/);
    assert.deepEqual(j.deciding.map((f) => f.period), ['2023', '2024', '2025'], 'part-year figures are not in the trend');
    assert.equal(j.latest?.period, '2026-01..2026-08');
  });

  test('behind: the trend falls short of the goal', () => {
    const j = judgeTarget({ goal: 3e9, currency: 'USD', by: 2027, today, figures: [fig('2023', 1.28e9), fig('2024', 1.47e9), fig('2025', 1.69e9)] });
    assert.equal(j.status, 'behind');
    assert.match(j.reason, /projected \$2\.1 billion in 2027 \(70% of the goal of \$3 billion\)/);
  });

  test('unknown: no figures; deadline passed with no figure for it; one figure, no trend; no goal figure', () => {
    assert.equal(judgeTarget({ goal: 40e6, currency: 'USD', by: 2027, today, figures: [] }).status, 'unknown');
    const passed = judgeTarget({ goal: 40e6, currency: 'USD', by: 2022, today, figures: [fig('2018', 6e6)] });
    assert.equal(passed.status, 'unknown');
    assert.match(passed.reason, /deadline 2022 passed, but no whole-year figure for 2022 or later \(latest: 2018/);
    const single = judgeTarget({ goal: 40e6, currency: 'USD', by: 2028, today, figures: [fig('2025', 6e6)] });
    assert.equal(single.status, 'unknown');
    assert.match(single.reason, /fewer than two whole-year figures/);
    const noGoal = judgeTarget({ goal: null, currency: null, by: 2025, today, figures: [fig('2025', 6e6)], noGoalReason: 'no base' });
    assert.deepEqual([noGoal.status, noGoal.reason], ['unknown', 'no base']);
  });

  test('the deadline year itself is not over until it ends', () => {
    const j = judgeTarget({ goal: 2e9, currency: 'USD', by: 2026, today, figures: [fig('2024', 1.5e9), fig('2025', 1.7e9)] });
    assert.equal(j.status, 'behind', 'projected 1.9e9 for 2026, the year still running');
  });
});

describe('trend and base', () => {
  test('linearTrend is least squares; fewer than two years gives none', () => {
    const line = linearTrend([{ year: 2020, value: 1 }, { year: 2021, value: 3 }, { year: 2022, value: 5 }]);
    assert.deepEqual(line && [line.slope, line.slope * 2023 + line.intercept], [2, 7]);
    assert.equal(linearTrend([{ year: 2020, value: 1 }]), null);
  });

  test('one whole-year figure with its yearly change implies the year before', () => {
    const points = trendPoints([fig('2023', 1.28e9, 10.4), fig('2024-01..2024-06', 0.7e9)]);
    assert.equal(points.length, 2);
    assert.deepEqual(points.map((p) => [p.year, p.implied ?? false]), [[2022, true], [2023, false]]);
    assert.ok(Math.abs(points[0].value - 1.1594e9) < 1e6);
  });

  test('the base year a relative goal states, in English and Russian', () => {
    assert.equal(baseYearStated('goal of doubling trade by 2025 compared with 2020'), 2020);
    assert.equal(baseYearStated('to raise exports 1.5 times against 2019 by 2030'), 2019);
    assert.equal(baseYearStated('удвоить товарооборот к 2025 году по сравнению с 2020 годом'), 2020);
    assert.equal(baseYearStated('увеличить в два раза от уровня 2021 года'), 2021);
    assert.equal(baseYearStated('aim to double their bilateral trade by 2025'), null, 'the deadline is not a base');
  });

  test('sentenceFrom reads on from the quote to the end of its sentence', () => {
    const body = 'First. The sides set the goal of doubling trade by 2025 compared with 2020. Next one.';
    const start = body.indexOf('goal of');
    assert.equal(sentenceFrom(body, start, start + 'goal of doubling trade by 2025'.length), 'goal of doubling trade by 2025 compared with 2020');
  });

  test('the base is the stated year, else the latest whole year before the goal was set', () => {
    const figures = [fig('2019', 140e6), fig('2020', 155.3e6), fig('2021-01..2021-03', 40e6), fig('2022', 180e6)];
    assert.equal(resolveBase(figures, 2019, '2021-04-21')?.value, 140e6);
    assert.equal(resolveBase(figures, null, '2021-04-21')?.period, '2020');
    assert.equal(resolveBase(figures, 2018, '2021-04-21'), null);
  });

  test('one figure per period: agreeing records merge (better-supported kept), disagreeing ones are a conflict', () => {
    const merged = mergeFigures([
      { ...fig('2017', 68.2e6), sources: 1 },
      { ...fig('2017', 68.3e6), sources: 2 },
      { ...fig('2025', 318.9e6), sources: 1 },
      { ...fig('2025', 155.3e6), sources: 1 },
    ]);
    assert.deepEqual(merged.map((f) => [f.period, f.value, f.conflict]), [['2017', 68.3e6, false], ['2025', 318.9e6, true], ['2025', 155.3e6, true]]);
  });

  test('a goal restated without its deadline joins the goal with the deadline', () => {
    const withBy = target(['BY', 'KZ'], { value: 150e6, by: '2020' });
    const restated = target(['BY', 'KZ'], { value: 150e6, by: null });
    const otherFigure = target(['BY', 'KZ'], { value: 200e6, by: null });
    const groups = groupTargets([restated, withBy, otherFigure]);
    assert.deepEqual(groups.map((g) => g.map((t) => t.id)), [[withBy.id, restated.id], [otherFigure.id]]);
  });

  test('turnover and mutual trade are the same indicator for linking', () => {
    assert.equal(canonicalIndicator('mutual_trade'), canonicalIndicator('turnover'));
    assert.notEqual(canonicalIndicator('exports'), canonicalIndicator('turnover'));
  });
});

describe('evaluateTargets: linking, grouping, relative goals, evidence', () => {
  test('links figures of the same sides, indicator and scope only; the restated goal is left out', () => {
    const goal = target(['BY', 'UZ'], { value: 500e6, by: '2020' });
    const linked = [
      observation(['BY', 'UZ'], '2019', 497.3e6),
      observation(['BY', 'UZ'], '2020', 532.4e6, { indicator: 'mutual_trade' }),
      observation(['BY', 'UZ'], '2018', 500e6),
    ];
    const others = [
      observation(['BY-HO', 'UZ'], '2020', 900e6),
      observation(['BY', 'UZ'], '2020', 990e6, { scope: 'agricultural products' }),
      observation(['BY', 'UZ'], '2020', 990e6, { indicator: 'exports' }),
    ];
    const records = [goal, ...linked, ...others];
    const sup = [
      support(goal.id, 'to bring trade to $500 million by 2020', '2018-09-20'),
      support(linked[1].id, 'trade reached $532.4 million in 2020', '2021-02-10'),
    ];
    const [view] = evaluateTargets({ records, support: sup, bodies: new Map(), tree, today });
    assert.equal(view.status, 'achieved');
    assert.deepEqual(view.achieved, { value: 532.4e6, period: '2020' });
    assert.deepEqual(view.observations.map((o) => o.period), ['2019', '2020']);
    assert.deepEqual(view.excluded.map((e) => [e.period, e.value]), [['2018', 500e6]]);
    assert.deepEqual(view.parties, ['Belarus', 'Uzbekistan']);
    assert.deepEqual(view.evidence.map((e) => [e.role, e.quote]), [
      ['target', 'to bring trade to $500 million by 2020'],
      ['figure', 'trade reached $532.4 million in 2020'],
    ]);
  });

  test('one goal stated as turnover and as mutual trade in two records is one target with both statements', () => {
    const a = target(['BY', 'KZ'], { value: 2e9, by: '2027' });
    const b = target(['BY', 'KZ'], { value: 2e9, by: '2027', indicator: 'mutual_trade' });
    const figures = [observation(['BY', 'KZ'], '2023', 1.28e9), observation(['BY', 'KZ'], '2024', 1.47e9), observation(['BY', 'KZ'], '2025', 1.69e9)];
    const views = evaluateTargets({
      records: [a, b, ...figures],
      support: [
        support(a.id, 'goal of $2 billion by 2027', '2023-10-19'), support(b.id, 'довести товарооборот до 2 млрд долларов к 2027 году', '2025-02-13'),
        ...figures.map((f) => support(f.id, `trade in ${f.fields.period}`, `${Number(f.fields.period) + 1}-02-10`)),
      ],
      bodies: new Map(), tree, today,
    });
    assert.equal(views.length, 1);
    assert.deepEqual(views[0].records, [a.id, b.id]);
    assert.equal(views[0].status, 'on_track');
    assert.equal(views[0].set_on, '2023-10-19');
    assert.equal(views[0].evidence.filter((e) => e.role === 'target').length, 2);
    assert.equal(views[0].evidence.filter((e) => e.role === 'figure').length, 3, 'the projection shows the figures it ran on');
  });

  test('a relative goal ("double") resolves against the base year its sentence states', () => {
    const goal = target(['BY', 'UZ-AN'], { relative: 2, by: '2025' });
    const base = observation(['BY', 'UZ-AN'], '2020', 155.3e6);
    const body = 'The sides set themselves the goal of doubling trade by 2025 compared with 2020. Other news.';
    const quote = 'goal of doubling trade by 2025';
    const start = body.indexOf(quote);
    const sup = [support(goal.id, quote, '2024-10-17', { sourceId: 'S1', start, end: start + quote.length }), support(base.id, 'in 2020 trade was $155.3 million', '2021-04-21')];
    const records = [goal, observation(['BY', 'UZ-AN'], '2019', 150e6), base, observation(['BY', 'UZ-AN'], '2023', 250e6), observation(['BY', 'UZ-AN'], '2025', 318.9e6)];
    const [view] = evaluateTargets({ records, support: sup, bodies: new Map([['S1', body]]), tree, today });
    assert.deepEqual(view.relative, { multiplier: 2, base_year: 2020, base: { value: 155.3e6, period: '2020', currency: 'USD' } });
    assert.equal(view.value, 310.6e6);
    assert.equal(view.status, 'achieved');
    assert.equal(view.achieved?.period, '2025');
    assert.deepEqual(view.evidence.filter((e) => e.role === 'base').map((e) => e.quote), ['in 2020 trade was $155.3 million']);
  });

  test('a relative goal without a stated base year uses the latest whole year before it was set; with none, unknown', () => {
    const goal = target(['BY', 'KG'], { relative: 2, by: '2030' });
    const [view] = evaluateTargets({
      records: [goal, observation(['BY', 'KG'], '2020', 100e6), observation(['BY', 'KG'], '2022', 120e6), observation(['BY', 'KG'], '2024', 150e6)],
      support: [support(goal.id, 'to double trade by 2030', '2023-05-01')], bodies: new Map(), tree, today,
    });
    assert.equal(view.relative?.base?.period, '2022');
    assert.equal(view.value, 240e6);
    assert.equal(view.status, 'behind');
    const lonely = target(['BY', 'RU'], { relative: 2, by: '2030' });
    const [none] = evaluateTargets({ records: [lonely], support: [support(lonely.id, 'double trade', '2023-05-01')], bodies: new Map(), tree, today });
    assert.equal(none.status, 'unknown');
    assert.match(none.reason, /relative goal \(x2\) with no base figure/);
  });
});
