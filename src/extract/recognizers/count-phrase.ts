/**
 * The noun phrase a numeral counts: "over 60 draft agreements", "7 (out of 74) regions of
 * Azerbaijan", "nine enterprises and scientific institutions", "более 220 межрегиональных
 * соглашений". Reads forward from the numeral over a bounded number of words.
 */
import { scanTokens, type Tok } from '../words.ts';
import { EN_PHRASE_BREAKERS, RU_UNIT_RE, isCountableHeadEn, isCountableHeadRu, isRussianModifier } from './count-lexicon.ts';

/** Tokens as the counting grammar reads them: an en dash joins words as a hyphen does ("2017–2020"). */
export type Token = Tok;

/** Up to `max` tokens of `text` from `pos` on. */
export function tokensFrom(text: string, pos: number, max: number): Token[] {
  return scanTokens(text, pos, max, true);
}

export interface CountedPhrase {
  /** The counted noun phrase (modifiers, head, a short complement) and what the clause says of it. */
  subject: string;
  /** Offsets of the subject phrase in the text. */
  start: number;
  end: number;
  head: string;
  /** "7 (out of 74) regions": 74. */
  outOf: number | null;
}

const OUT_OF_NUMBER = /^\d[\d,.\s]*$|^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)$/i;
const WORD_NUMBERS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};

/** Prepositions that open a complement of the counted noun: "regions OF Russia", "enterprises WITH Belarusian capital". */
const EN_COMPLEMENT = new Set(['of', 'with', 'from', 'in', 'on', 'for', 'between', 'under', 'at', 'within', 'across', 'to']);
const RU_COMPLEMENT = new Set(['с', 'со', 'из', 'в', 'во', 'на', 'по', 'между', 'для', 'от']);
/** Words that end a complement: verbs of the clause, relative words, another count. */
const EN_COMPLEMENT_STOP = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'must', 'may',
  'which', 'that', 'who', 'whose', 'where', 'when', 'while', 'as', 'than', 'and', 'or', 'but', 'including', 'worth',
  'account', 'accounts', 'operate', 'operates', 'operating', 'signed', 'concluded', 'adopted', 'held', 'took', 'were',
  'participate', 'participated', 'attended', 'registered', 'created', 'established', 'prepared', 'approved', 'amounting',
  'totalling', 'totaling', 'such', 'respectively', 'alone', 'at',
]);
/** Russian verbs end a complement: past "-ли/-ла/-ло", present "-ют/-ят/-ет/-ит", participles are kept. */
const RU_VERB_RE = /^\p{L}+(?:ли|ла|ло|ют|ят|ет|ит|ется|ются|лись|лось|лась)$/u;

const MAX_MODIFIERS = 6;
const FUNCTION_WORD_RE = /^(?:the|a|an|of|in|on|at|to|for|with|from|by|and|or|и|в|на|с|по|из|для|от)$/;
const MAX_COMPLEMENT_WORDS = 6;

/** The counted phrase right after a numeral ending at `pos`, or null when none is countable. */
export function countedPhraseAfter(text: string, pos: number): CountedPhrase | null {
  const toks = tokensFrom(text, pos, 30);
  let i = 0;
  let outOf: number | null = null;
  // "7 (out of 74) regions", "nine out of ten projects"
  const o = matchOutOf(toks, i);
  if (o) {
    outOf = o.value;
    i = o.next;
  }
  // "430 of these agreements", "15 of the regions"
  if (toks[i]?.lower === 'of' && /^(?:these|those|the|them|its|their)$/.test(toks[i + 1]?.lower ?? '') && toks[i + 1]?.lower !== 'them') i += 2;
  const first = toks[i];
  if (!first) return null;
  const russian = /\p{Script=Cyrillic}/u.test(first.text);
  return russian ? russianPhrase(text, toks, i, outOf) : englishPhrase(text, toks, i, outOf);
}

/**
 * The counted phrase a clause ends with, for "joint assembly plants in Kazakhstan, of which
 * there were eight": the nearest countable English head before `pos`, with its modifiers and
 * what follows it up to `pos`.
 */
