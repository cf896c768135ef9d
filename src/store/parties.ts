import { inArray, sql } from 'drizzle-orm';
import type { Party } from '../domain/party.ts';
import type { Database } from './open.ts';
import { parties, partyAliases } from './schema.ts';
import { queryRows } from './rows.ts';

/** Lower case, ё as е, single spaces: the form the trigram index compares. */
export function foldName(name: string): string {
  return name.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

const scriptOf = (text: string): 'ru' | 'en' => (/[\u0400-\u04FF]/.test(text) ? 'ru' : 'en');

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Loads gazetteer parties into the store in one transaction. Idempotent: parties are upserted
 * by id, their aliases replaced; parties the gazetteer no longer lists are kept (facts may cite them).
 */
export async function upsertParties(db: Database, list: Party[]): Promise<{ parties: number; aliases: number }> {
  let aliasCount = 0;
  await db.transaction(async (tx) => {
    for (const part of chunk(list, 500)) {
      await tx
        .insert(parties)
        .values(part.map((p) => ({
          id: p.id, kind: p.kind, name: p.name, nameRu: p.nameRu, code: p.code,
          parentId: p.parentId, subtype: p.subtype, source: p.source,
        })))
        .onConflictDoUpdate({
          target: parties.id,
          set: {
            kind: sql`excluded.kind`, name: sql`excluded.name`, nameRu: sql`excluded.name_ru`,
            code: sql`excluded.code`, parentId: sql`excluded.parent_id`, subtype: sql`excluded.subtype`,
            source: sql`excluded.source`,
          },
        });
      await tx.delete(partyAliases).where(inArray(partyAliases.partyId, part.map((p) => p.id)));
      const aliasRows = part.flatMap((p) => {
        const names = [...new Set([p.name, p.nameRu, ...(p.code ? [p.code] : []), ...p.aliases])];
        return names.map((alias) => ({ partyId: p.id, alias, normalized: foldName(alias), lang: scriptOf(alias) }));
      });
      aliasCount += aliasRows.length;
      for (const rows of chunk(aliasRows, 1000)) await tx.insert(partyAliases).values(rows);
    }
  });
  return { parties: list.length, aliases: aliasCount };
}

export interface FuzzyPartyMatch {
  id: string;
  name: string;
  kind: string;
  alias: string;
  similarity: number;
}

/** Names close to `text` by trigram similarity (pg_trgm), best first: for typos and spelling variants. */
export async function findPartiesBySimilarity(
  db: Database,
  text: string,
  options: { limit?: number; threshold?: number } = {},
): Promise<FuzzyPartyMatch[]> {
  const folded = foldName(text);
  const threshold = options.threshold ?? 0.3;
  const limit = options.limit ?? 10;
  const rows = await queryRows<{ id: string; name: string; kind: string; alias: string; similarity: number }>(db, sql`
    SELECT DISTINCT ON (p.id) p.id, p.name, p.kind, a.alias, similarity(a.normalized, ${folded})::float8 AS similarity
    FROM ${partyAliases} a JOIN ${parties} p ON p.id = a.party_id
    WHERE a.normalized % ${folded} AND similarity(a.normalized, ${folded}) >= ${threshold}
    ORDER BY p.id, similarity DESC`);
  return rows
    .map((r) => ({ ...r, similarity: Number(r.similarity) }))
    .sort((a, b) => b.similarity - a.similarity || a.name.localeCompare(b.name))
    .slice(0, limit);
}
