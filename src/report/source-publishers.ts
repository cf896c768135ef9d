import { sql } from 'drizzle-orm';
import type { Database } from '../store/open.ts';
import { queryRows } from '../store/rows.ts';

/** The publisher of each source (footnotes name it; the monitor's evidence does not carry it). */
export async function sourcePublishers(db: Database, sourceIds: readonly string[]): Promise<Map<string, string | null>> {
  const unique = [...new Set(sourceIds)];
  if (!unique.length) return new Map();
  const rows = await queryRows<{ id: string; publisher: string | null }>(
    db,
    sql`SELECT id, publisher FROM sources WHERE id IN (${sql.join(unique.map((id) => sql`${id}`), sql`, `)})`,
  );
  return new Map(rows.map((r) => [r.id, r.publisher]));
}
