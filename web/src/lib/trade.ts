/** The trade chart of a partner profile: one series' figures by period, with its targets beside them. */

/** A trade series as the chart reads it. */
export interface SeriesLike {
  flow: string | null;
  scope: string | null;
  parties: { id: string }[];
  points: { recordId: number; period: string | null; value: number | null; currency: string | null }[];
}

export const isYear = (period: string | null | undefined): period is string => !!period && /^\d{4}$/.test(period);

export interface TargetLike {
  id: number;
  fields: Record<string, unknown>;
  parties: { id: string }[];
}

export interface ChartPoint { value: number; recordId: number; period: string }

export interface TradeChartModel {
  /** Periods along the x axis, in time order ("2017", "2018-01..2018-07", "2027"). */
  periods: string[];
  /** Whole-year figures, by period index (null where none). */
  annual: (ChartPoint | null)[];
  /** Figures for part of a year, by period index. */
  partial: (ChartPoint | null)[];
  /** Targets for the same indicator and parties, by period index of their year. */
  targets: (ChartPoint | null)[];
}

const partyKey = (parties: { id: string }[]) => parties.map((p) => p.id).sort().join('+');

/** Whether a target is about the same indicator and the same parties as a series. */
export function targetMatches(series: SeriesLike & { indicator: string | null }, target: TargetLike): boolean {
  return target.fields.indicator === series.indicator && partyKey(target.parties) === partyKey(series.parties) && !series.flow && !series.scope;
}

/** The series to show first: whole-economy, both directions, turnover if any, then the most figures. */
export function defaultSeries<S extends SeriesLike & { indicator: string | null }>(series: S[]): S | undefined {
  const score = (s: S) => (s.flow || s.scope ? 0 : 1000) + (s.indicator === 'turnover' ? 100 : 0) + s.points.length;
  return [...series].sort((a, b) => score(b) - score(a))[0];
}

export function tradeChartModel(series: SeriesLike & { indicator: string | null }, targets: TargetLike[]): TradeChartModel {
  const matching = targets.filter((t) => targetMatches(series, t) && typeof t.fields.value === 'number' && typeof t.fields.by === 'string');
  const periods = [...new Set([
    ...series.points.filter((p) => p.period && p.value !== null).map((p) => p.period!),
    ...matching.map((t) => String(t.fields.by)),
  ])].sort();
  const empty = () => periods.map((): ChartPoint | null => null);
  const model: TradeChartModel = { periods, annual: empty(), partial: empty(), targets: empty() };
  for (const p of series.points) {
    if (!p.period || p.value === null) continue;
    const i = periods.indexOf(p.period);
    const point = { value: p.value, recordId: p.recordId, period: p.period };
    if (isYear(p.period)) model.annual[i] = point;
    else model.partial[i] = point;
  }
  for (const t of matching) {
    const i = periods.indexOf(String(t.fields.by));
    model.targets[i] = { value: t.fields.value as number, recordId: t.id, period: String(t.fields.by) };
  }
  return model;
}
