/**
 * A briefing on the state of cooperation of one party (optionally only with one partner,
 * optionally from a year on), as of a day: targets with their status, trade series, plans and
 * documents, events, projects, stated counts, coverage and gaps. Every item carries the numbers
 * of the footnotes (quotes in sources) it rests on.
 *
 * `gatherBriefing` reads the store through the monitor and store queries; `assembleBriefing`
 * is pure and shapes what they return into a `Briefing`.
 */
import type { Database } from '../store/open.ts';
import type { PartyRef } from '../store/queries/sql.ts';
import { partyRefs } from '../store/queries/parties.ts';
import { tradeSeries, type TradeSeries } from '../store/queries/trade.ts';
import { coverageFor, evaluateCoverage, type PairCoverage } from '../monitor/coverage.ts';
import { isoDay, periodYear } from '../monitor/periods.ts';
import { loadPartyTree, type PartyTree } from '../monitor/party-tree.ts';
import { PLAN_STATUSES, planReport, type PlanStatus, type PlanView } from '../monitor/plans.ts';
import { evidenceOf, groupBy, knownAsOf, loadRecords, loadSupport, type MonitorRecord, type Support } from '../monitor/records.ts';
import { TARGET_STATUSES, targetReport, type TargetStatus, type TargetView } from '../monitor/targets.ts';
import { footnotes, type Citation, type Footnote } from './footnotes.ts';
import { sourcePublishers } from './source-publishers.ts';

/** Footnote numbers a statement rests on. */
export type Notes = number[];

export interface TargetItem {
  id: number;
  parties: PartyRef[];
  indicator: string;
  scope: string | null;
  /** The goal (a relative goal resolved against its base), or null when none is known. */
  value: number | null;
  currency: string | null;
  by: string | null;
  relative: { multiplier: number; base: { value: number; period: string; currency: string | null } | null } | null;
  status: TargetStatus;
  /** Why the status, in the monitor's words (English). */
  reason: string;
  achieved: { value: number; period: string } | null;
  latest: { value: number; period: string } | null;
  projection: { method: string; year: number; value: number } | null;
  /** The statements that set the goal (and its base). */
  notes: Notes;
  /** The figures the status rests on. */
  figureNotes: Notes;
}

export interface TradePointItem {
  recordId: number;
  period: string;
  value: number;
  currency: string | null;
  changePct: number | null;
  /** Independent sources, as of the briefing's day. */
  sources: number;
  /** Values other sources give for the same figure, when they disagree. */
  otherValues: number[];
  notes: Notes;
}

export interface TradeSeriesItem {
  key: string;
  indicator: string | null;
  flow: string | null;
  scope: string | null;
  parties: PartyRef[];
  points: TradePointItem[];
  /** Ids of the targets (in `Briefing.targets`) judged on this series. */
  targets: number[];
}

export interface PlanItem {
  id: number;
  title: string;
  kind: string;
  parties: PartyRef[];
  validFrom: string | null;
  validTo: string;
  ends: string;
  status: PlanStatus;
  renewedBy: { id: number; title: string; validFrom: string | null; validTo: string } | null;
  notes: Notes;
}

interface RecordItem {
  id: number;
  title: string;
  parties: PartyRef[];
  /** When it was signed, held or started, as the sources say; null when they do not. */
  date: string | null;
  /** When a source first reported it (by the briefing's day). */
  reported: string | null;
  sources: number;
  notes: Notes;
}

export interface DocumentItem extends RecordItem { kind: string | null }
export interface EventItem extends RecordItem { kind: string | null; name: string | null; place: string | null }
export interface ProjectItem extends RecordItem {
  kind: string | null; subject: string | null; quantity: number | null; value: number | null; currency: string | null;
}
export interface CountItem extends RecordItem { subject: string | null; value: number | null; qualifier: string | null }

