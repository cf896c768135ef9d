/**
 * Event mentions in one sentence: a head ("forum", "заседание", "held talks", "met", "visit")
 * and the phrase around it (modifiers on the left, "of/on/between ..." or a genitive chain on
 * the right), with the kind, ordinal, place, date and parties the sentence gives it. Whether
 * two mentions are one event is decided later, over the whole document (event-merge.ts).
 */
import type { DocumentContext, AnnotatedSentence } from '../sentence.ts';
import type { PartyMention } from '../parties/index.ts';
import {
  EN_FUNCTION_CAPS, EN_HEADS, INNER_EVENT_RE, MEETING_BODY_RES, MEETING_BODY_WORDS, RU_DETERMINER_RE, RU_HEADS,
  type EventFamily,
} from './event-lexicon.ts';
import { coreWords } from './event-core.ts';
import { isCyrillicWord, looksLikeRuAdjective, type Tok } from './event-tokens.ts';
import { SIDE_KINDS, clauseOf, isPlaceAt, partiesInSpan, scanSentence, sideId, sideIds, uniq, type EventMention, type Phrase, type Scan } from './event-scan.ts';
import { build } from './event-build.ts';
import { readLeft, readRightEn, readRightRu } from './event-phrase.ts';
import { readActed, readEstablished, readMet, readOpening, readPresidency, readRuMet, readVisited } from './event-verbs.ts';

export type { EventMention } from './event-scan.ts';

const EN_ESTABLISHED = new Set(['established', 'created', 'formed', 'founded', 'set', 'launched', 'instituted']);

const EN_PRESIDENCY = new Set(['presidency', 'chairmanship']);

/** A leaders' council acts only at its meetings: "In December 2020, the Council of CIS Heads of State approved ...". */
const EN_ACTED = new Set(['approved', 'adopted', 'decided', 'endorsed']);

const EN_TALK_VERBS = new Set(['held', 'hold', 'holds', 'holding', 'conducted', 'conduct', 'had', 'have', 'has', 'start', 'started', 'starts', 'begin', 'began', 'begins', 'launch', 'launched', 'resume', 'resumed', 'resumes', 'continue', 'continued', 'completed', 'finalised', 'finalized', 'entered']);

const EN_VISIT_MODS = new Set(['official', 'state', 'working', 'friendly', 'return', 'business', 'two-day', 'three-day', 'one-day', 'first', 'first-ever', 'historic', 'private', 'short']);

const RU_VISIT_ADJ_RE = /^(?:официальн|рабоч|государствен|дружествен|перв|ответн|двухдневн|трехдневн|трёхдневн|деловн|делов)/u;

const RU_VISITED_RE = /^посети(?:л|ла|ли|т|ть)$/u;

const RU_MET_RE = /^встретил(?:ся|ась|ись)$/u;


/** Words after a head that make it a modifier: "exhibition events", "forum company". */
const EN_HEAD_AS_MODIFIER = new Set(['events', 'activities', 'activity', 'company', 'companies', 'centre', 'center', 'centres', 'centers', 'complex', 'hall', 'halls', 'space', 'stand', 'stands', 'industry', 'business', 'operator', 'organizer', 'organizers', 'organiser', 'organisers', 'ground', 'grounds', 'venue', 'pavilion', 'format', 'formats', 'platform', 'platforms', 'movement', 'series']);

/** Words before a head that make it a media event: "press conference", "video meeting". */
const MEDIA_BEFORE = new Set(['press', 'news', 'video', 'tele', 'web']);

/** Company forms (four letters at most): "BI Expo Ltd." is a firm, not a fair. */
const COMPANY_FORM_RE = /^(?:ltd|llc|jsc|ojsc|cjsc|pjsc|inc|gmbh|plc|corp|co|ooo|ооо|оао|зао|пао|ао|ип)$/iu;

export function findEventMentions(s: AnnotatedSentence, context: DocumentContext): EventMention[] {
  // headAt reads only words that hold a head hint, and the words' lower case is part of the sentence's.
  if (!HEAD_HINT_RE.test(s.text.toLowerCase())) return [];
  const scan = scanSentence(s);
  const { toks } = scan;
  if (toks.length === 0) return [];
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

interface Head {
  family: EventFamily | 'meeting';
  plural: boolean;
  /** 'met' / 'visited' verbs, 'established' passives, presidency: built by their own readers. */
  special?: 'met' | 'visited' | 'established' | 'presidency' | 'ru-met' | 'ru-visited' | 'acted' | 'opening';
}

/**
 * What every word headAt reads as a head holds (lower case): the heads of EN_HEADS and
 * RU_HEADS, the words of the verbs and nouns tested one by one below, and the ends of
 * one-word names ("FoodExpo", "Innoprom-Forum"). headAt tests a word for them first, so a
 * sentence that holds none has no head and is not tokenized.
 */
const HEAD_HINTS: readonly string[] = [
  ...EN_HEADS.keys(), 'expo', 'forum', 'council', 'met', 'visited', 'besucht', ...EN_ACTED, 'opening', ...EN_PRESIDENCY, 'chair',
  ...EN_ESTABLISHED,
  ...RU_HEADS.flatMap((h) => h.starts), 'совет', 'бизнес-совет', 'председательств', 'посети', 'встретил',
];
const HEAD_HINT_RE = new RegExp(HEAD_HINTS.map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'u');

function headAt(scan: Scan, i: number): Head | null {
  const t = scan.toks[i]!;
  if (!t.word) return null;
  const lower = t.lower;
  // Most words stop here.
  if (!HEAD_HINT_RE.test(lower)) return null;
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
  if (EN_ESTABLISHED.has(lower) && ['was', 'were', 'been', 'be'].includes(scan.toks[i - 1]?.lower ?? '')) {
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

function readHeadPhrase(scan: Scan, i: number, head: Head, context: DocumentContext): EventMention[] {
  const { toks } = scan;
  const t = toks[i]!;
  const next = toks[i + 1];
  // "exhibition events", "forum participants' company": the head is a modifier here.
  if (next && next.word && !next.cap && EN_HEAD_AS_MODIFIER.has(next.lower)) return [];
  // A press conference or a news briefing is no event between parties.
  if (MEDIA_BEFORE.has(toks[i - 1]?.lower ?? '') || t.lower.startsWith('press-') || t.lower.startsWith('video-')) return [];
  const left = readLeft(scan, i);
  const right = scan.ru ? readRightRu(scan, i + 1) : readRightEn(scan, i + 1, t.cap);
  const phrase: Phrase = {
    first: left.first, ordinal: left.ordinal, relation: left.relation, determiner: left.determiner, mods: left.mods,
    last: right.last < i ? i : right.last, complementFrom: right.complementFrom, prep: right.prep,
  };
  // "BI Expo Ltd.": a firm.
  for (let k = i; k <= Math.min(toks.length - 1, phrase.last + 1); k++) if (toks[k]!.text.length <= 4 && COMPANY_FORM_RE.test(toks[k]!.text)) return [];
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
