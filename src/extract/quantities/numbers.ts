/**
 * Numbers as they are written in English and Russian prose: digits with decimal points or
 * commas and thousands groups ("1,500,000", "1 500 000", "345,6"), number words ("twenty-five",
 * "three and a half thousand", "двести пятьдесят", "полтора"), and the scale words that follow
 * them ("bn", "million", "млн", "тыс.").
 *
 * Everything here is linear in the input: the only regexes that scan a whole text are a
 * digit-run pattern with fixed-width groups and a scan for the beginnings of number words.
 */

import { headPattern, wordsStartingWith } from './scan.ts';

/** A number found in a text: [start, end) covers the numeral and its scale word. */
export interface NumberSpan {
  start: number;
  end: number;
  raw: string;
  /** base * scale. */
  value: number;
  /** The numeral as written before any scale word: 1.5 in "1.5 billion". */
  base: number;
  /** 1 when no scale word follows. */
  scale: number;
  /** How the scale was written: "billion"/"млрд" = word, "bn"/"mln" = abbr, "$5m" = letter. */
  scaleKind: 'none' | 'word' | 'abbr' | 'letter';
  form: 'digits' | 'words';
}

/** Space characters used between digit groups: regular, no-break, figure, thin, narrow no-break. */
export const GROUP_SPACE = '[ \\u00A0\\u2007\\u2009\\u202F]';

/**
 * Digit numerals. Alternatives: comma thousands ("1,500,000" or "1,500.25"), space
 * thousands ("1 500 000", "1 500,5"), plain with an optional decimal part ("12.3", "1,5").
 * Each thousands group is exactly three digits and must not run on into another digit.
 */
const DIGITS_SRC =
  `\\d{1,3}(?:,\\d{3})+(?!\\d)(?:\\.\\d+)?` +
  `|\\d{1,3}(?:${GROUP_SPACE}\\d{3})+(?!\\d)(?:[.,]\\d+)?` +
  `|\\d+(?:[.,]\\d+)?`;

type ScaleKind = NumberSpan['scaleKind'];

/** Scale words, lower-cased, with their multiplier and kind. Russian forms come from stems below. */
const SCALE_TABLE: Array<[RegExp, number, ScaleKind]> = [
  [/^(?:thousands?|тысяч[аиуеё]?|тысячам?и?|тысячах|тысячей|тысячью)$/u, 1e3, 'word'],
  [/^(?:thous\.?|тыс\.?)$/u, 1e3, 'abbr'],
  [/^k$/u, 1e3, 'letter'],
  [/^m$/u, 1e6, 'letter'],
  [/^b$/u, 1e9, 'letter'],
  [/^(?:millions?|миллион(?:а|у|ом|е|ы|ов|ам|ами|ах)?)$/u, 1e6, 'word'],
  [/^(?:mln\.?|mn\.?|млн\.?)$/u, 1e6, 'abbr'],
  [/^(?:billions?|миллиард(?:а|у|ом|е|ы|ов|ам|ами|ах)?)$/u, 1e9, 'word'],
  [/^(?:bln\.?|bn\.?|млрд\.?)$/u, 1e9, 'abbr'],
  [/^(?:trillions?|триллион(?:а|у|ом|е|ы|ов|ам|ами|ах)?)$/u, 1e12, 'word'],
  [/^(?:trln\.?|трлн\.?)$/u, 1e12, 'abbr'],
];

/** Multiplier of a scale word ("billion", "bn", "млрд.", "тысячи"), or null. */
export function parseScaleWord(word: string): { scale: number; kind: ScaleKind } | null {
  const w = word.trim().toLowerCase();
  for (const [re, scale, kind] of SCALE_TABLE) if (re.test(w)) return { scale, kind };
  return null;
}

/** Scale after a digit numeral, spaced or attached. Single letters only attached ("$5m", "62bn"). */
const SCALE_AFTER_SRC =
  `(?:\\s{0,2}(?<sw>thousands?|thous\\.|millions?|billions?|trillions?|mln\\.?|mn|bln\\.?|bn|trln\\.?` +
  `|тыс\\.?|тысяч[аиуеё]?|тысячам?и?|тысячах|тысячей|млн\\.?|млрд\\.?|трлн\\.?` +
  `|миллион(?:а|у|ом|е|ы|ов|ам|ами|ах)?|миллиард(?:а|у|ом|е|ы|ов|ам|ами|ах)?|триллион(?:а|у|ом|е|ы|ов|ам|ами|ах)?)` +
  `(?![\\p{L}\\d])|(?<sl>[kmb])(?![\\p{L}\\d]))`;

