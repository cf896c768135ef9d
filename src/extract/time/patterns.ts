/**
 * Regex fragments the rules are built from. Every quantifier over spaces is bounded and no
 * quantified group contains another quantifier, so a scan stays linear in the text length.
 */
import {
  alternation, EN_MONTHS, NUMBER_WORDS, RU_MONTHS, RU_MONTH_ABBREVIATIONS, WEEKDAYS,
} from './lexicon.ts';

/**
 * A word end that also works for Cyrillic (JS `\b` is ASCII-only). Rules have no leading
 * boundary: collectNuclei drops matches that start inside a word.
 */
export const E = '(?![\\p{L}\\d])';
/** Required and optional space, bounded. */
export const S = '\\s{1,3}';
export const S0 = '\\s{0,3}';
/** A dash between two parts of a range: hyphen, en/em dash, minus, with optional spaces. */
export const DASH = `${S0}[-\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212]${S0}`;

/** A four-digit year 1800..2099. */
export const YEAR = '(?:1[89]|20)\\d\\d';

/**
 * What may follow a year number: Russian case endings ("2019-м"), "года"/"г."/"гг.",
 * or the translated English "2019 year".
 */
export const YEAR_SUFFIX =
  `(?:-(?:го|м|й|ом)(?!\\p{L}))?` +
  `(?:${S0}(?:годах|годами|годам|годов|годы|годом|году|года|год|г\\.\\s?г\\.|гг\\.?|г\\.?)(?!\\p{L})` +
  `|${S}year(?![\\p{L}-]))?`;

/** A month token; the dot of an abbreviation belongs to it. */
const EN_ABBR = [...EN_MONTHS.keys()].filter((k) => k.length <= 4 && k !== 'may' && k !== 'june' && k !== 'july');
const EN_FULL = [...EN_MONTHS.keys()].filter((k) => !EN_ABBR.includes(k));
export const MONTH =
  `(?:(?:${alternation(EN_FULL)})(?![\\p{L}])` +
  `|(?:${alternation(EN_ABBR)})(?:\\.|(?![\\p{L}]))` +
  `|(?:${alternation(RU_MONTHS.keys())})(?![\\p{L}])` +
  `|(?:${alternation(RU_MONTH_ABBREVIATIONS.keys())})\\.)`;
/**
 * Pre-checks for rules that contain a month token: the first three letters of every month
 * form, with the rules' own flags, so a text without a match here has no month token.
 */
const prefixes = (forms: Iterable<string>) => alternation([...forms].map((f) => f.slice(0, 3)));
export const MONTH_PREFIX = prefixes([...EN_MONTHS.keys(), ...RU_MONTHS.keys(), ...RU_MONTH_ABBREVIATIONS.keys()]);
export const MONTH_EN_PREFIX = prefixes(EN_MONTHS.keys());
export const WEEKDAY_PREFIX = prefixes(WEEKDAYS.keys());
export const MONTH_HINT = new RegExp(MONTH_PREFIX, 'iu');
export const MONTH_EN_HINT = new RegExp(MONTH_EN_PREFIX, 'iu');
export const WEEKDAY_HINT = new RegExp(WEEKDAY_PREFIX, 'iu');

/** A rule's `starts` pattern: global, with the rules' own case-insensitive Unicode matching. */
export function startsAt(src: string): RegExp {
  return new RegExp(src, 'giu');
}

/** English month tokens only (the "October 10, 2008" order). */
export const MONTH_EN =
  `(?:(?:${alternation(EN_FULL)})(?![\\p{L}])|(?:${alternation(EN_ABBR)})(?:\\.|(?![\\p{L}])))`;

export const WEEKDAY = `(?:${alternation(WEEKDAYS.keys())})(?![\\p{L}])`;

/** A day of the month with an English ordinal or a Russian "-го" ending. */
export const DAY = `(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th|-?го)?(?![\\p{L}\\d])`;

/** A count of months, quarters or years: digits or a number word. */
export const COUNT = `(?:\\d{1,2}|${alternation(NUMBER_WORDS.keys())})(?![\\p{L}\\d])`;

/** Relative years as a year specifier: "this year", "прошлого года", "с.г.". */
export const REL_YEAR_EN =
  `(?:this|last|next|current|previous|past|the${S}(?:current|previous|past))${S}year(?![\\p{L}-])`;
export const REL_YEAR_RU =
  `(?:(?:этого|текущего|нынешнего|сего|прошлого|прошедшего|минувшего|предыдущего|истекшего` +
  `|следующего|будущего|позапрошлого)${S}года(?!\\p{L})|[тсп]\\.\\s?г\\.)`;

/**
 * The year part after a month, quarter, half or count of months: "2021", "of 2021", "2021 года",
 * "(2020)", "of this year", "текущего года", "of the year". Parse the match with parseYearSpec.
 */
export const YEAR_SPEC =
  `(?:,?${S0}(?:of${S}|in${S})?(?:the${S}year${S})?${YEAR}(?![\\d])${YEAR_SUFFIX}` +
  `|${S0}[(\\[]${S0}${YEAR}${S0}[)\\]]` +
  `|${S}(?:of${S})?${REL_YEAR_EN}` +
  `|${S}${REL_YEAR_RU}` +
  `|${S}of${S}the${S}year(?![\\p{L}-])` +
  `|${S}года(?!\\p{L}))`;

/** Roman numerals of quarters and halves (Latin letters, and the Cyrillic-Ukrainian "І"). */
export const ROMAN = '(?:IV|I{1,3}|І{1,3}|ІV)(?![\\p{L}\\d])';
/** Russian ordinal stems of 1..4. */
export const ORD_RU = '(?:перв|втор|трет|четв[её]рт)\\p{L}{0,4}';
/** English ordinals of 1..4. */
export const ORD_EN = '(?:first|second|third|fourth|1st|2nd|3rd|4th)(?![\\p{L}])';
