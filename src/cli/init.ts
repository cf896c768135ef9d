import { loadGazetteer } from '../gazetteer/load.ts';
import type { Store } from '../store/open.ts';
import { upsertParties } from '../store/parties.ts';
import { queryRows } from '../store/rows.ts';
import { sql } from 'drizzle-orm';

export interface InitResult {
  parties: number;
  aliases: number;
}

/** Creates or migrates the store (opening it does that) and loads the gazetteer. Idempotent. */
export async function initStore(store: Store): Promise<InitResult> {
  return upsertParties(store.db, loadGazetteer());
}

/** Loads the gazetteer into a store that has none yet (facts link to its parties). */
export async function ensureGazetteer(store: Store): Promise<void> {
  const [row] = await queryRows<{ n: number }>(store.db, sql`SELECT count(*)::int AS n FROM parties`);
  if (Number(row.n) === 0) await initStore(store);
}
