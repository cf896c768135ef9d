/**
 * Fast whole-word scanning. Looking at every word of a 5 MB text in JavaScript costs more
 * than the rest of the stage; instead a case-insensitive alternation of word beginnings
 * ("doub", "вдво") lets the regex engine skip to candidates, and only those are checked here.
 * The pattern is deliberately non-unicode: V8 runs plain literal alternations much faster,
 * and its case folding covers Cyrillic.
 */

export interface WordHit {
  word: string;
  start: number;
  end: number;
}

/** A global, case-insensitive pattern matching any of `heads` (longest first). */
export function headPattern(heads: Iterable<string>): RegExp {
  const list = [...new Set([...heads].map((h) => h.toLowerCase()).filter((h) => h.length > 0))];
  list.sort((a, b) => b.length - a.length);
  return new RegExp(list.map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
}

/** A letter of any script at index i (false outside the text). Latin and Cyrillic by code. */
export function isLetterAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0x400 && c <= 0x4ff) return true;
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  return /\p{L}/u.test(text[i]!);
}

/**
 * Whole words of `text` in [from, to) that begin with one of the heads of `re` (from headPattern).
 * Collected in one go with `re` itself (rewound), not a copy per call: nothing else runs while
 * it scans, so no other caller sees its lastIndex.
 */
export function wordsStartingWith(text: string, re: RegExp, from = 0, to = text.length): WordHit[] {
  const out: WordHit[] = [];
  const r = re;
  r.lastIndex = from;
  for (let m = r.exec(text); m && m.index < to; m = r.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    if (isLetterAt(text, start - 1)) {
      // Inside a word: skip to its end.
      while (end < text.length && isLetterAt(text, end)) end++;
      r.lastIndex = end;
      continue;
    }
    while (end < text.length && isLetterAt(text, end)) end++;
    r.lastIndex = end;
    if (end > to) break;
    out.push({ word: text.slice(start, end), start, end });
  }
  return out;
}

/** The word ending at or before `pos` (skipping spaces only), lower-cased, or ''. */
export function wordBefore(text: string, pos: number): string {
  let e = pos;
  while (e > 0 && /\s/.test(text[e - 1]!)) e--;
  let s = e;
  while (s > 0 && isLetterAt(text, s - 1)) s--;
  return text.slice(s, e).toLowerCase();
}

/** What \s matches in a JavaScript pattern (ECMAScript WhiteSpace and LineTerminator). */
export function isWhiteSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The code of the first character at or after `pos` that \s does not match (NaN at the end of the text). */
export function codeAfterWhiteSpace(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && isWhiteSpaceCode(text.charCodeAt(i))) i++;
  return text.charCodeAt(i);
}

/** Spaces that may stand between a figure and its unit or currency: regular, no-break, thin, narrow no-break. */
export function isUnitSpaceCode(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

/** The code of the character after at most two unit spaces, as `[ \u00A0\u2009\u202F]{0,2}` reads. */
export function codeAfterUnitSpace(text: string, pos: number): number {
  let i = pos;
  for (let k = 0; k < 2 && isUnitSpaceCode(text.charCodeAt(i)); k++) i++;
  return text.charCodeAt(i);
}
