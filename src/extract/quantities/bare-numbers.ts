/**
 * Numbers that count things ("15 agreements", "more than 600 documents", "свыше 100
 * предприятий", "about forty documents"): what is left after money, percentages and
 * multipliers, minus years, dates, ordinals, footnote markers and reference numbers.
 */
import { findNumbers, type NumberSpan } from './numbers.ts';
import { qualifierBefore, type Qualifier } from './cues.ts';
import type { Span } from '../../text/span.ts';
import { codeAfterWhiteSpace } from './scan.ts';

export interface BareNumber {
  start: number;
  end: number;
  value: number;
  /** null when no qualifier word stands before the number (read it as exact). */
  qualifier: Qualifier | null;
  raw: string;
}

const MONTHS_EN =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec';
const MONTHS_RU =
  'январ\\p{L}*|феврал\\p{L}*|март\\p{L}*|апрел\\p{L}*|ма[йяе]|мае|июн\\p{L}*|июл\\p{L}*|август\\p{L}*|сентябр\\p{L}*|октябр\\p{L}*|ноябр\\p{L}*|декабр\\p{L}*';

/**
 * First letters of the month names above, lower case: after a number, MONTH_AFTER_RE needs one
 * of them (or the dash of a day range) first thing after white space.
 */
const MONTH_INITIALS = new Set([...MONTHS_EN.split('|'), ...MONTHS_RU.split('|')].map((m) => m.charCodeAt(0)));

/**
 * Whether MONTH_AFTER_RE may match where the first character after white space is `code`.
 * Latin and basic Cyrillic letters fold to lower case by their codes; any other non-ASCII
 * character says yes, since case-insensitive matching may fold it to a month's letter.
 */
function mayOpenMonthAfter(code: number): boolean {
  if (code === 45 || code === 0x2013) return true; // "29-30 June", "29 – 30 June"
  if ((code >= 65 && code <= 90) || (code >= 0x410 && code <= 0x42f)) return MONTH_INITIALS.has(code + 32);
  if (code < 128 || (code >= 0x400 && code <= 0x4ff)) return MONTH_INITIALS.has(code);
  return !Number.isNaN(code);
}

/** "5 July", "20 ноября", "29-30 June" (the first day of a range too). */
const MONTH_AFTER_RE = new RegExp(`^(?:\\s?[-\\u2013]\\s?\\d{1,2})?\\s+(?:${MONTHS_EN}|${MONTHS_RU})(?![\\p{L}])\\.?`, 'iu');
/** "July 5", "Oct. 15", "June 29-30" (the second day too). */
const MONTH_BEFORE_RE = new RegExp(`(?<![\\p{L}])(?:${MONTHS_EN}|${MONTHS_RU})\\.?\\s+(?:\\d{1,2}\\s?[-\\u2013]\\s?)?$`, 'iu');

/** Words after which a number is a reference, not a count: "No 1", "Article 5", "п. 3". */
const REFERENCE_BEFORE_RE = new RegExp(
  '(?<![\\p{L}])(?:(?:article|paragraph|clause|section|chapter|page|pages|volume|issue|part|item|annex|appendix|table|figure|room' +
    '|статья|статьи|статье|пункт|пункта|пункте|часть|части|глава|главы|раздел|раздела|приложение|приложения|таблица|таблицы|том|выпуск)\\s*' +
    '|(?:art|para|p|pp|vol|fig|tel|ст|п|пп|ч|гл|стр|с|рис|тел|вып)\\.\\s*|№{1,2}\\s*)$',
  'iu',
);
/** Case-sensitive: "No 1", "Nos. 3", and "C. 15" (a page, from Russian "С."). */
const NO_BEFORE_RE = /(?<![\p{L}])(?:Nos?\.?|C\.)\s*$/u;
/** A list marker: "1. Improvement", "2) Energy" at a line start or after a colon or a full stop. */
const LIST_MARKER_AFTER_RE = /^(?:\.\s+\p{Lu}|\)\s+\p{L})/u;
const LIST_MARKER_BEFORE_RE = /(?:^|[\n:;.\-\u2013\u2014\u2022]|\s{2})\s*$/u;

