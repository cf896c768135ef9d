/**
 * The core of a time expression before its context is read: what calendar unit the words
 * name, with the year possibly relative. Rules (dates.ts, periods.ts, relative.ts) produce
 * nuclei; context.ts reads the words before them; resolve.ts turns them into values.
 */

/** A year as written: absolute, relative to the reference year, or left to the context. */
export type YearRef = { abs: number } | { rel: number } | { implicit: true };

export type Shape =
  | { t: 'day'; y: YearRef; m: number; d: number; d2?: number }
  | { t: 'month'; y: YearRef; m: number }
  | { t: 'year'; y: YearRef }
  /** Months m1..m2; y1 is the start year when it differs from y (the end year). */
  | { t: 'months'; y: YearRef; m1: number; m2: number; y1?: YearRef }
  | { t: 'quarter'; y: YearRef; q: number }
  /** The quarter `offset` quarters from the reference date's ("last quarter" = -1). */
  | { t: 'quarterRel'; offset: number }
  | { t: 'half'; y: YearRef; h: number }
  | { t: 'years'; y1: number; y2: number }
  | { t: 'monthRel'; offset: number }
  | { t: 'dayRel'; offset: number }
  /** dir -1: on or before the reference date ("on Monday"), +1: after it ("next Monday"). */
  | { t: 'weekday'; wd: number; dir: -1 | 1 }
  /** "the same period of last year": the preceding period moved to year y. */
  | { t: 'samePeriod'; y: YearRef }
  /** "over the next five years": the reference year + n. */
  | { t: 'nextYears'; n: number };

export interface Nucleus {
  start: number;
  end: number;
  shape: Shape;
  /** A bare year number: accepted only where the words around make it a year (yearContext.ts). */
  bareYear?: boolean;
  /** A month or weekday alone: accepted only after a preposition or modifier. */
  needsContext?: boolean;
  /** The year carries a marker ("2019 года", "2019 г.", "2019-м"). */
  yearMarker?: boolean;
}

/** A pre-check on a whole text: a pattern it must contain, or a predicate. */
export type TextTest = RegExp | ((text: string) => boolean);

/** A rule: one global regex and what a match means (null rejects it). */
export interface Rule {
  name: string;
  /**
   * Cheap tests, each true of every text the rule can match in: when one fails, the rule is
   * skipped. Only a necessary condition belongs here, so skipping never changes a result.
   */
  needs?: TextTest | readonly TextTest[];
  /**
   * A global pattern that matches (at least) wherever `re` can begin a match: the scan then
   * tries `re` only at those places instead of at every character. Same matches, fewer tries.
   */
  starts?: RegExp;
  re: RegExp;
  build(m: RegExpExecArray, text: string): Nucleus | null;
}

/**
 * Builds a global rule regex (Unicode, case-insensitive). No group indices (the `d` flag):
 * they slow every match down, and where a nucleus starts is known without them.
 */
export function ruleRegex(src: string): RegExp {
  return new RegExp(src, 'giu');
}

/** True when the shape names a whole year or years (what "for"/"since"/"на" can turn into a period or validity). */
export function isYearShape(s: Shape): boolean {
  return s.t === 'year' || s.t === 'years';
}

/**
 * Reads a year specifier matched by YEAR_SPEC (or a plain year): "of 2021" -> {abs: 2021},
 * "of last year"/"прошлого года" -> {rel: -1}, "of the year" -> implicit.
 */
export function parseYearSpec(spec: string | undefined): YearRef | undefined {
  if (!spec) return undefined;
  const digits = /(?:1[89]|20)\d\d/.exec(spec);
  if (digits) return { abs: Number(digits[0]) };
  const s = spec.toLowerCase();
  if (/позапрошл/.test(s)) return { rel: -2 };
  if (/прошл|прошедш|минувш|предыдущ|истекш|last|previous|past|п\.\s?г/.test(s)) return { rel: -1 };
  if (/следующ|будущ|next/.test(s)) return { rel: 1 };
  if (/текущ|этого|нынешн|сего|this|current|[тс]\.\s?г/.test(s)) return { rel: 0 };
  if (/the\s+year|^\s*года$/.test(s)) return { implicit: true };
  return undefined;
}

/** True when the year was not written out as digits. */
export function isRelativeYear(y: YearRef | undefined): boolean {
  return y !== undefined && !('abs' in y);
}