export interface StateItem {
  party: PartyRef;
  documents: number;
  events: number;
  projects: number;
  figures: number;
  regions: { withDocuments: number; total: number; parties: PartyRef[] };
  lastActivity: string | null;
}

export interface TieItem {
  parties: [PartyRef, PartyRef];
  level: PairCoverage['level'];
  documents: number;
  events: number;
  projects: number;
  figures: number;
  lastActivity: string | null;
  dormant: boolean;
}

export interface UnderCoveredItem {
  id: number;
  type: string;
  title: string;
  parties: PartyRef[];
  sources: number;
  lastReported: string | null;
  notes: Notes;
}

export interface CoverageSection {
  states: StateItem[];
  ties: TieItem[];
  dormant: TieItem[];
  underCovered: UnderCoveredItem[];
}

export interface BriefingSummary {
  documents: number;
  plans: Record<PlanStatus, number>;
  events: number;
  projects: number;
  counts: number;
  targets: Record<TargetStatus, number>;
  figures: number;
  sources: number;
}

export interface Briefing {
  /** The day the briefing states things as of (YYYY-MM-DD). */
  asOf: string;
  party: PartyRef;
  partner: PartyRef | null;
  from: number | null;
  summary: BriefingSummary;
  targets: TargetItem[];
  trade: TradeSeriesItem[];
  plans: PlanItem[];
  documents: DocumentItem[];
  events: EventItem[];
  projects: ProjectItem[];
  counts: CountItem[];
  coverage: CoverageSection;
  /** Numbered 1..n in the order the sections above first cite them. */
  footnotes: Footnote[];
}

/** What the store returns for a briefing, before it is shaped. */
export interface BriefingInput {
  asOf: string;
  party: PartyRef;
  partner: PartyRef | null;
  from: number | null;
  tree: PartyTree;
  /** Every party the data names (with its Russian name). */
  parties: ReadonlyMap<string, PartyRef>;
  /** Every record of the store (coverage is judged over all of them). */
  records: readonly MonitorRecord[];
  /** The statements of the records that concern the sides. */
  support: readonly Support[];
  targets: readonly TargetView[];
  plans: readonly PlanView[];
  series: readonly TradeSeries[];
  publishers: ReadonlyMap<string, string | null>;
}

/** A record concerns the sides when it names a party within `partyId` and, if given, one within `partnerId`. Pure. */
export function concerns(partyIds: readonly string[], tree: PartyTree, partyId: string, partnerId: string | null): boolean {
  return partyIds.some((id) => tree.isWithin(id, partyId)) && (!partnerId || partyIds.some((id) => tree.isWithin(id, partnerId)));
}

const str = (v: unknown) => (typeof v === 'string' && v ? v : null);
const numOrNull = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const countBy = <K extends string>(keys: readonly K[], values: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, values.filter((v) => v === k).length])) as Record<K, number>;

