/**
 * Coverage: for each state and each pair of parties, how much the knowledge base holds
 * (documents, events, projects), which of a state's regions have at least one document, when
 * the tie was last active, and which ties have gone quiet (dormant: no activity for 24 months).
 * Records reported recently by one source or none are listed as under-covered (the media gap).
 * The logic is pure; `coverageReport` reads the store once.
 */
import type { Database } from '../store/open.ts';
import { addMonths, isoDay } from './periods.ts';
import { loadPartyTree, tieSides, type PartyTree } from './party-tree.ts';
import { loadRecords, type MonitorRecord } from './records.ts';
import { formatTable } from './format.ts';

export const DORMANT_MONTHS = 24;
export const RECENT_MONTHS = 12;

export interface Counts {
  documents: number;
  events: number;
  projects: number;
  /** Trade figures, targets and counts. */
  figures: number;
}

export interface StateCoverage extends Counts {
  id: string;
  name: string;
  regions: { with_documents: number; total: number; names: string[] };
  last_activity: string | null;
}

export interface PairCoverage extends Counts {
  party_ids: [string, string];
  parties: [string, string];
  /** 'state': the two states (or blocs) as a whole; 'party': the parties as named. */
  level: 'state' | 'party';
  last_activity: string | null;
  dormant: boolean;
}

export interface UnderCovered {
  id: number;
  type: string;
  title: string;
  parties: string[];
  sources: number;
  last_reported: string | null;
  date: string | null;
}

export interface CoverageReport {
  as_of: string;
  /** The party the report was narrowed to, if any. */
  party: { id: string; name: string } | null;
  rules: { dormant: string; under_covered: string };
  states: StateCoverage[];
  pairs: PairCoverage[];
  dormant_ties: PairCoverage[];
  under_covered: UnderCovered[];
}

/** When a record shows the tie active: the later of its own date and its last report, never after today. Pure. */
export function activityOf(record: MonitorRecord, today: string): string | null {
  const own = record.type === 'document' || record.type === 'event' || record.type === 'project' || record.type === 'count'
    ? (typeof record.fields.date === 'string' ? record.fields.date : null)
    : null;
  const candidates = [own, record.lastReported].filter((d): d is string => Boolean(d) && d! <= today);
  return candidates.sort().at(-1) ?? null;
}

const emptyCounts = (): Counts => ({ documents: 0, events: 0, projects: 0, figures: 0 });
function count(counts: Counts, type: string): void {
  if (type === 'document') counts.documents++;
  else if (type === 'event') counts.events++;
  else if (type === 'project') counts.projects++;
  else counts.figures++;
}

/** The cross-border pairs a record is about: its sides as named and their states. Pure. */
export function pairsOf(partyIds: readonly string[], tree: PartyTree): { key: string; ids: [string, string]; level: 'state' | 'party' }[] {
  const out = new Map<string, { key: string; ids: [string, string]; level: 'state' | 'party' }>();
  const add = (a: string, b: string, level: 'state' | 'party') => {
    if (a === b) return;
    const ids = (a < b ? [a, b] : [b, a]) as [string, string];
    const key = ids.join('|');
    const isStateLevel = ids.every((id) => tree.rootOf(id) === id);
    if (!out.has(key)) out.set(key, { key, ids, level: isStateLevel ? 'state' : level });
  };
  const sides = tieSides(partyIds, tree);
  for (let i = 0; i < sides.length; i++) {
    for (let j = i + 1; j < sides.length; j++) {
      if (tree.rootOf(sides[i]) !== tree.rootOf(sides[j])) add(sides[i], sides[j], 'party');
    }
  }
  const roots = [...new Set(partyIds.map((id) => tree.rootOf(id)))];
  for (let i = 0; i < roots.length; i++) for (let j = i + 1; j < roots.length; j++) add(roots[i], roots[j], 'state');
  return [...out.values()];
}

