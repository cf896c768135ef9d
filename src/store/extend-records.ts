import { inArray, sql } from 'drizzle-orm';
import type { Fact } from '../domain/fact.ts';
import type { Conflict } from '../domain/record.ts';
import { CONFLICT_FIELD, recordIdentityOf, valuesDisagree } from '../monitor/record-identity.ts';
import type { Database } from './open.ts';
import { queryRows } from './rows.ts';
import { groupByRecord, refreshRecords, trustOf, updateRecords, type RecordUpdate, type StatedValue } from './refresh-records.ts';
import * as t from './schema.ts';

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/** A source just stored, whose facts now support existing records. */
export interface NewSource {
  id: string;
  published: string | null;
}

/** Where a statement stands in refreshRecords' order: trust, then published (undated last), then fact id. */
export interface StatementRank {
  trust: number;
  published: string | null;
  factId: number;
}


/**
 * Brings existing records up to date with the statements of one new source by comparing them
 * with the record's base statement and stored fields, not with every statement: the result
 * equals refreshRecords (the test compares them on random stores), without re-reading the
 * thousands of statements a busy record has on each new source.
 *
 * A new source adds one independent source, may move the last report, fills a gap when it is
 * the first to state the field (checked with one indexed look for an earlier statement of it),
 * and adds values to an open conflict in their place. The record is refreshed in full when a new
 * statement would become its base, when its base is unknown (older stores) or gone, when it had
 * no statements left, and when the new values start a conflict (which lists every value).
 */
export async function extendRecords(tx: Tx, source: NewSource, recordIds: number[]): Promise<void> {
  if (!recordIds.length) return;
  const idList = sql.join(recordIds.map((id) => sql`${id}`), sql`, `);
  const records = await tx.select().from(t.records).where(inArray(t.records.id, recordIds));
  const statements = await queryRows<{ record_id: number; fact_id: number; fields: Record<string, unknown>; quote: string }>(tx, sql`
    SELECT rf.record_id, f.id AS fact_id, f.fields, e.quote
    FROM facts f JOIN record_facts rf ON rf.fact_id = f.id JOIN evidence e ON e.id = f.evidence_id
    WHERE f.source_id = ${source.id} AND f.review_status <> 'rejected' AND rf.record_id IN (${idList})
    ORDER BY f.id`);
  const bases = await queryRows<{ record_id: number; fact_id: number; fields: Record<string, unknown>; review_status: string; published: string | null }>(tx, sql`
    SELECT r.id AS record_id, f.id AS fact_id, f.fields, f.review_status, s.published
    FROM records r JOIN facts f ON f.id = r.base_fact_id JOIN sources s ON s.id = f.source_id
    WHERE r.id IN (${idList}) AND f.review_status <> 'rejected'`);
  const newOf = groupByRecord(statements);
  const baseOf = new Map(bases.map((b) => [Number(b.record_id), b]));

  const full: number[] = [];
  const updates: RecordUpdate[] = [];
  for (const record of records) {
    const added = newOf.get(record.id) ?? [];
    const base = baseOf.get(record.id);
    if (!added.length) continue;
    const first: StatementRank = { trust: trustOf('auto'), published: source.published, factId: Number(added[0].fact_id) };
    if (record.sourceCount === 0 || !base || precedes(first, { trust: trustOf(base.review_status), published: base.published, factId: Number(base.fact_id) })) {
      full.push(record.id);
      continue;
    }
    const field = CONFLICT_FIELD[record.type as keyof typeof CONFLICT_FIELD];
    const values: StatedValue[] = field
      ? added.flatMap((row) => (typeof row.fields[field] === 'number'
        ? [{ value: row.fields[field] as number, factId: Number(row.fact_id), sourceId: source.id, published: source.published, quote: row.quote }]
        : []))
      : [];
    let conflicts = record.conflicts as Conflict[];
    if (values.length) {
      const open = conflicts.find((c) => c.field === field);
      // Values stored before they carried their published date cannot be placed: refresh.
      if (open && open.values.some((v) => v.published === undefined)) {
        full.push(record.id);
        continue;
      }
      if (open) conflicts = conflicts.map((c) => (c === open ? { ...c, values: insertInOrder(c.values as StatedValue[], values) } : c));
      else if (await startsConflict(tx, record.id, source.id, field!, values)) {
        full.push(record.id);
        continue;
      }
    }
    // The base's empty fields are the gaps; the first statement (by published) to state one fills it.
    const baseFields = recordIdentityOf(base.fields as unknown as Fact).fields as Record<string, unknown>;
    const fields = { ...(record.fields as Record<string, unknown>) };
    for (const key of Object.keys(baseFields).filter((k) => baseFields[k] == null)) {
      const stated = added.find((row) => row.fields[key] != null);
      if (!stated) continue;
      if (fields[key] == null || !(await statedBefore(tx, record.id, source, key))) fields[key] = stated.fields[key];
    }
    updates.push({
      id: record.id,
      fields,
      conflicts,
      sourceCount: record.sourceCount + 1,
      lastReported: latest(record.lastReported, source.published),
      baseFactId: record.baseFactId,
    });
  }
  await updateRecords(tx, updates);
  await refreshRecords(tx, full);
}

