/**
 * Events told by a verb: "A met with B", "the Commission met in Moscow", "the delegation
 * visited Kazan", "the Council ... was established", "Belarus assumed the presidency",
 * "the Council of Heads of State approved ...", "the opening of the Consulate".
 */
import type { DocumentContext } from '../sentence.ts';
import { EN_FUNCTION_CAPS, EN_RIGHT_STOP, LEADERS_COUNCIL_RE, MEETING_BODY_RES, MEETING_BODY_WORDS, RU_RIGHT_STOP, type EventFamily } from './event-lexicon.ts';
import { isCyrillicWord } from './event-tokens.ts';
import { PLACE_KINDS, blocName, clauseOf, indexAtOffset, isPlaceAt, sideIds, uniq, type EventMention, type Phrase, type Scan } from './event-scan.ts';
import { build } from './event-build.ts';
import { readRightEn, readRightRu } from './event-phrase.ts';

/** Body words that may be the subject of "met" / "was established". */
export const EN_BODY_HEAD_RE = /^(?:council|commission|committee|group|board|collegium|centre|center|sub-system|subsystem|association|assembly|secretariat|court|forum)$/;

export const EN_PRESIDENCY_VERBS = new Set(['assume', 'assumes', 'assumed', 'assuming', 'hold', 'holds', 'holding', 'take', 'takes', 'took', 'taking', 'took', 'transfer', 'transferred', 'pass', 'passes', 'passed']);

export const RU_PRESIDENCY_VERB_RE = /^(?:прин(?:ял|яла|яло|имает|имать|ял|ять|ймет)|перейд|переход|председательств(?:ует|овал|овала|овать)|возглав)/u;

/** What may be opened as an event of its own: a consulate, an embassy, a trade mission. */
export const OPENED_BODY_RE = /\b(?:consulate|embassy|representative office|trade mission|trade representation|consul)\b/i;

export const EN_VISITOR_RE = /^(?:delegation|delegations|representatives|president|prime|minister|governor|head|heads|chairman|chairwoman|chair|ambassador|mayor|deputy|speaker|secretary|leader|leaders|officials|businessmen|members|akim|specialists|experts)$/;

/** "A met with B" -> talks; "the Commission met in Moscow" -> a meeting of the commission. */
export function readMet(scan: Scan, i: number, context: DocumentContext): EventMention | null {
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
  // "Lukashenko and Putin met in Sochi": people meet for talks.
  if (!family && / and /.test(subjText)) {
    const phrase: Phrase = { first: subj, last: i, ordinal: null, relation: null, determiner: null, mods: [], complementFrom: -1, prep: null };
    return build(scan, phrase, 'talks', false, context, i);
  }
  if (!family) return null;
  if (family === 'council' && LEADERS_COUNCIL_RE.test(subjText.toLowerCase()) && /heads of state/.test(subjText.toLowerCase())) family = 'summit';
  const phrase: Phrase = { first: subj, last: i - 1, ordinal: null, relation: null, determiner: null, mods: [], complementFrom: -1, prep: null };
  const m = build(scan, phrase, family, false, context, i);
  m.name = `meeting of ${subjText.replace(/^the\s+/i, 'the ')}`;
  m.end = Math.max(m.end, toks[i]!.end);
  return m;
}

export function readActed(scan: Scan, i: number, context: DocumentContext): EventMention | null {
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

export function readOpening(scan: Scan, i: number, context: DocumentContext): EventMention | null {
  const right = readRightEn(scan, i + 1, false);
  if (right.complementFrom < 0) return null;
  const body = scan.text.slice(scan.toks[right.complementFrom]!.start, scan.toks[right.last]!.end);
  if (!OPENED_BODY_RE.test(body)) return null;
  const phrase: Phrase = { first: i, last: right.last, ordinal: null, relation: null, determiner: null, mods: [], complementFrom: right.complementFrom, prep: 'of' };
  const m = build(scan, phrase, 'establishment', false, context, i);
  m.confidence = 0.5;
  return m;
}

export function readRuMet(scan: Scan, i: number, context: DocumentContext): EventMention | null {
  const { toks } = scan;
  if (toks[i + 1]?.lower !== 'с' && toks[i + 1]?.lower !== 'со') {
    // "Лукашенко и Путин встретились в Сочи".
    const subj = subjectBefore(scan, i);
    if (subj === null || !toks.slice(subj, i).some((t) => t.lower === 'и')) return null;
    const phrase: Phrase = { first: subj, last: i, ordinal: null, relation: null, determiner: null, mods: [], complementFrom: -1, prep: null };
    return build(scan, phrase, 'talks', false, context, i);
  }
  const right = readRightRu(scan, i + 2);
  const first = subjectBefore(scan, i) ?? i;
  const phrase: Phrase = { first, last: Math.max(i + 1, right.last), ordinal: null, relation: null, determiner: null, mods: [], complementFrom: -1, prep: null };
  return build(scan, phrase, 'talks', false, context, i);
}

/**
 * The subject phrase before a verb: back over capitalized words, "of/the/and/for/on" links and
 * "(EAEU)"-style brackets, up to a clause boundary. Returns its first token or null.
 */
export function subjectBefore(scan: Scan, i: number): number | null {
  const { toks } = scan;
  const LINKS = ['of', 'and', 'for', 'on', 'in', 'until', 'to'];
  let j = i - 1;
  let first = -1;
  let n = 0;
  while (j >= 0 && n < 34) {
    const t = toks[j]!;
    if (!t.word) {
      if (t.text === ')' || t.text === '(' || (t.text === '.' && toks[j - 1]?.cap && toks[j - 1]!.text.length <= 3)) { j--; n++; continue; }
      break;
    }
    // "the" opens the phrase, unless a link word shows it is inside a name ("Cooperation of the CIS").
    if (t.lower === 'the') {
      first = j;
      if (LINKS.includes(toks[j - 1]?.lower ?? '')) { j--; n++; continue; }
      break;
    }
    if (t.cap && EN_FUNCTION_CAPS.has(t.lower) && (j === 0 || !toks[j - 1]!.word)) break;
    if (t.cap || isCyrillicWord(t.text)) { first = j; j--; n++; continue; }
    if (/^\d{4}$/.test(t.text) && ['until', 'period', 'for'].includes(toks[j - 1]?.lower ?? '')) { j--; n++; continue; }
    if ([...LINKS, 'period', 'member', 'states', 'heads'].includes(t.lower)) { j--; n++; continue; }
    break;
  }
  return first < 0 ? null : first;
}

/** "representatives of MTZ visited the site", "the delegation visited Minsk", "посетил Минск". */
export function readVisited(scan: Scan, i: number, context: DocumentContext): EventMention | null {
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
  // "visited Kazan", "посетила Казань": the object is the place.
  const object = scan.s.parties.find((p) => PLACE_KINDS.has(p.party.kind) && p.via !== 'adjective' && p.start >= toks[i]!.end && p.start - toks[i]!.end <= 6);
  if (object && !m.place) m.place = context.nameOf(object.party);
  return m;
}

/** "The Council for ... was established", "the Sub-System, which was formed in October 1993". */
export function readEstablished(scan: Scan, i: number, context: DocumentContext): EventMention | null {
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
export function readPresidency(scan: Scan, i: number, context: DocumentContext): EventMention | null {
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
    const near = s.times.find((e) => e.value && e.start >= spanTo && /^\s*(?:in|on|from|since|for|в|с)?\s*$/iu.test(scan.text.slice(spanTo, e.start)));
    m.date = near?.value ?? null;
  }
  m.confidence = 0.5;
  return m;
}
