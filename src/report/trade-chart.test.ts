import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TargetItem, TradeSeriesItem } from './briefing.ts';
import { chartable, tradeChartSvg } from './trade-chart.ts';

const point = (period: string, value: number) => ({ recordId: value, period, value, currency: 'USD', changePct: null, sources: 1, otherValues: [], notes: [1] });
const series = (...points: ReturnType<typeof point>[]): TradeSeriesItem => ({
  key: 'turnover|||BY+KZ', indicator: 'turnover', flow: null, scope: null, targets: [7], points,
  parties: [{ id: 'BY', name: 'Belarus', nameRu: 'Беларусь', kind: 'state' }, { id: 'KZ', name: 'Kazakhstan', nameRu: 'Казахстан', kind: 'state' }],
});
const target: TargetItem = {
  id: 7, parties: [], indicator: 'turnover', scope: null, value: 2e9, currency: 'USD', by: '2027', relative: null, status: 'on_track',
  reason: '', achieved: null, latest: null, projection: { method: 'linear trend', year: 2027, value: 2.1e9 }, notes: [1], figureNotes: [],
};

test('a chart needs two whole years, or one and a goal to set it against', () => {
  assert.equal(chartable(series(point('2024', 1.47e9), point('2025-01..2025-08', 1.1e9)), []), false, 'part-year figures are not drawn');
  assert.equal(chartable(series(point('2024', 1.47e9)), [target]), true);
  assert.equal(chartable(series(point('2024', 1.47e9)), [{ ...target, value: null }]), false, 'a goal with no figure cannot be drawn');
  assert.equal(chartable(series(point('2023', 1.28e9), point('2024', 1.47e9)), []), true);
  assert.equal(tradeChartSvg(series(point('2024', 1.47e9)), [], 'en'), null);
});

test('the figures, the goal at its deadline and the projection, as SVG with years from the first figure to the deadline', () => {
  const svg = tradeChartSvg(series(point('2023', 1.28e9), point('2025', 1.69e9)), [target], 'en')!;
  assert.match(svg, /^<svg[\s\S]*<\/svg>$/);
  for (const text of ['2023', '2024', '2025', '2026', '2027', '$1.28 billion', '$1.69 billion', 'Target $2 billion by 2027', 'Projection (linear trend)']) {
    assert.ok(svg.includes(`>${text}<`), text);
  }
  assert.ok(!svg.includes('>2022<') && !svg.includes('>2028<'));
  assert.match(tradeChartSvg(series(point('2023', 1.28e9), point('2025', 1.69e9)), [target], 'ru')!, /Цель 2\sмлрд\s\$ к 2027 г\./);
});
