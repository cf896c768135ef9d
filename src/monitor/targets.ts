/**
 * Targets against actuals. Each target ("trade of $500 million by 2020", "double trade by 2025
 * against 2020") is linked to the trade figures of the same sides and indicator (and sector
 * scope), and judged: achieved (when, by which figure), on_track / behind (by a stated linear
 * projection), missed (deadline passed, not reached) or unknown (no data to say), always with
 * the evidence. The judging is pure; the store is read once by `targetReport`.
 */
import type { Database } from '../store/open.ts';
import { wordKey } from './record-identity.ts';
import { isAnnualPeriod, isoDay, periodEnd, periodYear } from './periods.ts';
import { loadPartyTree, type PartyTree } from './party-tree.ts';
import { evidenceOf, groupBy, knownAsOf, loadBodies, loadRecords, loadSupport, type EvidenceRef, type MonitorRecord, type Support } from './records.ts';
import { formatAmount, formatShare } from './format.ts';

export type TargetStatus = 'achieved' | 'on_track' | 'behind' | 'missed' | 'unknown';
export const TARGET_STATUSES: readonly TargetStatus[] = ['achieved', 'on_track', 'behind', 'missed', 'unknown'];

/** A trade figure linked to a target. */
export interface Figure {
  recordId: number;
  period: string;
  value: number;
  currency: string | null;
  changePct: number | null;
  /** Sources disagree on this figure (the record's first reported value is used). */
  conflict: boolean;
  /** Independent sources behind it. */
  sources?: number;
}

export interface TrendPoint {
  year: number;
  value: number;
  /** Derived from the next year's figure and its stated change, not reported itself. */
  implied?: boolean;
}

export interface Projection {
  method: string;
  year: number;
  value: number;
  slopePerYear: number;
  points: TrendPoint[];
}

export interface Judgement {
  status: TargetStatus;
  reason: string;
  achieved: Figure | null;
  latest: Figure | null;
  projection: Projection | null;
  /** The figures the status rests on. */
  deciding: Figure[];
}

/** Total two-way trade is written as "turnover" or "mutual trade": one indicator for linking. */
export function canonicalIndicator(indicator: unknown): string {
  return indicator === 'turnover' || indicator === 'mutual_trade' || indicator == null ? 'turnover' : String(indicator);
}

/** A relative goal ("double", "+12%") has a multiplier and no money figure of its own. */
export function isRelativeTarget(fields: Record<string, unknown>): boolean {
  return typeof fields.relative === 'number' && (typeof fields.value !== 'number' || !fields.currency);
}

/** Least-squares line through (year, value); null with fewer than two distinct years. */
export function linearTrend(points: readonly TrendPoint[]): { slope: number; intercept: number } | null {
  const years = new Set(points.map((p) => p.year));
  if (years.size < 2) return null;
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.year, 0) / n;
  const my = points.reduce((s, p) => s + p.value, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.year - mx) ** 2, 0);
  const sxy = points.reduce((s, p) => s + (p.year - mx) * (p.value - my), 0);
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx };
}

/**
 * The annual series a projection runs on: reported whole-year figures; when there is only one,
 * the year before it is implied from its stated change ("$1.28 billion, +10.4%").
 */
export function trendPoints(figures: readonly Figure[]): TrendPoint[] {
  const byYear = new Map<number, TrendPoint>();
  for (const f of figures) {
    if (!isAnnualPeriod(f.period)) continue;
    const year = Number(f.period);
    if (!byYear.has(year)) byYear.set(year, { year, value: f.value });
  }
  const points = [...byYear.values()].sort((a, b) => a.year - b.year);
  if (points.length === 1) {
    const only = figures.find((f) => f.period === String(points[0].year));
    if (only?.changePct != null && only.changePct > -100) {
      points.unshift({ year: points[0].year - 1, value: only.value / (1 + only.changePct / 100), implied: true });
    }
  }
  return points;
}

const endOf = (f: Figure) => periodEnd(f.period) ?? '';
const byEnd = (a: Figure, b: Figure) => endOf(a).localeCompare(endOf(b)) || a.period.localeCompare(b.period);

/**
 * Judges one target. `goal` is the figure to reach (a relative goal already resolved against its
 * base), `by` the deadline year, `figures` the linked trade figures, `today` the reference day. Pure.
 */
