/**
 * Spans a figure is measured over: month ranges ("January-July 2018", "с января по сентябрь
 * 2020 года"), counts of months ("the first seven months of 2018", "за 9 месяцев"),
 * quarters ("Q1 2021", "в I квартале 2021 года", "three quarters of 2018"), halves
 * ("H1 2019", "в первом полугодии"), year ranges ("2017-2020", "с 2019 по 2021 год") and
 * "the same period of last year".
 */
import { countValue, monthNumber, ordinalValue } from './lexicon.ts';
import { parseYearSpec, ruleRegex, type Nucleus, type Rule, type YearRef } from './nucleus.ts';
import {
  COUNT, DASH, MONTH, MONTH_PREFIX, ORD_EN, ORD_RU, REL_YEAR_EN, REL_YEAR_RU, ROMAN, S, S0, startsAt,
  YEAR, YEAR_SPEC, YEAR_SUFFIX,
} from './patterns.ts';
import { hasMonthToken, monthTokenOk, YEAR_HINT } from './dates.ts';

const span = (m: RegExpExecArray, start = m.index): Pick<Nucleus, 'start' | 'end'> =>
  ({ start, end: m.index + m[0].length });

/** Text right after a match. */
const after = (m: RegExpExecArray, text: string, n = 24): string =>
  text.slice(m.index + m[0].length, m.index + m[0].length + n);

/** "first half of October", "первой половине дня": the unit belongs to something smaller than a year. */
const OF_SOMETHING_ELSE = /^\s{1,3}of\s/i;

/** Words before "9 месяцев" / "three quarters" that make a count of months a period. */
const PERIOD_PREP_BEFORE = /(?:за|итогам|результатам|in|for|over|during)\s{1,3}(?:the\s{1,3})?$/iu;

function shiftYear(y: YearRef, by: number): YearRef {
  if ('abs' in y) return { abs: y.abs + by };
  if ('rel' in y) return { rel: y.rel + by };
  return y;
}

/**
 * "January-February 2021", "January 2020 - March 2021", "from January to August 2021",
 * "between January and June", "январе–сентябре 2020 г.", "с января по июнь".
 */
const monthRange: Rule = {
  name: 'monthRange',
  needs: hasMonthToken,
  starts: startsAt(`(?:(?:from|between|со|с)\\s{1,3})?(?:${MONTH_PREFIX})`),
  re: ruleRegex(
    `(?:(from|between|с|со)${S})?(${MONTH})(${S}${YEAR}(?![\\d])${YEAR_SUFFIX})?` +
    `(${DASH}|${S}(?:to|through|till|until|and|по|до|и)${S})(${MONTH})(${YEAR_SPEC})?`,
  ),
  build(m) {
    const [, prefix, t1, spec1, conn, t2, spec2] = m;
    if (!monthTokenOk(t1) || !monthTokenOk(t2)) return null;
    const m1 = monthNumber(t1)!;
    const m2 = monthNumber(t2)!;
    const connector = conn.trim().toLowerCase();
    if ((connector === 'and' || connector === 'и') && !prefix && m2 !== m1 + 1) return null;
    if ((connector === 'and' || connector === 'и') && prefix && !/between/i.test(prefix)) return null;
    let y1 = parseYearSpec(spec1);
    let y2 = parseYearSpec(spec2);
    if (y1 && y2 && 'abs' in y1 && 'abs' in y2 && y1.abs * 12 + m1 >= y2.abs * 12 + m2) return null;
    if (!y2) y2 = y1 ? (m2 > m1 ? y1 : shiftYear(y1, 1)) : { implicit: true };
    if (!y1 && m1 > m2) y1 = shiftYear(y2, -1);
    if (!y1 && m1 === m2) return null;
    // With or without "from", the match starts where the phrase does.
    return { ...span(m), shape: { t: 'months', y: y2, m1, m2, y1 } };
  },
};

/** "the first seven months of 2018", "nine months of 2020", "за 9 месяцев 2020 г.", "первые семь месяцев". */
const monthCount: Rule = {
  name: 'monthCount',
  needs: /month|месяц|мес\./i,
  re: ruleRegex(
    `(?:the${S})?(?:(first|первые|первых)${S})?(${COUNT})` +
    `(?:(?:-|${S})months?(?:${S}period)?|-month${S}period|${S}(?:месяц(?:а|ев|ах|ам)?|мес\\.))(?![\\p{L}])` +
    `(${YEAR_SPEC})?`,
  ),
  build(m, text) {
    const n = countValue(m[2]);
    if (n === undefined || n < 2 || n > 12) return null;
    const y = parseYearSpec(m[3]);
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    if (!y && !m[1] && !PERIOD_PREP_BEFORE.test(before)) return null;
    if (!y && OF_SOMETHING_ELSE.test(after(m, text))) return null;
    const year = y ?? { implicit: true };
    return { ...span(m), shape: n === 12 ? { t: 'year', y: year } : { t: 'months', y: year, m1: 1, m2: n } };
  },
};

