import { sql } from 'drizzle-orm';
import type { Store } from './open.ts';

/**
 * Refreshes the planner's statistics. PGlite runs no autovacuum, so without this an embedded
 * store keeps planning as if its tables were empty: record refreshes fall back to full scans of
 * `facts` and ingest turns quadratic. A PostgreSQL server's autovacuum does this on its own.
 */
export async function refreshPlannerStatistics(store: Store): Promise<void> {
  if (store.engine !== 'embedded') return;
  await store.db.execute(sql`ANALYZE`);
}

/**
 * When a long ingest should refresh statistics again: after 50 new sources, then each time the
 * count doubles, so the cost stays a small fraction of the run however large it grows.
 */
export function nextStatisticsRefresh(storedSoFar: number): number {
  return Math.max(50, storedSoFar * 2);
}