export function judgeTarget(input: {
  goal: number | null;
  currency: string | null;
  by: number | null;
  figures: readonly Figure[];
  today: Date;
  /** Why there is no goal figure, when there is none. */
  noGoalReason?: string;
}): Judgement {
  const { goal, by, today } = input;
  const figures = [...input.figures].sort(byEnd);
  const latest = figures.at(-1) ?? null;
  const money = (v: number) => formatAmount(v, input.currency);
  const base: Omit<Judgement, 'status' | 'reason'> = { achieved: null, latest, projection: null, deciding: [] };
  if (goal == null) return { ...base, status: 'unknown', reason: input.noGoalReason ?? 'the target states no figure', deciding: latest ? [latest] : [] };

  // Reached by a figure for the deadline year or earlier. (When the goal was set is not a bound:
  // a goal first seen in a retrospective report was set before that report.)
  const reaching = figures.filter((f) => f.value >= goal && (by == null || (periodYear(f.period) ?? Infinity) <= by));
  if (reaching.length) {
    const first = reaching[0];
    return {
      ...base, status: 'achieved', achieved: first, deciding: [first],
      reason: `reached in ${first.period}: ${money(first.value)} against the goal of ${money(goal)}`,
    };
  }

  const todayDay = isoDay(today);
  if (by != null && todayDay > `${by}-12-31`) {
    const after = figures.filter((f) => isAnnualPeriod(f.period) && Number(f.period) >= by);
    if (after.length) {
      const deciding = after.find((f) => Number(f.period) === by) ?? after[0];
      const later = figures.filter((f) => (periodYear(f.period) ?? 0) > by && f.value >= goal);
      return {
        ...base, status: 'missed', deciding: [deciding],
        reason: `deadline ${by} passed; ${deciding.period}: ${money(deciding.value)}, ${formatShare(deciding.value / goal)} of the goal of ${money(goal)}` +
          (later.length ? `; reached only later, in ${later[0].period}` : ''),
      };
    }
    return {
      ...base, status: 'unknown', deciding: latest ? [latest] : [],
      reason: latest
        ? `deadline ${by} passed, but no whole-year figure for ${by} or later (latest: ${latest.period}, ${money(latest.value)})`
        : `deadline ${by} passed; no figures for this tie`,
    };
  }
  if (!figures.length) return { ...base, status: 'unknown', reason: 'no figures for this tie yet' };
  if (by == null) return { ...base, status: 'unknown', deciding: [latest!], reason: `no deadline; not reached yet (latest: ${latest!.period}, ${money(latest!.value)})` };

  const points = trendPoints(figures);
  const line = linearTrend(points);
  if (!line) {
    return {
      ...base, status: 'unknown', deciding: [latest!],
      reason: `fewer than two whole-year figures to project from (latest: ${latest!.period}, ${money(latest!.value)})`,
    };
  }
  const projected = line.slope * by + line.intercept;
  const span = `${points[0].year}-${points.at(-1)!.year}`;
  const projection: Projection = {
    method: `linear trend (least squares) of the whole-year figures ${span}${points.some((p) => p.implied) ? ', the first implied by the stated yearly change' : ''}, extended to ${by}`,
    year: by, value: Math.round(projected), slopePerYear: Math.round(line.slope), points,
  };
  const used = figures.filter((f) => isAnnualPeriod(f.period));
  const onTrack = projected >= goal;
  return {
    ...base, projection, deciding: used, status: onTrack ? 'on_track' : 'behind',
    reason: `projected ${money(projected)} in ${by} (${formatShare(projected / goal)} of the goal of ${money(goal)}) by a linear trend of ${span}`,
  };
}

/** Where a relative goal's base year is stated: "compared with 2020", "по сравнению с 2020 годом". */
const BASE_YEAR_RES = [
  /\b(?:compared\s+(?:with|to)|as\s+against|against|relative\s+to|versus|vs\.?|over|from)\s+(?:the\s+)?(?:level\s+of\s+|levels?\s+of\s+)?((?:19|20)\d{2})\b/iu,
  /\b((?:19|20)\d{2})\s+levels?\b/iu,
  /(?:по\s+сравнению\s+с|в\s+сравнении\s+с|относительно|против|от\s+уровня|к\s+уровню|уровн[яюе]м?)\s+((?:19|20)\d{2})/iu,
];

/** The base year a relative goal's sentence states, if it does. Pure. */
export function baseYearStated(sentence: string): number | null {
  for (const re of BASE_YEAR_RES) {
    const m = re.exec(sentence);
    if (m) return Number(m[1]);
  }
  return null;
}