const DIGIT_NUMBER_RE = new RegExp(`(?<!\\d)(?<!\\d[.,])(?<num>${DIGITS_SRC})(?:${SCALE_AFTER_SRC})?`, 'giu');

/** Currency codes and signs that may stick to a numeral ("US800", "USD164", "Br5"). */
const ATTACHED_PREFIX_RE = /(?:^|[^\p{L}])(?:US|USD|EUR|RUB|RUR|BYN|BYR|KZT|UZS|CNY|RMB|GBP|JPY|CHF|KGS|TJS|AMD|AZN|GEL|MDL|UAH|TMT|Br)$/u;

/** Russian and English ordinal endings after digits: "16th", "2nd", "16-й", "11-го", "90-х". */
const ORDINAL_TAIL_RE = /^(?:st|nd|rd|th|-?(?:й|я|е|го|му|м|х|ми|ое|ой|ый|ий|ая|ые|ых|ым|ом|ей|ю))(?![\p{L}])/u;

const LEADING_DIGITS_RE = new RegExp(`^(?:${DIGITS_SRC})`, 'u');

/**
 * Parses a digit numeral ("1.5", "1,5", "1,500,000", "1 500 000", "300") or a number phrase
 * in words ("twenty-five", "half a", "a dozen", "две", "трёх", "полтора"); a trailing scale
 * word multiplies ("1.5 billion", "2,5 тыс.", "seven billion"). Returns null when the token is
 * not a number. `decimalComma` forces "1,500" to read as 1.5 (Russian never groups with commas).
 */
export function parseNumberToken(token: string, opts: { decimalComma?: boolean } = {}): number | null {
  const t = token.trim();
  if (t === '') return null;
  if (/^half\s+an?$/i.test(t)) return 0.5; // "half a" (billion), read without its scale
  const m = LEADING_DIGITS_RE.exec(t);
  if (m) {
    const rest = t.slice(m[0].length).trim();
    // A Cyrillic scale word after "1,250" means a Russian decimal comma.
    const base = parseDigits(m[0], opts.decimalComma ?? /^[\u0400-\u04FF]/.test(rest));
    if (base === null) return null;
    if (rest === '') return base;
    const sc = parseScaleWord(rest);
    return sc ? scaled(base, sc.scale) : null;
  }
  const words = tokenizeWords(t);
  if (words.length === 0) return null;
  if (words[words.length - 1]!.end !== t.length || words[0]!.start !== 0) return null;
  const parsed = evaluateWordRun(t, words.map((w) => w.word.toLowerCase()), words);
  if (parsed.length !== 1) return null;
  const only = parsed[0]!;
  return only.firstToken === 0 && only.lastToken === words.length - 1 ? only.value : null;
}

/** Value of a digit numeral; "1,500" reads as 1500 unless decimalComma. */
export function parseDigits(raw: string, decimalComma: boolean): number | null {
  const s = raw.replace(/[ \u00A0\u2007\u2009\u202F]/g, '');
  let normalized: string;
  const commas = (s.match(/,/g) ?? []).length;
  if (commas === 0) normalized = s;
  else if (s.includes('.')) normalized = s.replace(/,/g, ''); // "1,500.25"
  else if (commas > 1) normalized = s.replace(/,/g, ''); // "1,500,000"
  else if (/^\d{1,3},\d{3}$/.test(s) && !decimalComma) normalized = s.replace(',', ''); // "3,300"
  else normalized = s.replace(',', '.'); // "345,6", or "1,250" in Russian
  if (!/^\d+(?:\.\d+)?$/.test(normalized)) return null;
  const v = Number(normalized);
  return Number.isFinite(v) ? v : null;
}

/** base * scale without binary noise: 133.5 * 1e6 = 133500000, not 133500000.00000001. */
export function scaled(base: number, scale: number): number {
  if (scale === 1) return base;
  const r = base * scale;
  const near = Math.round(r);
  if (Math.abs(r - near) < 1e-6) return near;
  return Number(r.toPrecision(15));
}

// ---------------------------------------------------------------------------------------------
// Number words

