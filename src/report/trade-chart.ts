/**
 * A trade series with its targets as an inline SVG chart, drawn on the server by ECharts' SSR
 * renderer (no browser, no script in the output): the whole-year figures as a line, each target
 * as a dashed level ending in a marker at its deadline, and a stated projection as a dotted line.
 */
import * as echarts from 'echarts';
import { isAnnualPeriod } from '../monitor/periods.ts';
import type { TargetStatus } from '../monitor/targets.ts';
import type { TargetItem, TradeSeriesItem } from './briefing.ts';
import { formatMoney } from './format.ts';
import { messagesFor, type Lang } from './messages.ts';

export const STATUS_COLORS: Record<TargetStatus, string> = {
  achieved: '#2e7d32', on_track: '#00796b', behind: '#e65100', missed: '#c62828', unknown: '#6b7280',
};
const SERIES_COLOR = '#1f3a5f';
// Unquoted: zrender writes it into a style="..." attribute without escaping (text content it does escape).
const FONT = 'Liberation Sans, DejaVu Sans, Arial, Helvetica, sans-serif';

/** Targets a chart can draw: with a goal figure. */
const drawable = (targets: readonly TargetItem[]) => targets.filter((t) => t.value != null);

/** Whether a series is worth a chart: two whole years, or one and a target to set it against. Pure. */
export function chartable(series: TradeSeriesItem, targets: readonly TargetItem[]): boolean {
  const years = new Set(series.points.filter((p) => isAnnualPeriod(p.period)).map((p) => p.period)).size;
  return years >= 2 || (years === 1 && drawable(targets).length > 0);
}

/** Axis labels: short compact amounts ("$500M", "500 млн $"). */
function axisAmount(value: number, currency: string | null, lang: Lang): string {
  const locale = messagesFor(lang).locale;
  const options: Intl.NumberFormatOptions = { notation: 'compact', maximumSignificantDigits: 3 };
  if (!currency) return new Intl.NumberFormat(locale, options).format(value);
  return new Intl.NumberFormat(lang === 'en' ? 'en-US' : locale, { ...options, style: 'currency', currency, currencyDisplay: 'narrowSymbol' }).format(value);
}

/** The chart as an SVG document fragment, or null when the series has nothing to draw. */
export function tradeChartSvg(series: TradeSeriesItem, targets: readonly TargetItem[], lang: Lang, size = { width: 680, height: 250 }): string | null {
  if (!chartable(series, targets)) return null;
  const m = messagesFor(lang);
  const annual = new Map<number, { value: number; currency: string | null }>();
  for (const p of series.points) if (isAnnualPeriod(p.period) && !annual.has(Number(p.period))) annual.set(Number(p.period), p);
  const points = [...annual.entries()].sort((a, b) => a[0] - b[0]);
  const currency = points[0][1].currency;
  const goals = drawable(targets);
  const years = [
    ...points.map(([y]) => y),
    ...goals.map((t) => (t.by ? Number(t.by) : NaN)).filter(Number.isFinite),
    ...goals.flatMap((t) => (t.projection ? [t.projection.year] : [])),
  ];
  const [minYear, maxYear] = [Math.min(...years), Math.max(...years)];
  const [lastYear, last] = points.at(-1)!;

  // One category per year (gaps included), so distances in time look like distances on paper.
  const categories = Array.from({ length: maxYear - minYear + 1 }, (_, i) => minYear + i);
  const along = (valueAt: (year: number) => number | null) => categories.map(valueAt);

  const targetSeries = goals.flatMap((t, i) => {
    const color = STATUS_COLORS[t.status];
    const name = `${m.targetLine(formatMoney(t.value, t.currency, lang), t.by)}${goals.length > 1 ? ` (${i + 1})` : ''}`;
    const end = t.by ? Number(t.by) : maxYear;
    const out: echarts.SeriesOption[] = [{
      type: 'line', name, color,
      // The marker stands at the deadline; a goal without one is a level only.
      data: along((y) => (y <= end ? t.value : null)).map((v, k) => ({ value: v, symbol: t.by && categories[k] === end ? 'diamond' : 'none', symbolSize: 11 })),
      lineStyle: { type: 'dashed', width: 1.5, color },
      itemStyle: { color },
      silent: true, z: 1,
    }];
    if (t.projection && t.projection.year > lastYear) {
      const projection = t.projection;
      out.push({
        type: 'line', name: `${m.projection}${goals.length > 1 ? ` (${i + 1})` : ''}`, color,
        data: along((y) => (y === lastYear ? last.value : y === projection.year ? projection.value : null)),
        connectNulls: true, symbol: 'none', lineStyle: { type: 'dotted', width: 2, color }, silent: true, z: 1,
      });
    }
    return out;
  });

  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: FONT, color: '#374151' },
      grid: { left: 64, right: 16, top: 28, bottom: 64 },
      legend: { bottom: 4, left: 'center', itemWidth: 22, itemHeight: 10, textStyle: { fontSize: 11 } },
      xAxis: {
        type: 'category', data: categories.map(String), boundaryGap: true,
        axisLabel: { fontSize: 11, interval: 'auto' }, splitLine: { show: false },
        axisLine: { lineStyle: { color: '#9ca3af' } }, axisTick: { lineStyle: { color: '#9ca3af' } },
      },
      yAxis: {
        type: 'value', min: 0,
        axisLabel: { formatter: (v: number) => axisAmount(v, currency, lang), fontSize: 11 },
        splitLine: { lineStyle: { color: '#e5e7eb' } },
      },
      series: [
        {
          type: 'line', name: m.actual, color: SERIES_COLOR, data: along((y) => annual.get(y)?.value ?? null), connectNulls: true,
          symbol: 'circle', symbolSize: 7, lineStyle: { width: 2.5, color: SERIES_COLOR }, itemStyle: { color: SERIES_COLOR }, z: 3,
          label: {
            show: true, position: 'top', fontSize: 10, color: '#111827',
            formatter: (p: { value: unknown }) => formatMoney(p.value as number, currency, lang),
          },
        },
        ...targetSeries,
      ],
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
