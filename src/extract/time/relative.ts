/**
 * Expressions whose value depends on when the text was written: "last year", "в текущем
 * году", "last month", "yesterday", "on Monday", "by the end of the year", "over the next
 * five years", "в ближайшие три года". A relative year followed by the year in brackets
 * ("Last year [2017]") takes the bracketed year.
 */
import { countValue, WEEKDAYS } from './lexicon.ts';
import { ruleRegex, type Rule, type YearRef } from './nucleus.ts';
import { COUNT, S, S0, startsAt, WEEKDAY, WEEKDAY_HINT, WEEKDAY_PREFIX, YEAR } from './patterns.ts';

const BRACKET_YEAR = `(?:${S0}[\\[(]${S0}(${YEAR})${S0}[\\])])?`;

const end = (m: RegExpExecArray): number => m.index + m[0].length;

/** The year offset a relative word names. */
export function yearOffset(word: string): number | undefined {
  const w = word.toLowerCase();
  if (/позапрошл|before\s+last/.test(w)) return -2;
  if (/last|previous|прошл|прошедш|минувш|предыдущ|истекш/.test(w)) return -1;
  if (/next|следующ|будущ/.test(w)) return 1;
  if (/this|current|текущ|нынешн|^эт|^се/.test(w)) return 0;
  return undefined;
}

function bracketOr(m: RegExpExecArray, group: number, offset: number): YearRef {
  return m[group] ? { abs: Number(m[group]) } : { rel: offset };
}

/** "last year", "this year", "the current year", "next year", "the year before last", "two years ago". */
const relYearEn: Rule = {
  name: 'relYearEn',
  needs: [/year/i, /last|this|next|current|previous|ago/iu],
  re: ruleRegex(
    `(?:the${S})?(last|this|next|current|previous)${S}year(?![\\p{L}-])${BRACKET_YEAR}` +
    `|(a|one|two|three|\\d)${S}years?${S}ago(?![\\p{L}])`,
  ),
  build(m) {
    if (m[3]) {
      const n = /^(?:a|one)$/i.test(m[3]) ? 1 : countValue(m[3]) ?? Number(m[3]);
      return { start: m.index, end: end(m), shape: { t: 'year', y: { rel: -n } } };
    }
    const offset = yearOffset(m[1]);
    if (offset === undefined) return null;
    return { start: m.index, end: end(m), shape: { t: 'year', y: bracketOr(m, 2, offset) } };
  },
};

/** "the year before last" written the other way round. */
const yearBeforeLast: Rule = {
  name: 'yearBeforeLast',
  needs: /before last/i,
  re: ruleRegex(`the${S}year${S}before${S}last(?![\\p{L}])`),
  build: (m) => ({ start: m.index, end: end(m), shape: { t: 'year', y: { rel: -2 } } }),
};

/** "в прошлом году", "текущего года", "в этом году", "в позапрошлом году", "прошлый год". */
const relYearRu: Rule = {
  name: 'relYearRu',
  needs: [/год/i, /прошл|прошедш|минувш|предыдущ|истекш|текущ|нынешн|следующ|будущ|этот|этом|этого|этому|сей|сего/iu],
  re: ruleRegex(
    `((?:позапрошл|прошл|прошедш|минувш|предыдущ|истекш|текущ|нынешн|следующ|будущ)` +
    `(?:ий|ый|ого|его|ем|ом|ему|ому|им|ым)|этот|этом|этого|этому|сей|сего)${S}год(?:а|у|ом)?(?!\\p{L})${BRACKET_YEAR}`,
  ),
  build(m) {
    const offset = yearOffset(m[1]);
    if (offset === undefined) return null;
    return { start: m.index, end: end(m), shape: { t: 'year', y: bracketOr(m, 2, offset) } };
  },
};