type WordKind = 'unit' | 'ten' | 'teen' | 'hundredMul' | 'hundredAdd' | 'scale' | 'dozen' | 'half' | 'a' | 'and' | 'oneHalf' | 'halfScale';

interface WordInfo {
  kind: WordKind;
  value: number;
  /** Lone scale words in forms that also mean "thousands of" are no number by themselves. */
  loneOk?: boolean;
}

function buildLexicon(): Map<string, WordInfo> {
  const lex = new Map<string, WordInfo>();
  const put = (kind: WordKind, value: number, words: string[], loneOk = true) => {
    for (const w of words) lex.set(w, { kind, value, loneOk });
  };
  const en = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
  en.forEach((w, i) => put('unit', i + 1, [w]));
  const enTeens = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
  enTeens.forEach((w, i) => put('teen', i + 10, [w]));
  const enTens = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
  enTens.forEach((w, i) => put('ten', (i + 2) * 10, [w]));
  put('hundredMul', 100, ['hundred']);
  put('scale', 1e3, ['thousand'], false);
  put('scale', 1e6, ['million'], false);
  put('scale', 1e9, ['billion'], false);
  put('scale', 1e12, ['trillion'], false);
  put('dozen', 12, ['dozen']);
  put('half', 0.5, ['half']);
  put('a', 1, ['a', 'an']);
  put('and', 0, ['and']);

  // Russian: every case form a numeral takes after prepositions and in genitive phrases.
  put('unit', 1, ['один', 'одна', 'одно', 'одного', 'одной', 'одному', 'одним', 'одном', 'одну', 'одною']);
  put('unit', 2, ['два', 'две', 'двух', 'двум', 'двумя']);
  put('unit', 3, ['три', 'трёх', 'трех', 'трём', 'трем', 'тремя']);
  put('unit', 4, ['четыре', 'четырёх', 'четырех', 'четырём', 'четырем', 'четырьмя']);
  // "семью" (seven, instrumental) is also "family" (accusative): left out on purpose.
  put('unit', 5, ['пять', 'пяти', 'пятью']);
  put('unit', 6, ['шесть', 'шести', 'шестью']);
  put('unit', 7, ['семь', 'семи']);
  put('unit', 8, ['восемь', 'восьми', 'восемью', 'восьмью']);
  put('unit', 9, ['девять', 'девяти', 'девятью']);
  const ruTeens = ['десять', 'одиннадцать', 'двенадцать', 'тринадцать', 'четырнадцать', 'пятнадцать', 'шестнадцать', 'семнадцать', 'восемнадцать', 'девятнадцать'];
  ruTeens.forEach((w, i) => {
    const stem = w.slice(0, -1);
    put('teen', i + 10, [w, stem + 'и', stem + 'ью']);
  });
  put('ten', 20, ['двадцать', 'двадцати', 'двадцатью']);
  put('ten', 30, ['тридцать', 'тридцати', 'тридцатью']);
  put('ten', 40, ['сорок', 'сорока']);
  put('ten', 50, ['пятьдесят', 'пятидесяти', 'пятьюдесятью']);
  put('ten', 60, ['шестьдесят', 'шестидесяти', 'шестьюдесятью']);
  put('ten', 70, ['семьдесят', 'семидесяти', 'семьюдесятью']);
  put('ten', 80, ['восемьдесят', 'восьмидесяти', 'восемьюдесятью']);
  put('ten', 90, ['девяносто', 'девяноста']);
  put('hundredAdd', 100, ['сто', 'ста']);
  put('hundredAdd', 200, ['двести', 'двухсот', 'двумстам', 'двумястами', 'двухстах']);
  put('hundredAdd', 300, ['триста', 'трёхсот', 'трехсот', 'трёмстам', 'тремстам', 'тремястами', 'трёхстах', 'трехстах']);
  put('hundredAdd', 400, ['четыреста', 'четырёхсот', 'четырехсот', 'четырёмстам', 'четыремстам', 'четырьмястами']);
  const ruHundreds: Array<[number, string, string]> = [
    [500, 'пятьсот', 'пят'], [600, 'шестьсот', 'шест'], [700, 'семьсот', 'сем'], [800, 'восемьсот', 'восьм'], [900, 'девятьсот', 'девят'],
  ];
  for (const [v, nom, stem] of ruHundreds) put('hundredAdd', v, [nom, stem + 'исот', stem + 'истам', stem + 'ьюстами', stem + 'истах']);
  // Scale words: singular forms can stand alone ("около миллиона" = about a million);
  // plural forms alone mean "thousands/millions of" and are no number.
  put('scale', 1e3, ['тысяча', 'тысячу', 'тысячей', 'тысячи'], true);
  put('scale', 1e3, ['тысяч', 'тысячам', 'тысячами', 'тысячах'], false);
  for (const [v, stem] of [[1e6, 'миллион'], [1e9, 'миллиард'], [1e12, 'триллион']] as Array<[number, string]>) {
    put('scale', v, [stem, stem + 'а', stem + 'у', stem + 'ом', stem + 'е'], true);
    put('scale', v, [stem + 'ы', stem + 'ов', stem + 'ам', stem + 'ами', stem + 'ах'], false);
    put('halfScale', v / 2, ['пол' + stem, 'пол' + stem + 'а', 'полу' + stem + 'а']);
  }
  put('halfScale', 500, ['полтысячи']);
  put('oneHalf', 1.5, ['полтора', 'полторы', 'полутора']);
  put('dozen', 12, ['дюжина', 'дюжины', 'дюжину']);
  put('dozen', 10, ['десяток', 'десятка', 'десятку', 'десятком']);
  return lex;
}

