/** Shading a map by a value per party: a few classes whose limits follow the values' spread. */

/**
 * Upper limits of up to `classes` classes for the positive values: quantiles, so a few large
 * values do not wash out the rest. Limits are distinct and ascending; the last is the maximum.
 */
export function classLimits(values: number[], classes = 5): number[] {
  const sorted = values.filter((v) => v > 0).sort((a, b) => a - b);
  if (!sorted.length) return [];
  const limits: number[] = [];
  for (let k = 1; k <= classes; k++) {
    const v = sorted[Math.min(sorted.length - 1, Math.ceil((k / classes) * sorted.length) - 1)];
    if (!limits.length || v > limits[limits.length - 1]) limits.push(v);
  }
  return limits;
}

/** The class of a value (0 = lowest), or -1 for no value. */
export function classOf(value: number | undefined, limits: number[]): number {
  if (value === undefined || !(value > 0)) return -1;
  const i = limits.findIndex((limit) => value <= limit);
  return i === -1 ? limits.length - 1 : i;
}

/** Counts how often each party other than `self` appears in the records' party lists. */
export function coPartyCounts(records: { parties: { id: string }[] }[], self: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of records) {
    for (const id of new Set(r.parties.map((p) => p.id))) {
      if (id !== self) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return counts;
}

interface SeriesForMap {
  indicator: string | null;
  flow: string | null;
  scope: string | null;
  parties: { id: string }[];
  points: { recordId: number; period: string | null; value: number | null; currency: string | null }[];
}

export interface TradeFigure { value: number; currency: string | null; period: string; recordId: number }

/**
 * The latest whole-year turnover (or mutual trade) of `self` with each single counterpart;
 * a part-of-year figure only where no whole year was reported.
 */
export function latestTradeByPartner(series: SeriesForMap[], self: string): Map<string, TradeFigure> {
  const best = new Map<string, TradeFigure & { annual: boolean }>();
  for (const s of series) {
    if (s.flow || s.scope || (s.indicator !== 'turnover' && s.indicator !== 'mutual_trade')) continue;
    const others = s.parties.filter((p) => p.id !== self);
    if (others.length !== 1 || others.length === s.parties.length) continue;
    const other = others[0].id;
    for (const p of s.points) {
      if (p.value === null || !p.period) continue;
      const annual = /^\d{4}$/.test(p.period);
      const current = best.get(other);
      const better = !current || (annual && !current.annual) || (annual === current.annual && p.period.slice(0, 4) > current.period.slice(0, 4));
      if (better) best.set(other, { value: p.value, currency: p.currency, period: p.period, recordId: p.recordId, annual });
    }
  }
  return new Map([...best].map(([id, { annual: _annual, ...figure }]) => [id, figure]));
}
