import { type Span, isSpaceCode, lineSpans, trimSpan } from './span.ts';

/*
 * Paragraphs and sentences as spans over the body. Nothing here copies or rewrites text,
 * and every loop is a single forward pass with bounded look-around, so a 5 MB line costs
 * time proportional to its length.
 */

// ---------------------------------------------------------------------------------------
// Paragraphs
// ---------------------------------------------------------------------------------------

/**
 * Paragraphs of a body. Blank lines always separate paragraphs. Inside a block of
 * non-blank lines each line is its own paragraph (news copy puts one paragraph per line
 * and a caption or byline on the next), except where the line break is a wrap:
 * - the block is hard-wrapped (three or more lines of nearly equal width), or
 * - the line ends in a hyphenated word part or mid-sentence and the next starts in lower case.
 * Spans are trimmed of surrounding whitespace; blank paragraphs are dropped.
 */
export function paragraphs(body: string): Span[] {
  const out: Span[] = [];
  let block: Span[] = [];
  const flush = () => {
    if (block.length) splitBlock(body, block, out);
    block = [];
  };
  for (const line of lineSpans(body)) {
    if (trimSpan(body, line.start, line.end) === null) flush();
    else block.push(line);
  }
  flush();
  return out;
}

function splitBlock(body: string, lines: Span[], out: Span[]): void {
  if (isHardWrapped(body, lines)) {
    const t = trimSpan(body, lines[0].start, lines[lines.length - 1].end);
    if (t) out.push(t);
    return;
  }
  let start = lines[0].start;
  for (let i = 0; i < lines.length; i++) {
    const last = i === lines.length - 1;
    if (!last && isWrapBetween(body, lines[i], lines[i + 1])) continue;
    const t = trimSpan(body, start, lines[i].end);
    if (t) out.push(t);
    if (!last) start = lines[i + 1].start;
  }
}

/** Three or more lines whose widths (but the last) stay within 25% of the widest, 40..120 columns. */
function isHardWrapped(body: string, lines: Span[]): boolean {
  if (lines.length < 3) return false;
  let max = 0;
  const widths = lines.map((l) => {
    const t = trimSpan(body, l.start, l.end);
    const w = t ? t.end - t.start : 0;
    if (w > max) max = w;
    return w;
  });
  if (max < 40 || max > 120) return false;
  for (let i = 0; i < widths.length - 1; i++) if (widths[i] < max * 0.75) return false;
  // One short paragraph per line also looks even; wrapped prose rarely ends a line with a full stop.
  let closed = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    const t = trimSpan(body, lines[i].start, lines[i].end);
    if (t && /[.!?:;»"”]/.test(body[t.end - 1])) closed++;
  }
  return closed * 2 < lines.length - 1;
}

function isWrapBetween(body: string, a: Span, b: Span): boolean {
  const ta = trimSpan(body, a.start, a.end);
  const tb = trimSpan(body, b.start, b.end);
  if (!ta || !tb) return false;
  const last = body[ta.end - 1];
  const beforeLast = ta.end - 2 >= ta.start ? body[ta.end - 2] : '';
  const first = body[tb.start];
  if (!isLower(first)) return false;
  if ((last === '-' || last === '\u00ad') && isLetter(beforeLast)) return true;
  return isLower(last) || last === ',';
}

// ---------------------------------------------------------------------------------------
// Character classes
// ---------------------------------------------------------------------------------------

const LETTER = /\p{L}/u;
export function isLetter(ch: string): boolean {
  if (ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0x410 && c <= 0x44f) return true; // the Russian alphabet, the common case
  return LETTER.test(ch);
}
export function isUpper(ch: string): boolean {
  return ch !== '' && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
export function isLower(ch: string): boolean {
  return ch !== '' && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}
function isSuperscriptDigit(ch: string): boolean {
  return ch === '\u00b9' || ch === '\u00b2' || ch === '\u00b3' || ch === '\u2070' || (ch >= '\u2074' && ch <= '\u2079');
}

/** Characters that close a sentence after its terminator: quotes, brackets, footnote markers. */
const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', '\u00bb', ')', ']', '}', '\u203a']);
/** Characters that may open a sentence before its first word. */
const OPENERS = new Set(['"', "'", '\u201c', '\u201e', '\u2018', '\u00ab', '(', '[', '\u2039', '-', '\u2013', '\u2014', '*', '\u2022']);

