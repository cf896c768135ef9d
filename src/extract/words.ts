/**
 * Word tokens of a sentence: words (letters and digits, with inner hyphens and apostrophes:
 * "Belarus-Kazakhstan", "16th", "Kyrgyzstan-2019") and single marks, each with exact offsets.
 * The event, project, document and count grammars walk them left and right. Tokens are made
 * when a grammar needs them and not kept with the sentence: a document's sentences live as
 * long as the document, and holding every token of a long one costs more than making them.
 *
 * The scanner reads character codes instead of running a Unicode regex; it gives exactly the
 * tokens of /[\p{L}\p{N}]+(?:[-‐'’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu (words.test.ts holds
 * it to that, en dash joiner included for the counting grammar).
 */
import { firstStartingAt } from '../text/span.ts';

export interface Tok {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** A word (starts with a letter or digit); otherwise a single mark. */
  word: boolean;
  /** Starts with a capital letter (Latin or Cyrillic). */
  cap: boolean;
}

const LETTER_OR_DIGIT = 1;
const UPPER = 2;
const SPACE = 4;
const KNOWN = 8;

/**
 * Classes of UTF-16 codes, filled as codes are first met: a memo of `classify`, which is
 * pure, so what it holds never depends on what was read before.
 */
const CLASSES = new Uint8Array(0x10000);

function classify(ch: string): number {
  return KNOWN | (/[\p{L}\p{N}]/u.test(ch) ? LETTER_OR_DIGIT : 0) | (/^\p{Lu}/u.test(ch) ? UPPER : 0) | (/^\s/u.test(ch) ? SPACE : 0);
}

/** The class of the code point at `i` (a surrogate pair is one code point). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) {
    const k = CLASSES[c]!;
    return k !== 0 ? k : (CLASSES[c] = classify(text[i]!));
  }
  const cp = text.codePointAt(i)!;
  return classify(String.fromCodePoint(cp));
}

/** Is the code point at `i` a letter or a digit (\p{L} or \p{N})? */
export function isLetterOrDigitAt(text: string, i: number): boolean {
  return (classAt(text, i) & LETTER_OR_DIGIT) !== 0;
}

const LETTER_RE = /^\p{L}$/u;

/**
 * Does a letter (\p{L}) or an ASCII digit end the text before `i`? What a leading
 * (?<![\p{L}\d]) rules out, asked after a match instead: a pattern that opens with a
 * look-behind loses the regex engine's quick scan for its first characters.
 */
export function letterOrDigitBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0x430 && c <= 0x44f) return true;
  if ((c & 0xfc00) === 0xdc00 && i >= 2 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800) return LETTER_RE.test(text.slice(i - 2, i));
  return LETTER_RE.test(text[i - 1]!);
}

/** UTF-16 length of the code point at `i`. */
export function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/**
 * Made only of characters that lower-casing leaves as they are (Latin and Russian small
 * letters, digits, joiners): most words of a text, which need no toLowerCase.
 */
function isLowerCase(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 0x430 && c <= 0x44f) || (c >= 48 && c <= 57) || c === 0x451 || c === 0x2d || c === 0x27 || c === 0x2019 || c === 0x2010 || c === 0x2013) continue;
    return false;
  }
  return true;
}

/** Inner joiners of a word: hyphen, hyphen sign, apostrophes; the counting grammar adds the en dash. */
function isJoiner(c: number, enDash: boolean): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x27 || c === 0x2019 || (enDash && c === 0x2013);
}

/** End of the letters-and-digits run starting at `i`. */
function runEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n && (classAt(text, i) & LETTER_OR_DIGIT) !== 0) i += widthAt(text, i);
  return i;
}

/**
 * Tokens of `text` from `from` on, at most `max` of them. `enDash` lets an en dash join words
 * as a hyphen does ("Minsk–Moscow" is one token), as the counting grammar reads them.
 */
export function scanTokens(text: string, from = 0, max = Infinity, enDash = false): Tok[] {
  const out: Tok[] = [];
  const n = text.length;
  let i = from;
  // As a Unicode regex does, a start inside a surrogate pair starts at the pair.
  if (i > 0 && i < n && (text.charCodeAt(i) & 0xfc00) === 0xdc00 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800) i--;
  while (i < n && out.length < max) {
    const k = classAt(text, i);
    const w = widthAt(text, i);
    if ((k & LETTER_OR_DIGIT) !== 0) {
      let end = runEnd(text, i + w);
      while (end + 1 < n && isJoiner(text.charCodeAt(end), enDash) && (classAt(text, end + 1) & LETTER_OR_DIGIT) !== 0) {
        end = runEnd(text, end + 1);
      }
      const t = text.slice(i, end);
      out.push({ text: t, lower: isLowerCase(t) ? t : t.toLowerCase(), start: i, end, word: true, cap: (k & UPPER) !== 0 });
      i = end;
    } else if ((k & SPACE) !== 0) {
      i += w;
    } else {
      const t = text.slice(i, i + w);
      // ASCII punctuation is its own lower case.
      out.push({ text: t, lower: text.charCodeAt(i) < 0x80 ? t : t.toLowerCase(), start: i, end: i + w, word: false, cap: false });
      i += w;
    }
  }
  return out;
}

/** Every token of a text (sentence, name). */
export function tokenizeWords(text: string): Tok[] {
  return scanTokens(text);
}

/** Index of the first token that starts at or after `offset` (tokens sorted), or tokens.length. */
export function tokenAt(tokens: readonly Tok[], offset: number): number {
  return firstStartingAt(tokens, offset);
}