const LEXICON = buildLexicon();

/** "тысячи" alone is "about a thousand" only after words like these; otherwise "thousands". */
const LONE_SCALE_CUE_RE = /(?:^|[^\p{L}])(?:около|более|свыше|почти|менее|до|порядка|примерно|больше|меньше|чем|приблизительно|из|с)\s+$/iu;

interface WordTok {
  word: string;
  start: number;
  end: number;
}

function tokenizeWords(text: string): WordTok[] {
  const out: WordTok[] = [];
  for (const m of text.matchAll(/\p{L}+/gu)) out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

interface WordNumber {
  value: number;
  base: number;
  scale: number;
  firstToken: number;
  lastToken: number;
}

/**
 * Turns a run of number words into numbers. A run breaks into several numbers where the
 * words cannot belong to one ("five three"). "a"/"an" count only before hundred, dozen or a
 * scale word; "half" only as "half a <scale>" or "and a half".
 */
function evaluateWordRun(text: string, lower: string[], toks: WordTok[]): WordNumber[] {
  const out: WordNumber[] = [];
  let i = 0;
  while (i < lower.length) {
    const res = evaluateOne(text, lower, toks, i);
    if (res) {
      out.push(res);
      i = res.lastToken + 1;
    } else i++;
  }
  return out;
}

function info(w: string | undefined): WordInfo | undefined {
  return w === undefined ? undefined : LEXICON.get(w);
}

/** What may follow inside one group (between scale words). */
type Slot = 'empty' | 'hundred' | 'ten' | 'closed' | 'unitForHundred';

/** Reads the longest number starting at token i0, or null. */
function evaluateOne(text: string, lower: string[], toks: WordTok[], i0: number): WordNumber | null {
  let total = 0;
  let current = 0;
  let slot: Slot = 'empty';
  let lastScale = Infinity;
  let lastIdx = -1;
  let baseAtScale: number | null = null;
  let scaleUsed = 1;
  let endsWithScale = false;
  let i = i0;
  while (i < lower.length) {
    const w = lower[i]!;
    const inf = info(w);
    if (!inf) break;
    if (i > i0 && !joinable(text, toks[i - 1]!, toks[i]!)) break;
    const next = info(lower[i + 1]);
    switch (inf.kind) {
      case 'and': {
        // "two and a half", "two hundred and twenty"
        if (slot !== 'empty' && next?.kind === 'a' && lower[i + 2] === 'half' && slot !== 'hundred') {
          current += 0.5;
          slot = 'closed';
          lastIdx = i + 2;
          endsWithScale = false;
          i += 3;
          continue;
        }
        if (slot === 'hundred' && next && (next.kind === 'unit' || next.kind === 'teen' || next.kind === 'ten')) {
          i++;
          continue;
        }
        break;
      }
      case 'a': {
        // "a hundred", "a dozen", "a million"; never a number by itself
        if (slot !== 'empty' || !next || !(next.kind === 'hundredMul' || next.kind === 'dozen' || next.kind === 'scale')) break;
        current = 1;
        slot = 'unitForHundred';
        i++;
        continue;
      }
      case 'half': {
        // "half a billion"
        const sc = info(lower[i + 2]);
        if (slot !== 'empty' || next?.kind !== 'a' || sc?.kind !== 'scale') break;
        current = 0.5;
        slot = 'closed';
        i += 2;
        continue;
      }
      case 'unit':
      case 'oneHalf':
        if (slot === 'empty' || slot === 'hundred' || (slot === 'ten' && inf.kind === 'unit')) {
          current += inf.value;
          slot = inf.kind === 'unit' && slot === 'empty' ? 'unitForHundred' : 'closed';
          lastIdx = i;
          endsWithScale = false;
          i++;
          continue;
        }
        break;
      case 'teen':
        if (slot === 'empty' || slot === 'hundred') {
          current += inf.value;
          slot = 'closed';
          lastIdx = i;
          endsWithScale = false;
          i++;
          continue;
        }
        break;
      case 'ten':
        if (slot === 'empty' || slot === 'hundred') {
          current += inf.value;
          slot = 'ten';
          lastIdx = i;
          endsWithScale = false;
          i++;
          continue;
        }
        break;
      case 'hundredAdd':
        if (slot === 'empty') {
          current += inf.value;
          slot = 'hundred';
          lastIdx = i;
          endsWithScale = false;
          i++;
          continue;
        }
        break;
      case 'hundredMul':
        if (slot === 'unitForHundred') {
          current *= 100;
          slot = 'hundred';
          lastIdx = i;
          endsWithScale = false;
          i++;
          continue;
        }
        break;
      case 'dozen':
        if (slot === 'unitForHundred') {
          current *= inf.value;
          slot = 'closed';
          lastIdx = i;
          endsWithScale = false;
          i++;
          continue;
        }
        // Russian "десяток" alone is ten ("более десятка"); English "dozen" needs "a".
        if (slot === 'empty' && /^[\u0400-\u04FF]/.test(w)) {
          current = inf.value;
          slot = 'closed';
          lastIdx = i;
          endsWithScale = false;
          i++;
          continue;
        }
        break;
      case 'halfScale':
        if (slot === 'empty' && i === i0) {
          total = inf.value;
          baseAtScale = 0.5;
          scaleUsed = inf.value * 2;
          lastIdx = i;
          endsWithScale = false;
          endsWithScale = true;
          i++;
          lastScale = inf.value;
          break;
        }
        break;
      case 'scale': {
        if (inf.value >= lastScale) break;
        if (slot === 'empty') {
          // A lone scale word: "a million" was handled by 'a'; Russian singular forms only.
          if (i !== i0 || !inf.loneOk || /^[a-z]/.test(w)) break;
          if (w === 'тысячи') {
            const before = text.slice(Math.max(0, toks[i]!.start - 24), toks[i]!.start);
            if (!LONE_SCALE_CUE_RE.test(before)) break;
          }
          current = 1;
        }
        baseAtScale = total === 0 ? current : null;
        total += current * inf.value;
        scaleUsed = inf.value;
        lastScale = inf.value;
        current = 0;
        slot = 'empty';
        lastIdx = i;
        endsWithScale = false;
        endsWithScale = true;
        i++;
        continue;
      }
    }
    break;
  }
  if (lastIdx < i0) return null;
  const value = scaled(total + current, 1);
  if (value === 0) return null;
  if (endsWithScale && baseAtScale !== null) return { value, base: baseAtScale, scale: scaleUsed, firstToken: i0, lastToken: lastIdx };
  return { value, base: value, scale: 1, firstToken: i0, lastToken: lastIdx };
}

/** Two number words belong together when only spaces or one hyphen separate them. */
function joinable(text: string, a: WordTok, b: WordTok): boolean {
  const gap = text.slice(a.end, b.start);
  return gap.length > 0 && gap.length <= 3 && /^(?:\s+|\s*[-‑]\s*)$/u.test(gap);
}

// ---------------------------------------------------------------------------------------------
// Finding numbers in text

/** True when the nearest word after `end` (or else before `start`) is written in Cyrillic. */
export function isCyrillicContext(text: string, start: number, end: number): boolean {
  const after = /^[\s\d.,%$]*(\p{L})/u.exec(text.slice(end, end + 24));
  if (after) return /[\u0400-\u04FF]/.test(after[1]!);
  const before = /(\p{L})[^\p{L}]*$/u.exec(text.slice(Math.max(0, start - 24), start));
  return before ? /[\u0400-\u04FF]/.test(before[1]!) : false;
}

/**
 * All cardinal numbers in `text`, sorted and non-overlapping. Skipped: ordinals ("16th",
 * "5-й"), numbers glued to letters ("Q1", "G20", "COVID-19"; currency codes like "US800" are
 * fine), dotted or slashed dates and versions ("15.10.2023", "1/2"), clock times ("10:30").
 */
export function findNumbers(text: string): NumberSpan[] {
  const digits = findDigitNumbers(text);
  const words = findWordNumbers(text);
  if (words.length === 0) return digits;
  // Digits win where the two overlap ("5 million": "million" is the scale of 5).
  const out: NumberSpan[] = [];
  let j = 0;
  for (const w of words) {
    while (j < digits.length && digits[j]!.end <= w.start) out.push(digits[j++]!);
    const clash = j < digits.length && digits[j]!.start < w.end;
    if (!clash) out.push(w);
  }
  while (j < digits.length) out.push(digits[j++]!);
  return out;
}

function findDigitNumbers(text: string): NumberSpan[] {
  const out: NumberSpan[] = [];
  // The shared regex, rewound: this loop calls nothing that scans with it.
  const re = DIGIT_NUMBER_RE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    const num = m.groups!.num!;
    const numEnd = start + num.length;
    const prevCode = start > 0 ? text.charCodeAt(start - 1) : 32;
    // Glued to letters on the left: a code or model name, unless the letters are a currency.
    if (isLetterAt(text, start - 1) && !ATTACHED_PREFIX_RE.test(text.slice(Math.max(0, start - 4), start))) continue;
    if (prevCode === 45 /* - */ && isLetterAt(text, start - 2)) continue; // "COVID-19", "MTZ-82"
    // Dates, versions, times: "15.10.2023", "01/02", "10:30"
    const nextCode = text.charCodeAt(numEnd);
    if (
      ((nextCode === 46 || nextCode === 47 || nextCode === 58) && isDigitAt(text, numEnd + 1)) ||
      ((prevCode === 47 || prevCode === 58) && isDigitAt(text, start - 2))
    ) {
      re.lastIndex = skipDigitRun(text, numEnd);
      continue;
    }
    if (inUrl(text, start, numEnd)) {
      re.lastIndex = skipNonSpace(text, numEnd);
      continue;
    }
    const sw = m.groups!.sw;
    const sl = m.groups!.sl;
    if (!sw && !sl) {
      // Glued to letters on the right: "16th", "5-й" ordinals; "1990s", "3D", "5G" codes.
      if ((nextCode === 45 || isLetterAt(text, numEnd)) && (isLetterAt(text, numEnd) || ORDINAL_TAIL_RE.test(text.slice(numEnd, numEnd + 4)))) {
        re.lastIndex = numEnd + 1;
        continue;
      }
    }
    const decimalComma = /^\d{1,3},\d{3}$/.test(num) && isCyrillicContext(text, start, end);
    const base = parseDigits(num, decimalComma);
    if (base === null) continue;
    let scale = 1;
    let scaleKind: ScaleKind = 'none';
    if (sw) {
      const sc = parseScaleWord(sw)!;
      scale = sc.scale;
      scaleKind = sc.kind;
      // A dot after "млрд"/"mln" that ends the sentence belongs to the sentence, not the number.
      if (sw.endsWith('.') && isSentenceEnd(text, end)) end -= 1;
    } else if (sl) {
      scale = { k: 1e3, m: 1e6, b: 1e9 }[sl.toLowerCase() as 'k' | 'm' | 'b'];
      scaleKind = 'letter';
    }
    out.push({ start, end, raw: text.slice(start, end), value: scaled(base, scale), base, scale, scaleKind, form: 'digits' });
  }
  return out;
}