// ---------------------------------------------------------------------------------------
// Abbreviations
// ---------------------------------------------------------------------------------------

/*
 * Abbreviation tokens are written lower-case without their final dot ("e.g" for "e.g.").
 * Both languages' lists are always active: Cyrillic and Latin tokens cannot collide, and
 * English text quotes Russian names and vice versa.
 */

/** Never end a sentence: titles, street and place prefixes, "e.g.", references before a name. */
const NEVER_END = new Set([
  // English titles and prefixes
  'mr', 'mrs', 'ms', 'mme', 'messrs', 'dr', 'prof', 'st', 'mt', 'gen', 'col', 'lt', 'maj', 'capt', 'sgt',
  'cmdr', 'adm', 'gov', 'sen', 'rep', 'pres', 'hon', 'rev', 'fr', 'hr',
  'no', 'nos', 'nr', 'art', 'vol', 'fig', 'tab', 'ch', 'sec', 'para', 'ref', 'pp', 'p',
  'vs', 'cf', 'viz', 'approx', 'appr', 'ca', 'incl', 'excl', 'esp', 'resp', 'e.g', 'i.e', 'a.k.a',
  // German
  'z.b', 'd.h', 'bzw', 'vgl', 'sog', 'inkl', 'evtl', 'ggf',
  // Russian: names, addresses, places, references
  'им', 'ул', 'пр', 'просп', 'пер', 'пл', 'наб', 'ш', 'бул', 'д', 'кв', 'корп', 'стр',
  'г', 'гор', 'пос', 'пгт', 'дер', 'с', 'ст', 'св', 'ген', 'акад', 'проф', 'доц', 'тов', 'гр',
  'т', 'п', 'пп', 'гл', 'рис', 'табл', 'см', 'ср', 'напр', 'зам', 'нач', 'рук', 'юр', 'физ',
  'т.е', 'т.к', 'т.н', 'т.ч', 'и.о', 'с.-х', 'с/х',
]);

/** May end a sentence, but usually do not when a number follows. */
const NUMBER_PREFIX = new Set([
  'no', 'nos', 'nr', 'art', 'vol', 'fig', 'tab', 'ch', 'sec', 'para', 'p', 'pp', 'approx', 'appr', 'ca',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'ст', 'п', 'пп', 'гл', 'рис', 'табл', 'т', 'с', 'стр', 'д', 'кв', 'корп', 'ок', 'прим', 'см',
  '№',
]);

/** Magnitude words that a currency code may follow: "1.5 mln. USD", "2 млрд. BYN". */
const MAGNITUDES = new Set(['mln', 'bln', 'bn', 'mn', 'thous', 'th', 'mio', 'mrd', 'tsd', 'млн', 'млрд', 'трлн', 'тыс']);
const CURRENCY_WORDS = /^(?:USD|EUR|RUB|RUR|BYN|BYR|KZT|UZS|KGS|AMD|AZN|TJS|GEL|MDL|UAH|CNY|US|Euro|Euros|Dollar|Dollars|Rubel|Franken)$/;

/** Words that start a sentence; after "U.S." or "U.K." one of these means the dot ended it. */
const EN_STARTERS = new Set([
  'The', 'This', 'That', 'These', 'Those', 'It', 'Its', 'In', 'On', 'At', 'As', 'By', 'For', 'From', 'With',
  'He', 'She', 'We', 'They', 'I', 'But', 'And', 'However', 'Meanwhile', 'Also', 'There', 'A', 'An',
  'According', 'After', 'Before', 'Since', 'During', 'Last', 'Next', 'Earlier', 'Later', 'Today', 'Yesterday',
]);
const RU_STARTERS = new Set([
  'В', 'Во', 'На', 'По', 'С', 'Со', 'Это', 'Эти', 'Он', 'Она', 'Они', 'Мы', 'Как', 'Так', 'Но', 'А', 'И',
  'При', 'После', 'До', 'Для', 'Кроме', 'Также', 'Однако', 'Ранее', 'Сегодня', 'Вчера',
]);

/** Month names after an ordinal "16." ("am 16. Juni") keep the sentence going. */
const MONTHS = /^(?:jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz]|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)/i;

// ---------------------------------------------------------------------------------------
// Sentences
// ---------------------------------------------------------------------------------------

/** How far to look back for an abbreviation and forward for the next word. */
const LOOK = 32;