/** The sentence around a quote: from the quote to the end of its sentence (the base follows the goal). */
export function sentenceFrom(body: string, start: number, end: number): string {
  const tail = body.slice(end);
  const stop = /[.!?](?=\s|$)|\n\s*\n/u.exec(tail);
  return body.slice(start, end + (stop ? stop.index : tail.length));
}

/** A target as the monitor shows it: one or more target records that state the same goal. */
export interface TargetView {
  id: number;
  records: number[];
  parties: string[];
  party_ids: string[];
  indicator: string;
  scope: string | null;
  value: number | null;
  currency: string | null;
  by: string | null;
  relative: { multiplier: number; base: { value: number; period: string; currency: string | null } | null; base_year: number | null } | null;
  set_on: string | null;
  status: TargetStatus;
  reason: string;
  achieved: { value: number; period: string } | null;
  latest: { value: number; period: string } | null;
  projection: (Omit<Projection, 'slopePerYear'> & { slope_per_year: number }) | null;
  observations: { record: number; period: string; value: number; currency: string | null; conflict: boolean }[];
  /** Figures left out of the judgement, and why. */
  excluded: { record: number; period: string; value: number; reason: string }[];
  evidence: (EvidenceRef & { role: 'target' | 'base' | 'figure'; record: number })[];
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown) => (typeof v === 'string' && v ? v : null);

/** The identity of a goal across target records: indicator, sides, deadline, scope and figure. */
export function targetGroupKey(record: MonitorRecord): string {
  const f = record.fields;
  const figure = isRelativeTarget(f) ? `x${num(f.relative)}` : String(Math.round((num(f.value) ?? 0) / 1000));
  return [canonicalIndicator(f.indicator), [...record.partyIds].sort().join('+'), str(f.by) ?? '', wordKey(str(f.scope)), figure].join('|');
}

/** The figures that are about a target: same sides (exactly), same indicator, same scope. */
export function linkedObservations(target: MonitorRecord, observations: readonly MonitorRecord[]): MonitorRecord[] {
  const sides = [...target.partyIds].sort().join('+');
  const indicator = canonicalIndicator(target.fields.indicator);
  const scope = wordKey(str(target.fields.scope));
  const currency = str(target.fields.currency);
  return observations.filter((o) => {
    if ([...o.partyIds].sort().join('+') !== sides || !sides) return false;
    if (canonicalIndicator(o.fields.indicator) !== indicator) return false;
    if (wordKey(str(o.fields.scope)) !== scope) return false;
    const oc = str(o.fields.currency);
    if (currency && oc && oc !== currency) return false;
    return num(o.fields.value) != null && str(o.fields.period) != null;
  });
}

export const figureOf = (o: MonitorRecord): Figure => ({
  recordId: o.id, period: str(o.fields.period)!, value: num(o.fields.value)!, currency: str(o.fields.currency),
  changePct: num(o.fields.change_pct), conflict: o.conflicts.length > 0, sources: o.sourceCount,
});

/**
 * One figure per period: records that give the same period within 2% (the same figure filed
 * as "turnover" and as "mutual trade") are one, the better-supported kept; records that
 * disagree by more are all kept, marked as a conflict, the better-supported first. Pure.
 */
export function mergeFigures(figures: readonly Figure[]): Figure[] {
  const byPeriod = new Map<string, Figure[]>();
  for (const f of figures) byPeriod.set(f.period, [...(byPeriod.get(f.period) ?? []), f]);
  const out: Figure[] = [];
  for (const list of byPeriod.values()) {
    const ranked = [...list].sort((a, b) => (b.sources ?? 0) - (a.sources ?? 0) || a.recordId - b.recordId);
    const kept: Figure[] = [];
    for (const f of ranked) {
      if (!kept.some((k) => Math.abs(k.value - f.value) <= 0.02 * Math.max(k.value, f.value))) kept.push(f);
    }
    out.push(...(kept.length > 1 ? kept.map((f) => ({ ...f, conflict: true })) : kept));
  }
  return out;
}

/**
 * Target records that state the same goal: same indicator, sides, deadline, scope and figure.
 * A restatement without a deadline ("the $150 million goal") joins the one goal with a deadline
 * it matches. The member with a deadline leads. Pure.
 */
