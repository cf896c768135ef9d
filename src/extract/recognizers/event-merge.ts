/**
 * One event, many mentions: "the upcoming Forum of the Belarusian and Russian regions in
 * Moscow", "the fourth forum", "The Fourth Forum ... will be held on June 29-30" are one forum.
 * Mentions are grouped over a document; each group keeps its fullest mention as evidence and
 * the place, date and ordinal any of its mentions gives.
 */
import type { EventKind } from '../../domain/fact.ts';
import type { Party } from '../../domain/party.ts';
import type { EventMention } from './event-mentions.ts';
import type { EventFamily } from './event-lexicon.ts';

export interface EventGroup {
  mentions: EventMention[];
  best: EventMention;
  family: EventFamily;
  kind: EventKind;
  ordinal: number | null;
  relation: 'previous' | 'next' | null;
  place: string | null;
  date: string | null;
  parties: Party[];
  /** What `compatible` asks of all mentions, kept as they join so that a long document stays linear. */
  seen: GroupSummary;
}

/** A group's mentions summed up: their counterparts, sides, sentences and distinct names. */
interface GroupSummary {
  counterparts: Set<string>;
  sides: Set<string>;
  sentences: Set<number>;
  /** Core words of every mention, one entry per distinct set. */
  cores: Map<string, Set<string>>;
  /** Named (non-generic) mentions, one per distinct core and "has sides". */
  named: Map<string, EventMention>;
}

/** Families a bare "meeting" / "заседание" may refer to. */
const MEETING_FAMILIES = new Set<EventFamily>(['commission', 'council', 'summit', 'business_council', 'meeting']);
/** How far (in sentences) a bare head looks back, and forward, for the event it names. */
const BACK_WINDOW = 40;
const FORWARD_WINDOW = 6;
/** Talks and visits are named by their sentence, not by a phrase: they join only nearby. */
const LOCAL_WINDOW = 12;

function overlapOfSmaller(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 1;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / Math.min(a.size, b.size);
}

/**
 * Two names agree when their telling words overlap, or one has none ("the fourth forum").
 * A name told only by its sides ("ASEAN summit") and one told only by words ("East Asia
 * Summit") do not.
 */
function namesAgree(a: EventMention, b: EventMention): boolean {
  if (a.core.size === 0 && a.sides.length > 0 && b.sides.length === 0 && b.core.size > 0) return false;
  if (b.core.size === 0 && b.sides.length > 0 && a.sides.length === 0 && a.core.size > 0) return false;
  return overlapOfSmaller(a.core, b.core) >= 0.5;
}

/** Dates are compatible when one is missing or they agree as far as both go. */
export function datesCompatible(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  if (a.slice(0, 4) !== b.slice(0, 4)) return false;
  const ma = /^\d{4}-(\d{2})/.exec(a)?.[1];
  const mb = /^\d{4}-(\d{2})/.exec(b)?.[1];
  if (ma && mb && ma !== mb) return false;
  const da = /^\d{4}-\d{2}-(\d{2})$/.exec(a)?.[1];
  const db = /^\d{4}-\d{2}-(\d{2})$/.exec(b)?.[1];
  return !(da && db && da !== db);
}

function idsCompatible(a: readonly string[], B: ReadonlySet<string>, strict: boolean): boolean {
  if (a.length === 0 || B.size === 0) return true;
  const A = new Set(a);
  if (strict) return A.size === B.size && a.every((x) => B.has(x));
  if (a.every((x) => B.has(x))) return true;
  for (const x of B) if (!A.has(x)) return false;
  return true;
}

function familiesCompatible(m: EventMention, g: EventGroup): boolean {
  if (m.family === g.family || (m.kind === g.kind && m.kind !== 'other')) return true;
  // "the meeting" after talks is those talks; "the first meeting" of something is not.
  if (m.family === 'meeting' && m.generic) return MEETING_FAMILIES.has(g.family) || (g.family === 'talks' && m.ordinal === null);
  if (g.family === 'meeting') return MEETING_FAMILIES.has(m.family);
  return false;
}

function compatible(m: EventMention, g: EventGroup): boolean {
  if (!familiesCompatible(m, g)) return false;
  if ((m.relation ?? null) !== (g.relation ?? null)) return false;
  if (m.ordinal !== null && g.ordinal !== null && m.ordinal !== g.ordinal && m.family !== 'visit') return false;
  if (!datesCompatible(m.date, g.date)) return false;
  if (m.place && g.place && m.place !== g.place) return false;
  const last = g.mentions[g.mentions.length - 1]!;
  // "a working group": a new body, so a new event, unless named in the same sentence.
  if (m.indefinite && !m.generic && !g.seen.sentences.has(m.sentence)) return false;
  if (m.family === 'talks' || m.family === 'visit') {
    if (Math.abs(m.sentence - last.sentence) > LOCAL_WINDOW) return false;
    return idsCompatible(m.counterparts, g.seen.counterparts, false);
  }
  if (m.family === 'presidency') return idsCompatible(m.sides, g.seen.sides, true);
  if (m.family === 'establishment') {
    for (const core of g.seen.cores.values()) if (overlapOfSmaller(core, m.core) >= 0.8) return true;
    return false;
  }
  // A bare head's sides describe its participants ("the exposition of Belarusian enterprises"), not the event.
  if (m.generic) return true;
  if (m.weak) return idsCompatible(m.sides, g.seen.sides, false);
  if (!idsCompatible(m.sides, g.seen.sides, true)) return false;
  for (const x of g.seen.named.values()) if (namesAgree(x, m)) return true;
  return false;
}

