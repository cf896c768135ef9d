/**
 * What the event grammar works on: a sentence scanned once (tokens, annotations by offset,
 * clauses), the phrase a head gives, and the assembly of a mention from a phrase with its
 * parties, place, date and evidence span.
 */
import type { EventKind } from '../../domain/fact.ts';
import type { Party } from '../../domain/party.ts';
import type { AnnotatedSentence, DocumentContext } from '../sentence.ts';
import type { PartyMention } from '../parties/index.ts';
import { BLOCS_OF_BODIES, blocOfBody } from './bloc-bodies.ts';
import { EN_MONTHS, EN_WEEKDAYS, type EventFamily } from './event-lexicon.ts';
import { isCyrillicWord, tokenizeWords, type Tok } from './event-tokens.ts';

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

export const PLACE_KINDS = new Set(['city', 'state', 'region', 'district']);

export const SIDE_KINDS = new Set(['state', 'bloc', 'region', 'city', 'district']);

/** What a sentence offers the grammar: tokens plus quick lookups of annotations by offset. */
export interface Scan {
  s: AnnotatedSentence;
  text: string;
  toks: Tok[];
  ru: boolean;
  partyAt: Map<number, PartyMention>;
  /** Starts of the sentence's time expressions (timeStarts): made when a phrase is read, since the times are found on first read. */
  timeAt: Set<number> | null;
  clauses: [number, number][];
  /** Words of a clause the place finder reads, by clause (event-build.ts makes and fills it). */
  clauseWords: Map<number, { online: RegExpExecArray | null; here: RegExpExecArray | null }> | null;
}

export interface Phrase {
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

/** Clause spans: split at ";" and at sentence-internal colons. */
export function clausesOf(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 59 /* ; */ || (c === 58 /* : */ && /\s/.test(text[k + 1] ?? ''))) { out.push([start, k]); start = k + 1; }
  }
  out.push([start, text.length]);
  return out;
}

export function clauseOf(scan: Scan, offset: number): [number, number] {
  for (const c of scan.clauses) if (offset >= c[0] && offset <= c[1]) return c;
  return [0, scan.text.length];
}

export function isPlaceAt(scan: Scan, tok: Tok | undefined): boolean {
  if (!tok) return false;
  const m = scan.partyAt.get(tok.start);
  return !!m && PLACE_KINDS.has(m.party.kind);
}

export function isTimeAt(scan: Scan, tok: Tok | undefined): boolean {
  if (!tok) return false;
  return EN_MONTHS.has(tok.lower) || EN_WEEKDAYS.has(tok.lower) || /^\d/.test(tok.text) || startsTime(scan, tok.start);
}

/** Does a time expression of the sentence start at `offset`? */
export function startsTime(scan: Scan, offset: number): boolean {
  scan.timeAt ??= new Set(scan.s.times.map((t) => t.start));
  return scan.timeAt.has(offset);
}

export function indexAtOffset(toks: readonly Tok[], offset: number): number {
  for (let k = 0; k < toks.length; k++) if (toks[k]!.end > offset) return k;
  return toks.length - 1;
}

export function uniq(ps: Party[]): Party[] {
  const seen = new Set<string>();
  return ps.filter((p) => (seen.has(p.id) ? false : (seen.add(p.id), true)));
}

export function blocName(p: Party, context: DocumentContext): string {
  return context.nameOf(blocOfBody(p, context) ?? p);
}

/** The name with its party mentions blanked: "Forum of Regions of Belarus and Russia" -> "Forum of Regions of  and". */
export function withoutParties(scan: Scan, from: number, to: number): string {
  let text = scan.text.slice(from, to);
  for (const m of scan.s.parties) {
    // A body's name is what tells its meetings apart ("Supreme Eurasian Economic Council"): it stays.
    if (m.start < from || m.end > to || !SIDE_KINDS.has(m.party.kind)) continue;
    // "regions of Belarus" names the sides and the kind of forum: "regions" stays.
    const blank = m.text.replace(/[^\s]+/gu, (w) => (/^(?:regions?|oblasts?|provinces?|регион\p{L}*|област\p{L}*)$/iu.test(w) ? w : ' '.repeat(w.length)));
    text = text.slice(0, m.start - from) + blank + text.slice(m.end - from);
  }
  return text;
}

export function sideId(p: Party): string {
  return p.kind === 'organisation' && p.parentId !== null && BLOCS_OF_BODIES.has(p.parentId) ? p.parentId : p.id;
}

export function sideIds(ps: readonly Party[]): string[] {
  return [...new Set(ps.map(sideId))];
}

/** The sides a clause names (states, blocs, regions): who talks with whom, who visits where. */
export function counterpartsOf(scan: Scan, offset: number): string[] {
  const [cs, ce] = clauseOf(scan, offset);
  const ps = scan.s.parties.filter((m) => m.start >= cs && m.end <= ce && (SIDE_KINDS.has(m.party.kind) || m.party.parentId?.startsWith('bloc:')) && m.party.kind !== 'city');
  return sideIds(ps.map((m) => m.party));
}

export function partiesInSpan(scan: Scan, from: number, to: number): Party[] {
  const out: Party[] = [];
  for (const m of scan.s.parties) {
    if (m.start < from || m.end > to) continue;
    if (SIDE_KINDS.has(m.party.kind)) out.push(m.party);
    else if (m.party.parentId !== null && BLOCS_OF_BODIES.has(m.party.parentId)) out.push(m.party);
  }
  return uniq(out);
}


/** Scans a sentence once for the grammar. */
export function scanSentence(s: AnnotatedSentence): Scan {
  return {
    s, text: s.text, toks: tokenizeWords(s.text), ru: s.lang === 'ru' || (s.lang !== 'en' && isCyrillicWord(s.text)),
    partyAt: new Map(s.parties.map((m) => [m.start, m])),
    timeAt: null,
    clauses: clausesOf(s.text),
    clauseWords: null,
  };
}
