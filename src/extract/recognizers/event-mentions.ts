/**
 * Event mentions in one sentence: a head ("forum", "заседание", "held talks", "met", "visit")
 * and the phrase around it (modifiers on the left, "of/on/between ..." or a genitive chain on
 * the right), with the kind, ordinal, place, date and parties the sentence gives it. Whether
 * two mentions are one event is decided later, over the whole document (event-merge.ts).
 */
import type { EventKind } from '../../domain/fact.ts';
import type { Party } from '../../domain/party.ts';
import type { AnnotatedSentence, DocumentContext } from '../sentence.ts';
import type { PartyMention } from '../parties/index.ts';
import {
  EN_COMPLEMENT_PREPS, EN_DETERMINERS, EN_HEADS, EN_LEFT_MODS, EN_MONTHS, EN_NEXT, EN_ONLINE_RE, EN_PREVIOUS,
  EN_RIGHT_STOP, EN_WEEKDAYS, FAMILY_KIND, INNER_EVENT_RE, LEADERS_COUNCIL_RE, MEETING_BODY_RES, MEETING_BODY_WORDS,
  RU_HEADS, RU_NEXT_RE, RU_NOT_VERB, RU_ONLINE_RE, RU_PREVIOUS_RE, RU_RIGHT_STOP, RU_VERB_RE, type EventFamily,
} from './event-lexicon.ts';
import { coreWords } from './event-core.ts';
import { isCyrillicWord, looksLikeRuAdjective, ordinalValue, tokenizeWords, type Tok } from './event-tokens.ts';

export interface EventMention {
  family: EventFamily;
  kind: EventKind;
  /** The event phrase as written ("16th meeting of the Belarus-Kazakhstan intergovernmental commission"). */
  name: string;
  nameStart: number;
  nameEnd: number;
  /** A bare head ("the forum", "this meeting"): it names no event of its own. */
  generic: boolean;
  ordinal: number | null;
  /** "the previous meeting", "the next summit": another occurrence of a series. */
  relation: 'previous' | 'next' | null;
  /** Parties named inside the phrase (states, blocs, regions, cities; bodies stand for their bloc). */
  parties: Party[];
  /** Ids of those sides, a body standing for its bloc ("CIS Council of Heads of State" -> bloc:cis). */
  sides: string[];
  /** For talks and visits: the sides named in the clause ("negotiations ... with Iran"). */
  counterparts: string[];
  /** Words of the name that say which event it is (parties, heads, ordinals and months left out). */
  core: Set<string>;
  /** "a working group", "an exhibition": a first mention, never a reference back. */
  indefinite: boolean;
  /** "the fair of Belorussian products": a description that may refer back to a named event. */
  weak: boolean;
  place: string | null;
  date: string | null;
  /** The date was not written out in full ("on 5 July", "today"). */
  dateRelative: boolean;
  /** Evidence span in the sentence. */
  start: number;
  end: number;
  sentence: number;
  confidence: number;
}

const PLACE_KINDS = new Set(['city', 'state', 'region', 'district']);
const SIDE_KINDS = new Set(['state', 'bloc', 'region', 'city', 'district']);
/** Blocs a body belongs to, by the body's parent id: the fact names the bloc. */
const BLOC_NAMES: Record<string, string> = {
  'bloc:cis': 'CIS', 'bloc:eaeu': 'EAEU', 'bloc:union-state': 'Union State', 'bloc:sco': 'SCO', 'bloc:csto': 'CSTO',
  'bloc:eurasec': 'EurAsEC', 'bloc:brics': 'BRICS', 'bloc:asean': 'ASEAN', 'bloc:eu': 'EU',
};

/** What a sentence offers the grammar: tokens plus quick lookups of annotations by offset. */
interface Scan {
  s: AnnotatedSentence;
  text: string;
  toks: Tok[];
  ru: boolean;
  partyAt: Map<number, PartyMention>;
  timeAt: Set<number>;
  clauses: [number, number][];
}

/** Body words that may be the subject of "met" / "was established". */
const EN_BODY_HEAD_RE = /^(?:council|commission|committee|group|board|collegium|centre|center|sub-system|subsystem|association|assembly|secretariat|court|forum)$/;
const EN_ESTABLISH_RE = /^(?:established|created|formed|founded|set|launched|instituted)$/;
const EN_PRESIDENCY = new Set(['presidency', 'chairmanship']);
const EN_PRESIDENCY_VERBS = new Set(['assume', 'assumes', 'assumed', 'assuming', 'hold', 'holds', 'holding', 'take', 'takes', 'took', 'taking', 'took', 'transfer', 'transferred', 'pass', 'passes', 'passed']);
const RU_PRESIDENCY_VERB_RE = /^(?:прин(?:ял|яла|яло|имает|имать|ял|ять|ймет)|перейд|переход|председательств(?:ует|овал|овала|овать)|возглав)/u;
/** A leaders' council acts only at its meetings: "In December 2020, the Council of CIS Heads of State approved ...". */
const EN_ACTED = new Set(['approved', 'adopted', 'decided', 'endorsed']);
/** What may be opened as an event of its own: a consulate, an embassy, a trade mission. */
const OPENED_BODY_RE = /\b(?:consulate|embassy|representative office|trade mission|trade representation|consul)\b/i;
const EN_TALK_VERBS = new Set(['held', 'hold', 'holds', 'holding', 'conducted', 'conduct', 'had', 'have', 'has', 'start', 'started', 'starts', 'begin', 'began', 'begins', 'launch', 'launched', 'resume', 'resumed', 'resumes', 'continue', 'continued', 'completed', 'finalised', 'finalized', 'entered']);
const EN_VISIT_MODS = new Set(['official', 'state', 'working', 'friendly', 'return', 'business', 'two-day', 'three-day', 'one-day', 'first', 'first-ever', 'historic', 'private', 'short']);
const EN_VISITOR_RE = /^(?:delegation|delegations|representatives|president|prime|minister|governor|head|heads|chairman|chairwoman|chair|ambassador|mayor|deputy|speaker|secretary|leader|leaders|officials|businessmen|members|akim|specialists|experts)$/;
const RU_VISIT_ADJ_RE = /^(?:официальн|рабоч|государствен|дружествен|перв|ответн|двухдневн|трехдневн|трёхдневн|деловн|делов)/u;
const RU_VISITED_RE = /^посети(?:л|ла|ли|т|ть)$/u;
const RU_MET_RE = /^встретил(?:ся|ась|ись)$/u;
const RU_DETERMINER_RE = /^(?:эт(?:от|а|о|и|ого|ой|ом|ому|у|их|ими)|данн\p{L}+|так(?:ой|ая|ое|ие|ого|ой)|указанн\p{L}+|тот|та|те|того|той)$/u;
const RU_TALK_VERB_RE = /^(?:провел|провели|провела|проведут|провести|проводят|начать|начали|начнут|возобнов|продолж|вести|ведут|состоялись|прошли)/u;
/** Russian present-tense verb endings ("демонстрирует", "проходят"). */
const RU_PRESENT_RE = /(?:ует|уют|ает|ают|яет|яют|еет|еют)$/u;
/** Words after a head that make it a modifier: "exhibition events", "forum company". */
const EN_HEAD_AS_MODIFIER = new Set(['events', 'activities', 'activity', 'company', 'companies', 'centre', 'center', 'centres', 'centers', 'complex', 'hall', 'halls', 'space', 'stand', 'stands', 'industry', 'business', 'operator', 'organizer', 'organizers', 'organiser', 'organisers', 'ground', 'grounds', 'venue', 'pavilion', 'format', 'formats', 'platform', 'platforms', 'movement', 'series']);
/** Company forms: "BI Expo Ltd." is a firm, not a fair. */
const COMPANY_FORM_RE = /^(?:ltd|llc|jsc|ojsc|cjsc|pjsc|inc|gmbh|plc|corp|co|ooo|ооо|оао|зао|пао|ао|ип)$/iu;
const EN_FUNCTION_CAPS = new Set(['the', 'a', 'an', 'in', 'at', 'on', 'thus', 'today', 'besides', 'also', 'then', 'however', 'meanwhile', 'moreover', 'furthermore', 'during', 'after', 'before', 'since', 'while', 'when', 'this', 'that', 'these', 'those', 'it', 'its', 'as', 'for', 'with', 'by', 'from', 'and', 'but', 'or', 'so', 'there', 'here', 'according', 'among', 'between', 'both', 'all', 'some', 'other', 'another', 'every', 'each', 'such', 'within', 'under', 'over', 'last', 'next', 'following', 'previous']);
/** Lower-case "-ed" words that may sit inside a name ("specialised", "united"). */
const EN_ED_OK = new Set(['specialised', 'specialized', 'united', 'advanced', 'expanded', 'extended', 'limited', 'related', 'interested', 'applied', 'integrated', 'automated', 'accelerated']);

