/**
 * The phrase around an event head: modifiers on the left ("the 16th Belarus-Kazakhstan
 * intergovernmental"), an "of/on/between ..." complement on the right in English, a genitive
 * chain in Russian ("заседание Совета глав государств СНГ").
 */
import {
  EN_COMPLEMENT_PREPS, EN_DETERMINERS, EN_FUNCTION_CAPS, EN_LEFT_MODS, EN_MONTHS, EN_NEXT, EN_PREVIOUS, EN_RIGHT_STOP,
  RU_DETERMINER_RE, RU_NEXT_RE, RU_NOT_VERB, RU_PREVIOUS_RE, RU_RIGHT_STOP, RU_VERB_RE,
} from './event-lexicon.ts';
import { isCyrillicWord, looksLikeRuAdjective, ordinalValue } from './event-tokens.ts';
import { isPlaceAt, isTimeAt, startsTime, type Phrase, type Scan } from './event-scan.ts';

/** Lower-case "-ed" words that may sit inside a name ("specialised", "united"). */
export const EN_ED_OK = new Set(['specialised', 'specialized', 'united', 'advanced', 'expanded', 'extended', 'limited', 'related', 'interested', 'applied', 'integrated', 'automated', 'accelerated']);

/** Russian present-tense verb endings ("демонстрирует", "проходят"). */
export const RU_PRESENT_RE = /(?:ует|уют|ает|ают|яет|яют|еет|еют)$/u;

