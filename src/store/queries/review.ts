import { inArray, sql } from 'drizzle-orm';
import type { Fact, ReviewStatus } from '../../domain/fact.ts';
import type { Database } from '../open.ts';
import { queryRows } from '../rows.ts';
import * as t from '../schema.ts';
import { refreshRecords } from '../refresh-records.ts';
import { num } from './sql.ts';

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
    await refreshRecords(tx, recordIds);
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
