import { sql, type SQL } from 'drizzle-orm';
import type { Conflict } from '../../domain/record.ts';
import type { Database } from '../open.ts';
import { queryRows } from '../rows.ts';
import {
  allOf, dateOverlaps, inList, isoTime, keysetAfter, num, numOrNull, partyRefsOf, recordDate, toPage,
  type After, type Page, type PartyRef, type SourceRef,
} from './sql.ts';

/** A record as lists show it. */
export interface RecordSummary {
  id: number;
  type: string;
  title: string;
  /** What the record is about in time (see recordDate), or null. */
  date: string | null;
  fields: Record<string, unknown>;
  parties: PartyRef[];
  sourceCount: number;
  lastReported: string | null;
  conflictCount: number;
  version: number;
}

/** One supporting statement of a record, with where it was said. */
export interface RecordEvidence {
  factId: number;
  reviewStatus: string;
  confidence: number | null;
  fields: Record<string, unknown>;
  quote: string;
  start: number;
  end: number;
  source: SourceRef;
}

export interface RecordDetail extends RecordSummary {
  key: string;
  conflicts: Conflict[];
  createdAt: string;
  updatedAt: string;
  evidence: RecordEvidence[];
}

export interface RecordFilter {
  type?: string;
  /** Records linked to every one of these parties. */
  parties?: string[];
  from?: string;
  to?: string;
  /** Only records whose fields say this indicator (observations and targets). */
  indicator?: string;
}

/** Keyset order of record lists: newest first by what they are about, then by id. */
export const recordSortKey = sql`coalesce(${recordDate}, '')`;

const summaryColumns = sql`r.id, r.type, r.title, ${recordDate} AS date, r.fields, r.source_count, r.last_reported,
  jsonb_array_length(r.conflicts) AS conflict_count, r.version, ${recordSortKey} AS sort_key,
  ${partyRefsOf('record_parties', sql`r.id`)} AS parties`;

interface SummaryRow {
  id: number; type: string; title: string; date: string | null; fields: Record<string, unknown>; source_count: number;
  last_reported: string | null; conflict_count: number; version: number; sort_key: string; parties: PartyRef[];
}

const toSummary = (r: SummaryRow): RecordSummary => ({
  id: num(r.id), type: r.type, title: r.title, date: r.date ?? null, fields: r.fields, parties: r.parties,
  sourceCount: num(r.source_count), lastReported: r.last_reported, conflictCount: num(r.conflict_count), version: num(r.version),
});

/**
 * The conditions of a record filter. Records whose every statement was rejected
 * (no sources left) are not shown.
 */
export function recordConditions(filter: RecordFilter): SQL[] {
  const conditions: SQL[] = [sql`r.source_count > 0`];
  if (filter.type) conditions.push(sql`r.type = ${filter.type}`);
  for (const party of new Set(filter.parties ?? [])) {
    conditions.push(sql`EXISTS (SELECT 1 FROM record_parties rp WHERE rp.record_id = r.id AND rp.party_id = ${party})`);
  }
  if (filter.indicator) conditions.push(sql`r.fields->>'indicator' = ${filter.indicator}`);
  conditions.push(...dateOverlaps(recordDate, filter.from, filter.to));
  return conditions;
}

/** Records matching the filter, newest first, one page after `after`. */
export async function listRecords(
  db: Database,
  filter: RecordFilter & { limit: number; after?: After },
): Promise<Page<RecordSummary>> {
  const rows = await queryRows<SummaryRow>(db, sql`
    SELECT ${summaryColumns} FROM records r
    WHERE ${allOf([...recordConditions(filter), ...keysetAfter(recordSortKey, sql`r.id`, filter.after)])}
    ORDER BY sort_key DESC, r.id DESC
    LIMIT ${filter.limit + 1}`);
  const page = toPage(rows, filter.limit, (r) => ({ key: r.sort_key, id: num(r.id) }));
  return { items: page.items.map(toSummary), next: page.next };
}

/** Summaries of the given records, in the order given (unknown ids left out). */
export async function recordSummaries(db: Database, ids: number[]): Promise<RecordSummary[]> {
  if (!ids.length) return [];
  const rows = await queryRows<SummaryRow>(db, sql`SELECT ${summaryColumns} FROM records r WHERE r.id IN ${inList(ids)}`);
  const byId = new Map(rows.map((r) => [num(r.id), toSummary(r)]));
  return ids.map((id) => byId.get(id)).filter((r): r is RecordSummary => Boolean(r));
}

