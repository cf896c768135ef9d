/**
 * Amounts of money: a number with a currency sign or code before it ("$1.5 bln", "USD 164
 * billion", "Br 5 million") or a currency name after it ("1.5 billion US dollars", "6,7 млрд
 * российских рублей", "200 млн $"). Lists and ranges share one currency and scale: "1.65 and
 * 2.40 billion rubles" are two amounts, "$1-1.5 billion" and "от 1 до 2 млрд долларов" one
 * range (value = the lower bound).
 */
import { findNumbers, scaled, type NumberSpan } from './numbers.ts';
import { currencyAfter, currencyBefore, type CurrencyMatch } from './currency.ts';
import { qualifierBefore, type Qualifier } from './cues.ts';
import { mayOpenPercentUnit } from './percent.ts';
import { codeAfterUnitSpace } from './scan.ts';

export interface Money {
  start: number;
  end: number;
  /** In base units: 1.5e9 for "$1.5 bln"; the lower bound of a range. */
  value: number;
  /** ISO 4217. */
  currency: string;
  qualifier: Qualifier | null;
  raw: string;
  range?: { from: number; to: number };
}

interface Item {
  n: NumberSpan;
  value: number;
  pre: CurrencyMatch | null;
  suf: CurrencyMatch | null;
  currency: string | null;
  /** How this item joins the previous one. */
  link: 'range' | 'pair' | null;
}

/** Its alternatives open as UNIT_RE's do (percent.ts mayOpenPercentUnit). */
const PERCENT_AFTER_RE = /^[ \u00A0\u2009\u202F]{0,2}(?:%|percent|per\s?cent|процент|проц\.)/iu;

/** Every amount of money in `text`, sorted; pass `numbers` to reuse a findNumbers result. */
export function findMoney(text: string, numbers: NumberSpan[] = findNumbers(text)): Money[] {
  const items: Item[] = [];
  for (const n of numbers) {
    if (mayOpenPercentUnit(codeAfterUnitSpace(text, n.end)) && PERCENT_AFTER_RE.test(text.slice(n.end, n.end + 12))) continue;
    const pre = currencyBefore(text, n.start);
    const suf = currencyAfter(text, n.end);
    items.push({ n, value: n.value, pre, suf, currency: pre?.currency ?? suf?.currency ?? null, link: null });
  }
  // Links between neighbours: "$1-1.5 billion", "1.65 and 2.40 billion rubles", "от 1 до 2 млрд".
  for (let i = 1; i < items.length; i++) {
    const a = items[i - 1]!;
    const b = items[i]!;
    if (a.suf) continue; // "5 million dollars and 3 million euros": a is complete
    b.link = linkBetween(text, a, b);
  }
  // Currency flows forward from a sign ("$1-1.5 billion") and back from a name
  // ("1.65 and 2.40 billion rubles"); the scale flows back to a bare numeral.
  for (let i = 1; i < items.length; i++) {
    const a = items[i - 1]!;
    const b = items[i]!;
    if (b.link && a.pre && !b.currency) b.currency = a.currency;
  }
  for (let i = items.length - 1; i > 0; i--) {
    const a = items[i - 1]!;
    const b = items[i]!;
    if (!b.link) continue;
    if (!a.currency && b.currency && !isYearLike(a.n)) a.currency = b.currency;
    if (a.n.scale === 1 && a.n.form === 'digits' && b.n.scale > 1 && a.n.base < 1000 && a.currency === b.currency) {
      a.value = scaled(a.n.base, b.n.scale);
    }
  }
  const out: Money[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (!it.currency) continue;
    const start = it.pre?.start ?? it.n.start;
    let end = it.suf && (!it.pre || it.suf.currency === it.pre.currency) ? it.suf.end : it.n.end;
    const next = items[i + 1];
    if (next && next.link === 'range' && next.currency === it.currency) {
      // One amount for the whole range; value is the lower bound.
      end = next.suf && (!next.pre || next.suf.currency === next.pre.currency) ? next.suf.end : next.n.end;
      out.push({
        start,
        end,
        value: Math.min(it.value, next.value),
        currency: it.currency,
        qualifier: qualifierBefore(text, start)?.qualifier ?? null,
        raw: text.slice(start, end),
        range: { from: it.value, to: next.value },
      });
      i++;
      continue;
    }
    const qualifier = it.link && items[i - 1]?.currency === it.currency ? null : qualifierBefore(text, start)?.qualifier ?? null;
    out.push({ start, end, value: it.value, currency: it.currency, qualifier, raw: text.slice(start, end) });
  }
  return out;
}

/**
 * How `b` joins `a`: a dash, "to"/"до" (after "от"), "between ... and" make a range; "and",
 * "or", a comma, "from ... to", "с ... до" make a list of separate amounts.
 */
function linkBetween(text: string, a: Item, b: Item): 'range' | 'pair' | null {
  const gapEnd = b.pre?.start ?? b.n.start;
  if (gapEnd < a.n.end) return null;
  const gap = text.slice(a.n.end, gapEnd);
  if (gap.length > 12) return null;
  const aStart = a.pre?.start ?? a.n.start;
  const before = text.slice(Math.max(0, aStart - 12), aStart);
  if (/^\s?[-\u2010\u2011\u2013\u2014]\s?$/u.test(gap)) return 'range';
  if (/^\s+(?:to|до)\s+$/iu.test(gap)) return /(?<![\p{L}])(?:from|с|со)\s*$/iu.test(before) ? 'pair' : 'range';
  if (/^\s+(?:and|и)\s+$/iu.test(gap)) return /(?<![\p{L}])(?:between|между)\s*$/iu.test(before) ? 'range' : 'pair';
  if (/^\s*,\s*$|^\s+(?:or|или)\s+$/iu.test(gap)) return 'pair';
  return null;
}

/** A bare four-digit number between 1900 and 2100: a year, not an amount. */
function isYearLike(n: NumberSpan): boolean {
  return n.form === 'digits' && n.scale === 1 && /^\d{4}$/.test(n.raw) && n.value >= 1900 && n.value <= 2100;
}