/** "9M 2021" (accounting shorthand, capital M). */
const monthCountShort: Rule = {
  name: 'monthCountShort',
  needs: /\dM/,
  re: ruleRegex(`([2-9]|1[01])M${S0}(${YEAR})(?![\\d])`),
  build(m) {
    if (!m[0].includes('M')) return null;
    return { ...span(m), shape: { t: 'months', y: { abs: Number(m[2]) }, m1: 1, m2: Number(m[1]) } };
  },
};

/** "the first quarter of 2021", "the last quarter", "Q1 2021", "1Q 2021", "Q1-Q3 2021". */
const quarterEn: Rule = {
  name: 'quarterEn',
  needs: /quarter/i,
  starts: startsAt('(?:the\\s{1,3})?(?:first|second|third|fourth|1st|2nd|3rd|4th|last|final)'),
  re: ruleRegex(`(?:the${S})?(${ORD_EN}|last|final)${S}quarter(?![\\p{L}])(${YEAR_SPEC})?`),
  build(m, text) {
    const y = parseYearSpec(m[2]);
    if (!y && OF_SOMETHING_ELSE.test(after(m, text))) return null;
    const word = m[1].toLowerCase();
    if (word === 'last' && !y) return { ...span(m), shape: { t: 'quarterRel', offset: -1 } };
    const q = word === 'last' || word === 'final' ? 4 : ordinalValue(word)!;
    return { ...span(m), shape: { t: 'quarter', y: y ?? { implicit: true }, q } };
  },
};

const quarterCode: Rule = {
  name: 'quarterCode',
  needs: [/q/i, /q[1-4]|[1-4]q/iu],
  re: ruleRegex(`(?:Q([1-4])|([1-4])Q)(?:${DASH}Q([1-4]))?(?:(${YEAR_SPEC})|(?![\\p{L}\\d]))`),
  build(m) {
    const y = parseYearSpec(m[4]);
    if (m[2] && !y) return null;
    const q1 = Number(m[1] ?? m[2]);
    const yr = y ?? { implicit: true };
    if (m[3]) {
      const q2 = Number(m[3]);
      if (q2 <= q1) return null;
      return { ...span(m), shape: { t: 'months', y: yr, m1: q1 * 3 - 2, m2: q2 * 3 } };
    }
    return { ...span(m), shape: { t: 'quarter', y: yr, q: q1 } };
  },
};

const RU_ORD = `(?:${ORD_RU}|${ROMAN}|[1-4](?:-?(?:й|м|го|ом|ый))?(?![\\d]))`;

/** "I квартал 2021 года", "в первом квартале", "во 2-м квартале", "I–III кварталы", "IV кв. 2020 г.". */
const quarterRu: Rule = {
  name: 'quarterRu',
  needs: /квартал|кв\./i,
  re: ruleRegex(`(${RU_ORD})(?:${DASH}(${RU_ORD}))?${S}(квартал\\p{L}{0,3}|кв\\.)(?!\\p{L})(${YEAR_SPEC})?`),
  build(m) {
    const q1 = ordinalValue(m[1]);
    const q2 = m[2] ? ordinalValue(m[2]) : undefined;
    // "2 квартала" counts quarters; "2 квартал", "3 квартале" name one.
    if (/^\d$/.test(m[1]) && !m[2] && /^квартал(?:а|ов|ах)$/i.test(m[3])) return null;
    if (q1 === undefined || q1 > 4 || (m[2] && (q2 === undefined || q2 > 4 || q2 <= q1))) return null;
    const y = parseYearSpec(m[4]) ?? { implicit: true };
    if (q2 !== undefined) return { ...span(m), shape: { t: 'months', y, m1: q1 * 3 - 2, m2: q2 * 3 } };
    return { ...span(m), shape: { t: 'quarter', y, q: q1 } };
  },
};

/** "three quarters of 2018", "the first two quarters", "за три квартала 2018 года". */
const quarterCount: Rule = {
  name: 'quarterCount',
  needs: /quarters|квартал/i,
  re: ruleRegex(
    `(?:the${S})?(?:(first|первые|первых)${S})?(two|three|два|двух|три|трех|трёх|2|3)${S}` +
    `(?:quarters|квартала|кварталов|кварталах)(?![\\p{L}])(${YEAR_SPEC})?`,
  ),
  build(m, text) {
    const n = countValue(m[2])!;
    const y = parseYearSpec(m[3]);
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    if (!y && !m[1] && !PERIOD_PREP_BEFORE.test(before)) return null;
    return { ...span(m), shape: { t: 'months', y: y ?? { implicit: true }, m1: 1, m2: n * 3 } };
  },
};

/** "the first half of 2019", "the first half-year", "second half of the year". */
const halfEn: Rule = {
  name: 'halfEn',
  needs: /half/i,
  re: ruleRegex(`(?:the${S})?(first|second|1st|2nd)${S}half(?:[-\\s]year)?(?![\\p{L}])(${YEAR_SPEC})?`),
  build(m, text) {
    const y = parseYearSpec(m[2]);
    if (!y && OF_SOMETHING_ELSE.test(after(m, text))) return null;
    return { ...span(m), shape: { t: 'half', y: y ?? { implicit: true }, h: ordinalValue(m[1])! } };
  },
};

