/**
 * Thin store queries the monitor reads records and their evidence through. The logic that
 * judges them lives in pure functions (targets.ts, plans.ts, coverage.ts, watches.ts).
 */
import { sql } from 'drizzle-orm';
import type { Conflict, RecordType } from '../domain/record.ts';
import type { Database } from '../store/open.ts';
import { queryRows } from '../store/rows.ts';

/** A consolidated record as the monitor sees it. */
export interface MonitorRecord {
  id: number;
  type: RecordType;
  title: string;
  fields: Record<string, unknown>;
  partyIds: string[];
  conflicts: Conflict[];
  sourceCount: number;
  /** The earliest publication date among its sources (null when none is dated). */
  firstReported: string | null;
  lastReported: string | null;
  version: number;
}

/** One supporting statement of a record: the fact's fields, its quote and where it came from. */
export interface Support {
  recordId: number;
  factId: number;
  sourceId: string;
  title: string | null;
  url: string | null;
  published: string | null;
  quote: string;
  start: number;
  end: number;
  fields: Record<string, unknown>;
}

/** What every number shown links to. */
export interface EvidenceRef {
  source: string;
  title: string | null;
  url: string | null;
  published: string | null;
  quote: string;
}

export const evidenceOf = (s: Support): EvidenceRef => ({
  source: s.sourceId, title: s.title, url: s.url, published: s.published, quote: s.quote,
});

interface RecordRow {
  id: number;
  type: RecordType;
  title: string;
  fields: Record<string, unknown>;
  conflicts: Conflict[];
  source_count: number;
  last_reported: string | null;
  version: number;
  party_ids: string[] | null;
  first_reported: string | null;
}

/** Records of the given types (all types when empty), or exactly the given ids. */
export async function loadRecords(db: Database, options: { types?: RecordType[]; ids?: number[] } = {}): Promise<MonitorRecord[]> {
  const conditions = [sql`true`];
  if (options.types?.length) conditions.push(sql`r.type IN (${sql.join(options.types.map((t) => sql`${t}`), sql`, `)})`);
  if (options.ids) {
    if (!options.ids.length) return [];
    conditions.push(sql`r.id IN (${sql.join(options.ids.map((id) => sql`${id}::int`), sql`, `)})`);
  }
  const rows = await queryRows<RecordRow>(db, sql`
    SELECT r.id, r.type, r.title, r.fields, r.conflicts, r.source_count, r.last_reported, r.version,
      (SELECT array_agg(rp.party_id ORDER BY rp.party_id) FROM record_parties rp WHERE rp.record_id = r.id) AS party_ids,
      (SELECT min(s.published) FROM record_facts rf JOIN facts f ON f.id = rf.fact_id JOIN sources s ON s.id = f.source_id
        WHERE rf.record_id = r.id AND f.review_status <> 'rejected') AS first_reported
    FROM records r
    WHERE ${sql.join(conditions, sql` AND `)}
    ORDER BY r.id`);
  return rows.map((r) => ({
    id: Number(r.id), type: r.type, title: r.title, fields: r.fields ?? {}, partyIds: r.party_ids ?? [],
    conflicts: r.conflicts ?? [], sourceCount: Number(r.source_count), firstReported: r.first_reported, lastReported: r.last_reported,
    version: Number(r.version),
  }));
}

/** The supporting statements of records (rejected facts left out), oldest source first. */
export async function loadSupport(db: Database, recordIds: readonly number[]): Promise<Support[]> {
  if (!recordIds.length) return [];
  const rows = await queryRows<{
    record_id: number; fact_id: number; source_id: string; title: string | null; url: string | null; published: string | null;
    quote: string; start: number; end: number; fields: Record<string, unknown>;
  }>(db, sql`
    SELECT rf.record_id, f.id AS fact_id, f.source_id, s.title, s.url, s.published, e.quote, e.start, e."end", f.fields
    FROM record_facts rf
    JOIN facts f ON f.id = rf.fact_id
    JOIN evidence e ON e.id = f.evidence_id
    JOIN sources s ON s.id = f.source_id
    WHERE rf.record_id IN (${sql.join(recordIds.map((id) => sql`${id}::int`), sql`, `)}) AND f.review_status <> 'rejected'
    ORDER BY s.published NULLS LAST, f.id`);
  return rows.map((r) => ({
    recordId: Number(r.record_id), factId: Number(r.fact_id), sourceId: r.source_id, title: r.title, url: r.url,
    published: r.published, quote: r.quote, start: Number(r.start), end: Number(r.end), fields: r.fields ?? {},
  }));
}

/** Source bodies by id (for reading a statement's whole sentence). */
export async function loadBodies(db: Database, sourceIds: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(sourceIds)];
  if (!unique.length) return new Map();
  const rows = await queryRows<{ id: string; body: string }>(
    db,
    sql`SELECT id, body FROM sources WHERE id IN (${sql.join(unique.map((id) => sql`${id}`), sql`, `)})`,
  );
  return new Map(rows.map((r) => [r.id, r.body]));
}

/**
 * What was known on `day`: statements published by then (undated ones count as known), and the
 * records they support (a record with no statements at all is kept). Lets a report be run "as of"
 * a past day without using figures published later. Pure.
 */
export function knownAsOf(records: readonly MonitorRecord[], support: readonly Support[], day: string): { records: MonitorRecord[]; support: Support[] } {
  const known = support.filter((s) => !s.published || s.published <= day);
  const anySupport = new Set(support.map((s) => s.recordId));
  const knownSupport = new Set(known.map((s) => s.recordId));
  return { records: records.filter((r) => !anySupport.has(r.id) || knownSupport.has(r.id)), support: known };
}

/** Groups items by a numeric key. */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = out.get(key) ?? [];
    list.push(item);
    out.set(key, list);
  }
  return out;
}