/** Shapes what the store returned into a briefing, numbering footnotes in reading order. Pure. */
export function assembleBriefing(input: BriefingInput): Briefing {
  const { tree, asOf, from } = input;
  const partyId = input.party.id;
  const partnerId = input.partner?.id ?? null;
  const ours = (ids: readonly string[]) => concerns(ids, tree, partyId, partnerId);
  const label = (id: string): PartyRef => input.parties.get(id) ?? { id, name: tree.name(id), nameRu: tree.name(id), kind: tree.get(id)?.kind ?? 'other' };
  const fromYear = (year: number | null) => from == null || year == null || year >= from;
  const notes = footnotes((source) => input.publishers.get(source) ?? null);

  // What was known on the day, about these sides.
  const known = knownAsOf(input.records.filter((r) => r.sourceCount > 0 && ours(r.partyIds)), input.support, asOf);
  const supportOf = groupBy(known.support, (s) => s.recordId);
  const citationsOf = (recordId: number): Citation[] => (supportOf.get(recordId) ?? []).map(evidenceOf);
  const sourcesOf = (recordId: number) => new Set((supportOf.get(recordId) ?? []).map((s) => s.sourceId)).size;
  const reportedOf = (recordId: number) => (supportOf.get(recordId) ?? []).map((s) => s.published).filter((d): d is string => Boolean(d)).sort()[0] ?? null;
  const whenOf = (r: MonitorRecord) => str(r.fields.date) ?? r.firstReported;
  const newestFirst = (a: MonitorRecord, b: MonitorRecord) => (whenOf(b) ?? '').localeCompare(whenOf(a) ?? '') || a.id - b.id;

  // Footnotes are numbered as the sections below cite them: the order they are rendered in.
  const targets: TargetItem[] = input.targets
    .filter((t) => ours(t.party_ids) && fromYear(periodYear(t.by)))
    .map((t) => ({
      id: t.id, parties: t.party_ids.map(label), indicator: t.indicator, scope: t.scope, value: t.value, currency: t.currency, by: t.by,
      relative: t.relative ? { multiplier: t.relative.multiplier, base: t.relative.base } : null,
      status: t.status, reason: t.reason, achieved: t.achieved, latest: t.latest,
      projection: t.projection ? { method: t.projection.method, year: t.projection.year, value: t.projection.value } : null,
      notes: notes.cite(t.evidence.filter((e) => e.role !== 'figure')),
      figureNotes: notes.cite(t.evidence.filter((e) => e.role === 'figure')),
    }));
  const targetsByRecord = new Map<number, number[]>();
  for (const t of input.targets) {
    if (!targets.some((x) => x.id === t.id)) continue;
    for (const o of t.observations) targetsByRecord.set(o.record, [...(targetsByRecord.get(o.record) ?? []), t.id]);
  }

  const trade: TradeSeriesItem[] = input.series
    .filter((s) => ours(s.parties.map((p) => p.id)))
    .map((s) => {
      const points = s.points.flatMap((p): TradePointItem[] => {
        const evidence = p.evidence.filter((e) => !e.source.published || e.source.published <= asOf);
        if (!evidence.length || p.value == null || !p.period || !fromYear(periodYear(p.period))) return [];
        const knownSources = new Set(evidence.map((e) => e.source.id));
        return [{
          recordId: p.recordId, period: p.period, value: p.value, currency: p.currency, changePct: p.changePct,
          sources: knownSources.size,
          // Only disagreements known on the day: a value from a later source is not yet said.
          otherValues: [...new Set(p.conflicts.filter((c) => c.field === 'value')
            .flatMap((c) => c.values.filter((v) => knownSources.has(v.sourceId)).map((v) => v.value))
            .filter((v): v is number => typeof v === 'number' && v !== p.value))],
          notes: [],
        }];
      });
      const linked = [...new Set(points.flatMap((p) => targetsByRecord.get(p.recordId) ?? []))];
      return { key: s.key, indicator: s.indicator, flow: s.flow, scope: s.scope, parties: s.parties.map((p) => label(p.id)), points, targets: linked };
    })
    .filter((s) => s.points.length > 0)
    .sort((a, b) => Number(b.targets.length > 0) - Number(a.targets.length > 0) || b.points.length - a.points.length || a.key.localeCompare(b.key));
  // Cited after sorting, so the numbers follow the order the series are shown in.
  const evidenceByRecord = new Map(input.series.flatMap((s) => s.points.map((p) => [p.recordId, p.evidence] as const)));
  for (const s of trade) {
    for (const p of s.points) {
      p.notes = notes.cite((evidenceByRecord.get(p.recordId) ?? [])
        .filter((e) => !e.source.published || e.source.published <= asOf)
        .map((e) => ({ source: e.source.id, title: e.source.title, url: e.source.url, published: e.source.published, quote: e.quote })));
    }
  }

  const planRecords = new Set(input.plans.flatMap((p) => p.records));
  const plans: PlanItem[] = input.plans
    .filter((p) => ours(p.party_ids) && fromYear(Number(p.valid_to)))
    .map((p) => ({
      id: p.id, title: p.title, kind: p.kind, parties: p.party_ids.map(label), validFrom: p.valid_from, validTo: p.valid_to, ends: p.ends,
      status: p.status,
      renewedBy: p.renewed_by ? { id: p.renewed_by.id, title: p.renewed_by.title, validFrom: p.renewed_by.valid_from, validTo: p.renewed_by.valid_to } : null,
      notes: notes.cite(p.evidence),
    }));

  const ofType = (type: MonitorRecord['type']) => known.records
    .filter((r) => r.type === type && fromYear(periodYear(whenOf(r))))
    .sort(newestFirst);
  const item = (r: MonitorRecord): RecordItem => ({
    id: r.id, title: r.title, parties: r.partyIds.map(label), date: str(r.fields.date), reported: reportedOf(r.id), sources: sourcesOf(r.id),
    notes: notes.cite(citationsOf(r.id)),
  });
  const documents: DocumentItem[] = ofType('document').filter((r) => !planRecords.has(r.id))
    .map((r) => ({ ...item(r), kind: str(r.fields.kind) }));
  const events: EventItem[] = ofType('event')
    .map((r) => ({ ...item(r), kind: str(r.fields.kind), name: str(r.fields.name), place: str(r.fields.place) }));
  const projects: ProjectItem[] = ofType('project').map((r) => ({
    ...item(r), kind: str(r.fields.kind), subject: str(r.fields.subject), quantity: numOrNull(r.fields.quantity),
    value: numOrNull(r.fields.value), currency: str(r.fields.currency),
  }));
  const counts: CountItem[] = ofType('count')
    .map((r) => ({ ...item(r), subject: str(r.fields.subject), value: numOrNull(r.fields.value), qualifier: str(r.fields.qualifier) }));

  const coverage = coverageSection(input, known.records, label, (id) => notes.cite(citationsOf(id)));

  const footnoteList = notes.list();
  return {
    asOf, party: input.party, partner: input.partner, from,
    summary: {
      documents: plans.length + documents.length,
      plans: countBy(PLAN_STATUSES, plans.map((p) => p.status)),
      events: events.length,
      projects: projects.length,
      counts: counts.length,
      targets: countBy(TARGET_STATUSES, targets.map((t) => t.status)),
      figures: trade.reduce((n, s) => n + s.points.length, 0),
      sources: new Set(footnoteList.map((f) => f.source)).size,
    },
    targets, trade, plans, documents, events, projects, counts, coverage,
    footnotes: footnoteList,
  };
}

