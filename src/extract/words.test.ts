import { test } from 'node:test';
import assert from 'node:assert/strict';
import { letterOrDigitBefore, scanTokens, tokenAt, tokenizeWords } from './words.ts';

/** The tokenizer's definition, as a regex: the scanner must give exactly these tokens. */
function byRegex(text: string, enDash: boolean, from = 0, max = Infinity) {
  const re = enDash ? /[\p{L}\p{N}]+(?:['’\-‐–][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu : /[\p{L}\p{N}]+(?:[-‐'’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
  re.lastIndex = from;
  const out = [];
  for (let m = re.exec(text); m && out.length < max; m = re.exec(text)) {
    const t = m[0];
    out.push({ text: t, lower: t.toLowerCase(), start: m.index, end: m.index + t.length, word: /^[\p{L}\p{N}]/u.test(t), cap: /^\p{Lu}/u.test(t) });
  }
  return out;
}

test('words keep inner hyphens and apostrophes; marks stand alone', () => {
  assert.deepEqual(tokenizeWords("Belarus-Kazakhstan's 16th forum, (Minsk)").map((t) => t.text), ["Belarus-Kazakhstan's", '16th', 'forum', ',', '(', 'Minsk', ')']);
  const [t] = tokenizeWords('Гомельской');
  assert.deepEqual(t, { text: 'Гомельской', lower: 'гомельской', start: 0, end: 10, word: true, cap: true });
});

test('the en dash joins words only for the counting grammar', () => {
  assert.deepEqual(scanTokens('Minsk–Moscow').map((t) => t.text), ['Minsk', '–', 'Moscow']);
  assert.deepEqual(scanTokens('Minsk–Moscow', 0, Infinity, true).map((t) => t.text), ['Minsk–Moscow']);
});

test('a start offset and a token budget', () => {
  assert.deepEqual(scanTokens('12 joint ventures were set up', 2, 2).map((t) => t.text), ['joint', 'ventures']);
  assert.deepEqual(scanTokens('ventures', 3).map((t) => t.text), ['tures']);
});

test('tokenAt finds the first token at or after an offset', () => {
  const toks = tokenizeWords('a bc d');
  assert.equal(tokenAt(toks, 0), 0);
  assert.equal(tokenAt(toks, 1), 1);
  assert.equal(tokenAt(toks, 3), 2);
  assert.equal(tokenAt(toks, 9), 3);
});

test('the scanner agrees with the regex definition on mixed and odd text', () => {
  const pieces = [
    'a', 'Z', 'я', 'Ё', '7', '٣', 'ß', 'İ', 'ǅ', ' ', '\u00a0', '\u2009', '\n', '\t', '-', '‐', '–', '—', "'", '’', '.', ',', '«', '»',
    '𝐀', '𝑏', '😀', '\ud835', '\udc00', '$', '€', '%', '(', ')', 'ab', 'Гомель', 'x-y', "o'k", 'Ⅻ', 'ё', 'Ӝ',
  ];
  let seed = 7;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let k = 0; k < 3000; k++) {
    let text = '';
    const len = 1 + rand(14);
    for (let j = 0; j < len; j++) text += pieces[rand(pieces.length)];
    for (const enDash of [false, true]) {
      assert.deepEqual(scanTokens(text, 0, Infinity, enDash), byRegex(text, enDash), JSON.stringify(text));
      const from = rand(text.length + 1);
      assert.deepEqual(scanTokens(text, from, 3, enDash), byRegex(text, enDash, from, 3), JSON.stringify({ text, from }));
    }
  }
});

test('letterOrDigitBefore says what a leading (?<![\\p{L}\\d]) rules out', () => {
  const text = 'a1 Я-ё²𝐀x\ud835y٣z Ⅻw ,q';
  const lookBehind = /(?<![\p{L}\d])/uy;
  for (let i = 0; i <= text.length; i++) {
    lookBehind.lastIndex = i;
    assert.equal(letterOrDigitBefore(text, i), !lookBehind.test(text), `at ${i}`);
  }
});
