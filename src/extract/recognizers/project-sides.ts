/**
 * Who is in a project: its actors (enterprises and institutions of the clause, companies named
 * by their legal form), the origin of its goods, the partner side (a destination first, never
 * the origin or the side that acts), and its quantity, value and date.
 */
import type { Party } from '../../domain/party.ts';
import type { DocumentContext } from '../sentence.ts';
import type { PartyMention } from '../parties/index.ts';
import { blocOfBody } from './bloc-bodies.ts';
import { contextParties } from './parties-in-context.ts';
import { COMPANY_FORMS, GENERIC_SUBJECT, NAME_TAILS } from './project-lexicon.ts';
import type { Tok } from './event-tokens.ts';
import type { Clause, Scan } from './project-scan.ts';
import type { Subject } from './project-subject.ts';

/** Quotes that open a company's name, each a token of its own. */
const OPENING_QUOTES: ReadonlySet<string> = new Set(['"', '«', '“']);

/** Words for a company before its quoted name. */
const COMPANY_NOUN_RE = /^(?:company|plant|factory|enterprise|holding|firm|компани\p{L}*|завод\p{L}*|предприяти\p{L}*|холдинг\p{L}*|фирм\p{L}*|комбинат\p{L}*|фабрик\p{L}*|ОАО|ЗАО|ООО|оао|зао|ооо)$/u;

export const ACTOR_KINDS = new Set(['enterprise', 'institution']);

export const SIDE_KINDS = new Set(['state', 'region', 'city', 'district', 'bloc']);

/** Blocs whose bodies stand for them as a project's side (fewer than for events: BRICS, ASEAN and the EU are not). */
const PROJECT_BLOCS: ReadonlySet<string> = new Set(['bloc:cis', 'bloc:eaeu', 'bloc:union-state', 'bloc:sco', 'bloc:csto', 'bloc:eurasec']);

/** Prepositions before a place that make it the destination or site of a project. */
export const DESTINATION_BEFORE_RE = /(?:^|[^\p{L}])(?:to|for|in|into|at|в|во|на|для)\s+(?:the\s+|this\s+|that\s+)?$/iu;

/** Prepositions before a party that keep it from being the clause's subject. */
export const PREP_BEFORE_RE = /(?:^|[^\p{L}])(?:to|for|in|into|at|with|from|of|between|by|on|under|among|в|во|на|для|с|со|из|от|по|между|при)\s+(?:the\s+|this\s+)?$/iu;

