/** The calendar of events: a year's events by month, and those dated only by the year. */
export interface MonthGrid<T> { months: T[][]; yearOnly: T[] }

export function monthGrid<T>(events: T[], year: string, dateOf: (event: T) => string | null | undefined): MonthGrid<T> {
  const grid: MonthGrid<T> = { months: Array.from({ length: 12 }, () => []), yearOnly: [] };
  for (const event of events) {
    const m = /^(\d{4})(?:-(\d{2}))?/.exec(dateOf(event) ?? '');
    if (!m || m[1] !== year) continue;
    if (m[2]) grid.months[Number(m[2]) - 1]?.push(event);
    else grid.yearOnly.push(event);
  }
  for (const month of grid.months) month.sort((a, b) => (dateOf(a) ?? '').localeCompare(dateOf(b) ?? ''));
  return grid;
}

/** The year to open on: the current year if it has events, else the latest year before it that has, else the latest. */
export function defaultYear(years: string[], now: Date = new Date()): string | null {
  if (!years.length) return null;
  const current = String(now.getFullYear());
  const sorted = [...years].sort();
  if (sorted.includes(current)) return current;
  const past = sorted.filter((y) => y < current);
  return past.length ? past[past.length - 1] : sorted[sorted.length - 1];
}
