import { inArray, sql } from 'drizzle-orm';
import type { Fact } from '../domain/fact.ts';
import type { Conflict } from '../domain/record.ts';
import { CONFLICT_FIELD, recordIdentityOf, valuesDisagree } from '../monitor/record-identity.ts';
import type { Database } from './open.ts';
import { queryRows } from './rows.ts';
import * as t from './schema.ts';

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/** How far a reviewer's word goes: edited facts first, then accepted, then unreviewed. */
const TRUST_ORDER: Readonly<Record<string, number>> = { edited: 0, accepted: 1, auto: 2 };
/** A review status's place in TRUST_ORDER (any other last). */
export const trustOf = (reviewStatus: string): number => TRUST_ORDER[reviewStatus] ?? 3;
const TRUST_RANK = sql`CASE f.review_status ${sql.join(Object.entries(TRUST_ORDER).map(([status, rank]) => sql.raw(`WHEN '${status}' THEN ${rank}`)), sql` `)} ELSE 3 END`;

/** Where a record's supporting statements are: the record links, the facts, their sources. */
const SUPPORT = sql`record_facts rf JOIN facts f ON f.id = rf.fact_id JOIN sources s ON s.id = f.source_id`;

/** The statements of these records, rejected ones left out. */
const supportOf = (ids: ReturnType<typeof sql.join>) => sql`rf.record_id IN (${ids}) AND f.review_status <> 'rejected'`;

/** One value of a record's conflict field, with where it was said. */
export interface StatedValue {
  value: number;
  factId: number;
  sourceId: string;
  /** When its source was published: values are listed in that order, undated last. */
  published: string | null;
  quote: string;
}

/**
 * Recomputes what records know from all their supporting facts, after an ingest or a review:
 * the fields of the most trusted statement (edited, then accepted, then unreviewed; the earliest
 * published among equals, so the result does not depend on ingest order) with gaps filled from
 * the others in publication order; independent sources; when last reported; and conflicts where
 * sources disagree by more than 2% (each value listed with its evidence, nothing averaged).
 * Rejected statements count for nothing; a record left without statements keeps its fields.
 *
 * The aggregation runs in SQL: a record reported by thousands of sources is refreshed on every
 * new one, and moving all its statements to the application each time made ingest quadratic.
 */
export async function refreshRecords(tx: Tx, recordIds: number[]): Promise<void> {
  if (!recordIds.length) return;
  const ids = sql.join(recordIds.map((id) => sql`${id}`), sql`, `);
  const records = await tx.select().from(t.records).where(inArray(t.records.id, recordIds));
  const [totals, best, firstValues] = [
    await queryRows<{ record_id: number; source_count: number; last_reported: string | null}>(tx, sql`
      SELECT rf.record_id, count(DISTINCT f.source_id)::int AS source_count, max(s.published) AS last_reported
      FROM ${SUPPORT} WHERE ${supportOf(ids)} GROUP BY rf.record_id`),
    await queryRows<{ record_id: number; fact_id: number; fields: Record<string, unknown> }>(tx, sql`
      SELECT DISTINCT ON (rf.record_id) rf.record_id, f.id AS fact_id, f.fields
      FROM ${SUPPORT} WHERE ${supportOf(ids)} ORDER BY rf.record_id, ${TRUST_RANK}, s.published NULLS LAST, f.id`),
    await queryRows<{ record_id: number; key: string; value: unknown }>(tx, sql`
      SELECT DISTINCT ON (rf.record_id, kv.key) rf.record_id, kv.key, kv.value
      FROM ${SUPPORT} CROSS JOIN LATERAL jsonb_each(f.fields) AS kv
      WHERE ${supportOf(ids)} AND jsonb_typeof(kv.value) <> 'null'
      ORDER BY rf.record_id, kv.key, s.published NULLS LAST, f.id`),
  ];
  const conflictIds = records.filter((r) => CONFLICT_FIELD[r.type as keyof typeof CONFLICT_FIELD]).map((r) => r.id);
  const stated = conflictIds.length
    ? await queryRows<{ record_id: number; field: string; value: number; fact_id: number; source_id: string; published: string | null; quote: string }>(tx, sql`
        SELECT rf.record_id, cf.field, (f.fields->>cf.field)::float8 AS value, f.id AS fact_id, f.source_id, s.published, e.quote
        FROM record_facts rf
        JOIN records r ON r.id = rf.record_id
        JOIN (VALUES ${sql.join(Object.entries(CONFLICT_FIELD).map(([type, field]) => sql`(${type}, ${field})`), sql`, `)}) AS cf(type, field) ON cf.type = r.type
        JOIN facts f ON f.id = rf.fact_id
        JOIN sources s ON s.id = f.source_id
        JOIN evidence e ON e.id = f.evidence_id
        WHERE rf.record_id IN (${sql.join(conflictIds.map((id) => sql`${id}`), sql`, `)})
          AND f.review_status <> 'rejected' AND jsonb_typeof(f.fields->cf.field) = 'number'
        ORDER BY s.published NULLS LAST, f.id`)
    : [];

  const totalsOf = groupByRecord(totals);
  const bestOf = groupByRecord(best);
  const valuesOf = groupByRecord(firstValues);
  const statedOf = groupByRecord(stated);

  const updates = records.map((record) => {
    const best = bestOf.get(record.id)?.[0];
    const bestFields = best?.fields;
    const base = bestFields ? recordIdentityOf(bestFields as unknown as Fact).fields : (record.fields as Record<string, unknown>);
    const first = new Map((valuesOf.get(record.id) ?? []).map((row) => [row.key, row.value]));
    const fields = fillGaps(base, first);
    const mine = statedOf.get(record.id) ?? [];
    const conflicts: Conflict[] = [];
    if (mine.length) {
      const values = mine.map((row) => ({ value: Number(row.value), factId: Number(row.fact_id), sourceId: row.source_id, published: row.published, quote: row.quote }));
      // A conflict is between sources; one text giving two figures is a matter for review, not this.
      if (sourcesDisagree(values)) conflicts.push({ field: mine[0].field, values });
    }
    const total = totalsOf.get(record.id)?.[0];
    return {
      id: record.id, fields, conflicts, sourceCount: total?.source_count ?? 0, lastReported: total?.last_reported ?? null,
      baseFactId: best ? Number(best.fact_id) : null,
    };
  });
  await updateRecords(tx, updates);
}