/** Coverage of everything the store holds. Pure. */
export function evaluateCoverage(input: { records: readonly MonitorRecord[]; tree: PartyTree; today: Date }): CoverageReport {
  const { tree, records } = input;
  const today = isoDay(input.today);
  const dormantBefore = addMonths(today, -DORMANT_MONTHS);
  const recentFrom = addMonths(today, -RECENT_MONTHS);

  const states = new Map<string, StateCoverage & { regionSet: Set<string> }>();
  const pairs = new Map<string, PairCoverage>();
  const later = (a: string | null, b: string | null) => (!a ? b : !b ? a : a > b ? a : b);
  const underCovered: UnderCovered[] = [];

  for (const record of records) {
    // As of a past day, what was first reported later is not known yet.
    if (record.firstReported && record.firstReported > today) continue;
    const activity = activityOf(record, today);
    const stateIds = new Set(record.partyIds.map((id) => tree.rootOf(id)).filter((id) => tree.get(id)?.kind === 'state'));
    for (const stateId of stateIds) {
      const state = states.get(stateId) ?? {
        id: stateId, name: tree.name(stateId), ...emptyCounts(), regions: { with_documents: 0, total: 0, names: [] }, last_activity: null, regionSet: new Set<string>(),
      };
      count(state, record.type);
      state.last_activity = later(state.last_activity, activity);
      if (record.type === 'document') {
        for (const id of record.partyIds) {
          const region = tree.regionOf(id);
          if (region && tree.get(region)?.parentId === stateId) state.regionSet.add(region);
        }
      }
      states.set(stateId, state);
    }
    for (const pair of pairsOf(record.partyIds, tree)) {
      const entry = pairs.get(pair.key) ?? {
        party_ids: pair.ids, parties: pair.ids.map((id) => tree.name(id)) as [string, string], level: pair.level,
        ...emptyCounts(), last_activity: null, dormant: false,
      };
      count(entry, record.type);
      entry.last_activity = later(entry.last_activity, activity);
      pairs.set(pair.key, entry);
    }
    const recent = (activity ?? '') >= recentFrom;
    if (recent && record.sourceCount <= 1) {
      underCovered.push({
        id: record.id, type: record.type, title: record.title, parties: record.partyIds.map((id) => tree.name(id)),
        sources: record.sourceCount, last_reported: record.lastReported, date: typeof record.fields.date === 'string' ? record.fields.date : null,
      });
    }
  }

  const stateList = [...states.values()].map(({ regionSet, ...state }) => {
    const all = tree.childrenOf(state.id, 'region');
    const names = [...regionSet].map((id) => tree.name(id)).sort();
    return { ...state, regions: { with_documents: regionSet.size, total: all.length, names } };
  }).sort((a, b) => (b.documents + b.events + b.projects) - (a.documents + a.events + a.projects) || a.name.localeCompare(b.name));
  const pairList = [...pairs.values()].map((p) => ({ ...p, dormant: !p.last_activity || p.last_activity < dormantBefore }))
    .sort((a, b) => (a.level === b.level ? 0 : a.level === 'state' ? -1 : 1) || (b.last_activity ?? '').localeCompare(a.last_activity ?? '') || a.parties.join().localeCompare(b.parties.join()));
  return {
    as_of: today,
    party: null,
    rules: {
      dormant: `no document, event, project or report for ${DORMANT_MONTHS} months (last activity before ${dormantBefore})`,
      under_covered: `active or reported in the last ${RECENT_MONTHS} months (since ${recentFrom}) with one independent source or none`,
    },
    states: stateList,
    pairs: pairList,
    dormant_ties: pairList.filter((p) => p.dormant),
    under_covered: underCovered.sort((a, b) => (b.last_reported ?? '').localeCompare(a.last_reported ?? '') || a.id - b.id),
  };
}

/** Keeps what concerns `partyId`: its state, pairs with a side within it, its records. */
export function coverageFor(report: CoverageReport, partyId: string, tree: PartyTree, records: readonly MonitorRecord[]): CoverageReport {
  const within = (id: string) => tree.isWithin(id, partyId);
  const mine = new Set(records.filter((r) => r.partyIds.some(within)).map((r) => r.id));
  const pairs = report.pairs.filter((p) => p.party_ids.some(within));
  return {
    ...report,
    party: { id: partyId, name: tree.name(partyId) },
    states: report.states.filter((s) => tree.isWithin(partyId, s.id) || tree.isWithin(s.id, partyId)),
    pairs,
    dormant_ties: pairs.filter((p) => p.dormant),
    under_covered: report.under_covered.filter((r) => mine.has(r.id)),
  };
}

/** Reads the store and reports coverage, for everything or for one party. */
export async function coverageReport(db: Database, options: { partyId?: string; today?: Date } = {}): Promise<CoverageReport> {
  const [records, tree] = await Promise.all([loadRecords(db), loadPartyTree(db)]);
  const report = evaluateCoverage({ records, tree, today: options.today ?? new Date() });
  return options.partyId ? coverageFor(report, options.partyId, tree, records) : report;
}

/** The text form of `imon coverage`. */
export function formatCoverage(report: CoverageReport): string {
  const out: string[] = [`coverage${report.party ? ` of ${report.party.name}` : ''} as of ${report.as_of}`, '', 'states:'];
  out.push(formatTable([
    ['state', 'documents', 'events', 'projects', 'figures', 'regions with documents', 'last activity'],
    ...report.states.map((s) => [s.name, String(s.documents), String(s.events), String(s.projects), String(s.figures),
      `${s.regions.with_documents}/${s.regions.total}`, s.last_activity ?? '-']),
  ]).replace(/^/gm, '  '));
  const statePairs = report.pairs.filter((p) => p.level === 'state');
  out.push('', 'state pairs:');
  if (!statePairs.length) out.push('  none');
  else out.push(formatTable([
    ['pair', 'documents', 'events', 'projects', 'figures', 'last activity', ''],
    ...statePairs.map((p) => [p.parties.join(' - '), String(p.documents), String(p.events), String(p.projects), String(p.figures), p.last_activity ?? '-', p.dormant ? 'DORMANT' : '']),
  ]).replace(/^/gm, '  '));
  if (report.party) {
    const partyPairs = report.pairs.filter((p) => p.level === 'party');
    out.push('', `pairs of ${report.party.name} and its parts:`);
    if (!partyPairs.length) out.push('  none');
    else out.push(formatTable([
      ['pair', 'documents', 'events', 'projects', 'figures', 'last activity', ''],
      ...partyPairs.map((p) => [p.parties.join(' - '), String(p.documents), String(p.events), String(p.projects), String(p.figures), p.last_activity ?? '-', p.dormant ? 'DORMANT' : '']),
    ]).replace(/^/gm, '  '));
  }
  out.push('', `dormant ties (${report.rules.dormant}): ${report.dormant_ties.length}`);
  for (const p of report.dormant_ties) {
    out.push(`  ${p.parties.join(' - ')}: last activity ${p.last_activity ?? 'never'} (${p.documents} documents, ${p.events} events, ${p.projects} projects)`);
  }
  out.push('', `under-covered records (${report.rules.under_covered}): ${report.under_covered.length}`);
  for (const r of report.under_covered) out.push(`  #${r.id} ${r.type}: ${r.title} [${r.sources} source${r.sources === 1 ? '' : 's'}, ${r.last_reported ?? 'never reported'}]`);
  return out.join('\n');
}
