/**
 * Words around a quantity that change what it means: qualifiers ("more than", "около",
 * "almost") and direction cues ("grew", "fell", "сократился", "рост"). Every look-around is
 * bounded (a few dozen to a couple of hundred characters), so callers stay linear.
 */
import { headPattern, wordBefore, wordsStartingWith } from './scan.ts';
import { isLetterOrDigitAt, widthAt } from '../words.ts';
import { firstStartingAt } from '../../text/span.ts';

/** How an amount relates to the true figure. 'up_to' is a ceiling ("up to", "до", "не более"). */
export type Qualifier = 'exact' | 'over' | 'about' | 'under' | 'up_to';

export interface QualifierMatch {
  qualifier: Qualifier;
  start: number;
  end: number;
}

const NB = '(?<![\\p{L}\\p{N}])';

/** Each group lists phrases of one qualifier, lower case, single-spaced, without commas. */
const QUALIFIER_GROUPS: Array<[Qualifier, string[]]> = [
  ['up_to', [
    'up to', 'as much as', 'no more than', 'not more than', 'not exceeding', 'at most', 'a maximum of', 'maximum of',
    'вплоть до', 'не более чем', 'не более', 'не больше', 'не свыше', 'максимум', 'до',
  ]],
  ['over', [
    'more than', 'over', 'above', 'exceeding', 'exceeded', 'exceeds', 'exceed', 'in excess of', 'upwards of',
    'at least', 'no less than', 'not less than', 'no fewer than', 'not fewer than', 'greater than', 'well over', 'just over',
    'slightly over', 'slightly more than', 'a little over', 'a little more than', 'topped', 'surpassed',
    'свыше', 'более чем', 'более', 'больше чем', 'больше', 'превысил', 'превысила', 'превысило', 'превысили', 'превышает',
    'превышают', 'превысит', 'превысят', 'превышающий', 'превышающая', 'превышающее', 'превышающие', 'превышающего',
    'превышающей', 'превышающих', 'превышающую', 'не менее чем', 'не менее', 'не меньше', 'как минимум', 'по меньшей мере',
    'минимум', 'чуть более', 'чуть больше', 'немногим более', 'немногим больше',
  ]],
  ['about', [
    'about', 'around', 'approximately', 'approx.', 'some', 'roughly', 'circa', 'an estimated', 'close to',
    'in the region of', 'on the order of', 'approaching', 'approaches', 'approached',
    'около', 'порядка', 'примерно', 'приблизительно', 'ориентировочно', 'где-то', 'близко к', 'почти около',
  ]],
  ['under', [
    'almost', 'nearly', 'under', 'less than', 'fewer than', 'below', 'just under', 'slightly less than',
    'a little less than', 'not quite', 'just shy of',
    'почти', 'менее чем', 'менее', 'меньше чем', 'меньше', 'чуть менее', 'чуть меньше', 'немногим менее',
    'без малого', 'не достигая',
  ]],
  ['exact', ['exactly', 'precisely', 'as many as', 'ровно', 'целых']],
];

const QUALIFIER_PHRASES = new Map<string, Qualifier>(QUALIFIER_GROUPS.flatMap(([q, ps]) => ps.map((p) => [p, q] as [string, Qualifier])));
const MAX_QUALIFIER_WORDS = 4;
/** Last words of the phrases: most numbers have none of these before them, and stop here. */
const QUALIFIER_LAST_WORDS = new Set([...QUALIFIER_PHRASES.keys()].map((p) => p.split(' ').pop()!));

/** Verbs of change or attainment: after them "до"/"up to" means "to", not "at most". */
const TO_LEVEL_VERB_RE = new RegExp(
  `${NB}(?:вырос\\p{L}*|возрос\\p{L}*|увелич\\p{L}*|нарасти\\p{L}*|нараст\\p{L}*|наращ\\p{L}*|довест\\p{L}*|довед\\p{L}*|довод\\p{L}*` +
    `|сократ\\p{L}*|сокращ\\p{L}*|сниз\\p{L}*|сниж\\p{L}*|уменьш\\p{L}*|упал\\p{L}*|упаст\\p{L}*|достиг\\p{L}*|достич\\p{L}*|выйти|выход\\p{L}*|вышл\\p{L}*|повыс\\p{L}*|повыш\\p{L}*` +
    `|increas\\p{L}*|grow\\p{L}*|grew|rais\\p{L}*|boost\\p{L}*|bring\\p{L}*|brought|reduc\\p{L}*|cut|expand\\p{L}*|reach\\p{L}*|ris\\p{L}*|rose|restor\\p{L}*)(?![\\p{L}])`,
  'iu',
);

/**
 * The qualifier standing right before `pos` (spaces allowed in between), or null.
 * "до" and "up to" after a verb of change ("вырос до", "increase ... up to") mean a level
 * reached, not a ceiling, and give null.
 */