/** What a refresh writes to one record. */
export interface RecordUpdate {
  id: number;
  fields: Record<string, unknown>;
  conflicts: Conflict[];
  sourceCount: number;
  lastReported: string | null;
  baseFactId: number | null;
}

/** Writes refreshed records in one statement, each a new version (watches fire once per change). */
export async function updateRecords(tx: Tx, updates: readonly RecordUpdate[]): Promise<void> {
  if (!updates.length) return;
  const rows = updates.map((u) => sql`(${u.id}::int, ${JSON.stringify(u.fields)}::jsonb, ${JSON.stringify(u.conflicts)}::jsonb, ${u.sourceCount}::int, ${u.lastReported}::text, ${u.baseFactId}::int)`);
  await tx.execute(sql`
    UPDATE records r SET fields = v.fields, conflicts = v.conflicts, source_count = v.source_count,
      last_reported = v.last_reported, base_fact_id = v.base_fact_id, version = r.version + 1, updated_at = now()
    FROM (VALUES ${sql.join(rows, sql`, `)}) AS v(id, fields, conflicts, source_count, last_reported, base_fact_id)
    WHERE r.id = v.id`);
}

/** A record's fields: its base statement's, each gap filled with the first value stated for it. Pure. */
export function fillGaps(base: Record<string, unknown>, firstStated: ReadonlyMap<string, unknown>): Record<string, unknown> {
  const fields: Record<string, unknown> = { ...base };
  for (const key of Object.keys(fields)) {
    if (fields[key] == null && firstStated.get(key) != null) fields[key] = firstStated.get(key);
  }
  return fields;
}

/**
 * Whether two different sources state values more than 2% apart. For positive values the widest
 * pair is the smallest and the largest, so one pass over the sorted values decides it (thousands
 * of statements of one figure are common for a busy pair); otherwise every pair is compared. Pure.
 */
export function sourcesDisagree(values: readonly Pick<StatedValue, 'value' | 'sourceId'>[]): boolean {
  if (values.length < 2) return false;
  if (values.some((v) => !(v.value > 0))) {
    return values.some((a) => values.some((b) => a.sourceId !== b.sourceId && valuesDisagree(a.value, b.value)));
  }
  const sorted = [...values].sort((a, b) => a.value - b.value);
  const lo = sorted[0];
  const hi = sorted[sorted.length - 1];
  if (lo.sourceId !== hi.sourceId) return valuesDisagree(lo.value, hi.value);
  // Both extremes from one source: the widest pairs across sources pair an extreme with the
  // farthest value from another source.
  const hiOther = [...sorted].reverse().find((v) => v.sourceId !== lo.sourceId);
  const loOther = sorted.find((v) => v.sourceId !== hi.sourceId);
  return Boolean((hiOther && valuesDisagree(lo.value, hiOther.value)) || (loOther && valuesDisagree(loOther.value, hi.value)));
}

/** Rows grouped by their record_id. Pure. */
export function groupByRecord<T extends { record_id: number }>(rows: readonly T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const id = Number(row.record_id);
    (map.get(id) ?? map.set(id, []).get(id)!).push(row);
  }
  return map;
}
