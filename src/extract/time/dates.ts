/**
 * Points in time: "10 October 2008", "October 10, 2008", "10.10.2008 г.", "2008-10-10",
 * "10 октября 2008 года", "in October 2008", "в октябре 2008 г.", "2008", "2008 года".
 * A month alone ("in September") and a bare year are returned with flags; findTimeExpressions
 * keeps them only where the words around make them time.
 */
import { daysInMonth } from './calendar.ts';
import { isAbbreviatedMonth, isEnglishMonth, monthNumber, WEEKDAYS } from './lexicon.ts';
import { parseYearSpec, ruleRegex, type Nucleus, type Rule, type YearRef } from './nucleus.ts';
import {
  DASH, DAY, E, MONTH, MONTH_EN, MONTH_EN_HINT, MONTH_EN_PREFIX, MONTH_HINT, MONTH_PREFIX, S, S0, startsAt, WEEKDAY,
  WEEKDAY_PREFIX, YEAR, YEAR_SPEC, YEAR_SUFFIX,
} from './patterns.ts';

/** Pre-check of rules that contain a four-digit year (YEAR). */
export const YEAR_HINT = /(?:1[89]|20)\d\d/;

/** English month names must be capitalized: "may" and "march" are also verbs. */
export function monthTokenOk(token: string): boolean {
  return !isEnglishMonth(token) || /^\p{Lu}/u.test(token);
}

const MONTH_TOKEN = new RegExp(MONTH, 'giu');
const MONTH_EN_TOKEN = new RegExp(MONTH_EN, 'giu');

/**
 * Whether some month token that monthTokenOk accepts occurs in `text`. Every rule with a month
 * builds nuclei only around such a token, so without one the rule has nothing to find ("may",
 * "market", "decided" pass the cheap prefix test, not this one). Every start position is
 * tried, and at most one month form matches at a position (each ends at a word end), so the
 * token found there is the one any rule would read.
 */
export function hasMonthToken(text: string): boolean {
  return MONTH_HINT.test(text) && hasAcceptedMonth(MONTH_TOKEN, text);
}

/** The same for English month tokens ("October 10, 2008"). */
export function hasEnglishMonthToken(text: string): boolean {
  return MONTH_EN_HINT.test(text) && hasAcceptedMonth(MONTH_EN_TOKEN, text);
}

function hasAcceptedMonth(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (monthTokenOk(m[0])) return true;
    re.lastIndex = m.index + 1;
  }
  return false;
}

function dayValue(token: string): number {
  return Number(/^\d+/.exec(token)![0]);
}

/** A day that exists in the month (29 February only in leap years when the year is known). */
function dayFits(d: number, m: number, y: YearRef): boolean {
  const max = 'abs' in y ? daysInMonth(y.abs, m) : daysInMonth(2000, m);
  return d >= 1 && d <= max;
}

function weekdayOk(token: string | undefined): boolean {
  return token === undefined || WEEKDAYS.has(token.toLowerCase()) &&
    (!/^[a-z]/i.test(token) || /^\p{Lu}/u.test(token));
}

const yearOf = (digits: string | undefined): YearRef => (digits ? { abs: Number(digits) } : { implicit: true });

/** "10.10.2008", "10/10/2008 г." (day first, as written in the region). */
const numericDate: Rule = {
  name: 'numericDate',
  needs: /\d[./]\d/,
  re: ruleRegex(`([12]\\d|3[01]|0?[1-9])([./])(0?[1-9]|1[0-2])\\2(${YEAR})(?![\\d]|[./]\\d)(${YEAR_SUFFIX})`),
  build(m, text) {
    if (/\d[./]$/.test(text.slice(Math.max(0, m.index - 2), m.index))) return null;
    const d = Number(m[1]);
    const mo = Number(m[3]);
    const y = { abs: Number(m[4]) };
    if (!dayFits(d, mo, y)) return null;
    return { start: m.index, end: m.index + m[0].length, shape: { t: 'day', y, m: mo, d }, yearMarker: Boolean(m[5]) };
  },
};

/** "2008-10-10". */
const isoDate: Rule = {
  name: 'isoDate',
  needs: /\d-\d/,
  re: ruleRegex(`(${YEAR})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])${E}`),
  build(m) {
    const y = { abs: Number(m[1]) };
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (!dayFits(d, mo, y)) return null;
    return { start: m.index, end: m.index + m[0].length, shape: { t: 'day', y, m: mo, d } };
  },
};