/** Whether statement `a` comes before `b` in refreshRecords' order. Pure. */
export function precedes(a: StatementRank, b: StatementRank): boolean {
  if (a.trust !== b.trust) return a.trust < b.trust;
  if (a.published !== b.published) {
    if (a.published === null) return false;
    if (b.published === null) return true;
    return a.published < b.published;
  }
  return a.factId < b.factId;
}

/** Values of one new source placed among a conflict's values: by published, undated last, then fact id. Pure. */
export function insertInOrder(values: readonly StatedValue[], added: readonly StatedValue[]): StatedValue[] {
  const rank = (v: StatedValue): StatementRank => ({ trust: 0, published: v.published, factId: v.factId });
  return [...values, ...added].sort((a, b) => (precedes(rank(a), rank(b)) ? -1 : precedes(rank(b), rank(a)) ? 1 : 0));
}

const latest = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);

/**
 * Whether an earlier source than the new one (published no later; an undated new source comes
 * after all) already stated `key` for the record: then it, not the new source, fills the gap.
 */
async function statedBefore(tx: Tx, recordId: number, source: NewSource, key: string): Promise<boolean> {
  if (source.published === null) return true;
  const [row] = await queryRows<{ found: boolean }>(tx, sql`
    SELECT EXISTS (
      SELECT 1 FROM record_facts rf JOIN facts f ON f.id = rf.fact_id JOIN sources s ON s.id = f.source_id
      WHERE rf.record_id = ${recordId} AND f.source_id <> ${source.id} AND f.review_status <> 'rejected'
        AND jsonb_typeof(f.fields->${key}) <> 'null' AND s.published <= ${source.published}
    ) AS found`);
  return Boolean(row?.found);
}

/**
 * Whether new values (all from one new source) disagree with a record that had no conflict:
 * with positive values the widest pairs across the two sides are their extremes, so the old
 * side's minimum and maximum decide it. Non-positive values, rare, are compared as refreshRecords does.
 */
async function startsConflict(tx: Tx, recordId: number, sourceId: string, field: string, values: readonly StatedValue[]): Promise<boolean> {
  const [old] = await queryRows<{ lo: number | null; hi: number | null; non_positive: boolean | null }>(tx, sql`
    SELECT min((f.fields->>${field})::float8) AS lo, max((f.fields->>${field})::float8) AS hi,
      bool_or((f.fields->>${field})::float8 <= 0) AS non_positive
    FROM record_facts rf JOIN facts f ON f.id = rf.fact_id
    WHERE rf.record_id = ${recordId} AND f.source_id <> ${sourceId} AND f.review_status <> 'rejected'
      AND jsonb_typeof(f.fields->${field}) = 'number'`);
  if (!old || old.lo === null || old.hi === null) return false;
  const lo = Math.min(...values.map((v) => v.value));
  const hi = Math.max(...values.map((v) => v.value));
  // Non-positive values break the extremes argument: refresh in full, which compares every pair.
  if (old.non_positive || lo <= 0) return true;
  return valuesDisagree(lo, Number(old.hi)) || valuesDisagree(Number(old.lo), hi);
}
