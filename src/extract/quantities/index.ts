/**
 * The quantities stage: every amount of money, percentage, multiplier and count in a text,
 * with exact offsets. Where annotations overlap, money beats a percentage, a percentage beats
 * a multiplier, and any of them beats a bare number.
 */
import { findNumbers } from './numbers.ts';
import { findMoney, type Money } from './money.ts';
import { findPercents, type PercentChange } from './percent.ts';
import { findMultipliers, type Multiplier } from './multiplier.ts';
import { findBareNumbersExcept, type BareNumber } from './bare-numbers.ts';

export { findNumbers, parseNumberToken, parseScaleWord, parseDigits, type NumberSpan } from './numbers.ts';
export { findMoney, type Money } from './money.ts';
export { findPercents, type PercentChange, type PercentKind } from './percent.ts';
export { findMultipliers, type Multiplier } from './multiplier.ts';
export { currencyAfter, currencyBefore } from './currency.ts';
export { qualifierBefore, type Qualifier, type Direction } from './cues.ts';
export { findBareNumbersExcept, isCount, type BareNumber } from './bare-numbers.ts';

export type Quantity =
  | ({ type: 'money' } & Money)
  | ({ type: 'percent' } & PercentChange)
  | ({ type: 'multiplier' } & Multiplier)
  | ({ type: 'number' } & BareNumber);

/** All quantities in `text`, sorted by start, non-overlapping; `type` tells which finder made each. */
export function findQuantities(text: string): Quantity[] {
  const numbers = findNumbers(text);
  let accepted: Quantity[] = findMoney(text, numbers).map((m) => ({ type: 'money' as const, ...m }));
  accepted = mergeByPriority(accepted, findPercents(text, numbers).map((p) => ({ type: 'percent' as const, ...p })));
  accepted = mergeByPriority(accepted, findMultipliers(text, numbers).map((m) => ({ type: 'multiplier' as const, ...m })));
  const bare = findBareNumbersExcept(text, accepted, numbers).map((b) => ({ type: 'number' as const, ...b }));
  return mergeByPriority(accepted, bare);
}

/**
 * Counts in `text` ("15 agreements", "more than 600 documents", "свыше 100 предприятий"):
 * numbers that are not money, percentages, multipliers, years, dates, ordinals or references.
 */
export function findBareNumbers(text: string): BareNumber[] {
  return findQuantities(text)
    .filter((q): q is { type: 'number' } & BareNumber => q.type === 'number')
    .map(({ type: _type, ...rest }) => rest);
}

/**
 * Adds `lower` (sorted by start) to `higher` (sorted, non-overlapping) wherever it does not
 * overlap, keeping the result sorted. Linear: one sweep over both lists. Overlapping items
 * within `lower` keep the first.
 */
function mergeByPriority<T extends { start: number; end: number }>(higher: T[], lower: T[]): T[] {
  const sortedLower = [...lower].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  let h = 0;
  let lastEnd = -1;
  for (const x of sortedLower) {
    while (h < higher.length && higher[h]!.end <= x.start) {
      out.push(higher[h]!);
      lastEnd = Math.max(lastEnd, higher[h]!.end);
      h++;
    }
    const clashHigher = h < higher.length && higher[h]!.start < x.end;
    if (clashHigher || x.start < lastEnd) continue;
    out.push(x);
    lastEnd = x.end;
  }
  while (h < higher.length) out.push(higher[h++]!);
  return out;
}