export function groupTargets(targets: readonly MonitorRecord[]): MonitorRecord[][] {
  const groups = new Map<string, MonitorRecord[]>();
  for (const t of targets) {
    const key = targetGroupKey(t);
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  const withoutBy = (key: string) => key.split('|').filter((_, i) => i !== 2).join('|');
  for (const [key, members] of [...groups]) {
    if (key.split('|')[2] !== '') continue;
    const homes = [...groups.keys()].filter((k) => k !== key && k.split('|')[2] !== '' && withoutBy(k) === withoutBy(key));
    if (homes.length !== 1) continue;
    groups.get(homes[0])!.push(...members);
    groups.delete(key);
  }
  return [...groups.values()].map((members) => [...members].sort((a, b) => Number(!a.fields.by) - Number(!b.fields.by) || a.id - b.id));
}

/**
 * Judges every target. `records`: target and observation records; `support`: their statements;
 * `bodies`: the bodies of the targets' sources (to read a relative goal's base year). Pure.
 */
export function evaluateTargets(input: {
  records: readonly MonitorRecord[];
  support: readonly Support[];
  bodies: ReadonlyMap<string, string>;
  tree: PartyTree;
  today: Date;
}): TargetView[] {
  const { tree, today } = input;
  const supportOf = groupBy(input.support, (s) => s.recordId);
  const targets = input.records.filter((r) => r.type === 'target');
  const observations = input.records.filter((r) => r.type === 'observation');
  const views: TargetView[] = [];
  for (const members of groupTargets(targets)) {
    const lead = members[0];
    const statements = members.flatMap((m) => supportOf.get(m.id) ?? []).sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999'));
    const setOn = statements.find((s) => s.published)?.published ?? null;
    const fields = lead.fields;
    const relative = isRelativeTarget(fields) ? num(fields.relative) : null;
    const stated = relative == null ? num(fields.value) : null;
    const by = str(fields.by);
    const byYear = periodYear(by);

    const linked = linkedObservations(lead, observations);
    const excluded: TargetView['excluded'] = [];
    const figures: Figure[] = [];
    for (const f of mergeFigures(linked.map(figureOf))) {
      const o = { id: f.recordId };
      // The goal restated in a later text ("met the goal of $500 million") is read as a figure
      // by extraction; a figure equal to the stated goal is taken for that, not for an actual.
      if (stated != null && Math.abs(f.value - stated) <= 0.005 * stated) {
        excluded.push({ record: o.id, period: f.period, value: f.value, reason: 'equals the stated goal: a restatement of the target, not a reported figure' });
        continue;
      }
      figures.push(f);
    }

    let goal = stated;
    let currency = str(fields.currency);
    let noGoalReason: string | undefined;
    let relativeView: TargetView['relative'] = null;
    if (relative != null) {
      const baseYear = statedBaseYear(statements, input.bodies);
      const base = resolveBase(figures, baseYear, setOn);
      relativeView = { multiplier: relative, base_year: baseYear, base: base ? { value: base.value, period: base.period, currency: base.currency } : null };
      if (base) {
        goal = base.value * relative;
        currency = base.currency;
      } else {
        noGoalReason = baseYear != null
          ? `relative goal (x${relative}) against ${baseYear}, but there is no figure for ${baseYear}`
          : `relative goal (x${relative}) with no base figure before it was set`;
      }
    }
    const judgement = judgeTarget({
      goal, currency, by: byYear, today, noGoalReason,
      // The base figure itself cannot be the achievement.
      figures: relativeView?.base ? figures.filter((f) => f.period !== relativeView!.base!.period) : figures,
    });

    const recordIds = members.map((m) => m.id);
    const evidence: TargetView['evidence'] = statements.map((s) => ({ role: 'target' as const, record: s.recordId, ...evidenceOf(s) }));
    const addFigureEvidence = (recordId: number, role: 'base' | 'figure') => {
      for (const s of supportOf.get(recordId) ?? []) evidence.push({ role, record: recordId, ...evidenceOf(s) });
    };
    if (relativeView?.base) {
      const baseRecord = figures.find((f) => f.period === relativeView!.base!.period)!;
      addFigureEvidence(baseRecord.recordId, 'base');
    }
    for (const f of judgement.deciding) addFigureEvidence(f.recordId, 'figure');

    views.push({
      id: lead.id,
      records: recordIds,
      parties: lead.partyIds.map((id) => tree.name(id)),
      party_ids: [...lead.partyIds].sort(),
      indicator: canonicalIndicator(fields.indicator),
      scope: str(fields.scope),
      value: goal,
      currency,
      by,
      relative: relativeView,
      set_on: setOn,
      status: judgement.status,
      reason: judgement.reason,
      achieved: judgement.achieved ? { value: judgement.achieved.value, period: judgement.achieved.period } : null,
      latest: judgement.latest ? { value: judgement.latest.value, period: judgement.latest.period } : null,
      projection: judgement.projection
        ? { method: judgement.projection.method, year: judgement.projection.year, value: judgement.projection.value, slope_per_year: judgement.projection.slopePerYear, points: judgement.projection.points }
        : null,
      observations: [...figures].sort(byEnd).map((f) => ({ record: f.recordId, period: f.period, value: f.value, currency: f.currency, conflict: f.conflict })),
      excluded,
      evidence,
    });
  }
  return views.sort((a, b) => a.parties.join('-').localeCompare(b.parties.join('-')) || (a.by ?? '').localeCompare(b.by ?? '') || a.id - b.id);
}

/** The base year a relative goal's statements give (a `base_period` field, or the sentence). */
function statedBaseYear(statements: readonly Support[], bodies: ReadonlyMap<string, string>): number | null {
  for (const s of statements) {
    const field = periodYear(str(s.fields.base_period));
    if (field != null) return field;
  }
  for (const s of statements) {
    const body = bodies.get(s.sourceId);
    const sentence = body && body.slice(s.start, s.end) === s.quote ? sentenceFrom(body, s.start, s.end) : s.quote;
    const year = baseYearStated(sentence);
    if (year != null) return year;
  }
  return null;
}

/** A relative goal's base: the whole-year figure of the stated base year, else the latest before the goal was set. */
export function resolveBase(figures: readonly Figure[], baseYear: number | null, setOn: string | null): Figure | null {
  const annual = figures.filter((f) => isAnnualPeriod(f.period)).sort(byEnd);
  if (baseYear != null) return annual.find((f) => Number(f.period) === baseYear) ?? null;
  if (!setOn) return null;
  return annual.filter((f) => endOf(f) < setOn).at(-1) ?? null;
}

/**
 * Reads the store and judges every target as of `today` (statements published later are not
 * used); `partyId` keeps the targets involving that party or a part of it.
 */
export async function targetReport(db: Database, options: { partyId?: string; today?: Date } = {}): Promise<TargetView[]> {
  const today = options.today ?? new Date();
  const [records, tree] = await Promise.all([loadRecords(db, { types: ['target', 'observation'] }), loadPartyTree(db)]);
  const known = knownAsOf(records, await loadSupport(db, records.map((r) => r.id)), isoDay(today));
  const targetIds = new Set(known.records.filter((r) => r.type === 'target').map((r) => r.id));
  const bodies = await loadBodies(db, known.support.filter((s) => targetIds.has(s.recordId)).map((s) => s.sourceId));
  const views = evaluateTargets({ ...known, bodies, tree, today });
  const partyId = options.partyId;
  return partyId ? views.filter((v) => v.party_ids.some((id) => tree.isWithin(id, partyId))) : views;
}

/** The text form of `imon targets`. */
export function formatTargets(views: readonly TargetView[]): string {
  if (!views.length) return 'no targets';
  return views.map((v) => {
    const goal = v.relative
      ? `x${v.relative.multiplier}${v.relative.base ? ` of ${formatAmount(v.relative.base.value, v.relative.base.currency)} (${v.relative.base.period}) = ${formatAmount(v.value, v.currency)}` : ''}`
      : formatAmount(v.value, v.currency);
    const lines = [
      `#${v.id} ${v.parties.join(' - ')}: ${v.indicator}${v.scope ? ` (${v.scope})` : ''} ${goal}${v.by ? ` by ${v.by}` : ''}  [${v.status.toUpperCase()}]`,
      `  ${v.reason}`,
    ];
    if (v.projection) lines.push(`  method: ${v.projection.method}`);
    for (const x of v.excluded) lines.push(`  left out: ${x.period} ${formatAmount(x.value, v.currency)} (${x.reason})`);
    if (v.observations.length) lines.push(`  figures: ${v.observations.map((o) => `${o.period} ${formatAmount(o.value, o.currency)}${o.conflict ? ' (sources disagree)' : ''}`).join('; ')}`);
    for (const e of v.evidence) lines.push(`  ${e.role === 'target' ? 'set' : e.role}: "${e.quote}" (${e.title ?? e.source.slice(0, 12)}, ${e.published ?? 'undated'})`);
    return lines.join('\n');
  }).join('\n\n');
}
