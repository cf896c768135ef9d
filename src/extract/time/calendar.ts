/** Small calendar arithmetic on plain numbers (UTC, no time zones) and the output formats. */

export interface CalendarDate {
  y: number;
  m?: number;
  d?: number;
}

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; anything else gives undefined. */
export function parseRefDate(s: string | undefined): CalendarDate | undefined {
  if (!s) return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(s.trim());
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : undefined;
  const d = m[3] ? Number(m[3]) : undefined;
  if (mo !== undefined && (mo < 1 || mo > 12)) return { y };
  if (mo !== undefined && d !== undefined && (d < 1 || d > daysInMonth(y, mo))) return { y, m: mo };
  return { y, m: mo, d };
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  // Plain arithmetic for the usual case (it runs for every date candidate); Date for the rest,
  // which also reads years 0-99 as 1900-1999.
  if (Number.isInteger(m) && m >= 1 && m <= 12 && Number.isSafeInteger(y) && (y < 0 || y > 99)) {
    if (m !== 2) return MONTH_DAYS[m - 1]!;
    return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  }
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

export const formatYear = (y: number): string => String(y);
export const formatMonth = (y: number, m: number): string => `${y}-${pad2(m)}`;
export const formatDay = (y: number, m: number, d: number): string => `${y}-${pad2(m)}-${pad2(d)}`;

/** The date n days from y-m-d. */
export function addDays(y: number, m: number, d: number, n: number): Required<CalendarDate> {
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** The month n months from y-m. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

/** 0 = Sunday. */
export function weekdayOf(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/**
 * The date with weekday wd nearest to the reference on its side: dir -1 gives the latest
 * one on or before it ("on Monday" in a report), +1 the first one after it ("next Monday").
 */
export function weekdayNear(ref: Required<CalendarDate>, wd: number, dir: -1 | 1): Required<CalendarDate> {
  const cur = weekdayOf(ref.y, ref.m, ref.d);
  const delta = dir < 0 ? -((cur - wd + 7) % 7) : ((wd - cur + 7) % 7) || 7;
  return addDays(ref.y, ref.m, ref.d, delta);
}

/**
 * The year of a month named without one: the occurrence nearest the reference month
 * ("in December" written in January is last December; "in September" in August is this one).
 */
export function nearestYearOfMonth(refY: number, refM: number, month: number): number {
  let best = refY;
  let bestDist = Infinity;
  for (const y of [refY, refY - 1, refY + 1]) {
    const dist = Math.abs(y * 12 + month - (refY * 12 + refM));
    if (dist < bestDist) { best = y; bestDist = dist; }
  }
  return best;
}

/**
 * The year of a period named without one ("in the first half", "in January-August"):
 * reports speak of periods that have begun, so one starting more than three months after
 * the reference month is last year's.
 */
export function yearOfPeriod(refY: number, refM: number, startMonth: number): number {
  return startMonth <= refM + 3 ? refY : refY - 1;
}