export function countedPhraseBefore(text: string, pos: number): CountedPhrase | null {
  const from = Math.max(0, pos - 160);
  const toks = tokensFrom(text, from, 40).filter((t) => t.end <= pos);
  for (let k = toks.length - 1; k >= 0 && toks.length - k <= 16; k--) {
    const t = toks[k]!;
    if (!t.word || !isCountableHeadEn(t.lower, toks[k - 1]?.lower ?? '', text.slice(t.end, t.end + 60))) continue;
    let s = k;
    while (s > 0 && toks[s - 1]!.word && !EN_PHRASE_BREAKERS.has(toks[s - 1]!.lower) && k - s < 4 && !/^\d/.test(toks[s - 1]!.text)) s--;
    const start = toks[s]!.start;
    let end = pos;
    while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
    return { subject: clean(text.slice(start, end)), start, end, head: t.lower, outOf: null };
  }
  return null;
}

function matchOutOf(toks: Token[], i: number): { value: number; next: number } | null {
  let k = i;
  const paren = toks[k]?.text === '(';
  if (paren) k++;
  if (toks[k]?.lower !== 'out' || toks[k + 1]?.lower !== 'of') return null;
  const n = toks[k + 2];
  if (!n || !OUT_OF_NUMBER.test(n.text)) return null;
  const value = WORD_NUMBERS[n.lower] ?? Number(n.text.replace(/[,\s]/g, ''));
  if (!Number.isFinite(value)) return null;
  k += 3;
  if (paren) {
    if (toks[k]?.text !== ')') return null;
    k++;
  }
  return { value, next: k };
}

function englishPhrase(text: string, toks: Token[], i: number, outOf: number | null): CountedPhrase | null {
  let headAt = -1;
  let prev = '';
  let words = 0;
  let k = i;
  for (; k < toks.length && words < MAX_MODIFIERS; k++) {
    const t = toks[k]!;
    if (!t.word) {
      // Brackets of an editor's insertion ("[entities]") and quotes do not break the phrase.
      if (/^[[\]"“”«»']$/.test(t.text)) continue;
      break;
    }
    if (/^\d/.test(t.text)) break;
    if (EN_PHRASE_BREAKERS.has(t.lower)) {
      // "177 major investment and relevant industry projects": a conjunction before any head joins modifiers.
      if ((t.lower === 'and' || t.lower === 'or') && headAt < 0 && k > i) {
        prev = '';
        continue;
      }
      break;
    }
    if (isCountableHeadEn(t.lower, prev, text.slice(t.end, t.end + 60))) headAt = k;
    else if (headAt >= 0) break; // the head is the last countable word of the run
    prev = t.lower;
    words++;
  }
  if (headAt < 0) return null;
  const head = toks[headAt]!;
  let end = head.end;
  const last = complementEnd(toks, headAt + 1, EN_COMPLEMENT, (t) => EN_COMPLEMENT_STOP.has(t.lower));
  if (last) end = last.end;
  const start = firstWordStart(toks, i);
  const said = predicateAfter(text, end, EN_AUXILIARIES, EN_PREDICATE_STOP);
  return { subject: clean([text.slice(start, end), ...said].join(' ')), start, end, head: head.lower, outOf };
}

function russianPhrase(text: string, toks: Token[], i: number, outOf: number | null): CountedPhrase | null {
  let headAt = -1;
  for (let k = i, n = 0; k < toks.length && n < 4; k++, n++) {
    const t = toks[k]!;
    if (!t.word || /^\d/.test(t.text) || RU_UNIT_RE.test(t.lower)) return null;
    if (isCountableHeadRu(t.lower)) {
      headAt = k;
      break;
    }
    if (!isRussianModifier(t.lower)) return null;
  }
  if (headAt < 0) return null;
  const head = toks[headAt]!;
  let end = head.end;
  const last = complementEnd(toks, headAt + 1, RU_COMPLEMENT, (t) => RU_VERB_RE.test(t.lower) || t.lower === 'и' || t.lower === 'а');
  if (last) end = last.end;
  const start = firstWordStart(toks, i);
  const said = predicateAfter(text, end, RU_AUXILIARIES, RU_PREDICATE_STOP);
  return { subject: clean([text.slice(start, end), ...said].join(' ')), start, end, head: head.lower, outOf };
}

/** Auxiliaries and adverbs left out of what a clause says of a count ("are operating" -> "operating"). */
const EN_AUXILIARIES = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'have', 'has', 'had', 'will', 'would', 'shall', 'already', 'also',
  'now', 'currently', 'still', 'today', 'here', 'there', 'just', 'even', 'reportedly',
]);
const RU_AUXILIARIES = new Set(['уже', 'также', 'тоже', 'еще', 'ещё', 'сейчас', 'сегодня', 'было', 'были', 'был', 'была', 'будут', 'будет']);
/** Words after which the clause is about something else. */
const EN_PREDICATE_STOP = new Set(['and', 'but', 'while', 'whereas', 'which', 'who', 'whose', 'where', 'when', 'including', 'of', 'than', 'as', 'respectively', 'alone']);
const RU_PREDICATE_STOP = new Set(['и', 'а', 'но', 'которые', 'который', 'которых', 'где', 'когда', 'в том', 'из']);
const MAX_PREDICATE_WORDS = 7;
/** Another numeral starts another count: "delegations of three regions discussed five projects". */
const NUMBER_WORD_RE = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozens?|два|две|двух|три|трех|трёх|четыре|четырех|пять|пяти|шесть|семь|восемь|девять|десять|двадцать|тридцать|сорок|пятьдесят|сто|двести|триста|тысяч\p{L}*)$/u;

