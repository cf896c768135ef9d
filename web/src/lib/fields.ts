/** Reading the loosely typed `fields` of facts and records (the fact format of DESIGN.md). */
export type Fields = Record<string, unknown>;

export function str(fields: Fields, name: string): string | null {
  const v = fields[name];
  return typeof v === 'string' && v.trim() ? v : typeof v === 'number' ? String(v) : null;
}

export function num(fields: Fields, name: string): number | null {
  const v = fields[name];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export function list(fields: Fields, name: string): string[] {
  const v = fields[name];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** The link to a span of a source: the source view scrolls to it and marks it. */
export function spanHref(sourceId: string, start: number, end: number): string {
  return `/sources/${sourceId}?start=${start}&end=${end}`;
}