/**
 * Sentences of text[start, end) as trimmed spans in the same coordinates. `text` is the
 * body or its masked copy (document.ts passes the masked copy, so footnote markers and
 * markdown escapes are spaces and do not confuse the rules). `lang` picks tie-breaks
 * (which words start a sentence after an initialism); both languages' abbreviations are
 * always known. Fragments with no letter or digit (a stray "." after a footnote marker)
 * are attached to the sentence before them.
 */
export function sentences(text: string, start = 0, end = text.length, lang: string = 'en'): Span[] {
  const out: Span[] = [];
  let sentStart = start;
  const push = (s: number, e: number) => {
    const t = trimSpan(text, s, e);
    if (!t) return;
    if (!hasAlnum(text, t.start, t.end) && out.length) out[out.length - 1].end = t.end;
    else out.push(t);
  };
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '\u2026') continue;
    // The terminator run: "?!", "...", ".".
    let k = i;
    let dots = 0;
    let strong = false;
    let ellipsis = false;
    while (k < end && (text[k] === '.' || text[k] === '!' || text[k] === '?' || text[k] === '\u2026')) {
      if (text[k] === '.') dots++;
      else if (text[k] === '\u2026') ellipsis = true;
      else strong = true;
      k++;
    }
    if (dots >= 2) ellipsis = true;
    // Closing quotes, brackets and superscript footnote markers stay with the sentence.
    while (k < end && (CLOSERS.has(text[k]) || isSuperscriptDigit(text[k]))) k++;
    if (k >= end) break;
    const decision = strong
      ? decideStrong(text, k, end)
      : ellipsis
        ? decideEllipsis(text, k, end)
        : decideDot(text, i, k, end, sentStart, lang);
    if (decision) {
      push(sentStart, k);
      sentStart = k;
    }
    i = k - 1;
  }
  push(sentStart, end);
  return out;
}

function hasAlnum(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (isDigit(text[i]) || isLetter(text[i])) return true;
  return false;
}

/** Position of the first character that is not whitespace, from k (bounded by end). */
function skipSpace(text: string, k: number, end: number): number {
  while (k < end && isSpaceCode(text.charCodeAt(k))) k++;
  return k;
}

interface Next {
  /** First letter or digit of the next word ('' when none within reach). */
  ch: string;
  /** The next word itself (letters and digits). */
  word: string;
  /** Whether an opening quote, bracket or dash came before it. */
  opened: boolean;
  /** Whether any whitespace separates it from the terminator. */
  spaced: boolean;
}

function nextWord(text: string, k: number, end: number): Next {
  const n = skipSpace(text, k, end);
  const spaced = n > k;
  let p = n;
  let opened = false;
  while (p < end && p - n < 4 && (OPENERS.has(text[p]) || isSpaceCode(text.charCodeAt(p)))) {
    if (!isSpaceCode(text.charCodeAt(p))) opened = true;
    p++;
  }
  let q = p;
  while (q < end && q - p < LOOK && (isLetter(text[q]) || isDigit(text[q]))) q++;
  const word = text.slice(p, q);
  const ch = word ? word[0] : p < end ? text[p] : '';
  return { ch, word, opened, spaced };
}

/** "!" and "?": a break unless a lower-case word follows ("Why?" he asked). */
function decideStrong(text: string, k: number, end: number): boolean {
  const n = nextWord(text, k, end);
  if (!n.spaced) return false;
  return !isLower(n.ch);
}

/** An ellipsis ends a sentence only when a capitalised word (or a quote) follows. */
function decideEllipsis(text: string, k: number, end: number): boolean {
  const n = nextWord(text, k, end);
  if (!n.spaced) return false;
  return isUpper(n.ch);
}

