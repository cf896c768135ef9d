import { inArray, sql } from 'drizzle-orm';
import type { Fact, ReviewStatus } from '../../domain/fact.ts';
import { recordIdentityOf } from '../../monitor/record-identity.ts';
import type { Database } from '../open.ts';
import { queryRows } from '../rows.ts';
import * as t from '../schema.ts';
import { summarizeSupport } from '../write-source.ts';
import { inList, num } from './sql.ts';

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

export type ReviewChange =
  | { action: 'accept' }
  | { action: 'reject' }
  /** `fact` is the whole edited fact, already validated against its type's schema. */
  | { action: 'edit'; fact: Fact };

const STATUS: Record<ReviewChange['action'], ReviewStatus> = { accept: 'accepted', reject: 'rejected', edit: 'edited' };

/**
 * Records a reviewer's decision on a fact and brings the records it supports up to date, in
 * one transaction. Returns false when there is no such fact.
 */
export async function reviewFact(db: Database, factId: number, change: ReviewChange): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [current] = await queryRows<{ id: number }>(tx, sql`SELECT id FROM facts WHERE id = ${factId} FOR UPDATE`);
    if (!current) return false;
    if (change.action === 'edit') {
      await tx.execute(sql`
        UPDATE facts SET review_status = 'edited', reviewed_at = now(), fields = ${JSON.stringify(change.fact)}::jsonb,
          confidence = ${change.fact.confidence ?? null}
        WHERE id = ${factId}`);
    } else {
      await tx.execute(sql`UPDATE facts SET review_status = ${STATUS[change.action]}, reviewed_at = now() WHERE id = ${factId}`);
    }
    const recordIds = (await queryRows<{ record_id: number }>(tx, sql`SELECT record_id FROM record_facts WHERE fact_id = ${factId}`)).map((r) => num(r.record_id));
    if (change.action === 'edit') await relinkParties(tx, factId, recordIds, change.fact.party_ids ?? []);
    await refreshRecordSummaries(tx, recordIds);
    return true;
  });
}

/** An edited fact's parties replace its old links; its records gain the new ones. */
async function relinkParties(tx: Tx, factId: number, recordIds: number[], partyIds: string[]): Promise<void> {
  await tx.delete(t.factParties).where(sql`${t.factParties.factId} = ${factId}`);
  const unique = [...new Set(partyIds)];
  if (!unique.length) return;
  const known = (await tx.select({ id: t.parties.id }).from(t.parties).where(inArray(t.parties.id, unique))).map((r) => r.id);
  if (!known.length) return;
  await tx.insert(t.factParties).values(known.map((partyId) => ({ factId, partyId }))).onConflictDoNothing();
  const links = recordIds.flatMap((recordId) => known.map((partyId) => ({ recordId, partyId })));
  if (links.length) await tx.insert(t.recordParties).values(links).onConflictDoNothing();
}

const TRUST: Record<string, number> = { edited: 0, accepted: 1, auto: 2 };

/**
 * A record shows the fields of its most trusted statement (edited, then accepted, then
 * unreviewed; the earliest among equals), with gaps filled from the others; rejected
 * statements count for nothing. A record left without statements keeps its fields with no sources.
 */
export async function refreshRecordSummaries(tx: Tx, recordIds: number[]): Promise<void> {
  if (!recordIds.length) return;
  const support = await queryRows<{
    record_id: number; fact_id: number; source_id: string; published: string | null; fields: Record<string, unknown>; quote: string; review_status: string;
  }>(tx, sql`
    SELECT rf.record_id, f.id AS fact_id, f.source_id, s.published, f.fields, e.quote, f.review_status
    FROM record_facts rf JOIN facts f ON f.id = rf.fact_id JOIN sources s ON s.id = f.source_id JOIN evidence e ON e.id = f.evidence_id
    WHERE rf.record_id IN ${inList(recordIds)} AND f.review_status <> 'rejected'
    ORDER BY s.published NULLS LAST, f.id`);
  const records = await tx.select().from(t.records).where(inArray(t.records.id, recordIds));
  for (const record of records) {
    const mine = support.filter((s) => num(s.record_id) === record.id).map((s) => ({ ...s, fact_id: num(s.fact_id) }));
    const best = [...mine].sort((a, b) => (TRUST[a.review_status] ?? 3) - (TRUST[b.review_status] ?? 3))[0];
    const base = best ? recordIdentityOf(best.fields as unknown as Fact).fields : (record.fields as Record<string, unknown>);
    const summary = summarizeSupport(record.type, base, mine);
    await tx.execute(sql`
      UPDATE records SET fields = ${JSON.stringify(summary.fields)}::jsonb, conflicts = ${JSON.stringify(summary.conflicts)}::jsonb,
        source_count = ${summary.sourceCount}, last_reported = ${summary.lastReported}, version = version + 1, updated_at = now()
      WHERE id = ${record.id}`);
  }
}