/** True when [start, end) sits inside a URL or file name ("...page.php?id=21302", "/content/8365"). */
function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** A letter of any script at index i (false outside the text). */
function isLetterAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /\p{L}/u.test(text[i]!);
}

const URL_GLUE_BEFORE = new Set(['/', '=', '_', '&', '#', '?', '@', '%', '~']);
const URL_GLUE_AFTER = new Set(['/', '=', '_', '&', '#', '?', '@']);

function inUrl(text: string, start: number, end: number): boolean {
  const prev = text[start - 1];
  const next = text[end];
  const glued = (prev !== undefined && URL_GLUE_BEFORE.has(prev)) || (next !== undefined && URL_GLUE_AFTER.has(next));
  const dotted = next === '.' && isLetterAt(text, end + 1);
  if (!glued && !dotted) return false;
  let s = start;
  const limit = Math.max(0, start - 300);
  while (s > limit && !/[\s<("'«]/.test(text[s - 1]!)) s--;
  const token = text.slice(s, Math.min(text.length, end + 40)).split(/[\s>)"'»]/, 1)[0]!;
  return /:\/\/|www\.|\.(?:php|html?|aspx?|pdf|jsp)|[?&][\w-]+=|\/[\w-]+\//i.test(token);
}

function skipNonSpace(text: string, from: number): number {
  let i = from;
  const limit = Math.min(text.length, from + 300);
  while (i < limit && !/\s/.test(text[i]!)) i++;
  return i;
}

function skipDigitRun(text: string, from: number): number {
  let i = from;
  while (i < text.length && /[\d./:]/.test(text[i]!)) i++;
  return i;
}

/** A "." at `dotEnd - 1` that is followed by end of text, a line break, or a capitalised word. */
function isSentenceEnd(text: string, dotEnd: number): boolean {
  const after = text.slice(dotEnd, dotEnd + 3);
  return after === '' || /^\s*$/.test(after) || /^\s*\n/.test(after) || /^\s+\p{Lu}/u.test(after);
}

/** Beginnings of lexicon words, for the fast scan; "a", "an", "and" are picked up from the gaps. */
const LEX_HEAD_RE = headPattern([...LEXICON.keys()].filter((w) => !['a', 'an', 'and'].includes(w)).map((w) => w.slice(0, 3)));

function findWordNumbers(text: string): NumberSpan[] {
  const out: NumberSpan[] = [];
  let run: WordTok[] = [];
  for (const hit of wordsStartingWith(text, LEX_HEAD_RE)) {
    if (hit.word.length > 16 || !LEXICON.has(hit.word.toLowerCase())) {
      run = flushRun(text, run, out);
      continue;
    }
    const tok: WordTok = { word: hit.word, start: hit.start, end: hit.end };
    const prev = run[run.length - 1];
    if (prev && !joinable(text, prev, tok)) {
      // "two and a half", "half a billion", "hundred and twenty": small words in the gap join the run.
      const gap = CONNECTOR_GAP_RE.exec(text.slice(prev.end, tok.start));
      if (gap) {
        let at = prev.end;
        for (const w of gap[0].trim().split(/\s+/)) {
          const ws = text.indexOf(w, at);
          run.push({ word: w, start: ws, end: ws + w.length });
          at = ws + w.length;
        }
      } else run = flushRun(text, run, out);
    }
    run.push(tok);
  }
  flushRun(text, run, out);
  return out;
}

/**
 * Reads the numbers of a run of number words into `out`; returns the next (empty) run.
 * A module function, not a closure: a closure made per call costs more than the call.
 */
function flushRun(text: string, run: WordTok[], out: NumberSpan[]): WordTok[] {
  if (run.length === 0) return run;
  // "a hundred", "a dozen", "a million": the article before the run belongs to it.
  const first = run[0]!;
  const firstInfo = LEXICON.get(first.word.toLowerCase());
  if (firstInfo && (firstInfo.kind === 'hundredMul' || firstInfo.kind === 'dozen' || firstInfo.kind === 'scale') && /^[a-z]/i.test(first.word)) {
    const art = /(?:^|[^\p{L}])(an?)(\s{1,2})$/iu.exec(text.slice(Math.max(0, first.start - 5), first.start));
    if (art) {
      const aStart = first.start - art[2]!.length - art[1]!.length;
      run.unshift({ word: art[1]!, start: aStart, end: aStart + art[1]!.length });
    }
  }
  const lower = run.map((t) => t.word.toLowerCase());
  for (const n of evaluateWordRun(text, lower, run)) {
    const start = run[n.firstToken]!.start;
    const end = run[n.lastToken]!.end;
    const scaleKind: ScaleKind = n.scale !== 1 ? 'word' : 'none';
    out.push({ start, end, raw: text.slice(start, end), value: n.value, base: n.base, scale: n.scale, scaleKind, form: 'words' });
  }
  return [];
}

const CONNECTOR_GAP_RE = /^\s{1,2}(?:and\s{1,2}a|and|an?)\s{1,2}$/i;
