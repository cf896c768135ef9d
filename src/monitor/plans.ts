/**
 * Plans and agreements over time: documents with a validity period ("plan for 2021-2023",
 * "programme until 2025", "на 2022–2024 годы") are active, expiring (within six months),
 * expired, or renewed (a later document of the same kind for the same sides). The logic is
 * pure; `planReport` reads the store once.
 */
import type { Database } from '../store/open.ts';
import { addMonths, isoDay, periodEnd, periodYear } from './periods.ts';
import { loadPartyTree, tieSides, type PartyTree } from './party-tree.ts';
import { evidenceOf, groupBy, knownAsOf, loadRecords, loadSupport, type EvidenceRef, type MonitorRecord, type Support } from './records.ts';

export type PlanStatus = 'active' | 'expiring' | 'expired' | 'renewed';
export const PLAN_STATUSES: readonly PlanStatus[] = ['active', 'expiring', 'expired', 'renewed'];

/** How far ahead an ending counts as "expiring". */
export const EXPIRING_MONTHS = 6;

export interface Validity {
  from: number | null;
  to: number | null;
}

const YEAR = '((?:19|20)\\d{2})';
const RANGE_RE = new RegExp(`${YEAR}\\s*(?:[-–—‒]|\\.\\.|\\s(?:to|through|до|по)\\s)\\s*${YEAR}(?!\\d)`, 'iu');
const UNTIL_RE = new RegExp(`(?:until|till|up\\s+to|through|to|до|по)\\s+${YEAR}(?!\\d)`, 'iu');
const SINGLE_RE = new RegExp(`(?:\\bfor\\s+(?:the\\s+year\\s+)?|на\\s+)${YEAR}(?:\\s+год)?(?!\\d)`, 'iu');

/** The validity a title states: "for 2021-2023", "until 2030", "на 2022–2024 годы", "на 2025 год". Pure. */
export function validityFromTitle(title: string | null | undefined): Validity {
  const text = title ?? '';
  let m = RANGE_RE.exec(text);
  if (m) {
    const [from, to] = [Number(m[1]), Number(m[2])];
    if (to >= from && to - from <= 50) return { from, to };
  }
  m = UNTIL_RE.exec(text);
  if (m) return { from: null, to: Number(m[1]) };
  m = SINGLE_RE.exec(text);
  if (m) return { from: Number(m[1]), to: Number(m[1]) };
  return { from: null, to: null };
}

/** A document's validity: its valid_from/valid_to fields, completed from its title. Pure. */
export function validityOf(fields: Record<string, unknown>, title?: string | null): Validity {
  const stated = { from: periodYear(fields.valid_from as string | null), to: periodYear(fields.valid_to as string | null) };
  const fromTitle = validityFromTitle((fields.title as string | null) ?? title);
  const fromTitle2 = title ? validityFromTitle(title) : { from: null, to: null };
  return {
    from: stated.from ?? fromTitle.from ?? fromTitle2.from,
    to: stated.to ?? fromTitle.to ?? fromTitle2.to,
  };
}

/** The status of a plan that ends with year `to` (or a later plan has replaced it). Pure. */
export function planStatus(to: number, renewed: boolean, today: Date): PlanStatus {
  if (renewed) return 'renewed';
  const end = periodEnd(String(to))!;
  const day = isoDay(today);
  if (end < day) return 'expired';
  if (end <= addMonths(day, EXPIRING_MONTHS)) return 'expiring';
  return 'active';
}

/** Plans, programmes and roadmaps replace one another; strategies and concepts likewise. */
export function kindFamily(kind: unknown): string {
  if (kind === 'plan' || kind === 'programme' || kind === 'roadmap') return 'plan';
  if (kind === 'strategy' || kind === 'concept') return 'strategy';
  return typeof kind === 'string' ? kind : 'other';
}

/** One side set within the other (the smaller one of at least `min` parties). Pure. */
export function sameSides(a: readonly string[], b: readonly string[], min = 1): boolean {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  if (small.length < min && small.length !== large.length) return false;
  return small.length > 0 && small.every((id) => large.includes(id));
}

interface Candidate {
  record: MonitorRecord;
  family: string;
  sides: string[];
  validity: Validity & { to: number };
  /** When it starts, for ordering: its first year, else the year it was signed. */
  start: number | null;
}

export interface PlanView {
  id: number;
  records: number[];
  title: string;
  kind: string;
  parties: string[];
  party_ids: string[];
  valid_from: string | null;
  valid_to: string;
  /** The last day it is valid. */
  ends: string;
  status: PlanStatus;
  renewed_by: { id: number; title: string; valid_from: string | null; valid_to: string } | null;
  evidence: (EvidenceRef & { record: number })[];
}

