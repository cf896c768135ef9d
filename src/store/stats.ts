import { sql } from 'drizzle-orm';
import type { Database } from './open.ts';
import { queryRows } from './rows.ts';

export interface StoreStats {
  parties: { total: number; byKind: Record<string, number> };
  sources: number;
  facts: { total: number; byType: Record<string, number>; byReview: Record<string, number> };
  records: { total: number; byType: Record<string, number> };
  watches: number;
  alerts: { total: number; unread: number };
}

async function countBy(db: Database, table: string, column: string): Promise<Record<string, number>> {
  const rows = await queryRows<{ k: string; n: number }>(
    db,
    sql`SELECT ${sql.identifier(column)} AS k, count(*)::int AS n FROM ${sql.identifier(table)} GROUP BY 1 ORDER BY 1`,
  );
  return Object.fromEntries(rows.map((r) => [r.k, Number(r.n)]));
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** Counts of everything in the store, for `imon stats` and the API. */
export async function storeStats(db: Database): Promise<StoreStats> {
  const [partiesByKind, factsByType, factsByReview, recordsByType] = await Promise.all([
    countBy(db, 'parties', 'kind'),
    countBy(db, 'facts', 'type'),
    countBy(db, 'facts', 'review_status'),
    countBy(db, 'records', 'type'),
  ]);
  const [row] = await queryRows<{ sources: number; watches: number; alerts: number; unread: number }>(db, sql`
    SELECT (SELECT count(*) FROM sources)::int AS sources,
           (SELECT count(*) FROM watches)::int AS watches,
           (SELECT count(*) FROM alerts)::int AS alerts,
           (SELECT count(*) FROM alerts WHERE read_at IS NULL)::int AS unread`);
  return {
    parties: { total: sum(partiesByKind), byKind: partiesByKind },
    sources: Number(row.sources),
    facts: { total: sum(factsByType), byType: factsByType, byReview: factsByReview },
    records: { total: sum(recordsByType), byType: recordsByType },
    watches: Number(row.watches),
    alerts: { total: Number(row.alerts), unread: Number(row.unread) },
  };
}
