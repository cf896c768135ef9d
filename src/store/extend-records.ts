import { inArray, sql } from 'drizzle-orm';
import type { Conflict } from '../domain/record.ts';
import { CONFLICT_FIELD, valuesDisagree } from '../monitor/record-identity.ts';
import type { Database } from './open.ts';
import { queryRows } from './rows.ts';
import { refreshRecords, updateRecords, type RecordUpdate, type StatedValue } from './refresh-records.ts';
import * as t from './schema.ts';

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/** A source just stored, whose facts now support existing records. */
export interface NewSource {
  id: string;
  published: string | null;
}

/**
 * Brings existing records up to date with the statements of one new source, reading only those
 * statements where it can: the result equals refreshRecords (the test compares them on random
 * stores), without re-reading the thousands of statements a busy record has on every source.
 *
 * The new statements are unreviewed and, when the source is the newest of the record's (or
 * undated), last in refreshRecords' order (published, undated last, then fact id). They then
 * cannot change the base statement or a filled gap: they add one source, may move the last
 * report, fill gaps nothing filled, and add values to a conflict. A record whose order they
 * would change (an older report arriving late), or that had no statements left, is refreshed
 * in full; so is one where the new values start a conflict, which lists every value.
 */
export async function extendRecords(tx: Tx, source: NewSource, recordIds: number[]): Promise<void> {
  if (!recordIds.length) return;
  const records = await tx.select().from(t.records).where(inArray(t.records.id, recordIds));
  const statements = await queryRows<{ record_id: number; fact_id: number; fields: Record<string, unknown>; quote: string }>(tx, sql`
    SELECT rf.record_id, f.id AS fact_id, f.fields, e.quote
    FROM facts f JOIN record_facts rf ON rf.fact_id = f.id JOIN evidence e ON e.id = f.evidence_id
    WHERE f.source_id = ${source.id} AND f.review_status <> 'rejected' AND rf.record_id IN (${sql.join(recordIds.map((id) => sql`${id}`), sql`, `)})
    ORDER BY f.id`);
  const newOf = new Map<number, typeof statements>();
  for (const row of statements) {
    const id = Number(row.record_id);
    (newOf.get(id) ?? newOf.set(id, []).get(id)!).push(row);
  }

  const full: number[] = [];
  const updates: RecordUpdate[] = [];
  for (const record of records) {
    const added = newOf.get(record.id) ?? [];
    if (!added.length) continue;
    if (record.sourceCount === 0 || !comesLast(source.published, record)) {
      full.push(record.id);
      continue;
    }
    const field = CONFLICT_FIELD[record.type as keyof typeof CONFLICT_FIELD];
    const values: StatedValue[] = field
      ? added.flatMap((row) => (typeof row.fields[field] === 'number' ? [{ value: row.fields[field] as number, factId: Number(row.fact_id), sourceId: source.id, quote: row.quote }] : []))
      : [];
    let conflicts = record.conflicts as Conflict[];
    if (values.length) {
      const open = conflicts.find((c) => c.field === field);
      if (open) conflicts = conflicts.map((c) => (c === open ? { ...c, values: [...c.values, ...values] } : c));
      else if (await startsConflict(tx, record.id, source.id, field!, values)) {
        full.push(record.id);
        continue;
      }
    }
    updates.push({
      id: record.id,
      fields: fillNullFields(record.fields as Record<string, unknown>, added.map((row) => row.fields)),
      conflicts,
      sourceCount: record.sourceCount + 1,
      lastReported: latest(record.lastReported, source.published),
      hasUndated: record.hasUndated || source.published === null,
    });
  }
  await updateRecords(tx, updates);
  await refreshRecords(tx, full);
}

/**
 * Whether statements published on `published` come after all of a record's statements in
 * refreshRecords' order: undated ones always do (they sort last, and fact ids only grow); dated
 * ones when no statement is undated and none is later.
 */
export function comesLast(published: string | null, record: { lastReported: string | null; hasUndated: boolean }): boolean {
  if (published === null) return true;
  return !record.hasUndated && (record.lastReported === null || published >= record.lastReported);
}

/** Fields left empty by every earlier statement, filled from the first new statement that has them. Pure. */
export function fillNullFields(fields: Record<string, unknown>, added: readonly Record<string, unknown>[]): Record<string, unknown> {
  const out = { ...fields };
  for (const key of Object.keys(out)) {
    if (out[key] != null) continue;
    const stated = added.find((f) => f[key] != null);
    if (stated) out[key] = stated[key];
  }
  return out;
}

const latest = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);

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
