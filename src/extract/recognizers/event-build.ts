/**
 * Where and when an event is: the place linked to its phrase ("held in Minsk", "Tbilisi
 * hosted", "в Минске прошел", "online", "here" for the dateline's city) and the governing date.
 */
import type { DocumentContext } from '../sentence.ts';
import { EN_ONLINE_HINT_RE, EN_ONLINE_RE, FAMILY_KIND, RU_ONLINE_RE, type EventFamily } from './event-lexicon.ts';
import { coreWords } from './event-core.ts';
import {
  PLACE_KINDS, clauseOf, counterpartsOf, partiesInSpan, sideIds, withoutParties, type EventMention, type Phrase, type Scan,
} from './event-scan.ts';

export interface Found { value: string; start: number; end: number; relative?: boolean }

/**
 * Where an event is held: "in Minsk", "в Минске", "Tbilisi hosted", "hosted by", "online",
 * "via videoconference"; "here" is the dateline's city. The nearest to the phrase in its clause.
 */
export function findPlace(scan: Scan, nameStart: number, nameEnd: number, headIndex: number, context: DocumentContext): Found | null {
  const { toks, s, text } = scan;
  const [cs, ce] = clauseOf(scan, nameStart);
  const nearest = new NearestPlace(scan, nameStart, nameEnd, cs);
  for (let k = 0; k < s.parties.length; k++) {
    const m = s.parties[k]!;
    if (m.start < cs || m.end > ce || (m.start >= nameStart && m.end <= nameEnd) || !PLACE_KINDS.has(m.party.kind)) continue;
    if (m.via === 'adjective') continue;
    const before = text.slice(Math.max(cs, m.start - 12), m.start).toLowerCase();
    const after = text.slice(m.end, Math.min(ce, m.end + 12)).toLowerCase();
    const prepIn = /(?:^|\s)(?:in|в|во|to)\s+(?:the\s+)?$/u.test(before) || /hosted by\s+(?:the\s+)?$/.test(before);
    const hosted = HOSTS_AFTER_RE.test(after);
    // "посол Беларуси в Казахстане", "Ambassador of Kazakhstan in Belarus": where the ambassador serves.
    if (prepIn && AMBASSADOR_BEFORE_RE.test(text.slice(Math.max(cs, m.start - 60), m.start))) continue;
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
    nearest.consider({ value: names.join(', '), start: m.start, end });
  }
  const { online, here } = clauseWords(scan, cs, ce);
  if (online) {
    const value = /video/i.test(online[0]) || /видео/iu.test(online[0]) ? 'videoconference' : 'online';
    nearest.consider({ value, start: cs + online.index, end: cs + online.index + online[0].length });
  }
  if (here) {
    const dateline = datelinePlace(context);
    if (dateline) nearest.consider({ value: dateline, start: cs + here.index, end: cs + here.index + here[0].length });
  }
  return nearest.best;
}

/**
 * The place nearest an event's name among those linked to it. A class, not a closure made per
 * findPlace call: tsx keeps function names, at a cost for every closure made.
 */
class NearestPlace {
  best: Found | null = null;
  private distance = Infinity;

  constructor(
    private readonly scan: Scan,
    private readonly nameStart: number,
    private readonly nameEnd: number,
    private readonly clauseStart: number,
  ) {}

  consider(f: Found): void {
    // Before the name counts half again; overlapping it, or further than 110, not at all.
    const d = f.start >= this.nameEnd ? f.start - this.nameEnd : f.end <= this.nameStart ? (this.nameStart - f.end) * 1.5 : Infinity;
    // Distance first: reading the words between is the costly part, and a far place needs none.
    if (d < this.distance && d <= 110 && placeLinked(this.scan, f, this.nameStart, this.nameEnd, this.clauseStart)) {
      this.best = f;
      this.distance = d;
    }
  }
}

const HERE_RE = /(?<![\p{L}])(?:here|здесь)(?![\p{L}])/iu;

/**
 * "online" and "here" in a clause (offsets into the clause), read once per clause: every
 * event phrase of the clause asks, and a clause may be long.
 */
function clauseWords(scan: Scan, cs: number, ce: number): { online: RegExpExecArray | null; here: RegExpExecArray | null } {
  const key = cs * (scan.text.length + 1) + ce;
  scan.clauseWords ??= new Map();
  const known = scan.clauseWords.get(key);
  if (known) return known;
  const clauseText = scan.text.slice(cs, ce);
  const online = scan.ru ? RU_ONLINE_RE.exec(clauseText) : EN_ONLINE_HINT_RE.test(clauseText) ? EN_ONLINE_RE.exec(clauseText) : null;
  const found = { online, here: HERE_RE.exec(clauseText) };
  scan.clauseWords.set(key, found);
  return found;
}

/** "Tbilisi hosted", "Minsk will host", "Минск примет": the place before the verb hosts the event. */
export const HOSTS_AFTER_RE = /^\s+(?:hosted|hosts|will host|is hosting|was hosting|is to host|is going to host|принял|принимает|приняла|примет|принимал|принимала)(?![\p{L}])/iu;