export function findEventMentions(s: AnnotatedSentence, context: DocumentContext): EventMention[] {
  const toks = tokenizeWords(s.text);
  if (toks.length === 0) return [];
  const scan: Scan = {
    s, text: s.text, toks, ru: isCyrillicWord(s.text),
    partyAt: new Map(s.parties.map((m) => [m.start, m])),
    timeAt: new Set(s.times.map((t) => t.start)),
    clauses: clausesOf(s.text),
  };
  const out: EventMention[] = [];
  let i = 0;
  while (i < toks.length) {
    const found = mentionsAt(scan, i, context);
    if (found.length === 0) { i++; continue; }
    out.push(...found);
    const lastEnd = Math.max(...found.map((m) => m.nameEnd));
    // A head inside a phrase already read ("session of the ... Business Council") is that phrase.
    let j = i + 1;
    while (j < toks.length && toks[j]!.start < lastEnd) j++;
    i = Math.max(j, i + 1);
  }
  return dropAppositions(out, s.text);
}

/** "at the FoodExpo Kyrgyzstan, the international food industry exhibition": one event, named twice. */
function dropAppositions(ms: EventMention[], text: string): EventMention[] {
  const out: EventMention[] = [];
  for (const m of ms) {
    const prev = out[out.length - 1];
    if (prev && prev.family === m.family && m.nameStart >= prev.nameEnd && /^\s*,\s*(?:the|a|an)?\s*$/i.test(text.slice(prev.nameEnd, m.nameStart))) {
      prev.end = Math.max(prev.end, m.end);
      if (!prev.place) prev.place = m.place;
      if (!prev.date) prev.date = m.date;
      continue;
    }
    out.push(m);
  }
  return out;
}

/** Clause spans: split at ";" and at sentence-internal colons. */
function clausesOf(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (c === ';' || (c === ':' && /\s/.test(text[k + 1] ?? ''))) { out.push([start, k]); start = k + 1; }
  }
  out.push([start, text.length]);
  return out;
}

function clauseOf(scan: Scan, offset: number): [number, number] {
  for (const c of scan.clauses) if (offset >= c[0] && offset <= c[1]) return c;
  return [0, scan.text.length];
}

interface Head {
  family: EventFamily | 'meeting';
  plural: boolean;
  /** 'met' / 'visited' verbs, 'established' passives, presidency: built by their own readers. */
  special?: 'met' | 'visited' | 'established' | 'presidency' | 'ru-met' | 'ru-visited' | 'acted' | 'opening';
}

function headAt(scan: Scan, i: number): Head | null {
  const t = scan.toks[i]!;
  if (!t.word) return null;
  const lower = t.lower;
  if (scan.ru || isCyrillicWord(t.text)) {
    for (const h of RU_HEADS) if (h.re.test(lower)) return { family: h.family, plural: h.plural?.test(lower) ?? false };
    if (/^(?:делов\p{L}*)$/u.test(lower) && /^совет/u.test(scan.toks[i + 1]?.lower ?? '')) return null; // read at "совет"
    if (/^совет/u.test(lower) && /^делов/u.test(scan.toks[i - 1]?.lower ?? '')) return { family: 'business_council', plural: false };
    if (/^бизнес-совет/u.test(lower)) return { family: 'business_council', plural: false };
    if (/^председательств/u.test(lower)) return { family: 'presidency', plural: false, special: 'presidency' };
    if (RU_VISITED_RE.test(lower)) return { family: 'visit', plural: false, special: 'ru-visited' };
    if (RU_MET_RE.test(lower)) return { family: 'talks', plural: false, special: 'ru-met' };
    return null;
  }
  const en = EN_HEADS.get(lower);
  if (en) return { family: en.family, plural: en.plural ?? false };
  if (t.cap && t.text.length > 5 && /expo(?:-\d+)?$/i.test(t.text)) return { family: 'exhibition', plural: false };
  if (t.cap && t.text.length > 6 && /forum$/i.test(t.text)) return { family: 'forum', plural: false };
  if (lower === 'council' && (scan.toks[i - 1]?.lower === 'business' || (scan.toks[i - 1]?.lower === 'cooperation' && scan.toks[i - 2]?.lower === 'business'))) {
    return { family: 'business_council', plural: false };
  }
  if (lower === 'met') return { family: 'meeting', plural: false, special: 'met' };
  if (lower === 'visited' || lower === 'besucht' || lower === 'besuchte') return { family: 'visit', plural: false, special: 'visited' };
  if (EN_ACTED.has(lower)) return { family: 'council', plural: false, special: 'acted' };
  if (lower === 'opening' && scan.toks[i + 1]?.lower === 'of') return { family: 'establishment', plural: false, special: 'opening' };
  if (EN_PRESIDENCY.has(lower)) return { family: 'presidency', plural: false, special: 'presidency' };
  // "the Belarusian representative will chair the Eurasian Economic Commission"
  if (lower === 'chair' && ['will', 'to', 'shall', 'would'].includes(scan.toks[i - 1]?.lower ?? '') && scan.toks[i + 1]?.lower === 'the') {
    return { family: 'presidency', plural: false, special: 'presidency' };
  }
  if (EN_ESTABLISH_RE.test(lower) && ['was', 'were', 'been', 'be'].includes(scan.toks[i - 1]?.lower ?? '')) {
    if (lower === 'set' && scan.toks[i + 1]?.lower !== 'up') return null;
    return { family: 'establishment', plural: false, special: 'established' };
  }
  return null;
}

