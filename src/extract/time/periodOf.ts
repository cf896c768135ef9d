/**
 * Which time expression governs a fact at a given place in the sentence: the nearest period
 * or date before or after it, preferring periods (and whole months or years) to single days,
 * open spans ("since 2010") and unresolved ones, and never a comparison base ("compared to
 * 2020").
 */
import type { TimeExpression, TimeKind } from './types.ts';

export interface PeriodOfOptions {
  /** Kinds to consider; default period and date. A target recognizer would pass ['deadline']. */
  kinds?: readonly TimeKind[];
  /**
   * Where the fact's anchor ends (say the end of "$68 million"): distances to expressions
   * after it count from here. Defaults to the anchor index itself.
   */
  end?: number;
}

/** 0: periods, months, years; 1: single days and open spans; 2: no value. */
function tier(e: TimeExpression): number {
  if (e.value === null) return 2;
  if (e.open) return 1;
  return e.kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(e.value) ? 1 : 0;
}

function distance(e: TimeExpression, start: number, end: number): number {
  if (e.end <= start) return start - e.end;
  if (e.start >= end) return e.start - end;
  return 0;
}

export function periodOf(
  expressions: readonly TimeExpression[], anchorIndex: number, opts: PeriodOfOptions = {},
): TimeExpression | undefined {
  const kinds = opts.kinds ?? ['period', 'date'];
  const end = Math.max(anchorIndex, opts.end ?? anchorIndex);
  let best: TimeExpression | undefined;
  for (const e of expressions) {
    if (e.base || !kinds.includes(e.kind)) continue;
    if (!best) { best = e; continue; }
    const byTier = tier(e) - tier(best);
    if (byTier !== 0) { if (byTier < 0) best = e; continue; }
    const d = distance(e, anchorIndex, end) - distance(best, anchorIndex, end);
    // On a tie the preceding expression wins: "In 2021, trade ... (compared to ...)".
    if (d < 0 || (d === 0 && e.end <= anchorIndex && best.start >= end)) best = e;
  }
  return best;
}