/** "10 October 2008", "Monday, 23 September", "the 5th of July", "29-30 июня 2017 г.". */
const dayMonth: Rule = {
  name: 'dayMonth',
  needs: [/\d/, hasMonthToken],
  // A day is one or two digits, then a space or a dash.
  starts: startsAt(`${WEEKDAY_PREFIX}|the\\s{1,3}\\d|\\d{1,2}(?:st|nd|rd|th|-?го)?[\\s\\-\\u2010-\\u2014\\u2212]`),
  re: ruleRegex(
    `(?:(${WEEKDAY}),?${S})?(?:the${S})?(${DAY})(?:(?:${DASH}|${S}and${S})(${DAY}))?${S}(?:of${S})?(${MONTH})` +
    `(?:,?${S}(${YEAR})(?![\\d])(${YEAR_SUFFIX}))?`,
  ),
  build(m) {
    if (!weekdayOk(m[1]) || !monthTokenOk(m[4])) return null;
    const mo = monthNumber(m[4])!;
    const y = yearOf(m[5]);
    const d = dayValue(m[2]);
    const d2 = m[3] ? dayValue(m[3]) : undefined;
    if (!dayFits(d, mo, y) || (d2 !== undefined && (d2 <= d || !dayFits(d2, mo, y)))) return null;
    return {
      start: m.index, end: m.index + m[0].length,
      shape: { t: 'day', y, m: mo, d, d2 }, yearMarker: Boolean(m[6]),
    };
  },
};

/** "October 10, 2008", "Oct 8, 2024", "June 29-30", "Monday, September 23". */
const monthDay: Rule = {
  name: 'monthDay',
  // An English month token is a month token too: the cheaper answer, known from dayMonth, comes first.
  needs: [/\d/, hasMonthToken, hasEnglishMonthToken],
  starts: startsAt(`${WEEKDAY_PREFIX}|${MONTH_EN_PREFIX}`),
  re: ruleRegex(
    `(?:(${WEEKDAY}),?${S})?(${MONTH_EN})${S}(${DAY})(?:${DASH}(${DAY}))?` +
    `(?:,?${S0}(${YEAR})(?![\\d]))?`,
  ),
  build(m) {
    if (!weekdayOk(m[1]) || !monthTokenOk(m[2])) return null;
    const mo = monthNumber(m[2])!;
    const y = yearOf(m[5]);
    const d = dayValue(m[3]);
    const d2 = m[4] ? dayValue(m[4]) : undefined;
    if (!dayFits(d, mo, y) || (d2 !== undefined && (d2 <= d || !dayFits(d2, mo, y)))) return null;
    return { start: m.index, end: m.index + m[0].length, shape: { t: 'day', y, m: mo, d, d2 } };
  },
};

/** "October 2008", "октябре 2008 года", "the November (2020)", "March of this year", "September". */
const month: Rule = {
  name: 'month',
  needs: hasMonthToken,
  starts: startsAt(MONTH_PREFIX),
  re: ruleRegex(`(${MONTH})(${YEAR_SPEC})?`),
  build(m) {
    if (!monthTokenOk(m[1])) return null;
    const y = parseYearSpec(m[2]);
    if (!y && isAbbreviatedMonth(m[1])) return null;
    return {
      start: m.index, end: m.index + m[0].length,
      shape: { t: 'month', y: y ?? { implicit: true }, m: monthNumber(m[1])! },
      needsContext: !y,
    };
  },
};

/** "2008", "2008 года", "2008 г.", "2019-м": a year only if yearContext.ts agrees. */
const year: Rule = {
  name: 'year',
  needs: YEAR_HINT,
  re: ruleRegex(`(${YEAR})(?![\\d])(${YEAR_SUFFIX})`),
  build(m): Nucleus {
    return {
      start: m.index, end: m.index + m[0].length,
      shape: { t: 'year', y: { abs: Number(m[1]) } }, bareYear: true, yearMarker: Boolean(m[2]),
    };
  },
};

export const DATE_RULES: readonly Rule[] = [numericDate, isoDate, dayMonth, monthDay, month, year];