function mentionsAt(scan: Scan, i: number, context: DocumentContext): EventMention[] {
  const head = headAt(scan, i);
  if (!head) return [];
  switch (head.special) {
    case 'met': return orEmpty(readMet(scan, i, context));
    case 'ru-met': return orEmpty(readRuMet(scan, i, context));
    case 'visited': case 'ru-visited': return orEmpty(readVisited(scan, i, context));
    case 'established': return orEmpty(readEstablished(scan, i, context));
    case 'presidency': return orEmpty(readPresidency(scan, i, context));
    case 'acted': return orEmpty(readActed(scan, i, context));
    case 'opening': return orEmpty(readOpening(scan, i, context));
    default: return readHeadPhrase(scan, i, head, context);
  }
}

function orEmpty<T>(x: T | null): T[] {
  return x ? [x] : [];
}

// ---------------------------------------------------------------- phrases around a head noun

interface Phrase {
  first: number;
  last: number;
  ordinal: number | null;
  relation: 'previous' | 'next' | null;
  /** Determiner or demonstrative before the phrase ("the", "this"), lower-cased. */
  determiner: string | null;
  /** Modifiers (lower-cased) between determiner and head. */
  mods: string[];
  /** First token of the right complement (after the preposition), or -1. */
  complementFrom: number;
  prep: string | null;
}