function decideDot(text: string, dot: number, k: number, end: number, sentStart: number, lang: string): boolean {
  const prev = previousToken(text, dot, sentStart);
  const n = nextWord(text, k, end);
  if (!n.spaced) return isGluedSentence(prev, n, k === dot + 1);
  if (isLower(n.ch)) return false;

  const tok = prev.token.toLowerCase();
  if (isEnumerator(text, sentStart, dot) || isInlineEnumerator(text, dot, prev)) return false;

  if (isDigit(n.ch) || n.ch === '$' || n.ch === '€' || n.ch === '№') {
    if (NUMBER_PREFIX.has(tok) || prev.token === '№') return false;
    if (prev.token.length === 1 && isLetter(prev.token)) return false; // "p. 12", "С. 13"
    return true;
  }

  if (!isUpper(n.ch) && !n.opened) return !NEVER_END.has(tok);

  // A capitalised word or an opening quote follows.
  if (prev.number && /^\d{1,2}$/.test(prev.numberText) && MONTHS.test(n.word)) return false; // "am 16. Juni"
  if (MAGNITUDES.has(tok) && CURRENCY_WORDS.test(n.word)) return false;
  if (tok === 'долл' && (n.word === 'США' || n.word === 'US')) return false; // "20 млн долл. США"
  // "в 2018 г. В 2019" ends, "г. Минск" does not; likewise "5 см. Далее" vs "см. таблицу".
  if (tok === 'г' || tok === 'гг' || tok === 'см') return prev.afterNumber;
  if (tok === 'пр' && prev.afterAnd) return true; // "и пр." ends a list; otherwise "пр." is "проспект"
  if (NEVER_END.has(tok) || NEVER_END.has(tok.slice(tok.lastIndexOf('-') + 1))) return false; // "Belarus-St. Petersburg"
  if (prev.token.length === 1) return false; // initials "A. Lukashenko", "д. Иваново"
  if (prev.dotted) {
    const parts = prev.token.split('.');
    if (parts.every((p) => p.length === 1 && isUpper(p))) {
      // "T.V. Sachuk", "А.Г. Лукашенко" keep going; "the U.S. The" ends.
      const starters = lang === 'ru' || /[\u0400-\u04ff]/.test(prev.token) ? RU_STARTERS : EN_STARTERS;
      return starters.has(n.word) && /[A-Za-z]/.test(prev.token) === /[A-Za-z]/.test(n.word);
    }
  }
  return true;
}

/** "cooperation.The next" (a dot glued to a capitalised word) is a sentence end in scraped copy. */
function isGluedSentence(prev: PrevToken, n: Next, bareDot: boolean): boolean {
  if (!bareDot || prev.dotted || prev.token.length < 3) return false;
  if (!/^\p{Ll}+$/u.test(prev.token)) return false;
  return n.word.length >= 2 && isUpper(n.word[0]) && isLower(n.word[1]);
}

interface PrevToken {
  /** Letters (and inner dots or hyphens) right before the dot: "U.S", "bln", "р-н", "" after a digit. */
  token: string;
  dotted: boolean;
  /** The dot follows a digit directly ("2018.", "12."). */
  number: boolean;
  numberText: string;
  /** The token follows a number ("2018 г."). */
  afterNumber: boolean;
  /** The token follows the word "и" / "and" ("и пр."). */
  afterAnd: boolean;
}

function previousToken(text: string, dot: number, floor: number): PrevToken {
  let s = dot;
  const min = Math.max(floor, dot - LOOK);
  while (s > min && (isLetter(text[s - 1]) || text[s - 1] === '.' || text[s - 1] === '-' || text[s - 1] === '№')) s--;
  while (s < dot && (text[s] === '.' || text[s] === '-')) s++;
  const token = text.slice(s, dot);
  let numberText = '';
  if (!token) {
    let d = dot;
    while (d > min && isDigit(text[d - 1])) d--;
    numberText = text.slice(d, dot);
  }
  let b = s;
  while (b > min && isSpaceCode(text.charCodeAt(b - 1))) b--;
  const afterNumber = token !== '' && b > min && isDigit(text[b - 1]);
  const afterAnd = token !== '' && b < s && /(?:^|\s)(?:и|and)$/i.test(text.slice(Math.max(min, b - 5), b));
  return { token, dotted: token.includes('.'), number: numberText !== '', numberText, afterNumber, afterAnd };
}

/** "as follows: 1. Minsk (2010); 2. Brest (2012)": a short number after ":" or ";" numbers an item. */
function isInlineEnumerator(text: string, dot: number, prev: PrevToken): boolean {
  if (!prev.number || prev.numberText.length > 3) return false;
  let b = dot - prev.numberText.length;
  const min = Math.max(0, b - LOOK);
  while (b > min && isSpaceCode(text.charCodeAt(b - 1))) b--;
  return text[b - 1] === ':' || text[b - 1] === ';';
}

/** The sentence so far is only a list enumerator: "1.", "2.1.", "IV.", "a." at its start. */
function isEnumerator(text: string, sentStart: number, dot: number): boolean {
  const s = skipSpace(text, sentStart, dot);
  if (dot - s > 12) return false;
  return /^(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|[a-zа-я])$/.test(text.slice(s, dot));
}
