/**
 * Which time expression governs a fact at a given offset of the sentence: the nearest period
 * or date before or after it, periods (and whole months or years) before single days, never
 * a comparison base ("compared to 2020").
 */
import type { TimeExpression, TimeKind } from './types.ts';

export interface PeriodOfOptions {
  /** Kinds to consider; default period and date. Targets would pass ['deadline']. */
  kinds?: readonly TimeKind[];
}

/** 0 for periods, months and years; 1 for single days. */
function tier(e: TimeExpression): number {
  return e.kind === 'date' && e.value !== null && /^\d{4}-\d{2}-\d{2}$/.test(e.value) ? 1 : 0;
}

function distance(e: TimeExpression, at: number): number {
  if (at >= e.start && at < e.end) return 0;
  return e.end <= at ? at - e.end : e.start - at;
}

export function periodOf(
  expressions: readonly TimeExpression[], anchorIndex: number, opts: PeriodOfOptions = {},
): TimeExpression | undefined {
  const kinds = opts.kinds ?? ['period', 'date'];
  let best: TimeExpression | undefined;
  for (const e of expressions) {
    if (e.base || !kinds.includes(e.kind)) continue;
    if (!best) { best = e; continue; }
    const byTier = tier(e) - tier(best);
    if (byTier !== 0) { if (byTier < 0) best = e; continue; }
    const d = distance(e, anchorIndex) - distance(best, anchorIndex);
    // On a tie the preceding expression wins: "In 2021, trade ... (compared to ...)".
    if (d < 0 || (d === 0 && e.end <= anchorIndex && best.start > anchorIndex)) best = e;
  }
  return best;
}
