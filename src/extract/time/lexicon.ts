/**
 * Words of time in English and Russian: month names in every case form and their
 * abbreviations, weekdays, small number words and ordinals. Each table maps a lowercase
 * form to its number; `alternation` turns a table into a regex alternative list.
 */

const EN_MONTH_FULL = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

/** English month names and abbreviations ("Sept" and "Sep" both), lowercase, without a dot. */
export const EN_MONTHS: ReadonlyMap<string, number> = new Map<string, number>([
  ...EN_MONTH_FULL.map((m, i): [string, number] => [m, i + 1]),
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8],
  ['sep', 9], ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
]);

/** Abbreviated English forms: accepted only next to a day or a year. */
export const EN_MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set(
  [...EN_MONTHS.keys()].filter((k) => !EN_MONTH_FULL.includes(k)),
);

/** Russian month names in all six cases. Soft-stem months decline like "январь", hard ones like "март". */
function russianMonthForms(): Map<string, number> {
  const soft: Array<[string, number]> = [
    ['январ', 1], ['феврал', 2], ['апрел', 4], ['июн', 6], ['июл', 7],
    ['сентябр', 9], ['октябр', 10], ['ноябр', 11], ['декабр', 12],
  ];
  const hard: Array<[string, number]> = [['март', 3], ['август', 8]];
  const out = new Map<string, number>();
  for (const [stem, n] of soft) for (const end of ['ь', 'я', 'е', 'ю', 'ем', 'ём']) out.set(stem + end, n);
  for (const [stem, n] of hard) for (const end of ['', 'а', 'е', 'у', 'ом']) out.set(stem + end, n);
  for (const f of ['май', 'мая', 'мае', 'маю', 'маем']) out.set(f, 5);
  return out;
}
export const RU_MONTHS: ReadonlyMap<string, number> = russianMonthForms();

/** Russian abbreviations; in the text they always carry a dot ("янв.", "сент."). */
export const RU_MONTH_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['янв', 1], ['фев', 2], ['февр', 2], ['мар', 3], ['апр', 4], ['июн', 6], ['июл', 7],
  ['авг', 8], ['сен', 9], ['сент', 9], ['окт', 10], ['ноя', 11], ['нояб', 11], ['дек', 12],
]);

/** The month number of a matched month token (any language, any case, with or without a dot). */
export function monthNumber(token: string): number | undefined {
  const t = token.toLowerCase().replace(/\.$/, '');
  return EN_MONTHS.get(t) ?? RU_MONTHS.get(t) ?? RU_MONTH_ABBREVIATIONS.get(t);
}

/** True for English month tokens, which must be capitalized ("may" is a verb). */
export function isEnglishMonth(token: string): boolean {
  return EN_MONTHS.has(token.toLowerCase().replace(/\.$/, ''));
}

/** True for abbreviated forms ("Jan.", "Sept", "сент."): they need a day or a year beside them. */
export function isAbbreviatedMonth(token: string): boolean {
  const t = token.toLowerCase().replace(/\.$/, '');
  return EN_MONTH_ABBREVIATIONS.has(t) || RU_MONTH_ABBREVIATIONS.has(t);
}

/** Weekdays, 0 = Sunday as in Date#getUTCDay. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6],
  ['воскресенье', 0], ['понедельник', 1], ['вторник', 2], ['среду', 3], ['среда', 3],
  ['четверг', 4], ['пятницу', 5], ['пятница', 5], ['субботу', 6], ['суббота', 6],
]);

/** Cardinal number words 2..12 as they count months, quarters or years. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
  ['два', 2], ['двух', 2], ['две', 2], ['три', 3], ['трех', 3], ['трёх', 3], ['четыре', 4],
  ['четырех', 4], ['четырёх', 4], ['пять', 5], ['пяти', 5], ['шесть', 6], ['шести', 6],
  ['семь', 7], ['семи', 7], ['восемь', 8], ['восьми', 8], ['девять', 9], ['девяти', 9],
  ['десять', 10], ['десяти', 10], ['одиннадцать', 11], ['одиннадцати', 11],
  ['двенадцать', 12], ['двенадцати', 12],
]);

/** A count written as digits or a number word. */
export function countValue(token: string): number | undefined {
  const t = token.toLowerCase();
  if (/^\d{1,2}$/.test(t)) return Number(t);
  return NUMBER_WORDS.get(t);
}

/**
 * The number of an ordinal: "first", "1st", "третьем", "III", "2-м", "4". Returns undefined
 * for anything else.
 */
export function ordinalValue(token: string): number | undefined {
  const t = token.toLowerCase().replace(/-?(?:й|м|го|е|ом|ый|ое)$/, '');
  const roman: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
  if (t in roman) return roman[t];
  if (/^[1-4]$/.test(t)) return Number(t);
  const en: Record<string, number> = {
    first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4,
  };
  if (t in en) return en[t];
  if (t.startsWith('перв')) return 1;
  if (t.startsWith('втор')) return 2;
  if (t.startsWith('трет')) return 3;
  if (t.startsWith('четв')) return 4;
  return undefined;
}

/** A regex alternative list of the given words, longest first, with regex characters escaped. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}
