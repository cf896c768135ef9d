/**
 * Numbers, money and the partial dates and periods of the fact format, written for a language
 * with Intl. Pure: every function takes the language.
 */
export type Lang = 'en' | 'ru';

export const LANGS: readonly Lang[] = ['en', 'ru'];

const UTC = 'UTC';

export function formatNumber(lang: Lang, value: number, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 2, ...options }).format(value);
}

/** "$248.9M" / "248,9 млн $": large sums short, small ones whole. Unknown currency codes print as numbers. */
export function formatMoney(lang: Lang, value: number, currency: string | null | undefined): string {
  const compact = Math.abs(value) >= 10_000;
  const options: Intl.NumberFormatOptions = compact
    ? { notation: 'compact', compactDisplay: 'short', maximumSignificantDigits: 4 }
    : { minimumFractionDigits: 0, maximumFractionDigits: 2 };
  if (currency && /^[A-Z]{3}$/.test(currency)) {
    try {
      return new Intl.NumberFormat(lang, { ...options, style: 'currency', currency, currencyDisplay: 'narrowSymbol' }).format(value);
    } catch {
      // fall through: a code Intl does not know
    }
  }
  const number = new Intl.NumberFormat(lang, options).format(value);
  return currency ? `${number} ${currency}` : number;
}

/** A signed change: "+36.8%" / "+36,8 %". */
export function formatChange(lang: Lang, pct: number): string {
  return new Intl.NumberFormat(lang, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1 }).format(pct / 100);
}

function utcDate(year: number, month = 1, day = 1): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

/** "2017", "2017-10", "2017-10-05" as the language writes them; anything else as it is. */
export function formatPartialDate(lang: Lang, value: string | null | undefined): string {
  if (!value) return '';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return value;
  const [, y, mo, d] = m;
  if (!mo) return y;
  if (!d) return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: UTC }).format(utcDate(+y, +mo));
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: UTC }).format(utcDate(+y, +mo, +d));
}

const QUARTER = { en: (q: number, y: string) => `Q${q} ${y}`, ru: (q: number, y: string) => `${['I', 'II', 'III', 'IV'][q - 1]} кв. ${y}` };
const HALF = { en: (h: number, y: string) => `H${h} ${y}`, ru: (h: number, y: string) => `${h === 1 ? 'I' : 'II'} полугодие ${y}` };

/** A period of the fact format: "2017", "2018-01..2018-07", "2021-Q1", "2020-H1", or a date. */
export function formatPeriod(lang: Lang, value: string | null | undefined): string {
  if (!value) return '';
  const quarter = /^(\d{4})-Q([1-4])$/.exec(value);
  if (quarter) return QUARTER[lang](+quarter[2], quarter[1]);
  const half = /^(\d{4})-H([12])$/.exec(value);
  if (half) return HALF[lang](+half[2], half[1]);
  const range = /^(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})$/.exec(value);
  if (range) {
    const format = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', timeZone: UTC });
    return format.formatRange(utcDate(+range[1], +range[2]), utcDate(+range[3], +range[4]));
  }
  const years = /^(\d{4})\.\.(\d{4})$/.exec(value);
  if (years) return `${years[1]}–${years[2]}`;
  return formatPartialDate(lang, value);
}

/** An ISO timestamp as date and time. */
export function formatTimestamp(lang: Lang, value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** The month names of a year, for calendars: index 0 is January. */
export function monthNames(lang: Lang, style: 'long' | 'short' = 'long'): string[] {
  const format = new Intl.DateTimeFormat(lang, { month: style, timeZone: UTC });
  const names = Array.from({ length: 12 }, (_, i) => format.format(utcDate(2001, i + 1)));
  // A month alone is written in the nominative ("январь"); capitalized as a heading.
  return names.map((n) => n.charAt(0).toLocaleUpperCase(lang) + n.slice(1));
}

/** A country's name from its ISO 3166-1 alpha-2 code, in the language. */
export function countryName(lang: Lang, code: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
