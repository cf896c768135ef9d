/**
 * Project mentions in one sentence: a trigger of a project kind ("joint venture", "assembly
 * production of", "delivered", "строительство", "поставка") with what it is about (the
 * subject phrase), who does it (enterprises and institutions of the clause, or a company
 * named by its form: "CJSC Agrotekhservis"), the other side, a quantity, a value and a date.
 */
import type { ProjectKind } from '../../domain/fact.ts';
import type { Party } from '../../domain/party.ts';
import type { AnnotatedSentence, DocumentContext } from '../sentence.ts';
import type { PartyMention } from '../parties/index.ts';
import { contextParties } from './parties-in-context.ts';
import { isCyrillicWord, looksLikeRuAdjective, tokenAt, tokenizeWords, type Tok } from './event-tokens.ts';
import {
  ANAPHORIC_SUBJECT_RE, ASSEMBLY_BODY_BEFORE_RE, COMPANY_FORM_RE, EN_NOT_AFTER, EN_TRIGGERS, FACILITY_RE,
  GENERIC_SUBJECT, NAME_TAIL_RE, OF_CONTINUES, QUANTITY_LEAD_RE, RU_TRIGGERS, SETUP_RE, SUBJECT_STOP,
  RU_SHORT_PARTICIPLE_RE, TRADE_CONTEXT_RE, UTILITY_BEFORE_RE, type ProjectTrigger,
} from './project-lexicon.ts';

export interface ProjectMention {
  kind: ProjectKind;
  actors: string[];
  partner: string | null;
  subject: string | null;
  quantity: number | null;
  value: number | null;
  currency: string | null;
  date: string | null;
  start: number;
  end: number;
  confidence: number;
  /** Trigger offset, to order and tell mentions apart. */
  at: number;
  clauseStart: number;
}