export const HOSTS_GAP_RE = /^\s*(?:hosted|hosts|will host|is hosting|was hosting|is to host|is going to host|принял|принимает|примет|приняла|принимал|принимала)\s+(?:a|an|the)?\s*$/iu;

/** An ambassador's posting is no place of an event. */
export const AMBASSADOR_BEFORE_RE = /(?:ambassador|envoy|consul|посол|посла|послом|послу|после|посольств)\p{L}*[^,.;:]{0,45}\s(?:in|в|во|to)\s+(?:the\s+)?$/iu;

/** Words that may stand between an event phrase and its place: "was held online", "which is being held in". */
const EN_PLACE_GAP = new Set([
  'which', 'that', 'is', 'was', 'were', 'are', 'will', 'be', 'been', 'being', 'has', 'have', 'had', 'to', 'held', 'hosted',
  'organised', 'organized', 'opened', 'convened', 'took', 'take', 'takes', 'taking', 'place', 'conducted', 'met', 'meets',
  'meet', 'staged', 'also', 'already', 'now', 'currently', 'successfully', 'jointly', 'again', 'on', 'the', 'a', 'an', 'in',
  'at', 'by', 'this', 'year', 'week', 'month', 'today', 'yesterday', 'tomorrow', 'there', 'here', 'via', 'online', 'on-line',
  'videoconference', 'video', 'conference', 'link', 'format', 'mode', 'expanded', 'restricted', 'narrow', 'its', 'first',
  'time', 'till', 'until', 'recently', 'just', 'annually', 'traditionally', 'officially', 'solemnly',
]);
const RU_PLACE_GAP = new Set([
  'прошел', 'прошёл', 'прошла', 'прошло', 'прошли', 'состоялся', 'состоялась', 'состоялось', 'состоялись', 'состоится',
  'состоятся', 'пройдет', 'пройдёт', 'пройдут', 'проходит', 'проходят', 'проходил', 'проходила', 'проходило', 'проходили',
  'открылся', 'открылась', 'открылось', 'открылись', 'откроется', 'откроются', 'был', 'была', 'было', 'были', 'будет',
  'будут', 'в', 'во', 'на', 'рамках', 'ходе', 'с', 'со', 'официальным', 'рабочим', 'визитом', 'уже', 'также', 'сегодня',
  'вчера', 'который', 'которая', 'которое', 'которые', 'году', 'года',
]);

/** Whether every word of a gap is one that may stand between a phrase and its place (numbers and punctuation pass). */
function gapAllows(gap: string, ru: boolean): boolean {
  const allowed = ru ? RU_PLACE_GAP : EN_PLACE_GAP;
  for (const w of gap.toLowerCase().split(/[\s,]+/u)) {
    if (w && !allowed.has(w) && !/^[\p{N}\p{P}]+$/u.test(w)) return false;
  }
  return true;
}

/**
 * A place belongs to an event only when little stands between them: "held in Minsk",
 * "Tbilisi hosted a", "В Костанае прошла"; or when it opens the clause ("In Minsk, ...").
 */
export function placeLinked(scan: Scan, f: Found, nameStart: number, nameEnd: number, clauseStart: number): boolean {
  const after = f.start >= nameEnd;
  const gapStart = after ? nameEnd : f.end;
  let gap = after ? scan.text.slice(nameEnd, f.start) : scan.text.slice(f.end, nameStart);
  // Dates between them do not count: "held on 5 July in Minsk".
  for (const t of scan.s.times) {
    if (t.start >= gapStart && t.end <= gapStart + gap.length) {
      gap = gap.slice(0, t.start - gapStart) + ' '.repeat(t.end - t.start) + gap.slice(t.end - gapStart);
    }
  }
  if (after) {
    const core = gap.replace(/(?:^|\s)(?:in|to|в|во|hosted by)\s+(?:the\s+)?$/iu, ' ');
    return gapAllows(core, scan.ru);
  }
  if (HOSTS_GAP_RE.test(gap)) return true;
  if (gapAllows(gap, scan.ru)) return true;
  // A clause that opens with its place: "In Minsk, the sides held ...".
  const opening = scan.text.slice(clauseStart, f.start).trim();
  return /^(?:in|в|во)$/iu.test(opening) && gap.length < 60;
}

/** The city of a wire dateline ("BISHKEK, Oct 15 (NNN-KNA) –"), if the text opens with one. */
export function datelinePlace(context: DocumentContext): string | null {
  const first = context.sentences[0];
  const m = first?.parties[0];
  if (!m || m.start > 2 || m.party.kind !== 'city') return null;
  if (m.text !== m.text.toUpperCase()) return null;
  return context.nameOf(m.party);
}

/** The governing date: the nearest date (or quarter/half) expression in the phrase's clause. */
export function findDate(scan: Scan, nameStart: number, nameEnd: number): Found | null {
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

export function build(scan: Scan, phrase: Phrase, family: EventFamily, generic: boolean, context: DocumentContext, headIndex: number): EventMention {
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
export function widenToClause(scan: Scan, start: number, end: number): [number, number] {
  const [cs, ce] = clauseOf(scan, start);
  const from = start - cs <= 120 ? cs : start;
  const to = ce - end <= 120 ? ce : end;
  return [from, Math.max(to, end)];
}