/** "next [2020]", "last [2017]": the writer's bracketed gloss of a relative year. */
const bracketedYear: Rule = {
  name: 'bracketedYear',
  needs: /\[/,
  re: ruleRegex(`(?:last|next|this)${S0}\\[${S0}(${YEAR})${S0}\\]`),
  build: (m) => ({ start: m.index, end: end(m), shape: { t: 'year', y: { abs: Number(m[1]) } } }),
};

/** "the end of the year", "the beginning of the year", "конца года", "по итогам года": this year, or the text's. */
const partOfTheYear: Rule = {
  name: 'partOfTheYear',
  needs: [/year|года/i, /end|beginning|start|middle|конц|начал|середин|конец|итогам/iu],
  re: ruleRegex(
    `(?:the${S})?(?:end|beginning|start|middle)${S}of${S}the${S}year(?![\\p{L}-])` +
    `|(?:(?:конц|начал|середин)[еаугыо]|конец)${S}года(?!\\p{L})` +
    `|по${S}итогам${S}года(?!\\p{L})`,
  ),
  build: (m) => ({ start: m.index, end: end(m), shape: { t: 'year', y: { implicit: true } } }),
};

/** "last month", "this month", "в прошлом месяце", "в текущем месяце". */
const relMonth: Rule = {
  name: 'relMonth',
  needs: /month|месяц/i,
  re: ruleRegex(
    `(?:the${S})?(last|this|next|previous|current)${S}month(?![\\p{L}])` +
    `|((?:прошл|предыдущ|текущ|следующ|будущ)(?:ий|ый|ого|его|ем|ом)|этом|этот|этого)${S}месяц(?:е|а|у)?(?!\\p{L})`,
  ),
  build(m) {
    const offset = yearOffset(m[1] ?? m[2]);
    if (offset === undefined) return null;
    return { start: m.index, end: end(m), shape: { t: 'monthRel', offset } };
  },
};

/** "yesterday", "today", "tomorrow", "вчера", "сегодня", "позавчера". */
const relDay: Rule = {
  name: 'relDay',
  needs: /yesterday|today|tomorrow|вчера|сегодня|завтра/i,
  re: ruleRegex(
    `(the${S}day${S}before${S}yesterday|the${S}day${S}after${S}tomorrow|yesterday|today|tomorrow` +
    `|позавчера|вчера|сегодня|завтра|послезавтра)(?![\\p{L}])`,
  ),
  build(m) {
    const w = m[1].toLowerCase().replace(/\s+/g, ' ');
    const offsets: Record<string, number> = {
      'the day before yesterday': -2, 'the day after tomorrow': 2, yesterday: -1, today: 0, tomorrow: 1,
      позавчера: -2, вчера: -1, сегодня: 0, завтра: 1, послезавтра: 2,
    };
    return { start: m.index, end: end(m), shape: { t: 'dayRel', offset: offsets[w] } };
  },
};

/** "on Monday", "last Friday", "next Tuesday", "в понедельник", "в прошлую пятницу". */
const weekday: Rule = {
  name: 'weekday',
  needs: [/day|понедельник|вторник|сред|четверг|пятниц|суббот|воскресен/i, WEEKDAY_HINT],
  starts: startsAt(`(?:on|last|next|this|во|в)\\s{1,3}(?:${WEEKDAY_PREFIX}|прошл|следующ)`),
  re: ruleRegex(`(on|last|next|this|в|во|в${S}прошл\\p{L}{2}|в${S}следующ\\p{L}{2,3})${S}(${WEEKDAY})`),
  build(m) {
    if (/^[a-z]/i.test(m[2]) && !/^\p{Lu}/u.test(m[2])) return null;
    const dir = /next|следующ/i.test(m[1]) ? 1 : -1;
    return { start: m.index, end: end(m), shape: { t: 'weekday', wd: WEEKDAYS.get(m[2].toLowerCase())!, dir } };
  },
};

/** "over the next five years", "within 3 years", "в ближайшие три года", "в течение следующих пяти лет". */
const nextYears: Rule = {
  name: 'nextYears',
  needs: [/years|лет|год/i, /next|coming|following|upcoming|within|ближайш|следующ/iu],
  starts: startsAt('(?:in|over|during|for)\\s{1,3}the\\s|within\\s|(?:в|на)\\s{1,3}(?:ближайш|следующ|течение)'),
  re: ruleRegex(
    `(?:(?:in|over|within|during|for)${S}the${S}(?:next|coming|following|upcoming)|within)${S}(${COUNT})${S}years(?![\\p{L}])` +
    `|(?:в|на|в${S}течение)${S}(?:ближайш|следующ)\\p{L}{1,3}${S}(${COUNT})${S}(?:год\\p{L}{0,2}|лет)(?!\\p{L})`,
  ),
  build(m) {
    const n = countValue(m[1] ?? m[2]);
    if (n === undefined || n < 1 || n > 50) return null;
    return { start: m.index, end: end(m), shape: { t: 'nextYears', n } };
  },
};

export const RELATIVE_RULES: readonly Rule[] = [
  relYearEn, yearBeforeLast, relYearRu, bracketedYear, partOfTheYear, relMonth, relDay, weekday, nextYears,
];