/** "the Belarusian side", "participation of Belarusian enterprises": the side that acts. */
export const OWN_SIDE_AFTER_RE = /^\s+(?:side|sides|enterprises|companies|manufacturers|producers|exporters|universities|scientists|specialists|construction companies)\b|^['’]s?\s+participation\b|^\s+(?:сторон|предприяти|компани|производител|экспортер|вуз|университет|учен|специалист|строител)/iu;

/** "its Kyrgyz partners": the other side, named. */
export const PARTNER_AFTER_RE = /^\s+(?:partners?|counterparts?|customers?|buyers?|side's partners)\b|^\s+партн[её]р/iu;

export const OWN_SIDE_BEFORE_RE = /(?:participation of (?:the\s+)?|участи\p{L}* )$/iu;

export interface Actors {
  names: string[];
  /** States the actors belong to: the partner is the other side. */
  homes: Set<string>;
}

export function actorsOf(scan: Scan, clause: Clause, context: DocumentContext): Actors {
  const names: string[] = [];
  const homes = new Set<string>();
  for (const m of scan.s.parties) {
    if (m.start < clause.start || m.end > clause.end || !ACTOR_KINDS.has(m.party.kind)) continue;
    const n = context.nameOf(m.party);
    if (!names.includes(n)) names.push(n);
    const home = context.homeState(m.party);
    if (home) homes.add(home.id);
  }
  for (const n of companiesByForm(scan, clause)) if (!names.includes(n)) names.push(n);
  return { names, homes };
}

export function isPartyAt(scan: Scan, tok: Tok): boolean {
  return scan.s.parties.some((m) => m.start <= tok.start && m.end >= tok.end);
}

/**
 * Companies named by a legal form or a "-based" phrase: "CJSC Agrotekhservis" -> Agrotekhservis,
 * "Niva-Shakhtospetsstroy LLC" and "Niva Holding" as written, "the Bishkek-based Avtomash-Radiant".
 */
export function companiesByForm(scan: Scan, clause: Clause): readonly string[] {
  // Every trigger of a clause asks; the clause is read once.
  const key = clause.start * (scan.text.length + 1) + clause.end;
  scan.companies ??= new Map();
  let found = scan.companies.get(key);
  if (!found) scan.companies.set(key, (found = readCompanies(scan, clause)));
  return found;
}

function readCompanies(scan: Scan, clause: Clause): string[] {
  const { toks, text } = scan;
  const out: string[] = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.start < clause.start || t.end > clause.end) continue;
    const last = t.text.charCodeAt(t.text.length - 1);
    if ((last === 100 || last === 68) /* d D */ && /-based$/i.test(t.text) && toks[k + 1]?.cap && !isPartyAt(scan, toks[k + 1]!)) { out.push(toks[k + 1]!.text); continue; }
    // "на заводе «Агромашсервис»", "the company "Agromash"": a quoted name after a word for a company.
    if (OPENING_QUOTES.has(t.text) && COMPANY_NOUN_RE.test(toks[k - 1]?.lower ?? '') && toks[k + 1]?.cap) {
      const close = toks.findIndex((x, idx) => idx > k && idx <= k + 5 && /^["»”]$/.test(x.text));
      if (close > k + 1 && !isPartyAt(scan, toks[k + 1]!)) out.push(text.slice(toks[k + 1]!.start, toks[close - 1]!.end));
      continue;
    }
    const tail = NAME_TAILS.has(t.text);
    if (!tail && !COMPANY_FORMS.has(t.text)) continue;
    // Name after the form: "CJSC Agrotekhservis", "ОАО «АМКОДОР»", "(CJSC) Agrotekhservis".
    let a = k + 1;
    if (toks[a]?.text === ')') a++;
    if (toks[a] && OPENING_QUOTES.has(toks[a]!.text)) a++;
    const after = toks[a];
    if (!tail && after && after.cap && after.word && !COMPANY_FORMS.has(after.text) && !isPartyAt(scan, after)) { out.push(after.text); continue; }
    // Name before the form, with the form: "Niva-Shakhtospetsstroy LLC", "Niva Holding", "Vatan Ltd".
    let b = k - 1;
    while (b >= 0 && toks[b]!.cap && toks[b]!.word && k - b <= 3 && !COMPANY_FORMS.has(toks[b]!.text)) b--;
    if (b + 1 < k && !isPartyAt(scan, toks[k - 1]!)) out.push(text.slice(toks[b + 1]!.start, t.end));
  }
  return out;
}

/** States named as the origin of the goods: "Belarusian tractors", "produced in Belarus", "from Belarus", "Belarusian-made". */
export function originOf(scan: Scan, clause: Clause, subj: Subject): string[] {
  const out = new Set<string>();
  for (const m of scan.s.parties) {
    if (m.start < clause.start || m.end > clause.end) continue;
    const inside = m.start >= subj.start && m.end <= subj.end;
    const before = scan.text.slice(Math.max(clause.start, m.start - 20), m.start).toLowerCase();
    const after = scan.text.slice(m.end, Math.min(clause.end, m.end + 8)).toLowerCase();
    const compound = /-\s*$/.test(before) || /^-\p{L}/u.test(after) && !/^-made/.test(after);
    // "технику самаркандским партнерам": an adjective of the partners is no origin of the goods.
    const partners = PARTNER_AFTER_RE.test(scan.text.slice(m.end, m.end + 20));
    if ((inside && m.via === 'adjective' && !compound && !partners) || /(?:from|made in|produced in|manufactured in|из|производства)\s+(?:the\s+)?$/u.test(before) || /^-made\b/.test(after)) {
      out.add(m.party.kind === 'state' ? m.party.id : m.party.parentId ?? m.party.id);
    }
  }
  return [...out];
}

export function sideName(p: Party, context: DocumentContext): string {
  const bloc = p.kind === 'organisation' ? blocOfBody(p, context, PROJECT_BLOCS) : null;
  return context.nameOf(bloc ?? p);
}

export function isSide(p: Party): boolean {
  return SIDE_KINDS.has(p.kind) || (p.kind === 'organisation' && p.parentId !== null && PROJECT_BLOCS.has(p.parentId));
}

/**
 * The other side: a place of the clause that is neither the origin of the goods, nor the
 * actors' home, nor the side that acts ("the Belarusian side", the clause's subject); a
 * destination ("to Pskov", "в Ставрополье") first. "The Russian side" or "this Russian region"
 * read as the region of that state the text is about. Else the region or bloc in focus.
 */
export function partnerOf(scan: Scan, clause: Clause, at: number, origin: string[], homes: Set<string>, context: DocumentContext): { name: string | null; explicit: boolean } {
  const { text } = scan;
  const own = new Set([...origin, ...homes]);
  const inClause = scan.s.parties.filter((m) => m.start >= clause.start && m.end <= clause.end && isSide(m.party));
  // Parenthesised places belong to the name before them: "Niva Holding (Soligorsk)".
  const usable = inClause.filter((m) => !(text[m.start - 1] === '(' && text[m.end] === ')'));
  let subjectSeen = false;
  for (const m of usable) {
    const before = text.slice(Math.max(clause.start, m.start - 24), m.start);
    const after = text.slice(m.end, Math.min(clause.end, m.end + 30));
    if (OWN_SIDE_BEFORE_RE.test(before) || ((m.via === 'adjective' || /^['’]/.test(after)) && OWN_SIDE_AFTER_RE.test(after) && m.start < at)) own.add(m.party.id);
    // The clause's subject acts: "Belarus, together with China, has implemented", "Belarus is starting to train".
    const inName = scan.s.parties.some((o) => o !== m && o.start <= m.start && o.end >= m.end && ACTOR_KINDS.has(o.party.kind));
    if (!subjectSeen && m.start < at && !inName) {
      subjectSeen = true;
      if (m.via !== 'adjective' && (m.party.kind === 'state' || m.party.kind === 'region' || m.party.kind === 'city') && !PREP_BEFORE_RE.test(before) &&
        !/^['’]s?\b/.test(after) && !/^\s*-/.test(after) && !/^\s+(?:and|и)\s/u.test(after)) own.add(m.party.id);
    }
  }
  const sides: OwnSides = { own, usable, context };
  const candidates = usable.filter((m) => !isOwnSide(m.party, sides));
  const named = candidates.find((m) => m.via === 'adjective' && PARTNER_AFTER_RE.test(text.slice(m.end, m.end + 20)));
  if (named) return { name: sideName(named.party, context), explicit: true };
  // A destination belongs to the project's own phrase: after the trigger, close to it.
  const destination = candidates.find((m) => m.start >= at && m.start - at <= 140 && DESTINATION_BEFORE_RE.test(text.slice(Math.max(clause.start, m.start - 16), m.start)));
  if (destination) return { name: sideName(destination.via === 'adjective' ? regionOf(destination.party, scan, sides) : destination.party, context), explicit: true };
  const other = candidates.find((m) => m.via !== 'adjective');
  if (other) return { name: sideName(other.party, context), explicit: true };
  const adjective = candidates.find((m) => m.via === 'adjective');
  if (adjective) return { name: sideName(regionOf(adjective.party, scan, sides), context), explicit: true };
  const f = partiesInFocus(scan, sides);
  const pick = f.find((p) => p.kind === 'region') ?? f[0];
  return { name: pick ? sideName(pick, context) : null, explicit: false };
}

/**
 * The sides partnerOf has ruled out, and what it needs to rule out more. Module functions
 * over this, not closures made per call: tsx keeps function names, at a cost per closure.
 */
interface OwnSides {
  own: Set<string>;
  usable: readonly PartyMention[];
  context: DocumentContext;
}

/** A party of the acting side or the goods' origin, or a place within such a state named only as an adjective. */
function isOwnSide(p: Party, sides: OwnSides): boolean {
  const { own, usable, context } = sides;
  return own.has(p.id) || (p.kind !== 'state' && p.kind !== 'bloc' && own.has(context.homeState(p)?.id ?? '') && !usable.some((m) => m.party.id === p.id && m.via !== 'adjective'));
}

/** Parties of the text before the sentence that are not of the acting side, most relevant first. */
function partiesInFocus(scan: Scan, sides: OwnSides): Party[] {
  return contextParties(scan.s, sides.context).filter((p) => !isOwnSide(p, sides));
}

/** "The Russian side", "this Russian region": the region of that state in focus, else the state. */
function regionOf(state: Party, scan: Scan, sides: OwnSides): Party {
  return partiesInFocus(scan, sides).find((p) => p.kind === 'region' && sides.context.homeState(p)?.id === state.id) ?? state;
}

export function quantityOf(scan: Scan, subj: Subject, clause: Clause): number | null {
  // A number right before or at the start of the subject: "15 low-floor trolleybuses", "up to 1,500 buses".
  for (const n of scan.s.numbers) {
    if (n.start < clause.start || n.end > clause.end) continue;
    if (n.start >= subj.start - 16 && n.end <= subj.end && !/^(?:19|20)\d\d$/.test(n.raw)) return n.value;
  }
  return null;
}

export function moneyOf(scan: Scan, clause: Clause): { value: number; currency: string } | null {
  const m = scan.s.money.find((x) => x.start >= clause.start && x.end <= clause.end);
  return m ? { value: m.value, currency: m.currency } : null;
}

export function dateOf(scan: Scan, clause: Clause, at: number): string | null {
  let best: { v: string; d: number } | null = null;
  for (const e of scan.s.times) {
    if (e.base || !e.value || e.kind === 'deadline' || e.start < clause.start || e.end > clause.end) continue;
    const d = Math.abs(e.start - at);
    const v = (e.kind === 'validity' || e.kind === 'period') && e.from && e.to && e.from !== e.to ? `${e.from}..${e.to}` : e.value;
    if (!best || d < best.d) best = { v, d };
  }
  return best?.v ?? null;
}

/** A place the goods go to, right after the trigger: "to Pskov", "to the Russian region", "в Ставрополье". */
export function destinationAfter(scan: Scan, clause: Clause, at: number): boolean {
  const { text } = scan;
  return scan.s.parties.some((m) => m.start > at && m.start - at <= 200 && m.end <= clause.end && isSide(m.party) &&
    DESTINATION_BEFORE_RE.test(text.slice(Math.max(clause.start, m.start - 16), m.start)));
}

export function specific(subject: string): boolean {
  const words = subject.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  const head = words[words.length - 1] ?? '';
  if (!head || GENERIC_SUBJECT.has(head) || /^(?:raw|building) materials$/.test(words.slice(-2).join(' '))) return false;
  return !(words.length === 1 && GENERIC_SUBJECT.has(words[0]!));
}