export function readLeft(scan: Scan, i: number): Omit<Phrase, 'last' | 'complementFrom' | 'prep'> {
  const { toks } = scan;
  let first = i;
  let ordinal: number | null = null;
  let relation: 'previous' | 'next' | null = null;
  let determiner: string | null = null;
  const mods: string[] = [];
  let j = i - 1;
  while (j >= 0) {
    const t = toks[j]!;
    if (!t.word) {
      // "the December (2020) meeting"
      if (t.text === ')' && j >= 2 && /^\d{4}$/.test(toks[j - 1]!.text) && toks[j - 2]!.text === '(') { first = j - 2; j -= 3; continue; }
      break;
    }
    const lower = t.lower;
    const ord = ordinalValue(t);
    if (ord !== null) { ordinal = ord; first = j; j--; continue; }
    if (scan.ru) {
      if (RU_PREVIOUS_RE.test(lower)) { relation = 'previous'; first = j; j--; continue; }
      if (RU_NEXT_RE.test(lower)) { relation = 'next'; first = j; j--; continue; }
      if (RU_DETERMINER_RE.test(lower)) { determiner = lower; break; }
      if (looksLikeRuAdjective(lower) || /^[A-ZА-ЯЁ][\p{L}-]*-(?:[а-яё]+)$/u.test(t.text)) { mods.push(lower); first = j; j--; continue; }
      break;
    }
    if (EN_PREVIOUS.has(lower)) { relation = 'previous'; first = j; j--; continue; }
    if (EN_NEXT.has(lower)) { relation = 'next'; first = j; j--; continue; }
    if (EN_DETERMINERS.has(lower)) { determiner = lower; break; }
    if (EN_LEFT_MODS.has(lower)) { mods.push(lower); first = j; j--; continue; }
    if (/^\d{4}$/.test(t.text) || (t.cap && EN_MONTHS.has(lower))) { mods.push(lower); first = j; j--; continue; }
    if (t.cap) {
      if (j === 0 && EN_FUNCTION_CAPS.has(lower)) break;
      if (/'s$|’s$/.test(lower) && !scan.partyAt.has(t.start)) break; // "Lukashenko's visit": the visitor, not the name
      mods.push(lower); first = j; j--; continue;
    }
    // "Made in Belarus", "Russian-Armenian and Russian-Azerbaijani": a link between capitalized words.
    if ((lower === 'in' || lower === 'and' || lower === 'of') && j >= 1 && toks[j - 1]!.cap && toks[j + 1]!.cap) { first = j; j--; continue; }
    break;
  }
  mods.reverse();
  return { first, ordinal, relation, determiner, mods };
}

/** Extends an English phrase right from `k` (the token after the head or its capitalized tail). */
export function readRightEn(scan: Scan, k: number, capHead: boolean): { last: number; complementFrom: number; prep: string | null } {
  const { toks } = scan;
  let last = k - 1;
  // Capitalized tail of a proper name: "Forum 2021", "Exhibition MedExpo", "FoodExpo Kyrgyzstan-2019".
  if (capHead) {
    let n = 0;
    while (k < toks.length && n < 3 && toks[k]!.word && (toks[k]!.cap || /^\d{4}$/.test(toks[k]!.text)) && !EN_FUNCTION_CAPS.has(toks[k]!.lower)) {
      last = k; k++; n++;
    }
  }
  const prepTok = toks[k];
  if (!prepTok || !EN_COMPLEMENT_PREPS.has(prepTok.lower)) return { last, complementFrom: -1, prep: null };
  // "on June 29-30", "on Wednesday": time, not a complement.
  if (prepTok.lower === 'on' && isTimeAt(scan, toks[k + 1])) return { last, complementFrom: -1, prep: null };
  const prep = prepTok.lower;
  let m = k + 1;
  let count = 0;
  let end = -1;
  while (m < toks.length && count < 28) {
    const t = toks[m]!;
    if (!t.word) {
      if (t.text === '.' && /(?:^|-)\p{Lu}\p{Ll}?$/u.test(toks[m - 1]?.text ?? '') && toks[m + 1]?.cap && toks[m + 1]!.start <= t.end + 1) { m++; continue; } // "St. Petersburg"
      if (t.text === '(') {
        const close = toks.findIndex((x, idx) => idx > m && idx <= m + 4 && x.text === ')');
        if (close > 0 && toks.slice(m + 1, close).every((x) => x.cap || /^\d{4}$/.test(x.text))) { end = close; m = close + 1; count++; continue; }
      }
      break;
    }
    const lower = t.lower;
    if (EN_RIGHT_STOP.has(lower) && !(lower === 'to' && ((prep === 'with' && toks[m + 1]?.cap) || toks[m + 1]?.lower === 'develop'))) break;
    // "of a decision on ...": an indefinite article opens a new noun phrase, not the body's name.
    if (lower === 'of' && ['a', 'an'].includes(toks[m + 1]?.lower ?? '') && end >= 0) break;
    // "Made in Belarus": a brand, not a place.
    if (lower === 'in' && toks[m - 1]?.text === 'Made') { end = m; m++; count++; continue; }
    if (lower === 'in' || lower === 'on' || lower === 'for' || lower === 'at') {
      const next = toks[m + 1];
      if (!next || isPlaceAt(scan, next) || isTimeAt(scan, next) || lower === 'at') break;
      if (next.lower === 'the' && (isPlaceAt(scan, toks[m + 2]) || isTimeAt(scan, toks[m + 2]))) break;
      if (['a', 'an', 'format', 'expanded', 'restricted', 'narrow', 'early', 'late', 'mid', 'order', 'particular', 'addition', 'general', 'turn'].includes(next.lower)) break;
      if (lower === 'for' && ['the', 'a'].includes(next.lower) && ['first', 'second', 'third', 'last', 'next'].includes(toks[m + 2]?.lower ?? '')) break;
    }
    if (!t.cap && lower.length > 4 && /ed$/.test(lower) && !EN_ED_OK.has(lower)) break;
    if (/^\d/.test(t.text) && startsTime(scan, t.start)) break;
    end = m;
    m++;
    count++;
  }
  if (end < 0) return { last, complementFrom: -1, prep: null };
  while (end > k && ['of', 'on', 'for', 'and', 'the', 'a', 'an', 'in', 'between', 'with', 'to', 'among', 'its', 'their'].includes(toks[end]!.lower)) end--;
  if (end <= k) return { last, complementFrom: -1, prep: null };
  return { last: end, complementFrom: k + 1, prep };
}

/** Extends a Russian phrase right: a genitive chain ("заседание Совета глав государств СНГ"). */
export function readRightRu(scan: Scan, k: number): { last: number; complementFrom: number; prep: string | null } {
  const { toks } = scan;
  let last = k - 1;
  let m = k;
  let count = 0;
  while (m < toks.length && count < 14) {
    const t = toks[m]!;
    if (!t.word) {
      if (t.text === '«' || t.text === '"' || t.text === '“') {
        const closer = t.text === '«' ? '»' : t.text === '“' ? '”' : '"';
        const close = toks.findIndex((x, idx) => idx > m && idx <= m + 10 && x.text === closer);
        if (close > 0) { last = close; m = close + 1; count += close - m; continue; }
      }
      if (t.text === '.' && toks[m - 1]?.cap && toks[m - 1]!.text.length <= 3 && toks[m + 1]?.cap) { m++; continue; }
      break;
    }
    const lower = t.lower;
    if (RU_RIGHT_STOP.has(lower)) break;
    if (!t.cap && (RU_VERB_RE.test(lower) || RU_PRESENT_RE.test(lower)) && !RU_NOT_VERB.has(lower)) break;
    if (/^\d/.test(t.text) || startsTime(scan, t.start)) break;
    if (!isCyrillicWord(t.text) && !t.cap) break;
    last = m;
    m++;
    count++;
  }
  while (last >= k && ['и', 'по', 'между', 'на'].includes(toks[last]!.lower)) last--;
  return { last, complementFrom: last >= k ? k : -1, prep: last >= k ? 'gen' : null };
}
