/**
 * What the dashboard makes of the monitor's answers (targets, plans, coverage): where each number
 * links, and which sentence explains a status. Pure; the words come from the messages by key.
 */
import { spanHref } from './fields.ts';

export const TARGET_STATUSES = ['achieved', 'on_track', 'behind', 'missed', 'unknown'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];
export const PLAN_STATUSES = ['active', 'expiring', 'expired', 'renewed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** A statement as the monitor gives it: a source, a quote, and its span when stored. */
export interface EvidenceLike {
  source: string;
  quote: string;
  start: number | null;
  end: number | null;
  record: number;
}

/** The evidence's place in its source, marked; the whole source when the span is unknown. */
export function evidenceHref(e: Pick<EvidenceLike, 'source' | 'start' | 'end'>): string {
  return e.start !== null && e.end !== null ? spanHref(e.source, e.start, e.end) : `/sources/${e.source}`;
}

export interface TargetLike {
  id: number;
  value: number | null;
  by: string | null;
  status: TargetStatus;
  latest: { value: number; period: string } | null;
  achieved: { value: number; period: string } | null;
  projection: { year: number; value: number; points: { year: number; value: number; implied?: boolean }[] } | null;
  observations: { record: number; period: string; value: number }[];
  evidence: (EvidenceLike & { role: 'target' | 'base' | 'figure' })[];
}

/**
 * Where a figure of a target's series links: the statement of the figure's record when the
 * target carries it, else the record with all its evidence; null when no figure matches.
 */
export function figureHref(target: Pick<TargetLike, 'observations' | 'evidence'>, figure: { period: string; value: number }): string | null {
  const observation = target.observations.find((o) => o.period === figure.period && o.value === figure.value)
    ?? target.observations.find((o) => o.period === figure.period);
  if (!observation) return null;
  const statement = target.evidence.find((e) => e.role !== 'target' && e.record === observation.record);
  return statement ? evidenceHref(statement) : `/records/${observation.record}`;
}

/** Where the goal itself links: the first statement that set it, else the target record. */
export function goalHref(target: Pick<TargetLike, 'id' | 'evidence'>): string {
  const statement = target.evidence.find((e) => e.role === 'target');
  return statement ? evidenceHref(statement) : `/records/${target.id}`;
}

/** Message keys that explain a status; each message takes the values beside it. */
export type Explanation =
  | { key: 'monitor.why.achieved'; values: { period: string } }
  | { key: 'monitor.why.missed'; values: { by: string } }
  | { key: 'monitor.why.projected'; values: { year: string } }
  | { key: 'monitor.why.noGoal' | 'monitor.why.noFigures' | 'monitor.why.noDeadline' | 'monitor.why.tooFew'; values: Record<string, never> }
  | { key: 'monitor.why.noFigureForDeadline'; values: { by: string } };

/** Why a target has its status, as a message to fill in (the API's own reason is in English). */
export function targetExplanation(target: Pick<TargetLike, 'value' | 'by' | 'status' | 'latest' | 'achieved' | 'projection'>, today: string): Explanation {
  switch (target.status) {
    case 'achieved':
      return { key: 'monitor.why.achieved', values: { period: target.achieved?.period ?? '' } };
    case 'missed':
      return { key: 'monitor.why.missed', values: { by: target.by ?? '' } };
    case 'on_track':
    case 'behind':
      return { key: 'monitor.why.projected', values: { year: String(target.projection?.year ?? target.by ?? '') } };
    default:
      if (target.value === null) return { key: 'monitor.why.noGoal', values: {} };
      if (target.by && today > `${target.by}-12-31`) return { key: 'monitor.why.noFigureForDeadline', values: { by: target.by } };
      if (!target.latest) return { key: 'monitor.why.noFigures', values: {} };
      if (!target.by) return { key: 'monitor.why.noDeadline', values: {} };
      return { key: 'monitor.why.tooFew', values: {} };
  }
}

/**
 * The figure a missed target was judged by: the whole-year figure of the deadline year, else the
 * first whole year after it (as the monitor judges); null when there is none.
 */
export function deadlineFigure(target: Pick<TargetLike, 'by' | 'observations'>): { period: string; value: number } | null {
  if (!target.by) return null;
  const annual = target.observations.filter((o) => /^\d{4}$/.test(o.period) && o.period >= target.by!).sort((a, b) => a.period.localeCompare(b.period));
  return annual.find((o) => o.period === target.by) ?? annual[0] ?? null;
}

/** The years a projection runs on: "2020–2021", and whether the first is implied by a stated change. */
export function projectionSpan(points: readonly { year: number; implied?: boolean }[]): { from: number; to: number; implied: boolean } | null {
  if (!points.length) return null;
  return { from: points[0].year, to: points[points.length - 1].year, implied: points.some((p) => p.implied) };
}

/** The fact-search type of a record type (observations are trade facts). */
export const factTypeOf = (recordType: string): string => (recordType === 'observation' ? 'trade' : recordType);

/** A day `months` before `day` ("2026-11-29", 24 -> "2024-11-29"); the end of a shorter month is kept in it. */
export function monthsBefore(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Targets worth a look first: behind and missed, then on track, unknown, achieved. */
const ATTENTION: Record<TargetStatus, number> = { behind: 0, missed: 1, on_track: 2, unknown: 3, achieved: 4 };

export function byAttention<T extends { status: TargetStatus; by: string | null; id: number }>(targets: readonly T[]): T[] {
  return [...targets].sort((a, b) => ATTENTION[a.status] - ATTENTION[b.status] || (b.by ?? '').localeCompare(a.by ?? '') || a.id - b.id);
}

/** One value of a closed list from the address, or undefined. */
export function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** Parties by id, and by English name for the places the monitor names them only so. */
export interface PartyIndex<P extends { id: string; name: string }> {
  byId(id: string): P | undefined;
  byName(name: string): P | undefined;
}

export function indexParties<P extends { id: string; name: string }>(...lists: readonly (readonly P[])[]): PartyIndex<P> {
  const ids = new Map<string, P>();
  const names = new Map<string, P>();
  for (const p of lists.flat()) {
    ids.set(p.id, p);
    if (!names.has(p.name)) names.set(p.name, p);
  }
  return { byId: (id) => ids.get(id), byName: (name) => names.get(name) };
}