export function qualifierBefore(text: string, pos: number): QualifierMatch | null {
  // The last few words before pos, each with its start; only spaces may follow the last one.
  const from = Math.max(0, pos - 48);
  let i = pos;
  while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  let w0 = i;
  while (w0 > from && !isSpace(text.charCodeAt(w0 - 1))) w0--;
  // Leading quotes and brackets are not part of the word.
  let a = w0;
  while (a < i && !isLetterOrDigitAt(text, a)) a += widthAt(text, a);
  const lastWord = text.slice(a, i).toLowerCase();
  if (!QUALIFIER_LAST_WORDS.has(lastWord)) return null;
  const words: Array<{ w: string; start: number; end: number }> = [];
  let end = i;
  while (words.length < MAX_QUALIFIER_WORDS && end > from) {
    let s = end;
    while (s > from && !isSpace(text.charCodeAt(s - 1))) s--;
    if (s === end) break;
    words.unshift({ w: text.slice(s, end), start: s, end });
    let e = s;
    while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
    if (e === s) break;
    end = e;
  }
  if (words.length === 0) return null;
  const last = words[words.length - 1]!;
  // The phrase must end the slice exactly: "over" in "turnover" is no qualifier (whole words only).
  for (let k = 0; k < words.length; k++) {
    // Leading quotes or brackets stay outside the phrase: '"About 20 per cent'.
    const lead = /^[^\p{L}\p{N}]*/u.exec(words[k]!.w)![0].length;
    const parts = words.slice(k).map((x, j, a) => (j < a.length - 1 ? x.w.replace(/,$/, '') : x.w));
    parts[0] = parts[0]!.slice(lead);
    const qualifier = QUALIFIER_PHRASES.get(parts.join(' ').toLowerCase());
    if (!qualifier) continue;
    const phrase = parts.join(' ').toLowerCase();
    const start = words[k]!.start + lead;
    if (qualifier === 'up_to' && (phrase === 'до' || phrase === 'up to')) {
      // "by up to 20%" is a ceiling whatever the verb.
      const afterBy = /(?<![\p{L}])(?:by|на)\s*$/iu.test(text.slice(Math.max(0, start - 6), start));
      const cs = clauseStart(text, start, 100);
      if (!afterBy && TO_LEVEL_VERB_RE.test(text.slice(cs, start))) return null;
    }
    return { qualifier, start, end: last.end };
  }
  return null;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x2007;
}

// ---------------------------------------------------------------------------------------------
// Clauses

/**
 * Where the sentence or clause holding `pos` starts, looking back at most `maxBack`
 * characters. Stops after ";", a line break, or ".!?" followed by a space and a capital,
 * a digit or a quote, so "U.S. dollars" and "млрд. долларов" do not cut a clause.
 */
export function clauseStart(text: string, pos: number, maxBack = 200): number {
  const limit = Math.max(0, pos - maxBack);
  for (let i = pos - 1; i >= limit; i--) {
    const c = text.charCodeAt(i);
    if (c === 59 /* ; */ || c === 10) return i + 1;
    if ((c === 46 || c === 33 || c === 63) /* . ! ? */ && isBoundaryAfter(text, i + 1)) return i + 1;
  }
  return limit;
}

/** Where the clause holding `pos` ends, looking ahead at most `maxFwd` characters. */
export function clauseEnd(text: string, pos: number, maxFwd = 120): number {
  const limit = Math.min(text.length, pos + maxFwd);
  for (let i = pos; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 59 || c === 10) return i;
    if ((c === 46 || c === 33 || c === 63) && isBoundaryAfter(text, i + 1)) return i;
  }
  return limit;
}