/** "H1 2019", "1H 2019", "H2". */
const halfCode: Rule = {
  name: 'halfCode',
  needs: [/H/, /h[12]|[12]h/iu],
  re: ruleRegex(`(?:H([12])|([12])H)(?:(${YEAR_SPEC})|(?![\\p{L}\\d]))`),
  build(m) {
    if (!m[0].includes('H')) return null;
    const y = parseYearSpec(m[3]);
    if (m[2] && !y) return null;
    return { ...span(m), shape: { t: 'half', y: y ?? { implicit: true }, h: Number(m[1] ?? m[2]) } };
  },
};

/** "в первом полугодии 2019 года", "I полугодие", "за 2-е полугодие", "в первой половине 2019 года". */
const halfRu: Rule = {
  name: 'halfRu',
  needs: /полугод|половин/i,
  re: ruleRegex(
    `(${ORD_RU}|I{1,2}(?![\\p{L}\\d])|[12](?:-?(?:е|м|го|ое|ом))?(?![\\d]))${S}` +
    `(полугоди(?:е|я|ю|и|ем)|половин(?:е|а|у|ы|ой))(?!\\p{L})(${YEAR_SPEC})?`,
  ),
  build(m) {
    const h = ordinalValue(m[1]);
    if (h === undefined || h > 2) return null;
    const y = parseYearSpec(m[3]);
    // "половина" names a half of anything ("первой половине дня"); only with a year is it a half-year.
    if (!y && /^половин/i.test(m[2])) return null;
    return { ...span(m), shape: { t: 'half', y: y ?? { implicit: true }, h } };
  },
};

/** "2017-2020", "2017–2020 годах", "2019/20", "from 2019 to 2021", "с 2019 по 2021 год", "between 2015 and 2020". */
const yearRange: Rule = {
  name: 'yearRange',
  needs: YEAR_HINT,
  starts: startsAt('(?:(?:from|between|со|с)\\s{1,3})?(?:1[89]|20)\\d\\d'),
  re: ruleRegex(
    `(?:(from|between|с|со)${S})?(${YEAR})(?![\\d])(${YEAR_SUFFIX})` +
    `(${DASH}|/|${S}(?:to|till|until|through|and|по|до|и)${S})(${YEAR}|\\d\\d)(?![\\d])(${YEAR_SUFFIX})`,
  ),
  build(m) {
    const [, prefix, a, suffix1, conn, b, suffix2] = m;
    const wordConnector = /\p{L}/u.test(conn);
    if (wordConnector && !prefix) return null;
    if (/^\s*(?:and|и)\s*$/i.test(conn) && !/between/i.test(prefix ?? '')) return null;
    const y1 = Number(a);
    const y2 = b.length === 2 ? Math.floor(y1 / 100) * 100 + Number(b) : Number(b);
    if (b.length === 2 && wordConnector) return null;
    if (y2 <= y1 || y2 - y1 > 100) return null;
    if (conn === '/' && y2 !== y1 + 1) return null;
    return {
      start: m.index, end: m.index + m[0].length, shape: { t: 'years', y1, y2 },
      bareYear: true, yearMarker: Boolean(suffix1 || suffix2),
    };
  },
};

/** "the same period of last year", "the same period last year", "the same period of 2020", "аналогичный период прошлого года". */
const samePeriod: Rule = {
  name: 'samePeriod',
  needs: /period|период/i,
  starts: startsAt('(?:the\\s{1,3})?(?:same|corresponding|comparable)|аналогичн|соответствующ|т(?:от|ого|ому|ом)\\s{1,3}же'),
  re: ruleRegex(
    `(?:the${S})?(?:same|corresponding|comparable)${S}period${S}(?:of${S}|in${S})?` +
    `(${REL_YEAR_EN}|a${S}year${S}(?:earlier|ago|before)|${YEAR}(?![\\d]))` +
    `|(?:аналогичн\\p{L}{1,4}|соответствующ\\p{L}{1,4}|т(?:от|ого|ому|ом)${S}же)${S}период\\p{L}{0,3}${S}` +
    `(${REL_YEAR_RU}|${YEAR}(?![\\d])${YEAR_SUFFIX})`,
  ),
  build(m) {
    const spec = m[1] ?? m[2];
    const y = /a\s+year/i.test(spec) ? { rel: -1 } : parseYearSpec(spec);
    if (!y) return null;
    return { ...span(m), shape: { t: 'samePeriod', y } };
  },
};

export const PERIOD_RULES: readonly Rule[] = [
  monthRange, monthCount, monthCountShort, quarterEn, quarterCode, quarterRu, quarterCount,
  halfEn, halfCode, halfRu, yearRange, samePeriod,
];