/** Time words after a year: "2019 year", "2019 г.", "2019 году". */
const YEAR_WORD_AFTER_RE = /^\s*(?:г\.|гг\.|год\p{L}*|year|years|-?[хе](?![\p{L}]))/iu;

/** Qualifiers that turn a four-digit number into a count ("more than 2000 enterprises"). */
const COUNT_QUALIFIER_BEFORE_RE = /(?<![\p{L}])(?:more\s+than|over|about|around|almost|nearly|some|approximately|свыше|более|около|почти|порядка|примерно|менее)\s*$/iu;

/**
 * Counts in `text`, sorted. `taken` lists spans already claimed by money, percentages and
 * multipliers; `numbers` reuses a findNumbers result.
 */
export function findBareNumbersExcept(text: string, taken: Span[], numbers: NumberSpan[] = findNumbers(text)): BareNumber[] {
  const sortedTaken = [...taken].sort((a, b) => a.start - b.start);
  const out: BareNumber[] = [];
  let t = 0;
  for (const n of numbers) {
    while (t < sortedTaken.length && sortedTaken[t]!.end <= n.start) t++;
    if (t < sortedTaken.length && sortedTaken[t]!.start < n.end) continue;
    if (!isCount(text, n)) continue;
    out.push({ start: n.start, end: n.end, value: n.value, qualifier: qualifierBefore(text, n.start)?.qualifier ?? null, raw: n.raw });
  }
  return out;
}

/** True when a number reads as a count: not a year, date, reference, footnote, or lone "one". */
export function isCount(text: string, n: NumberSpan): boolean {
  if (n.form === 'words') {
    // A lone "one"/"один" is mostly a pronoun ("one of the", "одна из").
    return !(n.value === 1 && /^\p{L}+$/u.test(n.raw));
  }
  if (n.scaleKind === 'letter') return false; // "200m" may be metres; only money reads it
  const before = text.slice(Math.max(0, n.start - 16), n.start);
  const after = text.slice(n.end, n.end + 24);
  if (/[\^{]\s*$|\^\{[\d\s,]*$/.test(before)) return false; // footnote markers: ^{20 21}
  const next = text.charCodeAt(n.end);
  if (n.value < 100 && (next === 46 || next === 41) /* . ) open LIST_MARKER_AFTER_RE */ && LIST_MARKER_AFTER_RE.test(after) && LIST_MARKER_BEFORE_RE.test(text.slice(Math.max(0, n.start - 3), n.start))) return false;
  if (REFERENCE_BEFORE_RE.test(before) || NO_BEFORE_RE.test(before)) return false;
  if (/(?<![\p{L}])(?:Q|H)\s?$/iu.test(before)) return false;
  if ((mayOpenMonthAfter(codeAfterWhiteSpace(text, n.end)) && MONTH_AFTER_RE.test(after)) || MONTH_BEFORE_RE.test(before)) return false;
  if (n.scale === 1 && /^\d{4}$/.test(n.raw) && n.value >= 1900 && n.value <= 2100) {
    // A year, unless a qualifier says it is a count: "over 2000 enterprises".
    if (YEAR_WORD_AFTER_RE.test(after)) return false;
    if (!COUNT_QUALIFIER_BEFORE_RE.test(before)) return false;
  }
  // Year ranges: "2021-2022", "2009–2011" (the second half of the range).
  if (/^\d{4}$/.test(n.raw) && /(?:19|20)\d{2}\s?[-\u2013\u2014]\s?$/.test(before)) return false;
  if (/^\d{2}$/.test(n.raw) && /(?:19|20)\d{2}[-\u2013\/]$/.test(before)) return false; // "2021-22"
  return true;
}
