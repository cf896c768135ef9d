/**
 * Currency markers around an amount: signs and ISO codes before it ("$", "US$", "€", "USD",
 * "Br", "US800"), and names after it ("dollars", "U.S. dollars", "долл. США", "российских
 * рублей", "тенге", "200 млн $"). Names map to ISO 4217 codes.
 *
 * "rubles" with no adjective is read as RUB. In Belarusian sources that is sometimes wrong;
 * "Belarusian rubles" / "белорусских рублей" / "Br" give BYN.
 */
import { isUnitSpaceCode } from './scan.ts';

export interface CurrencyMatch {
  currency: string;
  start: number;
  end: number;
}

/** ISO codes we accept written before or after an amount (upper case only: "usd" is no code). */
export const ISO_CODES = [
  'USD', 'EUR', 'RUB', 'RUR', 'BYN', 'BYR', 'KZT', 'UZS', 'CNY', 'GBP', 'JPY', 'CHF', 'KGS', 'TJS', 'AMD',
  'AZN', 'GEL', 'MDL', 'UAH', 'TMT', 'INR', 'TRY', 'PLN', 'CZK', 'AED', 'IRR', 'VND', 'KRW', 'CAD', 'AUD',
] as const;

const CODE_ALIASES: Record<string, string> = { RUR: 'RUB', RMB: 'CNY' };

const SYMBOLS: Record<string, string> = {
  $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₽': 'RUB', '₸': 'KZT', '₴': 'UAH', '₼': 'AZN', '₾': 'GEL', '֏': 'AMD', '₹': 'INR', '₺': 'TRY',
};

/** The signs above by code, for the fast exits: every sign is one UTF-16 unit. */
const SYMBOL_CODES = new Set(Object.keys(SYMBOLS).map((sign) => sign.charCodeAt(0)));

function isAsciiLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

const CODES_ALT = [...ISO_CODES, 'RMB'].join('|');

/**
 * Markers before a number, anchored at the end of the looked-at slice. "US" and "Br" count
 * only glued to the number or followed by one space ("US800", "Br 5 million").
 */
const PREFIX_RE = new RegExp(
  `(?:(?<usd>(?<![\\p{L}])(?:US|U\\.S\\.)\\s?\\$)|(?<sym>[$€£¥₽₸₴₼₾֏₹₺])|(?<code>(?<![\\p{L}])(?:${CODES_ALT})\\.?)|(?<us>(?<![\\p{L}])US)|(?<br>(?<![\\p{L}])Br\\.?))[ \\u00A0\\u2009\\u202F]{0,2}$`,
  'u',
);

/** The currency marker right before `pos` (a number's start), or null. */
export function currencyBefore(text: string, pos: number): CurrencyMatch | null {
  // Fast exit: a marker ends in a sign, a Latin letter or a dot, at most two spaces before pos.
  let k = pos - 1;
  while (k >= 0 && k >= pos - 3 && isUnitSpaceCode(text.charCodeAt(k))) k--;
  if (k < 0) return null;
  const last = text.charCodeAt(k);
  if (!SYMBOL_CODES.has(last) && last !== 46 /* . */ && !isAsciiLetterCode(last)) return null;
  const from = Math.max(0, pos - 8);
  const slice = text.slice(from, pos);
  const m = PREFIX_RE.exec(slice);
  if (!m) return null;
  const g = m.groups!;
  const start = from + m.index;
  const gap = slice.length - m.index - (g.usd ?? g.sym ?? g.code ?? g.us ?? g.br)!.length;
  let currency: string;
  if (g.usd) currency = 'USD';
  else if (g.sym) currency = SYMBOLS[g.sym]!;
  else if (g.code) {
    const c = g.code.replace('.', '');
    currency = CODE_ALIASES[c] ?? c;
  } else if (g.us) {
    if (gap !== 0) return null; // "the US 500" is no amount; "US800" (a lost "$") is
    currency = 'USD';
  } else {
    if (gap > 1) return null;
    currency = 'BYN';
  }
  return { currency, start, end: pos };
}

