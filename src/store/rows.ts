import type { SQL } from 'drizzle-orm';
import type { Database } from './open.ts';

/**
 * Runs raw SQL and returns its rows. Both drivers answer `{ rows }` (PGlite's Results and
 * node-postgres's QueryResult), but the engine-neutral Database type cannot say so.
 */
export async function queryRows<T>(db: Pick<Database, 'execute'>, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