const evidenceColumns = sql`rf.record_id, f.id AS fact_id, f.review_status, f.confidence, f.fields, e.quote, e.start, e."end",
  s.id AS source_id, s.title, s.url, s.published, s.lang`;
const evidenceFrom = sql`record_facts rf JOIN facts f ON f.id = rf.fact_id JOIN evidence e ON e.id = f.evidence_id JOIN sources s ON s.id = f.source_id`;
const evidenceWhere = (ids: number[], options: { includeRejected?: boolean }) =>
  sql`rf.record_id IN ${inList(ids)} ${options.includeRejected ? sql`` : sql`AND f.review_status <> 'rejected'`}`;

/**
 * Supporting statements of records, oldest source first; rejected ones left out unless asked
 * for (then marked). `perRecord`: at most this many of each record, the first in that order.
 */
export async function evidenceOfRecords(
  db: Database,
  ids: number[],
  options: { includeRejected?: boolean; perRecord?: number } = {},
): Promise<Map<number, RecordEvidence[]>> {
  const out = new Map<number, RecordEvidence[]>(ids.map((id) => [id, []]));
  if (!ids.length) return out;
  const rows = await queryRows<{
    record_id: number; fact_id: number; review_status: string; confidence: number | null; fields: Record<string, unknown>;
    quote: string; start: number; end: number; source_id: string; title: string | null; url: string | null; published: string | null; lang: string;
  }>(db, options.perRecord === undefined
    ? sql`
      SELECT ${evidenceColumns} FROM ${evidenceFrom}
      WHERE ${evidenceWhere(ids, options)}
      ORDER BY s.published NULLS LAST, f.id`
    : sql`
      SELECT * FROM (
        SELECT ${evidenceColumns}, row_number() OVER (PARTITION BY rf.record_id ORDER BY s.published NULLS LAST, f.id) AS nth
        FROM ${evidenceFrom} WHERE ${evidenceWhere(ids, options)}) x
      WHERE x.nth <= ${options.perRecord}
      ORDER BY x.published NULLS LAST, x.fact_id`);
  for (const r of rows) {
    out.get(num(r.record_id))!.push({
      factId: num(r.fact_id), reviewStatus: r.review_status, confidence: numOrNull(r.confidence), fields: r.fields,
      quote: r.quote, start: num(r.start), end: num(r.end),
      source: { id: r.source_id, title: r.title, url: r.url, published: r.published, lang: r.lang },
    });
  }
  return out;
}

/** One record with all its evidence (rejected statements too, marked as such); null when unknown. */
export async function recordDetail(db: Database, id: number): Promise<RecordDetail | null> {
  const [row] = await queryRows<SummaryRow & { key: string; conflicts: Conflict[]; created_at: string; updated_at: string }>(db, sql`
    SELECT ${summaryColumns}, r.key, r.conflicts, ${isoTime(sql`r.created_at`)} AS created_at, ${isoTime(sql`r.updated_at`)} AS updated_at
    FROM records r WHERE r.id = ${id}`);
  if (!row) return null;
  const evidence = (await evidenceOfRecords(db, [id], { includeRejected: true })).get(id)!;
  return {
    ...toSummary(row), key: row.key, conflicts: row.conflicts, createdAt: row.created_at, updatedAt: row.updated_at, evidence,
  };
}

/** One statement a record rests on, enough to link a figure to its place in the source. */
export interface EvidenceSpan {
  sourceId: string;
  quote: string;
  start: number;
  end: number;
}

/**
 * The first statement of each record (the oldest source first, as evidenceOfRecords orders them;
 * rejected ones left out), so a list can link every figure without a call per record.
 */
export async function firstEvidenceOf(db: Database, ids: number[]): Promise<Map<number, EvidenceSpan>> {
  const out = new Map<number, EvidenceSpan>();
  if (!ids.length) return out;
  const rows = await queryRows<{ record_id: number; source_id: string; quote: string; start: number; end: number }>(db, sql`
    SELECT DISTINCT ON (rf.record_id) rf.record_id, f.source_id, e.quote, e.start, e."end"
    FROM record_facts rf
    JOIN facts f ON f.id = rf.fact_id
    JOIN evidence e ON e.id = f.evidence_id
    JOIN sources s ON s.id = f.source_id
    WHERE rf.record_id IN ${inList(ids)} AND f.review_status <> 'rejected'
    ORDER BY rf.record_id, s.published NULLS LAST, f.id`);
  for (const r of rows) out.set(num(r.record_id), { sourceId: r.source_id, quote: r.quote, start: num(r.start), end: num(r.end) });
  return out;
}
