/** Targets against what was reported: the latest whole-year figure of the matching series. */
export interface SeriesLike {
  flow: string | null;
  scope: string | null;
  parties: { id: string }[];
  points: { recordId: number; period: string | null; value: number | null; currency: string | null }[];
}

export const isYear = (period: string | null | undefined): period is string => !!period && /^\d{4}$/.test(period);

/**
 * The latest figure for a whole year among the series that concern exactly the target's parties,
 * over the whole economy (no sector scope) and both directions (no flow); null when none was reported.
 */
export function latestAnnualPoint<S extends SeriesLike>(series: S[], partyCount: number): S['points'][number] | null {
  let best: S['points'][number] | null = null;
  for (const s of series) {
    if (s.scope || s.flow || s.parties.length !== partyCount) continue;
    for (const p of s.points) {
      if (!isYear(p.period) || p.value === null) continue;
      if (!best || p.period! > best.period!) best = p;
    }
  }
  return best;
}

/** How far toward the target the actual figure is: 0..1. */
export function targetProgress(actual: number, target: number): number {
  if (!(target > 0)) return 0;
  return Math.max(0, Math.min(1, actual / target));
}