function isBoundaryAfter(text: string, i: number): boolean {
  if (i >= text.length) return true;
  return /^\s+(?:[\p{Lu}\d"«“„'(\[]|$)/u.test(text.slice(i, i + 3));
}

// ---------------------------------------------------------------------------------------------
// Direction of change

export type Direction = 'up' | 'down';

export interface Cue {
  dir: Direction;
  start: number;
  end: number;
  word: string;
}

const UP_ALT =
  '(?:increas(?:e|es|ed|ing)|grow(?:s|n|ing|th)?|grew|ris(?:e|es|en|ing)|rose|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?' +
    '|surg(?:e|es|ed|ing)|soar(?:s|ed|ing)?|expand(?:s|ed|ing)?|expansion|gain(?:s|ed|ing)?|boost(?:s|ed|ing)?' +
    '|advanc(?:e|es|ed|ing)|improv(?:e|es|ed|ing|ement)|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|rais(?:e|es|ed|ing)' +
    '|upturn|upswing|rebound(?:s|ed|ing)?|recover(?:s|ed|ing|y)?|hike[sd]?' +
    '|увелич\\p{L}*|вырос(?:л[аоиь])?|выросш\\p{L}*|выраст\\p{L}*|вырасти|возрос(?:л[аои])?|возраста(?:ет|ют|л[аои]?|ни\\p{L}*)' +
    '|рост(?:а|у|ом|е)?|прирост(?:а|у|ом|е)?|повыс\\p{L}*|повыш\\p{L}*|нарасти\\p{L}*|нараст\\p{L}*|наращ\\p{L}*' +
    '|превыс\\p{L}*|превыш\\p{L}*|прибав\\p{L}*|подорож\\p{L}*|подскоч\\p{L}*|поднял\\p{L}*|поднят\\p{L}*|скачок)';

const DOWN_ALT =
  '(?:decreas(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|fell|fall(?:s|en|ing)?|drop(?:s|ped|ping)?' +
    '|shr(?:ank|ink|inks|inking|unk)|contracted|contracting|contraction|reduc(?:e|es|ed|ing|tion)|lowered|lowering' +
    '|slump(?:s|ed|ing)?|plung(?:e|es|ed|ing)|plummet(?:s|ed|ing)?|tumbl(?:e|es|ed|ing)|slid(?:e|es|ing)?' +
    '|dip(?:s|ped|ping)?|sank|sink(?:s|ing)?|cut(?:s|ting)?|los(?:e|es|t|ing|s)|downturn' +
    '|сократ\\p{L}*|сокращ\\p{L}*|сниз\\p{L}*|сниж\\p{L}*|уменьш\\p{L}*|упал[аои]?|упад\\p{L}*|падени\\p{L}*|спад\\p{L}*' +
    '|потерял\\p{L}*|подешев\\p{L}*|просел[аои]?|просед\\p{L}*|обвал\\p{L}*|рухнул\\p{L}*|ухудш\\p{L}*|убыл\\p{L}*|убыль)';

const UP_WORD_RE = new RegExp(`^${UP_ALT}$`, 'iu');
const DOWN_WORD_RE = new RegExp(`^${DOWN_ALT}$`, 'iu');

/** Direction a single word states ("grew" up, "снизился" down), or null. */
export function cueWordDirection(word: string): Direction | null {
  if (UP_WORD_RE.test(word)) return 'up';
  if (DOWN_WORD_RE.test(word)) return 'down';
  return null;
}

/** Verbs after which "up"/"down" carries the direction: "went up", "was down". */
const PHRASAL_HEADS = new Set(['went', 'go', 'goes', 'going', 'gone', 'moved', 'edged', 'ticked', 'is', 'was', 'were', 'are']);

/** First three letters of every cue alternative: a cheap filter before the regexes. */
const CUE_HEADS = new Set(
  [UP_ALT, DOWN_ALT].flatMap((alt) => splitTopLevel(alt.slice(3, -1)).map((a) => /^\p{L}{1,3}/u.exec(a)![0].toLowerCase())),
);

/** Splits "a|b(?:c|d)|e" at the bars outside parentheses. */
function splitTopLevel(alt: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of alt) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === '|' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

const CUE_HEAD_RE = headPattern([...CUE_HEADS, 'up', 'down']);

function wordCues(text: string, from: number, to: number): Cue[] {
  const out: Cue[] = [];
  for (const { word: w, start, end } of wordsStartingWith(text, CUE_HEAD_RE, from, to)) {
    const lower = w.toLowerCase();
    if (lower === 'up' || lower === 'down') {
      if (PHRASAL_HEADS.has(wordBefore(text, start))) out.push({ dir: lower === 'up' ? 'up' : 'down', start, end, word: w });
      continue;
    }
    const dir = cueWordDirection(w);
    if (dir) out.push({ dir, start, end, word: w });
  }
  return out;
}

/** Every direction cue of a text, found in one pass; lookups in it are binary searches. */
export interface CueIndex {
  cues: Cue[];
}

export function indexCues(text: string): CueIndex {
  return { cues: wordCues(text, 0, text.length) };
}

/**
 * The cue index of a text, built when first asked for: most texts with a figure never need
 * it. An object rather than a closure per text, which costs more to make than it saves.
 */
export class CueIndexOnDemand {
  #index: CueIndex | undefined;
  constructor(private readonly text: string) {}

  get(): CueIndex {
    return (this.#index ??= indexCues(this.text));
  }
}


/** The direction cue in [from, to) closest to `to`, or null. Pass `ix` to reuse an index. */
export function lastCue(text: string, from: number, to: number, ix?: CueIndex): Cue | null {
  if (!ix) {
    const cues = wordCues(text, from, to);
    return cues.length ? cues[cues.length - 1]! : null;
  }
  for (let i = firstStartingAt(ix.cues, to) - 1; i >= 0; i--) {
    const c = ix.cues[i]!;
    if (c.start < from) return null;
    if (c.end <= to) return c;
  }
  return null;
}

/** The direction cue in [from, to) closest to `from`, or null. Pass `ix` to reuse an index. */
export function firstCue(text: string, from: number, to: number, ix?: CueIndex): Cue | null {
  if (!ix) {
    const cues = wordCues(text, from, to);
    return cues.length ? cues[0]! : null;
  }
  const c = ix.cues[firstStartingAt(ix.cues, from)];
  return c && c.end <= to ? c : null;
}

/** Comparatives that follow a figure: "31 percent more", "в 2 раза меньше", "5% higher". */
const COMPARATIVE_AFTER_RE =
  /^\s*(?:(?<up>more|higher|greater|larger|bigger|above|больше|выше|превыша\p{L}*)|(?<down>less|lower|smaller|fewer|below|меньше|ниже))(?![\p{L}])/iu;

/** Direction of a comparative right after `pos`, with where it ends. */
export function comparativeAfter(text: string, pos: number): { dir: Direction; end: number } | null {
  const m = COMPARATIVE_AFTER_RE.exec(text.slice(pos, pos + 24));
  if (!m) return null;
  return { dir: m.groups!.up ? 'up' : 'down', end: pos + m[0].length };
}

/** Nouns of change that may follow a figure: "a 20% increase", "a 1.4-fold rise". */
const CHANGE_NOUN_AFTER_RE = new RegExp(
  '^(?:\\s*\\([^()\\n]{0,60}\\))?\\s*(?:(?:annual|yearly|year-on-year|y-o-y|yoy|overall|nominal|real|average|further|additional|cumulative|sharp|significant|slight|steep|total|physical|годовой|годового|ежегодный|ежегодного)\\s+){0,2}' +
    '(?:(?<up>increase|rise|growth|gain|jump|surge|expansion|hike|upturn|рост\\p{L}*|прирост\\p{L}*|увеличени\\p{L}*)' +
    '|(?<down>decrease|decline|drop|fall|reduction|contraction|slump|cut|loss|dip|downturn|снижени\\p{L}*|сокращени\\p{L}*|падени\\p{L}*|уменьшени\\p{L}*|спад\\p{L}*))(?![\\p{L}])',
  'iu',
);

/** Direction of a change noun right after `pos` (a parenthesis and an adjective may intervene). */
export function changeNounAfter(text: string, pos: number): { dir: Direction; end: number } | null {
  const m = CHANGE_NOUN_AFTER_RE.exec(text.slice(pos, pos + 120));
  if (!m) return null;
  return { dir: m.groups!.up ? 'up' : 'down', end: pos + m[0].length };
}

/** Words between a verb of change and its figure that do not break the link: "rose sharply by". */
const FILLER_WORDS = new Set(
  ('by на further another only just sharply significantly slightly steadily substantially considerably markedly ' +
    'strongly again also still ещё еще сразу также тоже резко существенно значительно уже почти примерно около more ' +
    'than almost nearly about over по итогам in the first second half quarter year of за в году года полугодии ' +
    'квартале месяцев месяца period this that last').split(' '),
);

/** Letters and digits of Latin and Cyrillic: enough to walk back over cue and filler words. */
function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0x400 && c <= 0x4ff) || (c >= 0xc0 && c <= 0x24f);
}

/**
 * A direction cue among the last few words before `pos`, skipping filler words and at most
 * one short time phrase ("grew in the first half by", "увеличился в I полугодии на").
 * Returns null when a content word that is not a cue comes first, or a comma or bracket.
 */
export function cueJustBefore(text: string, pos: number, maxWords = 6): Cue | null {
  const limit = Math.max(0, pos - 80);
  let i = pos;
  for (let seen = 0; seen < maxWords; seen++) {
    // Gap before the word: spaces only (a comma, a bracket, a full stop ends the link).
    while (i > limit && !isWordCode(text.charCodeAt(i - 1))) {
      const ch = text[i - 1]!;
      if (!/\s/.test(ch) && ch !== '-' && ch !== '\u2013') return null;
      i--;
    }
    const end = i;
    while (i > limit && isWordCode(text.charCodeAt(i - 1))) i--;
    if (i === end) return null;
    const w = text.slice(i, end);
    const dir = cueWordDirection(w);
    if (dir) return { dir, start: i, end, word: w };
    const lower = w.toLowerCase();
    if (lower === 'up' || lower === 'down') return { dir: lower === 'up' ? 'up' : 'down', start: i, end, word: w };
    if (!FILLER_WORDS.has(lower) && !/^\d+$|^[IVX]+$/.test(w)) return null;
  }
  return null;
}

/** Rounds to two decimals, the precision change percentages are stated in. */
export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
