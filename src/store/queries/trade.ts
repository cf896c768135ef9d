import { sql } from 'drizzle-orm';
import type { Conflict } from '../../domain/record.ts';
import type { Database } from '../open.ts';
import { queryRows } from '../rows.ts';
import { evidenceOfRecords, listRecords, recordConditions, type RecordEvidence, type RecordSummary } from './records.ts';
import { allOf, inList, num, numOrNull, type PartyRef } from './sql.ts';

/** One observation (indicator x parties x period) as a point of a series. */
export interface TradePoint {
  recordId: number;
  period: string | null;
  value: number | null;
  currency: string | null;
  changePct: number | null;
  sourceCount: number;
  lastReported: string | null;
  /** How many fields sources disagree on (GET /api/records/{id} lists them). */
  conflictCount: number;
  /** The disagreements in full when asked for (`conflicts: true`), else empty: see conflictCount. */
  conflicts: Conflict[];
  /** Statements of the figure with their sources, oldest source first: all, some or none, as asked. */
  evidence: RecordEvidence[];
}

/** Observations of one indicator between one set of parties (and flow and scope), over time. */
export interface TradeSeries {
  key: string;
  indicator: string | null;
  flow: string | null;
  scope: string | null;
  parties: PartyRef[];
  points: TradePoint[];
}

/** Upper bound of observations one series request reads. */
const MAX_OBSERVATIONS = 5000;

/** "2018-01..2018-07" -> ["2018-01", "2018-07"]; a sort key for periods. */
export function periodBounds(period: string | null): [string, string] {
  if (!period) return ['', ''];
  const [start, end] = period.split('..');
  return [start, end ?? start];
}

export function comparePeriods(a: string | null, b: string | null): number {
  const [as, ae] = periodBounds(a);
  const [bs, be] = periodBounds(b);
  return as < bs ? -1 : as > bs ? 1 : ae < be ? -1 : ae > be ? 1 : 0;
}

export interface TradeSeriesOptions {
  parties: string[];
  indicator?: string;
  /**
   * Each point's statements: all (true), none (false), or at most this many (a chart's link to
   * its evidence; a figure of a busy pair can rest on hundreds of statements).
   */
  evidence: boolean | number;
  /** Each point's conflicts in full (default true); conflictCount is always there. */
  conflicts?: boolean;
}

/**
 * Trade observations whose parties include every one of `parties`, grouped into series by
 * indicator, flow, scope and exact party set, each ordered by period; with the targets
 * set between the same parties.
 */
export async function tradeSeries(db: Database, options: TradeSeriesOptions): Promise<{ series: TradeSeries[]; targets: RecordSummary[] }> {
  const withConflicts = options.conflicts ?? true;
  const rows = await queryRows<{
    id: number; fields: Record<string, unknown>; source_count: number; last_reported: string | null; conflict_count: number;
    conflicts: Conflict[]; party_ids: string[];
  }>(db, sql`
    SELECT r.id, r.fields, r.source_count, r.last_reported, jsonb_array_length(r.conflicts) AS conflict_count,
           ${withConflicts ? sql`r.conflicts` : sql`'[]'::jsonb`} AS conflicts,
           (SELECT coalesce(json_agg(x.party_id ORDER BY x.party_id), '[]'::json) FROM record_parties x WHERE x.record_id = r.id) AS party_ids
    FROM records r
    WHERE ${allOf([sql`r.type = 'observation'`, ...recordConditions({ parties: options.parties, indicator: options.indicator })])}
    ORDER BY r.id LIMIT ${MAX_OBSERVATIONS}`);
  const evidence = options.evidence
    ? await evidenceOfRecords(db, rows.map((r) => num(r.id)), { perRecord: options.evidence === true ? undefined : options.evidence })
    : new Map<number, RecordEvidence[]>();
  const partyIds = [...new Set(rows.flatMap((r) => r.party_ids))];
  const names = partyIds.length
    ? await queryRows<{ id: string; name: string; name_ru: string; kind: string }>(db, sql`SELECT id, name, name_ru, kind FROM parties WHERE id IN ${inList(partyIds)}`)
    : [];
  const partyOf = new Map(names.map((p) => [p.id, { id: p.id, name: p.name, nameRu: p.name_ru, kind: p.kind }]));

  const byKey = new Map<string, TradeSeries>();
  for (const r of rows) {
    const f = r.fields;
    const str = (k: string) => (typeof f[k] === 'string' ? (f[k] as string) : null);
    const key = [str('indicator') ?? '', str('flow') ?? '', str('scope') ?? '', r.party_ids.join('+')].join('|');
    let series = byKey.get(key);
    if (!series) {
      series = {
        key, indicator: str('indicator'), flow: str('flow'), scope: str('scope'),
        parties: r.party_ids.map((id) => partyOf.get(id)).filter((p): p is PartyRef => Boolean(p)), points: [],
      };
      byKey.set(key, series);
    }
    series.points.push({
      recordId: num(r.id), period: str('period'), value: numOrNull(f.value), currency: str('currency'), changePct: numOrNull(f.change_pct),
      sourceCount: num(r.source_count), lastReported: r.last_reported,
      conflictCount: num(r.conflict_count), conflicts: r.conflicts, evidence: evidence.get(num(r.id)) ?? [],
    });
  }
  const series = [...byKey.values()];
  for (const s of series) s.points.sort((a, b) => comparePeriods(a.period, b.period) || a.recordId - b.recordId);
  series.sort((a, b) => b.points.length - a.points.length || a.key.localeCompare(b.key));
  const targets = await listRecords(db, { type: 'target', parties: options.parties, indicator: options.indicator, limit: 100 });
  return { series, targets: targets.items };
}