/**
 * What the clause says of a count right after its phrase ("were signed at the forum",
 * "operate in Kazakhstan"): up to punctuation, a numeral or a stop word, auxiliaries dropped.
 * Empty when the phrase ends the clause.
 */
function predicateAfter(text: string, pos: number, aux: Set<string>, stop: Set<string>): string[] {
  const out: string[] = [];
  for (const t of tokensFrom(text, pos, 14)) {
    // "are the result of ...": a nominal predicate says what the count is, not what it does.
    if (out.length === 0 && /^(?:the|a|an)$/.test(t.lower)) break;
    if (!t.word) {
      // Quotes and an editor's brackets do not end the clause; a spaced dash opens an aside ("regions - Minsk, Gomel").
      if (/^[[\]"“”«»]$/.test(t.text)) continue;
      break;
    }
    if (/^\d/.test(t.text) || NUMBER_WORD_RE.test(t.lower) || stop.has(t.lower) || out.length >= MAX_PREDICATE_WORDS) break;
    if (!aux.has(t.lower)) out.push(t.text);
  }
  // A verb alone ("were") or a dangling preposition says little.
  while (out.length && /^(?:the|a|an|of|to|in|on|at|by|for|with|from|в|на|с|по)$/i.test(out[out.length - 1]!)) out.pop();
  return out;
}

/**
 * The last token of a complement that starts at `k` with a preposition: words up to
 * punctuation, a stop word or a numeral, at most MAX_COMPLEMENT_WORDS of them; null if none.
 */
function complementEnd(toks: Token[], k: number, preps: Set<string>, stop: (t: Token) => boolean): Token | null {
  const p = toks[k];
  if (!p || !p.word || !preps.has(p.lower)) return null;
  let last: Token | null = null;
  for (let j = k + 1, n = 0; j < toks.length && n < MAX_COMPLEMENT_WORDS; j++, n++) {
    const t = toks[j]!;
    if (!t.word) {
      if (t.text === '-' || t.text === '‐') continue;
      break;
    }
    if (/^\d/.test(t.text) || stop(t)) break;
    // Function words may not end a complement: it ends at the last content word before them.
    if (!FUNCTION_WORD_RE.test(t.lower)) last = t;
  }
  return last;
}

function firstWordStart(toks: Token[], i: number): number {
  for (let k = i; k < toks.length; k++) if (toks[k]!.word) return toks[k]!.start;
  return toks[i]!.start;
}

/** Brackets and quotes out, single spaces. */
function clean(s: string): string {
  return s.replace(/[[\]"“”«»]/g, '').replace(/\s+/g, ' ').trim();
}
