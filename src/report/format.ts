/**
 * Dates, periods, amounts and numbers in the reader's language, through Intl. Pure.
 */
import { messagesFor, type Lang } from './messages.ts';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** "2026-11-29" -> "29 November 2026" / "29 ноября 2026 г.". */
export function formatDay(day: string, lang: Lang): string {
  return new Intl.DateTimeFormat(messagesFor(lang).locale, { dateStyle: 'long', timeZone: 'UTC' }).format(utc(day));
}

/** A partial date as precise as it is: "2021", "October 2021", "28 October 2021". */
export function formatDate(date: string | null | undefined, lang: Lang): string {
  if (!date) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return formatDay(date, lang);
  if (/^\d{4}-\d{2}$/.test(date)) {
    return new Intl.DateTimeFormat(messagesFor(lang).locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc(`${date}-01`));
  }
  return date;
}

/** A fact period: "2020", "2018-01..2018-07" -> "Jan – Jul 2018", "2021-Q1" -> "Q1 2021", "2017..2020" -> "2017–2020". */
export function formatPeriod(period: string | null | undefined, lang: Lang): string {
  if (!period) return '';
  const m = messagesFor(lang);
  const part = (p: string) => {
    const q = /^(\d{4})-Q([1-4])$/.exec(p);
    if (q) return m.quarter(Number(q[2]), q[1]);
    const h = /^(\d{4})-H([12])$/.exec(p);
    if (h) return m.half(Number(h[2]), h[1]);
    return null;
  };
  const [start, end] = period.split('..');
  if (!end) return part(start) ?? formatDate(start, lang);
  if (/^\d{4}-\d{2}$/.test(start) && /^\d{4}-\d{2}$/.test(end)) {
    return new Intl.DateTimeFormat(m.locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).formatRange(utc(`${start}-01`), utc(`${end}-01`));
  }
  return `${part(start) ?? formatDate(start, lang)}–${part(end) ?? formatDate(end, lang)}`;
}

/** A plain number: 1234.5 -> "1,234.5" / "1 234,5". */
export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(messagesFor(lang).locale, { maximumFractionDigits: 2 }).format(value);
}

/**
 * An amount of money as a reader says it: "$532.4 million", "€1.2 billion", "BYN 40 million";
 * in Russian "532,4 млн $". Four significant digits at most.
 */
export function formatMoney(value: number | null | undefined, currency: string | null | undefined, lang: Lang): string {
  if (value == null || !Number.isFinite(value)) return '?';
  const locale = messagesFor(lang).locale;
  const digits = { maximumSignificantDigits: 4 };
  if (!currency) return new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: lang === 'en' ? 'long' : 'short', ...digits }).format(value);
  if (lang === 'ru') {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol', notation: 'compact', ...digits }).format(value);
  }
  const symbol = new Intl.NumberFormat('en-US', { style: 'currency', currency, currencyDisplay: 'narrowSymbol' })
    .formatToParts(0).find((p) => p.type === 'currency')?.value ?? currency;
  const number = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long', ...digits }).format(value);
  const sign = number.startsWith('-') ? '-' : '';
  const amount = sign ? number.slice(1) : number;
  return /^[A-Za-z]{2,}$/.test(symbol) ? `${sign}${symbol} ${amount}` : `${sign}${symbol}${amount}`;
}

/** A percent change: 7.1 -> "+7.1%" / "+7,1 %". */
export function formatChange(pct: number | null | undefined, lang: Lang): string {
  if (pct == null || !Number.isFinite(pct)) return '';
  return new Intl.NumberFormat(messagesFor(lang).locale, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1 }).format(pct / 100);
}
