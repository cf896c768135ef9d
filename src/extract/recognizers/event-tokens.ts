/**
 * Word tokens for the event and project grammars (the tokenizer itself is ../words.ts, shared
 * with the count and document grammars), and what the grammars read off single tokens:
 * ordinals, Russian adjectives, Cyrillic words.
 */

export { tokenAt, tokenizeWords, type Tok } from '../words.ts';
import type { Tok } from '../words.ts';

const EN_ORDINALS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
];
/** Russian ordinal stems, 1..20, matched at the start of an inflected form ("одиннадцатый", "девятое"). */
const RU_ORDINAL_STEMS = [
  'перв', 'втор', 'трет', 'четверт', 'пят', 'шест', 'седьм', 'восьм', 'девят', 'десят', 'одиннадцат', 'двенадцат',
  'тринадцат', 'четырнадцат', 'пятнадцат', 'шестнадцат', 'семнадцат', 'восемнадцат', 'девятнадцат', 'двадцат',
];
const EN_ORDINAL_INDEX = new Map(EN_ORDINALS.map((w, i) => [w, i + 1]));
const DIGIT_ORDINAL_RE = /^(\d{1,3})(?:st|nd|rd|th|-?(?:й|я|е|го|ое|ый|ий|ой|ом|ему|ого))$/u;
const ROMAN_RE = /^(?=[IVXL])(L?X{0,3})(IX|IV|V?I{0,3})$/;
const RU_ORDINAL_TAIL_RE = /^(?:ый|ий|ой|ая|ое|ого|ому|ом|ые|ых|ую|ье|ья|ьего|ьему|ьем|ьей|ей|ьи|ьих)$/u;

function romanValue(s: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const a = v[s[i]!]!;
    const b = i + 1 < s.length ? v[s[i + 1]!]! : 0;
    n += a < b ? -a : a;
  }
  return n;
}

/** The number an ordinal token stands for ("16th" -> 16, "IX" -> 9, "одиннадцатый" -> 11), or null. */
export function ordinalValue(tok: Tok): number | null {
  return ordinalOfWord(tok.text, tok.lower);
}

/** `ordinalValue` of a word given as written and in lower case. */
export function ordinalOfWord(text: string, lower: string): number | null {
  const en = EN_ORDINAL_INDEX.get(lower);
  if (en) return en;
  const d = DIGIT_ORDINAL_RE.exec(lower);
  if (d) return Number(d[1]);
  if (text.length <= 6 && ROMAN_RE.test(text) && text !== 'I') return romanValue(text);
  // Russian: the longest stem that leaves an ordinal ending ("пятый" must not read as "пят" of "пятнадцатый").
  let best = -1;
  let bestLen = 0;
  for (let i = 0; i < RU_ORDINAL_STEMS.length; i++) {
    const stem = RU_ORDINAL_STEMS[i]!;
    if (stem.length > bestLen && lower.startsWith(stem) && RU_ORDINAL_TAIL_RE.test(lower.slice(stem.length))) {
      best = i;
      bestLen = stem.length;
    }
  }
  return best >= 0 ? best + 1 : null;
}

/** Russian adjective endings (full forms): the words that may stand before a head noun. */
const RU_ADJ_END_RE = /(?:ый|ий|ой|ей|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ые|ие|ых|их|ыми|ими)$/u;
export function looksLikeRuAdjective(lower: string): boolean {
  return lower.length > 3 && RU_ADJ_END_RE.test(lower);
}

export function isCyrillicWord(s: string): boolean {
  return /[\u0400-\u04ff]/u.test(s);
}
