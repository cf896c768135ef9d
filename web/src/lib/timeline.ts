/** Grouping dated things by year, newest first; undated ones last (year null). */
export function groupByYear<T>(items: T[], dateOf: (item: T) => string | null | undefined): { year: string | null; items: T[] }[] {
  const groups = new Map<string | null, T[]>();
  for (const item of items) {
    const m = /^(\d{4})/.exec(dateOf(item) ?? '');
    const year = m ? m[1] : null;
    if (!groups.has(year)) groups.set(year, []);
    groups.get(year)!.push(item);
  }
  const sorted = [...groups.entries()].sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : b.localeCompare(a)));
  return sorted.map(([year, group]) => ({
    year,
    items: [...group].sort((x, y) => (dateOf(y) ?? '').localeCompare(dateOf(x) ?? '')),
  }));
}

/** Text for HTML that a chart library renders (tooltips): source text must never become markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