/** Coverage of the sides (their states, their ties, the dormant ones) and their under-covered records. Pure. */
function coverageSection(
  input: BriefingInput,
  ours: readonly MonitorRecord[],
  label: (id: string) => PartyRef,
  cite: (recordId: number) => Notes,
): CoverageSection {
  const { tree } = input;
  const partnerId = input.partner?.id ?? null;
  const full = evaluateCoverage({ records: input.records, tree, today: new Date(`${input.asOf}T12:00:00Z`) });
  const mine = coverageFor(full, input.party.id, tree, input.records);
  const related = (stateId: string) => [input.party.id, partnerId].some((id) => id && (tree.isWithin(id, stateId) || tree.isWithin(stateId, id)));
  const states = full.states.filter((s) => related(s.id)).map((s): StateItem => ({
    party: label(s.id), documents: s.documents, events: s.events, projects: s.projects, figures: s.figures,
    regions: {
      withDocuments: s.regions.with_documents, total: s.regions.total,
      parties: tree.childrenOf(s.id, 'region').filter((r) => s.regions.names.includes(r.name)).map((r) => label(r.id))
        .sort((a, b) => a.name.localeCompare(b.name)),
    },
    lastActivity: s.last_activity,
  }));
  const ties = mine.pairs
    .filter((p) => !partnerId || p.party_ids.some((id) => tree.isWithin(id, partnerId)))
    .map((p): TieItem => ({
      parties: [label(p.party_ids[0]), label(p.party_ids[1])], level: p.level, documents: p.documents, events: p.events,
      projects: p.projects, figures: p.figures, lastActivity: p.last_activity, dormant: p.dormant,
    }));
  const oursIds = new Set(ours.map((r) => r.id));
  const underCovered = mine.under_covered.filter((r) => oursIds.has(r.id)).map((r): UnderCoveredItem => {
    const record = ours.find((x) => x.id === r.id)!;
    return { id: r.id, type: r.type, title: r.title, parties: record.partyIds.map(label), sources: r.sources, lastReported: r.last_reported, notes: cite(r.id) };
  });
  return { states, ties, dormant: ties.filter((t) => t.dormant), underCovered };
}

