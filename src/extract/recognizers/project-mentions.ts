/**
 * Project mentions in one sentence: a trigger of a project kind ("joint venture", "assembly
 * production of", "delivered", "строительство", "поставка") with what it is about (the
 * subject phrase), who does it (enterprises and institutions of the clause, or a company
 * named by its form: "CJSC Agrotekhservis"), the other side, a quantity, a value and a date.
 */
import type { ProjectKind } from '../../domain/fact.ts';
import type { AnnotatedSentence, DocumentContext } from '../sentence.ts';
import { isCyrillicWord, tokenAt, tokenizeWords } from './event-tokens.ts';
import {
  ANAPHORIC_SUBJECT_RE, ASSEMBLY_BODY_BEFORE_RE, EN_NOT_AFTER, EN_TRIGGERS, FACILITY_RE, GENERIC_SUBJECT, QUANTITY_LEAD_RE,
  RU_TRIGGERS, SETUP_RE, TRADE_CONTEXT_RE, UTILITY_BEFORE_RE, type ProjectTrigger,
} from './project-lexicon.ts';
import type { Clause, Scan } from './project-scan.ts';
import { hintScan } from './hints.ts';
import { readSubject, type Subject } from './project-subject.ts';
import { actorsOf, dateOf, destinationAfter, moneyOf, originOf, partnerOf, quantityOf, specific } from './project-sides.ts';

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

/** Verbs of a trade figure: a supply that "amounted to" or "grew" is a flow, not a deal. */
const TRADE_FIGURE_RE = /\b(?:amounted|amounting|totall?ed|totall?ing|reached|grew|increased|decreased|declined|rose|fell|dropped|doubled)\b|(?:составил|составила|составили|выросл|выр[оа]с|увеличил|снизил|сократил|достиг)/iu;

const GOODS_KINDS = new Set<ProjectKind>(['supply', 'assembly_plant', 'production', 'dealership', 'trading_house', 'joint_venture']);

const EN_HINTS = hintScan(EN_TRIGGERS.map((t) => t.hints));
const RU_HINTS = hintScan(RU_TRIGGERS.map((t) => t.hints));

export function findProjectMentions(s: AnnotatedSentence, context: DocumentContext): ProjectMention[] {
  const text = s.text;
  const ru = s.lang === 'ru' || (s.lang !== 'en' && isCyrillicWord(text));
  const triggers = ru ? RU_TRIGGERS : EN_TRIGGERS;
  // Most sentences hold the words of no trigger, or of one or two: only those are scanned.
  const may = (ru ? RU_HINTS : EN_HINTS)(text);
  let scan: Scan | null = null;
  const out: ProjectMention[] = [];
  for (let k = 0; k < triggers.length; k++) {
    if (!may[k]) continue;
    const { re } = triggers[k]!;
    // exec on the trigger's own regex (matchAll would copy it); nothing below runs it, and no trigger matches empty.
    re.lastIndex = 0;
    for (let match = re.exec(text); match; match = re.exec(text)) {
      scan ??= { s, text, toks: tokenizeWords(text), ru, companies: null };
      out.push(...readMention(scan, triggers[k]!, match.index, match[0], context));
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
    const clash = out.findIndex((o) =>
      // One phrase read by two triggers ("assembly production of"), or one thing named twice in a clause.
      (nestedSubjects(o, m) && o.kind !== m.kind && Math.abs(o.at - m.at) < 80) ||
      (nestedSubjects(o, m) && o.kind === m.kind && o.clauseStart === m.clauseStart && o.quantity === m.quantity) ||
      (o.clauseStart === m.clauseStart && ONCE_PER_CLAUSE.has(m.kind) && (o.kind === m.kind && m.kind !== 'production' || (m.kind === 'production' && (o.kind === 'joint_venture' || o.kind === 'assembly_plant')))));
    if (clash < 0) { out.push(m); continue; }
    const o = out[clash]!;
    if (o.at === m.at && o.subject !== m.subject) { out.push(m); continue; } // split items of one trigger
    if (KIND_RANK[m.kind] < KIND_RANK[o.kind]) out[clash] = m;
  }
  return out;
}

/** Two mentions of different triggers whose subjects contain one another. */
function nestedSubjects(o: ProjectMention, m: ProjectMention): boolean {
  return !!o.subject && !!m.subject && o.at !== m.at && (o.subject.includes(m.subject) || m.subject.includes(o.subject));
}

function clauseAround(text: string, at: number): Clause {
  // Character by character: the clause may be a long one, and most characters are none of these.
  let start = at;
  for (; start > 0; start--) {
    const c = text[start - 1];
    if (c === ';' || ((c === ':' || c === '.') && /\s/.test(text[start] ?? ''))) break;
  }
  let end = at;
  for (; end < text.length; end++) {
    const c = text[end];
    if (c === ';' || (c === ':' && /\s/.test(text[end + 1] ?? ''))) break;
  }
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
  // Where goods come from tells the supplier's side; students "from Turkmenistan" are the partner's.
  const origin = GOODS_KINDS.has(trigger.kind) ? originOf(scan, clause, subj) : [];
  const partner = partnerOf(scan, clause, at, origin, actors.homes, context);

  // Is this a project, or a word used in passing?
  const hasActor = actors.names.length > 0;
  const concrete = hasActor || quantity !== null || money !== null;
  const clauseText = text.slice(clause.start, clause.end);
  // "the emphasis is on assembly plants": a facility named by the trigger alone needs an actor or a place.
  if (subj.bare && !concrete && !partner.explicit) return [];
  switch (trigger.kind) {
    case 'supply': {
      if (!subject || !specific(subject) || GENERIC_SUBJECT.has(subj.head)) return [];
      // "The basis of Belarusian exports was made up of supplies of ...": a trade statement.
      if (TRADE_CONTEXT_RE.test(text.slice(clause.start, at)) && !concrete) return [];
      // "deliveries of tractors grew by 15%", "поставки ... составили $50 млн": a trade figure, not a project.
      if ((scan.s.percents.some((p) => p.start >= clause.start && p.end <= clause.end) || TRADE_FIGURE_RE.test(text.slice(at, clause.end))) && !hasActor && quantity === null) return [];
      // "Buryatia supplies paper and cardboard": a habit of trade unless something concrete is said.
      if (/^supplies$/i.test(raw) && !/\bof\b/.test(text.slice(at + raw.length, at + raw.length + 4)) && !concrete && !dateOf(scan, clause, at)) return [];
      if (!concrete && !dateOf(scan, clause, at) && origin.length === 0 && !destinationAfter(scan, clause, at)) return [];
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
      if (!concrete && !partner.explicit && !subj.named && !/platform|^development/i.test(raw)) return [];
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

  // Read once the mention stands (and above where a test needs it): the date asks for the
  // sentence's time expressions, which no other recognizer may need, and many triggers end before.
  const date = dateOf(scan, clause, at);
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