function readLeft(scan: Scan, i: number): Omit<Phrase, 'last' | 'complementFrom' | 'prep'> {
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
    if (ord !== null && !(t.cap && /^[IVXL]+$/.test(t.text) && j === 0 && ord === 1)) { ordinal = ord; first = j; j--; continue; }
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

function isPlaceAt(scan: Scan, tok: Tok | undefined): boolean {
  if (!tok) return false;
  const m = scan.partyAt.get(tok.start);
  return !!m && PLACE_KINDS.has(m.party.kind);
}

function isTimeAt(scan: Scan, tok: Tok | undefined): boolean {
  if (!tok) return false;
  return scan.timeAt.has(tok.start) || EN_MONTHS.has(tok.lower) || EN_WEEKDAYS.has(tok.lower) || /^\d/.test(tok.text) ||
    ['early', 'late', 'mid', 'mid-', 'the'].includes(tok.lower) && scan.timeAt.has(tok.start);
}

/** Extends an English phrase right from `k` (the token after the head or its capitalized tail). */
function readRightEn(scan: Scan, k: number, capHead: boolean): { last: number; complementFrom: number; prep: string | null } {
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
    if (EN_RIGHT_STOP.has(lower) && !(lower === 'to' && (prep === 'with' || toks[m + 1]?.lower === 'develop'))) break;
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
    if (scan.timeAt.has(t.start) && /^\d/.test(t.text)) break;
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
function readRightRu(scan: Scan, k: number): { last: number; complementFrom: number; prep: string | null } {
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
    if (/^\d/.test(t.text) || scan.timeAt.has(t.start)) break;
    if (!isCyrillicWord(t.text) && !t.cap) break;
    last = m;
    m++;
    count++;
  }
  while (last >= k && ['и', 'по', 'между', 'на'].includes(toks[last]!.lower)) last--;
  return { last, complementFrom: last >= k ? k : -1, prep: last >= k ? 'gen' : null };
}

function readHeadPhrase(scan: Scan, i: number, head: Head, context: DocumentContext): EventMention[] {
  const { toks } = scan;
  const t = toks[i]!;
  const next = toks[i + 1];
  // "exhibition events", "forum participants' company": the head is a modifier here.
  if (next && next.word && !next.cap && EN_HEAD_AS_MODIFIER.has(next.lower)) return [];
  const left = readLeft(scan, i);
  const right = scan.ru ? readRightRu(scan, i + 1) : readRightEn(scan, i + 1, t.cap);
  const phrase: Phrase = { ...left, last: right.last < i ? i : right.last, complementFrom: right.complementFrom, prep: right.prep };
  // "BI Expo Ltd.": a firm.
  for (let k = i; k <= Math.min(toks.length - 1, phrase.last + 1); k++) if (COMPANY_FORM_RE.test(toks[k]!.text)) return [];
  const complement = phrase.complementFrom >= 0 ? scan.text.slice(toks[phrase.complementFrom]!.start, toks[phrase.last]!.end) : '';
  const complementLower = complement.toLowerCase();
  const modsText = phrase.mods.join(' ');

  let family: EventFamily = head.family === 'meeting' ? 'meeting' : head.family;
  let generic = false;

  if (head.family === 'meeting') {
    if (INNER_EVENT_RE.test(complementLower)) return []; // "plenary session of the Third Forum": the forum speaks
    const f = meetingFamily(scan, phrase, complementLower, modsText, t);
    if (f === null) generic = true;
    else family = f;
  }
  if (family === 'talks' && head.family === 'talks' && !acceptTalks(scan, i, phrase)) generic = true;
  if (family === 'visit' && !acceptVisit(scan, i, phrase)) return [];
  if (family === 'exhibition' && !acceptExhibition(scan, i, phrase)) return [];
  if (t.lower === 'exposition') generic = true;

  // Plural heads: a series, or several events at once ("forums ... between Russia and Kazakhstan, Russia and Belarus").
  if (head.plural) return pluralSeries(scan, i, phrase, family, context);

  // A bare head names nothing: "the forum", "the annual forum", "this meeting", "форум".
  const compoundHead = t.cap && /^\p{Lu}\p{L}{2,}(?:forum|expo)$/iu.test(t.text) && !/^(?:forum|expo)$/i.test(t.text);
  if (!generic && !compoundHead && family !== 'talks' && family !== 'visit' && family !== 'business_council' && !namesSomething(scan, phrase, i)) generic = true;
  const m = build(scan, phrase, family, generic, context, i);
  // "the fair of Belorussian products": a description, likely of an event named before.
  // "the fair of Belorussian products", "the business forum": a description, likely of an event named before.
  if (!generic && (left.determiner === 'the' || (scan.ru && left.determiner !== null)) && phrase.ordinal === null &&
    !toks.slice(phrase.first, phrase.last + 1).some((x, k) => x.cap && phrase.first + k !== 0 && scan.partyAt.get(x.start)?.via !== 'adjective')) {
    const bareHead = phrase.last === i;
    const descriptive = phrase.prep === 'of' && phrase.mods.every((w) => !EN_LEFT_MODS_NAMING.has(w));
    if ((bareHead || descriptive) && family !== 'talks' && family !== 'visit') m.weak = true;
  }
  if (family === 'talks') return splitTalks(scan, m, i);
  return [m];
}

/**
 * Talks "with Egypt, as well as with India" are talks with each: one mention per state named
 * after a "with" of the clause (two at least), else the mention as it is.
 */
function splitTalks(scan: Scan, m: EventMention, i: number): EventMention[] {
  const { toks } = scan;
  const [, ce] = clauseOf(scan, toks[i]!.start);
  const partners: PartyMention[] = [];
  for (let k = i + 1; k < toks.length && toks[k]!.start < ce; k++) {
    if (toks[k]!.lower !== 'with' && toks[k]!.lower !== 'с' && toks[k]!.lower !== 'со') continue;
    // The first state after this "with", within a few words ("with Africa's largest economy, Egypt").
    const from = toks[k]!.end;
    const hit = scan.s.parties.find((p) => p.start >= from && p.start - from <= 40 && p.end <= ce && (p.party.kind === 'state' || p.party.kind === 'bloc') && p.via !== 'adjective');
    if (hit && !partners.some((p) => p.party.id === hit.party.id)) partners.push(hit);
  }
  if (partners.length < 2) return [m];
  return partners.map((p) => ({
    ...m,
    name: `${m.name} with ${p.text}`,
    counterparts: [...new Set([...m.sides, sideId(p.party)])],
    parties: uniq([...m.parties, p.party]),
    sides: [...new Set([...m.sides, sideId(p.party)])],
    confidence: 0.5,
  }));
}

/** Whether a phrase says more than its head: an ordinal, a complement, a capitalized or naming modifier. */
function namesSomething(scan: Scan, phrase: Phrase, i: number): boolean {
  if (phrase.ordinal !== null || phrase.last > i) return true;
  for (let k = phrase.first; k < i; k++) {
    const t = scan.toks[k]!;
    if (t.cap && !(k === 0 && EN_FUNCTION_CAPS.has(t.lower))) return true;
    if (EN_LEFT_MODS_NAMING.has(t.lower)) return true;
    if (scan.ru && looksLikeRuAdjective(t.lower) && !RU_BARE_ADJ_RE.test(t.lower)) return true;
  }
  return false;
}

/** Russian adjectives that leave a head bare ("очередной форум", "нынешний саммит"). */
const RU_BARE_ADJ_RE = /^(?:очередн|нынешн|текущ|данн|указанн|последн|ежегодн|традиционн|больш|крупн|нов)/u;

/** Modifiers that make a name of a bare head ("business forum", "interregional conference"). */
const EN_LEFT_MODS_NAMING = new Set([
  'intergovernmental', 'inter-governmental', 'interregional', 'inter-regional', 'business', 'agricultural', 'agrarian',
  'investment', 'youth', 'industrial', 'digital', 'scientific', 'scientific-practical', 'ministerial', 'interparliamentary',
  'inter-parliamentary', 'parliamentary', 'cross-border', 'border', 'food', 'interstate', 'education', 'educational',
  'innovation', 'tourism', 'cultural', 'humanitarian', 'media', 'energy', 'transport', 'logistics', 'export',
  'construction', 'medical', 'commission', 'council', 'eurasian', 'plenary', 'face-to-face', 'one-on-one',
  'tete-a-tete', 'tête-à-tête', 'high-level', 'official', 'state', 'working', 'friendly', 'bilateral', 'trilateral',
  'international', 'national', 'republican', 'regional', 'economic', 'trade',
]);

function meetingFamily(scan: Scan, phrase: Phrase, complementLower: string, modsText: string, headTok: Tok): EventFamily | null {
  const { toks } = scan;
  if (/(?:face-to-face|one-on-one|t[eê]te-[aà]-t[eê]te|bilateral|high-level)/u.test(modsText)) return 'talks';
  if (scan.ru && /^встреч/u.test(headTok.lower)) {
    if (!complementLower) return 'talks';
  }
  for (const b of MEETING_BODY_RES) if (b.re.test(complementLower) || b.re.test(modsText)) return b.family;
  if (phrase.prep === 'with' || phrase.prep === 'between') return 'talks';
  if (complementLower) {
    for (let k = phrase.complementFrom; k <= phrase.last; k++) {
      const w = toks[k]!.lower;
      for (const b of MEETING_BODY_WORDS) if (b.re.test(w)) return b.family;
    }
  }
  for (const w of phrase.mods) for (const b of MEETING_BODY_WORDS) if (b.re.test(w)) return b.family;
  // "meeting of Mamuka Bakhtadze and Mikhail Rusy": people meet for talks.
  if (complementLower && phrase.prep === 'of' && / and /.test(complementLower) && !/(?:participants|members|representatives|heads)/.test(complementLower)) return 'talks';
  if (scan.ru && /^встреч/u.test(headTok.lower)) return 'talks';
  return null;
}

function acceptTalks(scan: Scan, i: number, phrase: Phrase): boolean {
  const prev = scan.toks[phrase.first - 1]?.lower ?? '';
  const next = scan.toks[i + 1]?.lower ?? '';
  if (phrase.determiner === 'these' || phrase.determiner === 'those' || phrase.determiner === 'such') return false;
  if (scan.ru) {
    if (RU_DETERMINER_RE.test(prev)) return false;
    return true;
  }
  if (EN_TALK_VERBS.has(prev) || EN_TALK_VERBS.has(phrase.determiner ?? '')) return true;
  if (['with', 'between', 'on'].includes(next)) return true;
  if (next === 'process') {
    const after = scan.toks.slice(i + 2, i + 4).find((x) => x.word)?.lower ?? '';
    if (['with', 'on'].includes(after)) return true;
  }
  return phrase.mods.length > 0 || phrase.first < i;
}

function acceptVisit(scan: Scan, i: number, phrase: Phrase): boolean {
  const { toks } = scan;
  if (scan.ru) {
    if (toks.slice(phrase.first, i).some((x) => RU_VISIT_ADJ_RE.test(x.lower))) return true;
    const next = toks[i + 1];
    if (next && (next.lower === 'в' || next.lower === 'во') && isPlaceAt(scan, toks[i + 2])) return true;
    return false;
  }
  if (phrase.mods.some((m) => EN_VISIT_MODS.has(m)) || phrase.ordinal !== null) return true;
  const next = toks[i + 1]?.lower;
  if ((next === 'to' || next === 'in') && isPlaceAt(scan, toks[i + 2])) return true;
  if (next === 'to' && toks[i + 2]?.lower === 'the' && isPlaceAt(scan, toks[i + 3])) return true;
  return false;
}

function acceptExhibition(scan: Scan, i: number, phrase: Phrase): boolean {
  const t = scan.toks[i]!;
  if (t.lower !== 'fair' && t.lower !== 'fairs') return true;
  if (t.cap || phrase.mods.some((m) => /^\p{Lu}/u.test(m) || ['trade', 'international', 'industrial', 'agricultural', 'exhibition', 'food', 'national', 'republican', 'regional', 'universal', 'specialised', 'specialized'].includes(m))) return true;
  if (scan.toks.slice(phrase.first, i).some((x) => x.cap)) return true;
  const next = scan.toks[i + 1];
  const prev = scan.toks[i - 1]?.lower ?? '';
  if (!['the', 'a'].includes(prev)) return false;
  return !next || !next.word || ['of', 'in', 'at', 'on', 'was', 'is', 'will', 'opened', 'held', 'which', 'where', 'has', 'had', 'organised', 'organized'].includes(next.lower);
}

/** Plural heads name events only as a list of pairs or of compound adjectives. */
function pluralSeries(scan: Scan, i: number, phrase: Phrase, family: EventFamily, context: DocumentContext): EventMention[] {
  const { toks } = scan;
  const out: EventMention[] = [];
  // "the Russian-Armenian and Russian-Azerbaijani interregional forums"
  const compounds = toks.slice(phrase.first, i).filter((x) => x.cap && /-/.test(x.text));
  if (compounds.length >= 2) {
    for (const c of compounds) {
      const parties = partiesInSpan(scan, c.start, c.end);
      if (parties.length < 2) continue;
      const m = build(scan, { ...phrase, first: toks.indexOf(c), last: i }, family, false, context, i);
      m.name = `${c.text} ${scan.text.slice(toks[i]!.start, toks[i]!.end).replace(/s$/, '')}`;
      m.parties = parties;
      m.sides = sideIds(parties);
      m.start = c.start;
      m.end = toks[i]!.end;
      out.push(m);
    }
    return out;
  }
  // "forums of interregional cooperation between Russia and Kazakhstan, Russia and Belarus"
  if (phrase.complementFrom < 0) return [];
  const between = toks.findIndex((x, k) => k >= phrase.complementFrom && k <= phrase.last + 1 && x.lower === 'between');
  if (between < 0) return [];
  const pairs: { a: PartyMention; b: PartyMention }[] = [];
  const clause = clauseOf(scan, toks[between]!.start);
  const ms = scan.s.parties.filter((m) => m.start > toks[between]!.end && m.end <= clause[1] && SIDE_KINDS.has(m.party.kind));
  for (let k = 0; k + 1 < ms.length; k += 2) {
    const gap = scan.text.slice(ms[k]!.end, ms[k + 1]!.start).trim().toLowerCase();
    if (gap !== 'and' && gap !== 'и') break;
    pairs.push({ a: ms[k]!, b: ms[k + 1]! });
    const after = scan.text.slice(ms[k + 1]!.end, ms[k + 2]?.start ?? ms[k + 1]!.end).trim();
    if (after !== ',' && after !== ', and' && after !== 'and') break;
  }
  if (pairs.length < 2) return [];
  const base = scan.text.slice(toks[phrase.first]!.start, toks[between]!.start).trim().replace(/^(\p{L}+?)s\b/u, '$1');
  for (const p of pairs) {
    const m = build(scan, { ...phrase, last: i }, family, false, context, i);
    m.name = `${base.charAt(0).toUpperCase()}${base.slice(1)} between ${p.a.text} and ${p.b.text}`;
    m.parties = [p.a.party, p.b.party];
    m.sides = sideIds(m.parties);
    m.counterparts = m.sides;
    m.core = coreWords(m.name.replace(p.a.text, ' ').replace(p.b.text, ' '));
    m.start = toks[phrase.first]!.start;
    m.end = p.b.end;
    m.confidence = 0.55;
    out.push(m);
  }
  return out;
}

// ---------------------------------------------------------------- verbs: met, visited, established, presidency

/** "A met with B" -> talks; "the Commission met in Moscow" -> a meeting of the commission. */
function readMet(scan: Scan, i: number, context: DocumentContext): EventMention | null {
  const { toks } = scan;
  const next = toks[i + 1]?.lower;
  const subj = subjectBefore(scan, i);
  if (next === 'with') {
    const right = readRightEn(scan, i + 1, false);
    const first = subj ?? i;
    const phrase: Phrase = { first, last: Math.max(i, right.last), ordinal: null, relation: null, determiner: null, mods: [], complementFrom: right.complementFrom, prep: 'with' };
    return build(scan, phrase, 'talks', false, context, i);
  }
  if (subj === null) return null;
  const subjText = scan.text.slice(toks[subj]!.start, toks[i - 1]!.end);
  let family: EventFamily | null = null;
  for (const b of MEETING_BODY_RES) if (b.re.test(subjText.toLowerCase())) family = b.family;
  if (!family) {
    for (let k = subj; k < i && !family; k++) for (const b of MEETING_BODY_WORDS) if (b.re.test(toks[k]!.lower) && toks[k]!.cap) { family = b.family; break; }
  }
  if (!family) return null;
  if (family === 'council' && LEADERS_COUNCIL_RE.test(subjText.toLowerCase()) && /heads of state/.test(subjText.toLowerCase())) family = 'summit';
  const phrase: Phrase = { first: subj, last: i - 1, ordinal: null, relation: null, determiner: null, mods: [], complementFrom: -1, prep: null };
  const m = build(scan, phrase, family, false, context, i);
  m.name = `meeting of ${subjText.replace(/^the\s+/i, 'the ')}`;
  m.end = Math.max(m.end, toks[i]!.end);
  return m;
}

function readActed(scan: Scan, i: number, context: DocumentContext): EventMention | null {
  const { toks } = scan;
  const subj = subjectBefore(scan, i);
  if (subj === null) return null;
  const subjText = scan.text.slice(toks[subj]!.start, toks[i - 1]!.end);
  if (!LEADERS_COUNCIL_RE.test(subjText.toLowerCase()) || !/council/i.test(subjText)) return null;
  const phrase: Phrase = { first: subj, last: i - 1, ordinal: null, relation: null, determiner: null, mods: [], complementFrom: -1, prep: null };
  const m = build(scan, phrase, /heads of state/i.test(subjText) ? 'summit' : 'council', false, context, i);
  if (!m.date) return null;
  m.name = `meeting of ${subjText}`;
  m.place = null;
  m.confidence = 0.5;
  return m;
}

function readOpening(scan: Scan, i: number, context: DocumentContext): EventMention | null {
  const right = readRightEn(scan, i + 1, false);
  if (right.complementFrom < 0) return null;
  const body = scan.text.slice(scan.toks[right.complementFrom]!.start, scan.toks[right.last]!.end);
  if (!OPENED_BODY_RE.test(body)) return null;
  const phrase: Phrase = { first: i, last: right.last, ordinal: null, relation: null, determiner: null, mods: [], complementFrom: right.complementFrom, prep: 'of' };
  const m = build(scan, phrase, 'establishment', false, context, i);
  m.confidence = 0.5;
  return m;
}

function readRuMet(scan: Scan, i: number, context: DocumentContext): EventMention | null {
  const { toks } = scan;
  if (toks[i + 1]?.lower !== 'с' && toks[i + 1]?.lower !== 'со') return null;
  const right = readRightRu(scan, i + 2);
  const first = subjectBefore(scan, i) ?? i;
  const phrase: Phrase = { first, last: Math.max(i + 1, right.last), ordinal: null, relation: null, determiner: null, mods: [], complementFrom: -1, prep: null };
  return build(scan, phrase, 'talks', false, context, i);
}

/**
 * The subject phrase before a verb: back over capitalized words, "of/the/and/for/on" links and
 * "(EAEU)"-style brackets, up to a clause boundary. Returns its first token or null.
 */
function subjectBefore(scan: Scan, i: number): number | null {
  const { toks } = scan;
  let j = i - 1;
  let first = -1;
  let n = 0;
  while (j >= 0 && n < 34) {
    const t = toks[j]!;
    if (!t.word) {
      if (t.text === ')' || t.text === '(' || (t.text === '.' && toks[j - 1]?.cap && toks[j - 1]!.text.length <= 3)) { j--; n++; continue; }
      break;
    }
    if (/^\d{4}$/.test(t.text) || t.cap || ['of', 'the', 'and', 'for', 'on', 'in', 'until', 'period', 'to', 'member', 'states', 'heads'].includes(t.lower) || isCyrillicWord(t.text)) {
      if (t.cap || isCyrillicWord(t.text)) first = j;
      if (j === 0 || t.lower === 'the') { if (t.lower === 'the') first = j; }
      j--; n++;
      continue;
    }
    break;
  }
  if (first < 0) return null;
  // "In February 2019, the Working Group ...": the subject starts after the clause's time and comma.
  return first;
}

/** "representatives of MTZ visited the site", "the delegation visited Minsk", "посетил Минск". */
function readVisited(scan: Scan, i: number, context: DocumentContext): EventMention | null {
  const { toks } = scan;
  const objIsPlace = isPlaceAt(scan, toks[i + 1]) || (toks[i + 1]?.lower === 'the' && isPlaceAt(scan, toks[i + 2]));
  let visitor = false;
  for (let k = Math.max(0, i - 8); k < i; k++) if (EN_VISITOR_RE.test(toks[k]!.lower) || /delegation/i.test(toks[k]!.lower) || /^(?:делегаци|представител|президент|премьер|министр|губернатор|глав|посол|аким)/u.test(toks[k]!.lower)) visitor = true;
  if (!objIsPlace && !visitor) return null;
  const right = scan.ru ? readRightRu(scan, i + 1) : readRightEn(scan, i + 1, false);
  let last = i;
  // The visited object: up to the next clause word ("the site proposed by ...").
  for (let k = i + 1; k < toks.length && k <= i + 6; k++) {
    const t = toks[k]!;
    if (!t.word || EN_RIGHT_STOP.has(t.lower) || RU_RIGHT_STOP.has(t.lower) || (!t.cap && /ed$/.test(t.lower))) break;
    last = k;
  }
  last = Math.max(last, right.last);
  const first = subjectBefore(scan, i) ?? i;
  const phrase: Phrase = { first, last, ordinal: null, relation: null, determiner: null, mods: [], complementFrom: -1, prep: null };
  const m = build(scan, phrase, 'visit', false, context, i);
  return m;
}

/** "The Council for ... was established", "the Sub-System, which was formed in October 1993". */
function readEstablished(scan: Scan, i: number, context: DocumentContext): EventMention | null {
  const { toks } = scan;
  // Skip "which was" back to the noun phrase it refers to.
  let verbAt = i - 1;
  if (['which', 'that'].includes(toks[verbAt - 1]?.lower ?? '')) verbAt -= 1;
  if (toks[verbAt - 1]?.text === ',') verbAt -= 1;
  const subj = subjectBefore(scan, verbAt);
  if (subj === null) return null;
  let hasBody = false;
  for (let k = subj; k < verbAt; k++) if (toks[k]!.cap && EN_BODY_HEAD_RE.test(toks[k]!.lower)) hasBody = true;
  if (!hasBody) return null;
  const body = scan.text.slice(toks[subj]!.start, toks[verbAt - 1]!.end).replace(/^the\s+/i, '');
  const phrase: Phrase = { first: subj, last: verbAt - 1, ordinal: null, relation: null, determiner: null, mods: [], complementFrom: -1, prep: null };
  const m = build(scan, phrase, 'establishment', false, context, i);
  m.name = `establishment of the ${body}`;
  m.end = Math.max(m.end, toks[i]!.end);
  m.confidence = 0.5;
  return m;
}

/** "Belarus assumed the presidency of the EAEU", "Kazakhstan, which holds the EAEU presidency in 2021". */
function readPresidency(scan: Scan, i: number, context: DocumentContext): EventMention | null {
  const { toks, s } = scan;
  let verb = false;
  for (let k = Math.max(0, i - 10); k < Math.min(toks.length, i + 2); k++) {
    if (EN_PRESIDENCY_VERBS.has(toks[k]!.lower) || RU_PRESIDENCY_VERB_RE.test(toks[k]!.lower)) verb = true;
  }
  const clause = clauseOf(scan, toks[i]!.start);
  // Without a verb ("the presidency of Belarus in the EEU") the sides must stand close by.
  const from = verb ? clause[0] : Math.max(clause[0], toks[Math.max(0, i - 8)]!.start);
  const to = verb ? clause[1] : Math.min(clause[1], toks[Math.min(toks.length - 1, i + 8)]!.end);
  const inClause = s.parties.filter((m) => m.start >= from && m.end <= to);
  const state = inClause.find((m) => m.party.kind === 'state');
  const bloc = inClause.find((m) => m.party.kind === 'bloc' || (m.party.kind === 'organisation' && m.party.parentId?.startsWith('bloc:')));
  if (!state || !bloc) return null;
  const spanFrom = Math.min(state.start, bloc.start, toks[i]!.start);
  const spanTo = Math.max(state.end, bloc.end, toks[i]!.end);
  const phrase: Phrase = { first: indexAtOffset(toks, spanFrom), last: indexAtOffset(toks, spanTo - 1), ordinal: null, relation: null, determiner: null, mods: [], complementFrom: -1, prep: null };
  const m = build(scan, phrase, 'presidency', false, context, i);
  m.name = `${context.nameOf(state.party)} presidency of the ${blocName(bloc.party, context)}`;
  m.parties = uniq([state.party, bloc.party]);
  m.sides = sideIds(m.parties);
  m.counterparts = m.sides;
  m.place = null;
  // A presidency is dated by its own words ("in 2021", "on 1 January"), not by a meeting nearby.
  if (!verb) {
    const near = s.times.find((e) => e.value && e.start >= toks[i]!.end && e.start - spanTo <= 25);
    m.date = near?.value ?? null;
  }
  m.confidence = 0.5;
  return m;
}

function indexAtOffset(toks: readonly Tok[], offset: number): number {
  for (let k = 0; k < toks.length; k++) if (toks[k]!.end > offset) return k;
  return toks.length - 1;
}

function uniq(ps: Party[]): Party[] {
  const seen = new Set<string>();
  return ps.filter((p) => (seen.has(p.id) ? false : (seen.add(p.id), true)));
}

function blocName(p: Party, context: DocumentContext): string {
  if (p.kind === 'bloc') return context.nameOf(p);
  return (p.parentId && BLOC_NAMES[p.parentId]) ?? context.nameOf(p);
}

// ---------------------------------------------------------------- attributes and assembly

/** The name with its party mentions blanked: "Forum of Regions of Belarus and Russia" -> "Forum of Regions of  and". */
function withoutParties(scan: Scan, from: number, to: number): string {
  let text = scan.text.slice(from, to);
  for (const m of scan.s.parties) {
    if (m.start < from || m.end > to) continue;
    text = text.slice(0, m.start - from) + ' '.repeat(m.end - m.start) + text.slice(m.end - from);
  }
  return text;
}

function sideId(p: Party): string {
  return p.kind === 'organisation' && p.parentId && BLOC_NAMES[p.parentId] ? p.parentId : p.id;
}

function sideIds(ps: readonly Party[]): string[] {
  return [...new Set(ps.map(sideId))];
}

/** The sides a clause names (states, blocs, regions): who talks with whom, who visits where. */
function counterpartsOf(scan: Scan, offset: number): string[] {
  const [cs, ce] = clauseOf(scan, offset);
  const ps = scan.s.parties.filter((m) => m.start >= cs && m.end <= ce && (SIDE_KINDS.has(m.party.kind) || m.party.parentId?.startsWith('bloc:')) && m.party.kind !== 'city');
  return sideIds(ps.map((m) => m.party));
}

function partiesInSpan(scan: Scan, from: number, to: number): Party[] {
  const out: Party[] = [];
  for (const m of scan.s.parties) {
    if (m.start < from || m.end > to) continue;
    if (SIDE_KINDS.has(m.party.kind)) out.push(m.party);
    else if (m.party.parentId && BLOC_NAMES[m.party.parentId]) out.push(m.party);
  }
  return uniq(out);
}

function build(scan: Scan, phrase: Phrase, family: EventFamily, generic: boolean, context: DocumentContext, headIndex: number): EventMention {
  const { toks, s } = scan;
  const nameStart = toks[phrase.first]!.start;
  const nameEnd = toks[phrase.last]!.end;
  let name = scan.text.slice(nameStart, nameEnd).replace(/\s+/g, ' ');
  let kind = FAMILY_KIND[family];
  if (family === 'meeting' && !generic) kind = 'other';
  // Councils of leaders: heads of state meet at summits; the other councils hold council meetings.
  if (family === 'council' && /heads of state|глав государств/iu.test(name)) kind = 'summit';
  const place = findPlace(scan, nameStart, nameEnd, headIndex, context);
  const date = findDate(scan, nameStart, nameEnd);
  let start = Math.min(nameStart, place?.start ?? nameStart, date?.start ?? nameStart);
  let end = Math.max(nameEnd, place?.end ?? nameEnd, date?.end ?? nameEnd);
  [start, end] = widenToClause(scan, start, end);
  if (generic && phrase.ordinal === null && phrase.relation === null) name = name.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
  const parties = partiesInSpan(scan, nameStart, nameEnd);
  const complementFirst = phrase.complementFrom >= 0 ? toks[phrase.complementFrom]?.lower : undefined;
  const indefinite = (generic && (phrase.determiner === 'a' || phrase.determiner === 'an')) || complementFirst === 'a' || complementFirst === 'an';
  return {
    family, kind, name, nameStart, nameEnd, generic, ordinal: phrase.ordinal, relation: phrase.relation,
    parties, sides: sideIds(parties), counterparts: counterpartsOf(scan, nameStart), indefinite, weak: false,
    core: coreWords(withoutParties(scan, nameStart, nameEnd)),
    place: place?.value ?? null, date: date?.value ?? null, dateRelative: date?.relative ?? false, start, end, sentence: s.index,
    confidence: generic ? 0.5 : 0.7,
  };
}

/** Widens an evidence span to the clause it sits in when the clause is short enough to read. */
function widenToClause(scan: Scan, start: number, end: number): [number, number] {
  const [cs, ce] = clauseOf(scan, start);
  const from = start - cs <= 120 ? cs : start;
  const to = ce - end <= 120 ? ce : end;
  return [from, Math.max(to, end)];
}

interface Found { value: string; start: number; end: number; relative?: boolean }

/**
 * Where an event is held: "in Minsk", "в Минске", "Tbilisi hosted", "hosted by", "online",
 * "via videoconference"; "here" is the dateline's city. The nearest to the phrase in its clause.
 */
function findPlace(scan: Scan, nameStart: number, nameEnd: number, headIndex: number, context: DocumentContext): Found | null {
  const { toks, s, text } = scan;
  const [cs, ce] = clauseOf(scan, nameStart);
  let best: Found | null = null;
  let bestDist = Infinity;
  const consider = (f: Found) => {
    if (!placeLinked(scan, f, nameStart, nameEnd, cs)) return;
    const d = f.start >= nameEnd ? f.start - nameEnd : f.end <= nameStart ? (nameStart - f.end) * 1.5 : Infinity;
    if (d < bestDist && d <= 110) { best = f; bestDist = d; }
  };
  for (let k = 0; k < s.parties.length; k++) {
    const m = s.parties[k]!;
    if (m.start < cs || m.end > ce || (m.start >= nameStart && m.end <= nameEnd) || !PLACE_KINDS.has(m.party.kind)) continue;
    if (m.via === 'adjective') continue;
    const before = text.slice(Math.max(cs, m.start - 12), m.start).toLowerCase();
    const after = text.slice(m.end, Math.min(ce, m.end + 12)).toLowerCase();
    const prepIn = /(?:^|\s)(?:in|в|во|to)\s+(?:the\s+)?$/u.test(before) || /hosted by\s+(?:the\s+)?$/.test(before);
    const hosted = /^\s+hosted\b/.test(after) || /^\s+(?:принял|принимает|приняла|примет)\b/u.test(after);
    if (!prepIn && !hosted) continue;
    // "to X" only says where a visit goes.
    if (/(?:^|\s)to\s+(?:the\s+)?$/.test(before) && toks[headIndex]?.lower !== 'visit' && toks[headIndex]?.lower !== 'visited') continue;
    // Several places joined by "and"/"," ("в Полоцке, Новополоцке и Витебске") are one place.
    let end = m.end;
    const names = [context.nameOf(m.party)];
    for (let q = k + 1; q < s.parties.length; q++) {
      const n = s.parties[q]!;
      const gap = text.slice(end, n.start);
      if (!/^\s*(?:,|and|и|,\s*and)\s*$/u.test(gap) || !PLACE_KINDS.has(n.party.kind) || n.via === 'adjective' || n.end > ce) break;
      names.push(context.nameOf(n.party));
      end = n.end;
    }
    consider({ value: names.join(', '), start: m.start, end });
  }
  const clauseText = text.slice(cs, ce);
  const online = scan.ru ? RU_ONLINE_RE.exec(clauseText) : EN_ONLINE_RE.exec(clauseText);
  if (online) {
    const value = /video/i.test(online[0]) || /видео/iu.test(online[0]) ? 'videoconference' : 'online';
    consider({ value, start: cs + online.index, end: cs + online.index + online[0].length });
  }
  const here = /\b(?:here|здесь)\b/iu.exec(clauseText);
  if (here) {
    const dateline = datelinePlace(context);
    if (dateline) consider({ value: dateline, start: cs + here.index, end: cs + here.index + here[0].length });
  }
  return best;
}

/** Words that may stand between an event phrase and its place: "was held online", "which is being held in". */
const EN_PLACE_GAP_RE = /^(?:[\s,]|which|that|is|was|were|are|will|be|been|being|has|have|had|to|held|hosted|organi[sz]ed|opened|convened|took|take|takes|taking|place|conducted|met|meets|meet|staged|also|already|now|currently|successfully|jointly|again|on|the|a|an|in|at|by|this|year|week|month|today|yesterday|tomorrow|there|here|via|online|on-line|videoconference|video|conference|link|format|mode|an|expanded|restricted|narrow|its|first|time|till|until|recently|just|annually|traditionally|officially|solemnly|[\p{N}\p{P}]+)+$/iu;
const RU_PLACE_GAP_RE = /^(?:[\s,]|прош(?:ел|ёл|ла|ло|ли)|состоял(?:ся|ась|ось|ись)|состоится|состоятся|пройд(?:ет|ёт|ут)|проход(?:ит|ят|ил|ила|ило|или)|открыл(?:ся|ась|ось|ись)|откро(?:ется|ются)|был|была|было|были|будет|будут|в|во|на|рамках|ходе|с|со|официальным|рабочим|визитом|уже|также|сегодня|вчера|который|которая|которое|которые|году|года|[\p{N}\p{P}]+)+$/iu;

/**
 * A place belongs to an event only when little stands between them: "held in Minsk",
 * "Tbilisi hosted a", "В Костанае прошла"; or when it opens the clause ("In Minsk, ...").
 */
function placeLinked(scan: Scan, f: Found, nameStart: number, nameEnd: number, clauseStart: number): boolean {
  const after = f.start >= nameEnd;
  const gapStart = after ? nameEnd : f.end;
  let gap = after ? scan.text.slice(nameEnd, f.start) : scan.text.slice(f.end, nameStart);
  // Dates between them do not count: "held on 5 July in Minsk".
  for (const t of scan.s.times) {
    if (t.start >= gapStart && t.end <= gapStart + gap.length) {
      gap = gap.slice(0, t.start - gapStart) + ' '.repeat(t.end - t.start) + gap.slice(t.end - gapStart);
    }
  }
  const re = scan.ru ? RU_PLACE_GAP_RE : EN_PLACE_GAP_RE;
  if (after) {
    const core = gap.replace(/(?:^|\s)(?:in|to|в|во|hosted by)\s+(?:the\s+)?$/iu, ' ');
    return core.trim() === '' || re.test(core);
  }
  if (/^\s*hosted\s+(?:a|an|the)?\s*$/i.test(gap) || /^\s*(?:принял|принимает|примет|приняла)\s*$/iu.test(gap)) return true;
  if (gap.trim() === '' || re.test(gap)) return true;
  // A clause that opens with its place: "In Minsk, the sides held ...".
  const opening = scan.text.slice(clauseStart, f.start).trim();
  return /^(?:in|в|во)$/iu.test(opening) && gap.length < 60;
}

/** The city of a wire dateline ("BISHKEK, Oct 15 (NNN-KNA) –"), if the text opens with one. */
function datelinePlace(context: DocumentContext): string | null {
  const first = context.sentences[0];
  const m = first?.parties[0];
  if (!m || m.start > 2 || m.party.kind !== 'city') return null;
  if (m.text !== m.text.toUpperCase()) return null;
  return context.nameOf(m.party);
}

/** The governing date: the nearest date (or quarter/half) expression in the phrase's clause. */
function findDate(scan: Scan, nameStart: number, nameEnd: number): Found | null {
  const [cs, ce] = clauseOf(scan, nameStart);
  let best: Found | null = null;
  let bestDist = Infinity;
  let fronted: Found | null = null;
  for (const e of scan.s.times) {
    if (e.base || e.value === null || e.start < cs || e.end > ce) continue;
    if (e.kind !== 'date' && !(e.kind === 'period' && /^\d{4}(?:-(?:Q[1-4]|H[12]|\d{2}))?$/.test(e.value))) continue;
    const found = { value: e.value, start: e.start, end: e.end, relative: e.relative ?? false };
    // A year inside the name ("Digital Almaty Forum 2021") yields to a fuller date outside it.
    const d = e.start >= nameEnd ? e.start - nameEnd : e.end <= nameStart ? nameStart - e.end : 30;
    if (d < bestDist && d <= 140) { best = found; bestDist = d; }
    // "In January 1997, ... and the Council ... was created": a fronted date governs the sentence.
    if (!fronted && e.start - cs <= 40 && e.end <= nameStart) fronted = found;
  }
  return best ?? fronted;
}