const ACTOR_KINDS = new Set(['enterprise', 'institution']);
/** Verbs of a trade figure: a supply that "amounted to" or "grew" is a flow, not a deal. */
const TRADE_FIGURE_RE = /\b(?:amounted|amounting|totall?ed|totall?ing|reached|grew|increased|decreased|declined|rose|fell|dropped|doubled)\b|(?:составил|составила|составили|выросл|выр[оа]с|увеличил|снизил|сократил|достиг)/iu;
const GOODS_KINDS = new Set<ProjectKind>(['supply', 'assembly_plant', 'production', 'dealership', 'trading_house', 'joint_venture']);
const SIDE_KINDS = new Set(['state', 'region', 'city', 'district', 'bloc']);
const BLOC_NAMES: Record<string, string> = {
  'bloc:cis': 'CIS', 'bloc:eaeu': 'EAEU', 'bloc:union-state': 'Union State', 'bloc:sco': 'SCO', 'bloc:csto': 'CSTO',
  'bloc:eurasec': 'EurAsEC',
};
/** Prepositions before a place that make it the destination or site of a project. */
const DESTINATION_BEFORE_RE = /(?:^|[^\p{L}])(?:to|for|in|into|at|в|во|на|для)\s+(?:the\s+|this\s+|that\s+)?$/iu;
/** Prepositions before a party that keep it from being the clause's subject. */
const PREP_BEFORE_RE = /(?:^|[^\p{L}])(?:to|for|in|into|at|with|from|of|between|by|on|under|among|в|во|на|для|с|со|из|от|по|между|при)\s+(?:the\s+|this\s+)?$/iu;
/** "the Belarusian side", "participation of Belarusian enterprises": the side that acts. */
const OWN_SIDE_AFTER_RE = /^\s+(?:side|sides|enterprises|companies|manufacturers|producers|exporters|universities|scientists|specialists|construction companies)\b|^['’]s?\s+participation\b|^\s+сторон/iu;
/** "its Kyrgyz partners": the other side, named. */
const PARTNER_AFTER_RE = /^\s+(?:partners?|counterparts?|customers?|buyers?|side's partners)\b|^\s+партн[её]р/iu;
const OWN_SIDE_BEFORE_RE = /(?:participation of (?:the\s+)?|участи\p{L}* )$/iu;

interface Scan {
  s: AnnotatedSentence;
  text: string;
  toks: Tok[];
  ru: boolean;
}

interface Clause { start: number; end: number }

export function findProjectMentions(s: AnnotatedSentence, context: DocumentContext): ProjectMention[] {
  const text = s.text;
  const ru = isCyrillicWord(text);
  const triggers = ru ? RU_TRIGGERS : EN_TRIGGERS;
  let scan: Scan | null = null;
  const out: ProjectMention[] = [];
  for (const trigger of triggers) {
    trigger.re.lastIndex = 0;
    for (const match of text.matchAll(trigger.re)) {
      scan ??= { s, text, toks: tokenizeWords(text), ru };
      out.push(...readMention(scan, trigger, match.index ?? 0, match[0], context));
    }
  }
  return dropOverlaps(out.sort((a, b) => a.at - b.at));
}

/** Two triggers on one phrase ("assembly production of"): the more specific kind stays. */
const KIND_RANK: Record<ProjectKind, number> = {
  joint_venture: 0, assembly_plant: 1, trading_house: 2, dealership: 3, research: 4, education: 5, construction: 6,
  production: 7, supply: 8, other: 9,
};
/** Kinds that say once per clause what they are about; a second trigger there restates it. */
const ONCE_PER_CLAUSE = new Set<ProjectKind>(['education', 'research', 'production']);

function dropOverlaps(ms: ProjectMention[]): ProjectMention[] {
  const out: ProjectMention[] = [];
  for (const m of ms) {
    const nested = (o: ProjectMention) => !!o.subject && !!m.subject && o.at !== m.at && (o.subject.includes(m.subject) || m.subject.includes(o.subject));
    const clash = out.findIndex((o) =>
      // One phrase read by two triggers ("assembly production of"), or one thing named twice in a clause.
      (nested(o) && o.kind !== m.kind && Math.abs(o.at - m.at) < 80) ||
      (nested(o) && o.kind === m.kind && o.clauseStart === m.clauseStart && o.quantity === m.quantity) ||
      (o.clauseStart === m.clauseStart && ONCE_PER_CLAUSE.has(m.kind) && (o.kind === m.kind && m.kind !== 'production' || (m.kind === 'production' && (o.kind === 'joint_venture' || o.kind === 'assembly_plant')))));
    if (clash < 0) { out.push(m); continue; }
    const o = out[clash]!;
    if (o.at === m.at && o.subject !== m.subject) { out.push(m); continue; } // split items of one trigger
    if (KIND_RANK[m.kind] < KIND_RANK[o.kind]) out[clash] = m;
  }
  return out;
}

function clauseAround(text: string, at: number): Clause {
  let start = at;
  while (start > 0 && !/[;]/.test(text[start - 1]!) && !(text[start - 1] === ':' && /\s/.test(text[start] ?? '')) && !(text[start - 1] === '.' && /\s/.test(text[start] ?? ''))) start--;
  let end = at;
  while (end < text.length && !/[;]/.test(text[end]!) && !(text[end] === ':' && /\s/.test(text[end + 1] ?? ''))) end++;
  return { start, end };
}

function readMention(scan: Scan, trigger: ProjectTrigger, at: number, raw: string, context: DocumentContext): ProjectMention[] {
  const { text, toks } = scan;
  const ti = tokenAt(toks, at);
  const lastTrig = Math.max(ti, tokenAt(toks, at + raw.length) - 1);
  const next = toks[lastTrig + 1];
  // "supply chains", "assembly hall": the trigger is a modifier.
  if (next && next.word && EN_NOT_AFTER.has(next.lower)) return [];
  const before = text.slice(Math.max(0, at - 24), at);
  // "National Assembly", "legislative assembly": a parliament.
  if (trigger.kind === 'assembly_plant' && /^assembl/i.test(raw) && (ASSEMBLY_BODY_BEFORE_RE.test(before) || /^Assembl/.test(raw) && ti > 0 && toks[ti - 1]!.cap)) return [];
  if (trigger.kind === 'supply' && UTILITY_BEFORE_RE.test(before)) return [];
  const clause = clauseAround(text, at);
  const plural = trigger.plural?.test(raw) ?? false;

  const subj = readSubject(scan, trigger, ti, lastTrig, raw, clause);
  if (!subj) return [];
  const subject = subj.text;
  if (subject && ANAPHORIC_SUBJECT_RE.test(subject)) return [];
  // "this equipment was purchased": a thing named before.
  if (subject && !/\s/.test(subject) && /(?:this|these|such|that|those|its|their|этот|эта|эти|такие|сво\p{L}*)\s*["“«]?\s*$/iu.test(text.slice(Math.max(0, subj.start - 12), subj.start))) return [];

  const actors = actorsOf(scan, clause, context);
  if (subj.name && !actors.names.includes(subj.name)) actors.names.push(subj.name);
  const quantity = quantityOf(scan, subj, clause);
  const money = moneyOf(scan, clause);
  const date = dateOf(scan, clause, at);
  // Where goods come from tells the supplier's side; students "from Turkmenistan" are the partner's.
  const origin = GOODS_KINDS.has(trigger.kind) ? originOf(scan, clause, subj) : [];
  const partner = partnerOf(scan, clause, at, origin, actors.homes, context);

  // Is this a project, or a word used in passing?
  const hasActor = actors.names.length > 0;
  const concrete = hasActor || quantity !== null || money !== null;
  const clauseText = text.slice(clause.start, clause.end);
  switch (trigger.kind) {
    case 'supply': {
      if (!subject || !specific(subject) || GENERIC_SUBJECT.has(subj.head)) return [];
      // "The basis of Belarusian exports was made up of supplies of ...": a trade statement.
      if (TRADE_CONTEXT_RE.test(text.slice(clause.start, at)) && !concrete) return [];
      // "deliveries of tractors grew by 15%", "поставки ... составили $50 млн": a trade figure, not a project.
      if ((scan.s.percents.some((p) => p.start >= clause.start && p.end <= clause.end) || TRADE_FIGURE_RE.test(text.slice(at, clause.end))) && !hasActor && quantity === null) return [];
      // "Buryatia supplies paper and cardboard": a habit of trade unless something concrete is said.
      if (/^supplies$/i.test(raw) && !/\bof\b/.test(text.slice(at + raw.length, at + raw.length + 4)) && !concrete && !date) return [];
      if (!concrete && !date && origin.length === 0 && !destinationAfter(scan, clause, at)) return [];
      break;
    }
    case 'construction':
      if (!subject || !FACILITY_RE.test(subj.head)) return [];
      break;
    case 'production':
      if (!SETUP_RE.test(clauseText) && !/park/iu.test(raw)) return [];
      if ((!subject || !specific(subject)) && !/park/iu.test(raw)) return [];
      break;
    case 'education':
    case 'research':
      if (!concrete && !partner.explicit && !subj.named && !/platform/i.test(raw)) return [];
      break;
    case 'other':
      if (/investment projects?/i.test(raw) && money === null) return [];
      break;
    default:
      break;
  }
  if (plural && !hasActor && trigger.kind !== 'other' && !(trigger.kind === 'joint_venture' && /\b(?:agreed|decided) to (?:establish|create|set up)/i.test(text.slice(clause.start, at)))) return [];
  // A count of projects ("over 3,000 joint ventures are operating") is a count, not a project.
  if (plural && scan.s.numbers.some((n) => n.end <= at && at - n.end <= 30)) return [];

  const spanStart = Math.min(subj.start, at);
  const spanEnd = Math.max(subj.end, at + raw.length);
  const [start, end] = widen(clause, spanStart, spanEnd, text);
  const base: ProjectMention = {
    kind: trigger.kind,
    actors: actors.names,
    partner: partner.name,
    subject: subject || null,
    quantity,
    value: money?.value ?? null,
    currency: money?.currency ?? null,
    date,
    start,
    end,
    confidence: concrete ? 0.7 : 0.5,
    at,
    clauseStart: clause.start,
  };
  return splitItems(scan, base, subj, clause);
}

/**
 * "11 extra large buses and 6 large buses", "108 water treatment plants and 31 sewage
 * treatment plants ... worth 1.65 and 2.40 billion rubles, respectively": one project per
 * counted item, with its own value where the values are listed respectively.
 */
function splitItems(scan: Scan, m: ProjectMention, subj: Subject, clause: Clause): ProjectMention[] {
  const nums = scan.s.numbers.filter((n) => n.start >= subj.start - 16 && n.end <= subj.end && !/^(?:19|20)\d\d$/.test(n.raw));
  if (nums.length < 2) return [m];
  const out: ProjectMention[] = [];
  const money = scan.s.money.filter((x) => x.start >= clause.start && x.end <= clause.end);
  const respectively = /respectively|соответственно/iu.test(scan.text.slice(clause.start, clause.end)) && money.length === nums.length;
  nums.forEach((n, k) => {
    const to = k + 1 < nums.length ? nums[k + 1]!.start : subj.end;
    const item = scan.text.slice(n.end, to).replace(/[\s,]*(?:and|и)?\s*$/u, '').replace(/\s+/g, ' ').trim();
    if (!item) return;
    out.push({
      ...m,
      subject: item.replace(QUANTITY_LEAD_RE, ''),
      quantity: n.value,
      value: respectively ? money[k]!.value : m.value,
      currency: respectively ? money[k]!.currency : m.currency,
    });
  });
  return out.length > 0 ? out : [m];
}

function widen(clause: Clause, start: number, end: number, text: string): [number, number] {
  // The clause, when it is short enough to read; else the phrase with its own words.
  const short = clause.end - clause.start <= 420;
  const from = short || start - clause.start <= 140 ? clause.start : start;
  let to = short || clause.end - end <= 160 ? clause.end : end;
  while (to > from && /[\s,]/.test(text[to - 1]!)) to--;
  return [from, Math.max(to, end)];
}

function specific(subject: string): boolean {
  const words = subject.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  const head = words[words.length - 1] ?? '';
  if (!head || GENERIC_SUBJECT.has(head) || /^(?:raw|building) materials$/.test(words.slice(-2).join(' '))) return false;
  return !(words.length === 1 && GENERIC_SUBJECT.has(words[0]!));
}

// ---------------------------------------------------------------- subject phrase

interface Subject {
  text: string;
  start: number;
  end: number;
  /** Last word of the main noun phrase (before a purpose or a list): "complex" of "complex to produce ...". */
  head: string;
  /** A proper name ("Vatan Ltd", "Haier Industrial Park", "Energy and Electrification"). */
  named: boolean;
  /** The proper name itself, when it names the undertaking as an actor ("Velikiy Kamen industrial park"). */
  name?: string;
}

function readSubject(scan: Scan, trigger: ProjectTrigger, ti: number, lastTrig: number, raw: string, clause: Clause): Subject | null {
  const { toks, text } = scan;
  if (trigger.mode === 'self') return selfName(scan, ti, lastTrig, clause);
  if (trigger.mode === 'verb') {
    // Passive: "X were shipped", "X have been installed", "X are planned to be purchased".
    const prev = toks[ti - 1]?.lower ?? '';
    if (/ed$/.test(raw) && ['was', 'were', 'been', 'be', 'being', 'are', 'is'].includes(prev)) return readNPBefore(scan, ti - 1, clause);
  }
  // Object or "of"-phrase after the trigger.
  let k = lastTrig + 1;
  while (k < toks.length && (['of', 'for', 'the', 'a', 'an', 'its', 'their', 'such', 'big', 'large', 'new'].includes(toks[k]!.lower) || /^[-–—:]$/.test(toks[k]!.text))) k++;
  if (/^(?:assembly|сборк)/iu.test(raw) && toks[k]?.lower === 'production' && toks[k + 1]?.lower === 'of') k += 2;
  // "построит в Ташкенте жилой комплекс", "delivered to Minsk 20 buses": a place before the object.
  if (['в', 'во', 'на', 'to', 'in'].includes(toks[k]?.lower ?? '') && trigger.mode === 'verb') {
    const p = scan.s.parties.find((x) => x.start === toks[k + 1]?.start);
    if (p && isSide(p.party)) k = tokenAt(toks, p.end);
  }
  // "MTZ's plant": the owner is an actor, the plant the subject.
  if (/['’]s$/.test(toks[k]?.text ?? '')) k++;
  let np = readNP(scan, k, clause, false);
  // "LED lighting equipment production organisation project", "milk processing plant": the subject stands before.
  if ((!np || /^(?:projects?|organi[sz]ation|plant|plants)$/i.test(np.text)) && /(?:plant|project|organi[sz]ation|production|manufacturing)$/i.test(raw) ||
    /(?:plant|project|organi[sz]ation)$/i.test(raw)) {
    const left = leftCompound(scan, ti, clause);
    if (left) np = { ...left, text: `${left.text} ${text.slice(toks[ti]!.start, toks[lastTrig]!.end)}`.replace(/\s+/g, ' '), end: toks[lastTrig]!.end, head: toks[lastTrig]!.lower };
  }
  if (!np) return null;
  // "plant in Kazakhstan to produce tractor cabins": the purpose belongs to it, the place is the partner's.
  let j = tokenAt(toks, np.end);
  if (['in', 'at', 'в'].includes(toks[j]?.lower ?? '') && toks[j + 1]?.cap) {
    let q = j + 1;
    while (toks[q]?.cap) q++;
    if (toks[q]?.lower === 'to' || toks[q]?.lower === 'for') j = q;
  }
  const purposeAt = purposeStart(toks, j);
  const after = toks[j];
  if (after && purposeAt > 0) {
    const purpose = readNP(scan, purposeAt, clause, false, false);
    if (purpose) {
      const purposeText = text.slice(after.start, purpose.end).replace(/\s+/g, ' ');
      return { ...np, text: `${np.text} ${purposeText}`, end: purpose.end };
    }
  }
  return np;
}

/**
 * Where the object of a purpose starts: "to produce X", "for the production of X",
 * "producing X", "по производству X"; -1 when token j opens no purpose.
 */
function purposeStart(toks: readonly Tok[], j: number): number {
  const a = toks[j]?.lower ?? '';
  const b = toks[j + 1]?.lower ?? '';
  const c = toks[j + 2]?.lower ?? '';
  if (a === 'to' && /^(?:produce|manufacture|make|process|assemble|repair|build)$/.test(b)) return j + 2;
  if (a === 'producing' || a === 'manufacturing') return j + 1;
  if (a === 'for' && /^(?:production|manufacture|manufacturing|processing|assembly)$/.test(b) && c === 'of') return j + 3;
  if (a === 'for' && b === 'the' && /^(?:production|manufacture|manufacturing|processing|assembly)$/.test(c) && toks[j + 3]?.lower === 'of') return j + 4;
  if (a === 'по' && /^(?:производству|выпуску|переработке|сборке|ремонту)$/.test(b)) return j + 2;
  return -1;
}

/** Nouns right before a trigger that say what it is about: "milk processing plant", "LED lighting equipment production". */
function leftCompound(scan: Scan, ti: number, clause: Clause): Subject | null {
  const { toks, text } = scan;
  let j = ti - 1;
  let first = -1;
  let cap = false;
  while (j >= 0 && toks[j]!.start >= clause.start && toks[j]!.word && ti - j <= 5) {
    const t = toks[j]!;
    if (SUBJECT_STOP.has(t.lower) || ['the', 'a', 'an', 'its', 'their', 'of', 'and', 'this', 'to', 'create', 'set', 'up'].includes(t.lower)) break;
    if (!t.cap && /(?:ed|ing)$/.test(t.lower) && !/^(?:processing|lighting|engineering|building|mining)$/.test(t.lower)) break;
    if (t.cap) cap = true;
    first = j;
    j--;
  }
  if (first < 0) return null;
  const s = text.slice(toks[first]!.start, toks[ti - 1]!.end);
  return { text: s, start: toks[first]!.start, end: toks[ti - 1]!.end, head: toks[ti - 1]!.lower, named: cap, name: cap ? undefined : undefined };
}

/** A subject that names itself: "joint venture Vatan Ltd", "technology platform 'Energy'", "Haier Industrial Park". */
function selfName(scan: Scan, ti: number, lastTrig: number, clause: Clause): Subject {
  const { toks, text } = scan;
  let start = toks[ti]!.start;
  let named = false;
  // Left: "the Tajik-Belarusian joint venture", "the 15th Eurasian Platform", "the Velikiy Kamen industrial park".
  let j = ti - 1;
  let leftName = '';
  while (j >= 0 && toks[j]!.start >= clause.start && toks[j]!.word && (toks[j]!.cap || /^\d+(?:st|nd|rd|th)$/.test(toks[j]!.lower)) && j >= ti - 4) {
    if (j === 0 && /^(?:the|a|an|in|at|by|for|this|another)$/i.test(toks[j]!.text)) break;
    start = toks[j]!.start;
    if (toks[j]!.cap && !/-/.test(toks[j]!.text)) named = true;
    j--;
  }
  if (start < toks[ti]!.start) leftName = text.slice(start, toks[lastTrig]!.end);
  let end = toks[lastTrig]!.end;
  // Right: a name ("Vatan Ltd", `- "Energy and Electrification"`) and a purpose ("to produce dairy products").
  let k = lastTrig + 1;
  if (/^[-–—]$/.test(toks[k]?.text ?? '')) k++;
  if (toks[k] && /^["“«]$/.test(toks[k]!.text)) {
    const close = toks.findIndex((x, idx) => idx > k && idx <= k + 14 && /^["”»]$/.test(x.text));
    if (close > 0) { end = toks[close]!.end; k = close + 1; named = true; }
  } else {
    let n = 0;
    while (toks[k] && toks[k]!.word && toks[k]!.cap && n < 4) { end = toks[k]!.end; k++; n++; named = true; }
  }
  if (toks[k]?.text === '(') {
    const close = toks.findIndex((x, idx) => idx > k && idx <= k + 8 && x.text === ')');
    if (close > 0) { end = toks[close]!.end; k = close + 1; }
  }
  // "joint venture to produce dairy products", "service centre for agricultural machinery".
  const purposeAt = purposeStart(toks, k);
  if (purposeAt > 0 || toks[k]?.lower === 'for' || toks[k]?.lower === 'of') {
    const np = readNP(scan, purposeAt > 0 ? purposeAt : k + 1, clause, false, false);
    if (np) end = np.end;
  }
  const textOut = text.slice(start, end).replace(/^(?:the|a|an)\s+/i, '').replace(/\s+/g, ' ');
  const name = named && leftName && /park|парк/iu.test(leftName) ? leftName.replace(/^(?:the|a|an)\s+/i, '') : undefined;
  return { text: textOut, start, end, head: toks[lastTrig]!.lower, named, name };
}

/** A noun phrase from token k: modifiers, nouns, "and"/"," lists, "units of X"; stops at verbs and clause words. */
function readNP(scan: Scan, k: number, clause: Clause, lenient: boolean, lists = true): Subject | null {
  const { toks, text } = scan;
  // Quantity words open the phrase but are not the subject: "more than 160 tractors", "up to 1,500 buses".
  const rest = text.slice(toks[k]?.start ?? text.length, clause.end);
  const lead = QUANTITY_LEAD_RE.exec(rest);
  if (lead) k = tokenAt(toks, (toks[k]?.start ?? 0) + lead[0].length);
  let first = -1;
  let last = -1;
  let headTok = -1;
  let n = 0;
  let m = k;
  while (m < toks.length && toks[m]!.start < clause.end && n < 14) {
    const t = toks[m]!;
    if (!t.word) {
      if (t.text === ',' && lists && last >= 0 && toks[m + 1]?.word && !SUBJECT_STOP.has(toks[m + 1]!.lower) && !/ed$/.test(toks[m + 1]!.lower) && !['the', 'a', 'an', 'and'].includes(toks[m + 1]!.lower)) { if (headTok < 0) headTok = last; m++; continue; }
      if ((t.text === '-' || t.text === '–') && last >= 0 && toks[m + 1]?.start === t.end) { m++; continue; }
      if (t.text === '(' && last >= 0) {
        const close = toks.findIndex((x, idx) => idx > m && idx <= m + 8 && x.text === ')');
        if (close > 0) { last = close; m = close + 1; n++; continue; }
      }
      break;
    }
    const lower = t.lower;
    if (lower === 'of') {
      if (last >= 0 && OF_CONTINUES.has(toks[last]!.lower)) { m++; continue; }
      if (!scan.ru && first >= 0 && !lenient) break;
    }
    // "complexes for monitoring the atmosphere", "system for the detection of": a purpose of the thing.
    if (lower === 'for' && last >= 0 && /ing$/.test(toks[m + 1]?.lower ?? '')) {
      first = first < 0 ? m : first;
      last = m + 1;
      m += 2;
      n += 2;
      continue;
    }
    if (lower === 'and' || lower === 'и') {
      const nx = toks[m + 1];
      // "tractors and trailers" goes on; "tractors and a service centre" is another thing.
      if (last < 0 || !nx?.word || SUBJECT_STOP.has(nx.lower) || ['a', 'an', 'the', 'its', 'their', 'started', 'began'].includes(nx.lower) || /(?:ed)$/.test(nx.lower)) break;
      if (headTok < 0) headTok = last;
      m++;
      continue;
    }
    if (SUBJECT_STOP.has(lower)) break;
    if (!t.cap && lower.length > 4 && /(?:ed|ing)$/.test(lower) && first >= 0 && !lenient &&
      !/^(?:building|processing|engineering|clothing|packaging|printing|mining|heating|logging|lighting|farming|breeding|tested)$/.test(lower)) {
      // "combined buses", "modular sewage plants": a participle before a noun is an adjective.
      const nx = toks[m + 1];
      if (!(nx && nx.word && !nx.cap && !SUBJECT_STOP.has(nx.lower) && !['the', 'a', 'an', 'of', 'and', 'by'].includes(nx.lower))) break;
    }
    if (isCyrillicWord(t.text) && !t.cap && (/(?:лся|лась|лось|лись|ется|ится|ются|ятся|ал|ял|ил|ел|ула|ала|яла|ила|ела|али|яли|или|ели)$/u.test(lower) || RU_SHORT_PARTICIPLE_RE.test(lower))) break;
    if (first < 0) first = m;
    last = m;
    m++;
    n++;
  }
  if (first < 0) return null;
  while (last > first && ['the', 'a', 'an', 'of', 'other'].includes(toks[last]!.lower)) last--;
  const start = toks[first]!.start;
  let s = text.slice(start, toks[last]!.end).replace(/\s+/g, ' ');
  s = s.replace(QUANTITY_LEAD_RE, '');
  const num = scan.s.numbers.find((x) => x.start >= start && x.start <= start + 12 && x.end < toks[last]!.end);
  if (num) s = text.slice(num.end, toks[last]!.end).replace(/\s+/g, ' ');
  s = s.replace(/^\d[\d,.\s]*(?=\p{L})/u, '').replace(/^(?:another|other)\s+/i, '').trim();
  // English puts the head last ("water treatment plants"); Russian first, after its adjectives ("завода по производству шин").
  let head = toks[headTok >= 0 ? headTok : last]!.lower;
  if (scan.ru) {
    let h = first;
    while (h < last && looksLikeRuAdjective(toks[h]!.lower)) h++;
    head = toks[h]!.lower;
  }
  return { text: s, start, end: toks[last]!.end, head, named: false };
}

/** The noun phrase before a passive verb: "special-purpose vehicles and X-ray equipment [were shipped]". */
function readNPBefore(scan: Scan, auxIndex: number, clause: Clause): Subject | null {
  const { toks } = scan;
  let j = auxIndex;
  // Back over the verb group: "are planned to be", "have already been", "will be".
  while (j >= 0 && ['already', 'also', 'now', 'have', 'has', 'had', 'been', 'will', 'would', 'be', 'being', 'successfully', 'not', 'are', 'is', 'was', 'were', 'to', 'planned', 'expected', 'scheduled', 'going', 'due'].includes(toks[j]!.lower)) j--;
  let first = j;
  while (first - 1 >= 0 && toks[first - 1]!.start >= clause.start && first > j - 12) {
    const t = toks[first - 1]!;
    if (!t.word && !['-', ',', '(', ')'].includes(t.text)) break;
    if (t.word && SUBJECT_STOP.has(t.lower) && t.lower !== 'and') break;
    if (t.word && ['the', 'time', 'first', 'this', 'these'].includes(t.lower)) break;
    first--;
  }
  while (first <= j && !toks[first]!.word) first++;
  if (j < 0 || first > j) return null;
  return readNP(scan, first, { start: clause.start, end: toks[j]!.end }, true);
}

// ---------------------------------------------------------------- actors, partner, numbers

interface Actors {
  names: string[];
  /** States the actors belong to: the partner is the other side. */
  homes: Set<string>;
}

function actorsOf(scan: Scan, clause: Clause, context: DocumentContext): Actors {
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

function isPartyAt(scan: Scan, tok: Tok): boolean {
  return scan.s.parties.some((m) => m.start <= tok.start && m.end >= tok.end);
}

/**
 * Companies named by a legal form or a "-based" phrase: "CJSC Agrotekhservis" -> Agrotekhservis,
 * "Niva-Shakhtospetsstroy LLC" and "Niva Holding" as written, "the Bishkek-based Avtomash-Radiant".
 */
function companiesByForm(scan: Scan, clause: Clause): string[] {
  const { toks, text } = scan;
  const out: string[] = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.start < clause.start || t.end > clause.end) continue;
    if (/-based$/i.test(t.text) && toks[k + 1]?.cap && !isPartyAt(scan, toks[k + 1]!)) { out.push(toks[k + 1]!.text); continue; }
    const tail = NAME_TAIL_RE.test(t.text);
    if (!tail && !COMPANY_FORM_RE.test(t.text)) continue;
    // Name after the form: "CJSC Agrotekhservis", "ОАО «АМКОДОР»", "(CJSC) Agrotekhservis".
    let a = k + 1;
    if (toks[a]?.text === ')') a++;
    if (toks[a] && /^["«“]$/.test(toks[a]!.text)) a++;
    const after = toks[a];
    if (!tail && after && after.cap && after.word && !COMPANY_FORM_RE.test(after.text) && !isPartyAt(scan, after)) { out.push(after.text); continue; }
    // Name before the form, with the form: "Niva-Shakhtospetsstroy LLC", "Niva Holding", "Vatan Ltd".
    let b = k - 1;
    while (b >= 0 && toks[b]!.cap && toks[b]!.word && k - b <= 3 && !COMPANY_FORM_RE.test(toks[b]!.text)) b--;
    if (b + 1 < k && !isPartyAt(scan, toks[k - 1]!)) out.push(text.slice(toks[b + 1]!.start, t.end));
  }
  return out;
}

/** States named as the origin of the goods: "Belarusian tractors", "produced in Belarus", "from Belarus", "Belarusian-made". */
function originOf(scan: Scan, clause: Clause, subj: Subject): string[] {
  const out = new Set<string>();
  for (const m of scan.s.parties) {
    if (m.start < clause.start || m.end > clause.end) continue;
    const inside = m.start >= subj.start && m.end <= subj.end;
    const before = scan.text.slice(Math.max(clause.start, m.start - 20), m.start).toLowerCase();
    const after = scan.text.slice(m.end, Math.min(clause.end, m.end + 8)).toLowerCase();
    const compound = /-\s*$/.test(before) || /^-\p{L}/u.test(after) && !/^-made/.test(after);
    if ((inside && m.via === 'adjective' && !compound) || /(?:from|made in|produced in|manufactured in|из|производства)\s+(?:the\s+)?$/u.test(before) || /^-made\b/.test(after)) {
      out.add(m.party.kind === 'state' ? m.party.id : m.party.parentId ?? m.party.id);
    }
  }
  return [...out];
}

function sideName(p: Party, context: DocumentContext): string {
  if (p.kind === 'organisation' && p.parentId && BLOC_NAMES[p.parentId]) return BLOC_NAMES[p.parentId]!;
  return context.nameOf(p);
}

function isSide(p: Party): boolean {
  return SIDE_KINDS.has(p.kind) || (p.kind === 'organisation' && !!p.parentId && !!BLOC_NAMES[p.parentId]);
}

/**
 * The other side: a place of the clause that is neither the origin of the goods, nor the
 * actors' home, nor the side that acts ("the Belarusian side", the clause's subject); a
 * destination ("to Pskov", "в Ставрополье") first. "The Russian side" or "this Russian region"
 * read as the region of that state the text is about. Else the region or bloc in focus.
 */
function partnerOf(scan: Scan, clause: Clause, at: number, origin: string[], homes: Set<string>, context: DocumentContext): { name: string | null; explicit: boolean } {
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
  const isOwn = (p: Party) => own.has(p.id) || (p.kind !== 'state' && p.kind !== 'bloc' && own.has(context.homeState(p)?.id ?? '') && !usable.some((m) => m.party.id === p.id && m.via !== 'adjective'));
  const focus = () => contextParties(scan.s, context).filter((p) => !isOwn(p));
  const regionOf = (state: Party) => focus().find((p) => p.kind === 'region' && context.homeState(p)?.id === state.id) ?? state;
  const candidates = usable.filter((m) => !isOwn(m.party));
  const named = candidates.find((m) => m.via === 'adjective' && PARTNER_AFTER_RE.test(text.slice(m.end, m.end + 20)));
  if (named) return { name: sideName(named.party, context), explicit: true };
  // A destination belongs to the project's own phrase: after the trigger, close to it.
  const destination = candidates.find((m) => m.start >= at && m.start - at <= 140 && DESTINATION_BEFORE_RE.test(text.slice(Math.max(clause.start, m.start - 16), m.start)));
  if (destination) return { name: sideName(destination.via === 'adjective' ? regionOf(destination.party) : destination.party, context), explicit: true };
  const other = candidates.find((m) => m.via !== 'adjective');
  if (other) return { name: sideName(other.party, context), explicit: true };
  const adjective = candidates.find((m) => m.via === 'adjective');
  if (adjective) return { name: sideName(regionOf(adjective.party), context), explicit: true };
  const f = focus();
  const pick = f.find((p) => p.kind === 'region') ?? f[0];
  return { name: pick ? sideName(pick, context) : null, explicit: false };
}

function quantityOf(scan: Scan, subj: Subject, clause: Clause): number | null {
  // A number right before or at the start of the subject: "15 low-floor trolleybuses", "up to 1,500 buses".
  for (const n of scan.s.numbers) {
    if (n.start < clause.start || n.end > clause.end) continue;
    if (n.start >= subj.start - 16 && n.end <= subj.end && !/^(?:19|20)\d\d$/.test(n.raw)) return n.value;
  }
  return null;
}

function moneyOf(scan: Scan, clause: Clause): { value: number; currency: string } | null {
  const m = scan.s.money.find((x) => x.start >= clause.start && x.end <= clause.end);
  return m ? { value: m.value, currency: m.currency } : null;
}

function dateOf(scan: Scan, clause: Clause, at: number): string | null {
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
function destinationAfter(scan: Scan, clause: Clause, at: number): boolean {
  const { text } = scan;
  return scan.s.parties.some((m) => m.start > at && m.start - at <= 200 && m.end <= clause.end && isSide(m.party) &&
    DESTINATION_BEFORE_RE.test(text.slice(Math.max(clause.start, m.start - 16), m.start)));
}
