import { sql } from 'drizzle-orm';
import type { Database } from '../store/open.ts';
import { queryRows } from '../store/rows.ts';
import { findPartiesBySimilarity, foldName } from '../store/parties.ts';

/** When several parties share a name ("Minsk"), the broader one is meant more often. */
const KIND_RANK: Record<string, number> = { state: 0, bloc: 1, region: 2, city: 3, organisation: 4, enterprise: 5, institution: 6, district: 7 };

/**
 * The party a user means by `text` (`--party Belarus`, `--party "Гомельская область"`,
 * `--party BY-HO`): an id, then an exact name or alias, then the closest spelling. Null when
 * nothing is close.
 */
export async function resolvePartyArg(db: Database, text: string): Promise<{ id: string; name: string } | null> {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const byId = await queryRows<{ id: string; name: string }>(db, sql`SELECT id, name FROM parties WHERE lower(id) = lower(${trimmed})`);
  if (byId.length) return byId[0];
  const exact = await queryRows<{ id: string; name: string; kind: string }>(db, sql`
    SELECT DISTINCT p.id, p.name, p.kind FROM party_aliases a JOIN parties p ON p.id = a.party_id
    WHERE a.normalized = ${foldName(trimmed)}`);
  if (exact.length) {
    exact.sort((a, b) => (KIND_RANK[a.kind] ?? 9) - (KIND_RANK[b.kind] ?? 9) || a.id.localeCompare(b.id));
    return { id: exact[0].id, name: exact[0].name };
  }
  const [close] = await findPartiesBySimilarity(db, trimmed, { limit: 1, threshold: 0.45 });
  return close ? { id: close.id, name: close.name } : null;
}
