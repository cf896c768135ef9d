import { inArray, sql } from 'drizzle-orm';
import type { Fact } from '../domain/fact.ts';
import type { Conflict } from '../domain/record.ts';
import { CONFLICT_FIELD, recordIdentityOf, valuesDisagree } from '../monitor/record-identity.ts';
import type { Database } from './open.ts';
import { queryRows } from './rows.ts';
import * as t from './schema.ts';

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/** How far a reviewer's word goes: edited facts first, then accepted, then unreviewed. */
const TRUST: Record<string, number> = { edited: 0, accepted: 1, auto: 2 };

/**
 * Recomputes what records know from all their supporting facts, after an ingest or a review:
 * the fields of the most trusted statement (edited, then accepted, then unreviewed; the earliest
 * published among equals, so the result does not depend on ingest order) with gaps filled from
 * the others; independent sources; when last reported; and conflicts where sources disagree by
 * more than 2% (each value listed with its evidence, nothing averaged). Rejected statements count
 * for nothing; a record left without statements keeps its fields with no sources.
 */
export async function refreshRecords(tx: Tx, recordIds: number[]): Promise<void> {
  if (!recordIds.length) return;
  const ids = sql.join(recordIds.map((id) => sql`${id}`), sql`, `);
  const support = await queryRows<Support & { record_id: number; review_status: string }>(tx, sql`
    SELECT rf.record_id, f.id AS fact_id, f.source_id, s.published, f.fields, e.quote, f.review_status
    FROM record_facts rf
    JOIN facts f ON f.id = rf.fact_id
    JOIN sources s ON s.id = f.source_id
    JOIN evidence e ON e.id = f.evidence_id
    WHERE rf.record_id IN (${ids}) AND f.review_status <> 'rejected'
    ORDER BY s.published NULLS LAST, f.id`);
  const records = await tx.select().from(t.records).where(inArray(t.records.id, recordIds));
  const updates = records.map((record) => {
    const mine = support.filter((s) => Number(s.record_id) === record.id).map((s) => ({ ...s, fact_id: Number(s.fact_id) }));
    const best = [...mine].sort((a, b) => (TRUST[a.review_status] ?? 3) - (TRUST[b.review_status] ?? 3))[0];
    const base = best ? recordIdentityOf(best.fields as unknown as Fact).fields : (record.fields as Record<string, unknown>);
    const summary = summarizeSupport(record.type, base, mine);
    return sql`(${record.id}::int, ${JSON.stringify(summary.fields)}::jsonb, ${JSON.stringify(summary.conflicts)}::jsonb, ${summary.sourceCount}::int, ${summary.lastReported}::text)`;
  });
  if (!updates.length) return;
  await tx.execute(sql`
    UPDATE records r SET fields = v.fields, conflicts = v.conflicts, source_count = v.source_count,
      last_reported = v.last_reported, version = r.version + 1, updated_at = now()
    FROM (VALUES ${sql.join(updates, sql`, `)}) AS v(id, fields, conflicts, source_count, last_reported)
    WHERE r.id = v.id`);
}

export interface Support {
  fact_id: number;
  source_id: string;
  published: string | null;
  fields: Record<string, unknown>;
  quote: string;
}

/** What a record's supporting facts say together. Pure. */
export function summarizeSupport(type: string, current: Record<string, unknown>, support: Support[]) {
  const fields: Record<string, unknown> = { ...current };
  for (const s of support) {
    for (const [k, v] of Object.entries(s.fields)) {
      if (k in fields && fields[k] == null && v != null) fields[k] = v;
    }
  }
  const conflicts: Conflict[] = [];
  const field = CONFLICT_FIELD[type as keyof typeof CONFLICT_FIELD];
  if (field) {
    const values = support
      .filter((s) => typeof s.fields[field] === 'number')
      .map((s) => ({ value: s.fields[field] as number, factId: Number(s.fact_id), sourceId: s.source_id, quote: s.quote }));
    // A conflict is between sources; one text giving two figures is a matter for review, not this.
    const disagree = values.some((a) => values.some((b) => a.sourceId !== b.sourceId && valuesDisagree(a.value, b.value)));
    if (disagree) conflicts.push({ field, values });
  }
  const sourceCount = new Set(support.map((s) => s.source_id)).size;
  const lastReported = support.map((s) => s.published).filter((d): d is string => Boolean(d)).sort().at(-1) ?? null;
  return { fields, conflicts, sourceCount, lastReported };
}