/** Adds a mention to a group's summary. */
function note(seen: GroupSummary, m: EventMention): void {
  for (const x of m.counterparts) seen.counterparts.add(x);
  for (const x of m.sides) seen.sides.add(x);
  seen.sentences.add(m.sentence);
  const core = [...m.core].sort().join(' ');
  if (!seen.cores.has(core)) seen.cores.set(core, m.core);
  // namesAgree reads a mention's core and whether it has sides: one mention per pair stands for all.
  const key = `${m.sides.length > 0 ? 1 : 0}${core}`;
  if (!m.generic && !seen.named.has(key)) seen.named.set(key, m);
}

/** How much a mention says: named, with an ordinal, a date, a place. */
function fullness(m: EventMention): number {
  const ordinal = m.ordinal !== null && m.family !== 'visit' && m.family !== 'talks' ? 2 : 0;
  return (m.generic ? 0 : m.weak ? 3 : 4) + ordinal + (m.date ? (m.dateRelative ? 1 : 2) : 0) + (m.place ? 1 : 0) + (m.sides.length > 0 ? 1 : 0);
}

function attach(g: EventGroup, m: EventMention): void {
  g.mentions.push(m);
  note(g.seen, m);
  if (!g.date && m.date) g.date = m.date;
  else if (g.date && m.date && m.date.length > g.date.length && datesCompatible(g.date, m.date)) g.date = m.date;
  if (!g.place && m.place) g.place = m.place;
  if (g.ordinal === null && m.ordinal !== null) g.ordinal = m.ordinal;
  if (g.family === 'meeting' && m.family !== 'meeting') { g.family = m.family; g.kind = m.kind; }
  for (const p of m.parties) if (!g.parties.some((q) => q.id === p.id)) g.parties.push(p);
  if (fullness(m) > fullness(g.best)) g.best = m;
}

function open(m: EventMention): EventGroup {
  const seen: GroupSummary = { counterparts: new Set(), sides: new Set(), sentences: new Set(), cores: new Map(), named: new Map() };
  note(seen, m);
  return {
    mentions: [m], best: m, family: m.family, kind: m.kind, ordinal: m.ordinal, relation: m.relation,
    place: m.place, date: m.date, parties: [...m.parties], seen,
  };
}

/** Groups a document's mentions (in document order) into events. */
export function groupEventMentions(mentions: readonly EventMention[]): EventGroup[] {
  const groups: EventGroup[] = [];
  const waiting: EventMention[] = [];
  for (const m of mentions) {
    const target = m.generic && m.indefinite ? null : nearestBefore(groups, m);
    if (target) { attach(target, m); continue; }
    if (m.generic) { waiting.push(m); continue; }
    groups.push(open(m));
  }
  // A bare head before the event it names: "after a summit was convened ... The meeting of the Council ...".
  for (const m of waiting) {
    const later = groups.find((g) => {
      const f = g.mentions[0]!;
      const after = f.sentence > m.sentence || (f.sentence === m.sentence && f.nameStart > m.nameStart);
      return after && f.sentence - m.sentence <= FORWARD_WINDOW && compatible(m, g);
    });
    if (later) { attach(later, m); continue; }
    const before = m.indefinite ? nearestBefore(groups, m) : null;
    if (before) { attach(before, m); continue; }
    // Unnamed, yet placed or dated: "the previous meeting, held in Tashkent in March 2021".
    if (m.place || m.date) groups.push(open(m));
  }
  for (const g of groups) inheritSeriesKind(g, groups);
  // "since the previous session": another occurrence with nothing said about it.
  return groups
    .filter((g) => !(g.relation && !g.place && !g.date))
    .sort((a, b) => a.best.sentence - b.best.sentence || a.best.start - b.best.start);
}

/** The compatible group mentioned last before `m` (a bare head names the event in focus). */
function nearestBefore(groups: readonly EventGroup[], m: EventMention): EventGroup | null {
  let best: EventGroup | null = null;
  let bestAt = -1;
  for (const g of groups) {
    const last = g.mentions[g.mentions.length - 1]!;
    const at = last.sentence * 100000 + last.start;
    if (at <= bestAt) continue;
    if ((m.generic || m.weak) && m.sentence - last.sentence > BACK_WINDOW) continue;
    if (compatible(m, g)) { best = g; bestAt = at; }
  }
  return best;
}

/** "the previous meeting" of a commission is a commission meeting too. */
function inheritSeriesKind(g: EventGroup, groups: readonly EventGroup[]): void {
  if (g.family !== 'meeting' || !g.relation) return;
  let best: EventGroup | null = null;
  for (const o of groups) {
    if (o === g || !MEETING_FAMILIES.has(o.family) || o.family === 'meeting') continue;
    if (!best || Math.abs(o.best.sentence - g.best.sentence) < Math.abs(best.best.sentence - g.best.sentence)) best = o;
  }
  if (best) { g.kind = best.kind; for (const p of best.parties) if (!g.parties.some((q) => q.id === p.id)) g.parties.push(p); }
}