/** Groups documents with validity periods into plans and gives each its status. Pure. */
export function evaluatePlans(input: { records: readonly MonitorRecord[]; support: readonly Support[]; tree: PartyTree; today: Date }): PlanView[] {
  const supportOf = groupBy(input.support, (s) => s.recordId);
  const candidates: Candidate[] = [];
  for (const record of input.records) {
    if (record.type !== 'document') continue;
    const validity = validityOf(record.fields, record.title);
    if (validity.to == null) continue;
    const signed = periodYear(record.fields.date as string | null);
    candidates.push({
      record, family: kindFamily(record.fields.kind), sides: tieSides(record.partyIds, input.tree),
      validity: { from: validity.from, to: validity.to }, start: validity.from ?? signed,
    });
  }

  // The same plan reported in other words is several records: one period, one kind, the same sides.
  const groups: Candidate[][] = [];
  for (const c of candidates) {
    const group = groups.find((g) => g.some((o) =>
      o.family === c.family && o.validity.to === c.validity.to && (o.validity.from ?? c.validity.from) === (c.validity.from ?? o.validity.from) && sameSides(o.sides, c.sides)));
    if (group) group.push(c);
    else groups.push([c]);
  }

  const plans = groups.map((members) => {
    const lead = pickLead(members);
    const from = members.map((m) => m.validity.from).find((y) => y != null) ?? null;
    const start = members.map((m) => m.start).find((y) => y != null) ?? null;
    // The sides every report agrees on; a party only one report names is likely its noise.
    const common = members[0].sides.filter((id) => members.every((m) => m.sides.includes(id)));
    const sides = common.length ? common : lead.sides;
    return { members, lead, from, to: lead.validity.to, start, sides, family: lead.family };
  });

  return plans.map((plan) => {
    // A renewal: a later plan of the same family for the same sides (at least two of them, or all).
    const successor = plans
      .filter((other) => other !== plan && other.family === plan.family && sameSides(other.sides, plan.sides, 2) &&
        (plan.start != null && other.start != null ? other.start > plan.start : other.to > plan.to) && other.to > plan.to)
      .sort((a, b) => (a.start ?? a.to) - (b.start ?? b.to))[0];
    const evidence = plan.members.flatMap((m) => (supportOf.get(m.record.id) ?? []).map((s) => ({ record: m.record.id, ...evidenceOf(s) })));
    return {
      id: plan.lead.record.id,
      records: plan.members.map((m) => m.record.id),
      title: plan.lead.record.title,
      kind: String(plan.lead.record.fields.kind ?? 'other'),
      parties: plan.sides.map((id) => input.tree.name(id)),
      party_ids: plan.sides,
      valid_from: plan.from != null ? String(plan.from) : null,
      valid_to: String(plan.to),
      ends: periodEnd(String(plan.to))!,
      status: planStatus(plan.to, Boolean(successor), input.today),
      renewed_by: successor
        ? { id: successor.lead.record.id, title: successor.lead.record.title, valid_from: successor.from != null ? String(successor.from) : null, valid_to: String(successor.to) }
        : null,
      evidence,
    };
  }).sort((a, b) => a.ends.localeCompare(b.ends) || a.id - b.id);
}

/** The record whose title names the plan best: most sources, then a proper title, then the longest. */
function pickLead(members: readonly Candidate[]): Candidate {
  const proper = (c: Candidate) => (/^[A-ZА-ЯЁ]/u.test(c.record.title) ? 1 : 0);
  return [...members].sort((a, b) =>
    b.record.sourceCount - a.record.sourceCount || proper(b) - proper(a) || b.record.title.length - a.record.title.length || a.record.id - b.record.id)[0];
}

/** Reads the store and judges every plan as of `today` (later reports unused); `expiring` keeps those ending within six months. */
export async function planReport(db: Database, options: { partyId?: string; expiring?: boolean; today?: Date } = {}): Promise<PlanView[]> {
  const today = options.today ?? new Date();
  const [records, tree] = await Promise.all([loadRecords(db, { types: ['document'] }), loadPartyTree(db)]);
  const withPeriods = records.filter((r) => validityOf(r.fields, r.title).to != null);
  const known = knownAsOf(withPeriods, await loadSupport(db, withPeriods.map((r) => r.id)), isoDay(today));
  let plans = evaluatePlans({ ...known, tree, today });
  if (options.expiring) plans = plans.filter((p) => p.status === 'expiring');
  const partyId = options.partyId;
  if (partyId) plans = plans.filter((p) => p.party_ids.some((id) => tree.isWithin(id, partyId)));
  return plans;
}

/** The text form of `imon plans`. */
export function formatPlans(plans: readonly PlanView[]): string {
  if (!plans.length) return 'no plans with validity periods';
  return plans.map((p) => {
    const lines = [
      `#${p.id} [${p.status.toUpperCase()}] ${p.title}`,
      `  ${p.kind}, ${p.parties.join(' - ')}; valid ${p.valid_from ?? '?'}-${p.valid_to} (ends ${p.ends})` +
        (p.renewed_by ? `; renewed by #${p.renewed_by.id} ${p.renewed_by.title} (${p.renewed_by.valid_from ?? '?'}-${p.renewed_by.valid_to})` : ''),
    ];
    for (const e of p.evidence) lines.push(`  "${e.quote}" (${e.title ?? e.source.slice(0, 12)}, ${e.published ?? 'undated'})`);
    return lines.join('\n');
  }).join('\n\n');
}