/** Names after a number; the first that matches wins, so specific forms come first. */
const SUFFIXES: Array<[RegExp, string]> = [
  // English
  [/^(?:US|U\.\s?S\.?|American|United\s+States)\s*(?:-\s*)?dollars?(?![\p{L}])/iu, 'USD'],
  [/^(?:US|U\.S\.)\s?\$/u, 'USD'],
  [/^(?:Belarusian|Belarussian|Byelorussian|Belorussian)\s+(?:rubles?|roubles?)(?![\p{L}])/iu, 'BYN'],
  [/^(?:Russian\s+)?(?:rubles?|roubles?)(?![\p{L}])/iu, 'RUB'],
  [/^(?:Kazakh(?:stani)?\s+)?tenge(?![\p{L}])/iu, 'KZT'],
  [/^(?:Uzbek\s+(?:soums?|sums?)|soums?)(?![\p{L}])/iu, 'UZS'],
  [/^(?:Kyrgyz\s+)?soms?(?![\p{L}])/iu, 'KGS'],
  [/^(?:Tajik\s+)?somonis?(?![\p{L}])/iu, 'TJS'],
  [/^(?:Armenian\s+)?drams?(?![\p{L}])/iu, 'AMD'],
  [/^Turkmen\s+manats?(?![\p{L}])/iu, 'TMT'],
  [/^(?:Azerbaijani\s+)?manats?(?![\p{L}])/iu, 'AZN'],
  [/^(?:Georgian\s+)?lari(?![\p{L}])/iu, 'GEL'],
  [/^(?:Moldovan\s+)?(?:lei|leu)(?![\p{L}])/iu, 'MDL'],
  [/^(?:Ukrainian\s+)?(?:hryvnias?|hryvnyas?|hryvnia)(?![\p{L}])/iu, 'UAH'],
  [/^(?:Chinese\s+)?(?:yuan|renminbi)(?![\p{L}])/iu, 'CNY'],
  [/^(?:Japanese\s+)?yen(?![\p{L}])/iu, 'JPY'],
  [/^(?:pounds?\s+sterling|British\s+pounds?)(?![\p{L}])/iu, 'GBP'],
  [/^(?:Swiss\s+)?francs?(?![\p{L}])/iu, 'CHF'],
  [/^(?:Indian\s+)?rupees?(?![\p{L}])/iu, 'INR'],
  [/^euros?(?![\p{L}])/iu, 'EUR'],
  [/^dollars?(?![\p{L}])/iu, 'USD'],
  // Russian
  [/^(?:американск\p{L}*\s+)?(?:доллар(?:ов|а|ы|ам|ами|ах)?(?![\p{L}])|долл\.?|дол\.)(?:\s*США(?![\p{L}]))?/iu, 'USD'],
  [/^(?:белорусск\p{L}*|бел\.)\s*(?:рубл\p{L}*|руб\.?)/iu, 'BYN'],
  [/^(?:российск\p{L}*|рос\.)\s*(?:рубл\p{L}*|руб\.?)/iu, 'RUB'],
  [/^(?:рубл(?:ь|я|ей|ю|ям|ями|ях|ём|ем)|руб\.?)(?![\p{L}])/iu, 'RUB'],
  [/^евро(?![\p{L}])/iu, 'EUR'],
  [/^(?:казахстанск\p{L}*\s+)?тенге(?![\p{L}])/iu, 'KZT'],
  [/^(?:узбекск\p{L}*\s+)?сум(?:ов|а|ы)?(?![\p{L}])/iu, 'UZS'],
  [/^(?:киргизск\p{L}*\s+|кыргызск\p{L}*\s+)?сом(?:ов|а|ы)?(?![\p{L}])/iu, 'KGS'],
  [/^(?:таджикск\p{L}*\s+)?сомони(?![\p{L}])/iu, 'TJS'],
  [/^(?:армянск\p{L}*\s+)?драм(?:ов|а|ы)?(?![\p{L}])/iu, 'AMD'],
  [/^туркменск\p{L}*\s+манат\p{L}*/iu, 'TMT'],
  [/^(?:азербайджанск\p{L}*\s+)?манат(?:ов|а|ы)?(?![\p{L}])/iu, 'AZN'],
  [/^(?:грузинск\p{L}*\s+)?лари(?![\p{L}])/iu, 'GEL'],
  [/^(?:молдавск\p{L}*\s+)?(?:лей|леев|лея)(?![\p{L}])/iu, 'MDL'],
  [/^(?:гривен|гривны|гривна|гривень|грн\.?)(?![\p{L}])/iu, 'UAH'],
  [/^(?:китайск\p{L}*\s+)?юан(?:ь|я|ей|и|ям|ями|ях)(?![\p{L}])/iu, 'CNY'],
  [/^иен(?:а|ы)?(?![\p{L}])/iu, 'JPY'],
  [/^фунт\p{L}*\s+стерлинг\p{L}*/iu, 'GBP'],
  [/^швейцарск\p{L}*\s+франк\p{L}*/iu, 'CHF'],
];

/** All names in one anchored pattern, one capture group per entry, in order. */
const SUFFIX_RE = new RegExp(`^(?:${SUFFIXES.map(([re]) => `(${re.source.replace(/^\^/, '')})`).join('|')})`, 'iu');

/** A code after the number ("164 billion USD"), case-sensitive. */
const CODE_SUFFIX_RE = new RegExp(`^(?:${CODES_ALT})(?![\\p{L}])`, 'u');
/** A sign after the number ("200 млн $"), not the start of another amount ("$300"). */
const SYMBOL_SUFFIX_RE = /^[$€£¥₽₸₴₼₾֏₹₺](?![ \u00A0]?\d)/u;

/** The currency name right after `pos` (a number's end, spaces allowed), or null. */
export function currencyAfter(text: string, pos: number): CurrencyMatch | null {
  // Up to three spaces, tabs or line breaks, as `[ \t\u00A0\u2009\u202F\n]{0,3}` reads them.
  const limit = Math.min(text.length, pos + 48);
  let lead = 0;
  let breaks = 0;
  while (lead < 3 && pos + lead < limit) {
    const sp = text.charCodeAt(pos + lead);
    if (!isUnitSpaceCode(sp) && sp !== 9 && sp !== 10) break;
    if (sp === 10) breaks++;
    lead++;
  }
  if (breaks > 1) return null; // a paragraph break ends the amount
  const c = pos + lead < limit ? text.charCodeAt(pos + lead) : NaN;
  const symbol = SYMBOL_CODES.has(c);
  if (!isAsciiLetterCode(c) && !(c >= 0x400 && c <= 0x4ff) && !symbol) return null;
  const rest = text.slice(pos + lead, limit);
  const named = SUFFIX_RE.exec(rest);
  if (named) {
    const k = named.findIndex((g, idx) => idx > 0 && g !== undefined);
    return { currency: SUFFIXES[k - 1]![1], start: pos + lead, end: pos + lead + named[0].length };
  }
  // A code opens with a capital Latin letter, a sign with itself.
  let m = c >= 65 && c <= 90 ? CODE_SUFFIX_RE.exec(rest) : null;
  if (m) return { currency: CODE_ALIASES[m[0]] ?? m[0], start: pos + lead, end: pos + lead + m[0].length };
  m = symbol ? SYMBOL_SUFFIX_RE.exec(rest) : null;
  if (m) return { currency: SYMBOLS[m[0]]!, start: pos + lead, end: pos + lead + m[0].length };
  return null;
}
