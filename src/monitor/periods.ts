/**
 * Dates and periods as the fact format writes them ("2017", "2018-01..2018-07", "2021-Q1",
 * "2008-10-10"), turned into calendar dates the monitor can compare. Pure.
 */

/** The first year a period or date names: "2018-01..2018-07" -> 2018. */
export function periodYear(period: string | null | undefined): number | null {
  const m = /^(\d{4})/.exec(period ?? '');
  return m ? Number(m[1]) : null;
}

/** A whole calendar year: "2020" (not "2020-01..2020-08", not "2020-Q1"). */
export function isAnnualPeriod(period: string | null | undefined): boolean {
  return /^\d{4}$/.test(period ?? '');
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The last day of a date or period as YYYY-MM-DD: "2019" -> "2019-12-31", "2021-Q1" -> "2021-03-31". */
export function periodEnd(period: string | null | undefined): string | null {
  if (!period) return null;
  const last = period.includes('..') ? period.split('..')[1] : period;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(last);
  if (m) return last;
  m = /^(\d{4})-(\d{2})$/.exec(last);
  if (m) return `${m[1]}-${m[2]}-${pad(lastDayOf(Number(m[1]), Number(m[2])))}`;
  m = /^(\d{4})-Q([1-4])$/.exec(last);
  if (m) {
    const month = Number(m[2]) * 3;
    return `${m[1]}-${pad(month)}-${pad(lastDayOf(Number(m[1]), month))}`;
  }
  m = /^(\d{4})-H([12])$/.exec(last);
  if (m) return m[2] === '1' ? `${m[1]}-06-30` : `${m[1]}-12-31`;
  m = /^(\d{4})$/.exec(last);
  if (m) return `${m[1]}-12-31`;
  return null;
}

/** The first day of a date or period: "2019" -> "2019-01-01", "2018-03..2018-07" -> "2018-03-01". */
export function periodStart(period: string | null | undefined): string | null {
  if (!period) return null;
  const first = period.split('..')[0];
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(first);
  if (m) return first;
  m = /^(\d{4})-(\d{2})$/.exec(first);
  if (m) return `${m[1]}-${m[2]}-01`;
  m = /^(\d{4})-Q([1-4])$/.exec(first);
  if (m) return `${m[1]}-${pad(Number(m[2]) * 3 - 2)}-01`;
  m = /^(\d{4})-H([12])$/.exec(first);
  if (m) return m[2] === '1' ? `${m[1]}-01-01` : `${m[1]}-07-01`;
  m = /^(\d{4})$/.exec(first);
  return m ? `${m[1]}-01-01` : null;
}

/** A Date as YYYY-MM-DD (UTC). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** YYYY-MM-DD `months` later (or earlier, when negative), the day clamped to the month's end. */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return `${year}-${pad(month)}-${pad(Math.min(d, lastDayOf(year, month)))}`;
}

/** The later of two YYYY-MM-DD-ish strings, either of which may be missing. */
export function laterOf(a: string | null | undefined, b: string | null | undefined): string | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return a >= b ? a : b;
}
