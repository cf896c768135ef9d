import type { Database } from '../open.ts';
import { listFacts, type FactFilter, type FactSummary } from './facts.ts';
import { evidenceOfRecords, listRecords, type RecordEvidence, type RecordFilter, type RecordSummary } from './records.ts';
import type { After } from './sql.ts';

/** Rows read per query while exporting: memory stays flat however large the store. */
const BATCH = 500;

/** Every record matching the filter, in list order, read in batches. */
export async function* exportRecords(db: Database, filter: RecordFilter): AsyncGenerator<RecordSummary> {
  let after: After | undefined;
  do {
    const page = await listRecords(db, { ...filter, limit: BATCH, after });
    yield* page.items;
    after = page.next ?? undefined;
  } while (after);
}

/** Every fact matching the filter, in list order, read in batches. */
export async function* exportFacts(db: Database, filter: FactFilter): AsyncGenerator<FactSummary> {
  let after: After | undefined;
  do {
    const page = await listFacts(db, { ...filter, limit: BATCH, after });
    yield* page.items;
    after = page.next ?? undefined;
  } while (after);
}

/** A trade observation with every statement of it. */
export interface TradeExportRow extends RecordSummary {
  evidence: RecordEvidence[];
}

/** Every trade observation matching the filter, with its evidence, in batches. */
export async function* exportTrade(db: Database, filter: Omit<RecordFilter, 'type'>): AsyncGenerator<TradeExportRow> {
  for await (const batch of batches(exportRecords(db, { ...filter, type: 'observation' }), BATCH)) {
    const evidence = await evidenceOfRecords(db, batch.map((r) => r.id));
    for (const record of batch) yield { ...record, evidence: evidence.get(record.id) ?? [] };
  }
}

async function* batches<T>(items: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}