export interface BriefingRequest {
  partyId: string;
  partnerId?: string | null;
  from?: number | null;
  /** The day to state things as of (default today). */
  asOf?: Date;
}

/** Reads what a briefing needs: the monitor's targets, plans and records, the trade series of the sides, party names, publishers. */
export async function gatherBriefing(db: Database, request: BriefingRequest): Promise<BriefingInput> {
  const today = request.asOf ?? new Date();
  const { partyId } = request;
  const partnerId = request.partnerId ?? null;
  const [records, tree, targets, plans] = await Promise.all([
    loadRecords(db), loadPartyTree(db), targetReport(db, { partyId, today }), planReport(db, { partyId, today }),
  ]);
  const ours = records.filter((r) => concerns(r.partyIds, tree, partyId, partnerId));
  const support = await loadSupport(db, ours.map((r) => r.id));

  // The trade series of every set of parties the sides' observations name, with their evidence.
  const sets = new Map(ours.filter((r) => r.type === 'observation' && r.partyIds.length).map((r) => [r.partyIds.join('+'), r.partyIds]));
  const series = new Map<string, TradeSeries>();
  for (const parties of sets.values()) {
    for (const s of (await tradeSeries(db, { parties, evidence: true })).series) {
      if (sets.has(s.parties.map((p) => p.id).join('+'))) series.set(s.key, s);
    }
  }

  const partyIds = new Set([partyId, ...(partnerId ? [partnerId] : [])]);
  for (const id of [...ours.flatMap((r) => r.partyIds), ...targets.flatMap((t) => t.party_ids), ...plans.flatMap((p) => p.party_ids)]) {
    partyIds.add(id);
    for (const a of tree.ancestors(id)) partyIds.add(a);
  }
  for (const s of series.values()) for (const p of s.parties) partyIds.add(p.id);
  const sourceIds = [
    ...support.map((s) => s.sourceId), ...targets.flatMap((t) => t.evidence.map((e) => e.source)), ...plans.flatMap((p) => p.evidence.map((e) => e.source)),
    ...[...series.values()].flatMap((s) => s.points.flatMap((p) => p.evidence.map((e) => e.source.id))),
  ];
  const [refs, publishers] = await Promise.all([partyRefs(db, [...partyIds]), sourcePublishers(db, sourceIds)]);
  const parties = new Map(refs.map((p) => [p.id, p]));
  const refOf = (id: string): PartyRef => parties.get(id) ?? { id, name: tree.name(id), nameRu: tree.name(id), kind: tree.get(id)?.kind ?? 'other' };
  return {
    asOf: isoDay(today), party: refOf(partyId), partner: partnerId ? refOf(partnerId) : null, from: request.from ?? null,
    tree, parties, records, support, targets, plans, series: [...series.values()], publishers,
  };
}

/** Gathers and assembles a briefing. */
export async function buildBriefing(db: Database, request: BriefingRequest): Promise<Briefing> {
  return assembleBriefing(await gatherBriefing(db, request));
}
