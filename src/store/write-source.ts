import { inArray, sql } from 'drizzle-orm';
import type { Fact } from '../domain/fact.ts';
import type { Language, SourceFormat } from '../domain/source.ts';
import { recordIdentityOf } from '../monitor/record-identity.ts';
import type { Database } from './open.ts';
import { queryRows } from './rows.ts';
import { extendRecords } from './extend-records.ts';
import { refreshRecords } from './refresh-records.ts';
import * as t from './schema.ts';

/** A decoded text ready to be stored, with the facts extracted from it. */
export interface SourceToStore {
  /** sha-256 of the normalized body (sourceIdOf). */
  id: string;
  title: string | null;
  url: string | null;
  publisher: string | null;
  published: string | null;
  lang: Language;
  format: SourceFormat;
  body: string;
  /** Where it was read: a file path, a feed item link, "file.jsonl#line 3". */
  location: string;
}

export interface StoredSource {
  status: 'new' | 'duplicate';
  facts: number;
  records: { new: number; updated: number };
  /** Records created or changed, for watches. */
  changedRecordIds: number[];
}

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/**
 * Stores one source with its evidence, facts, party links and record links in ONE transaction:
 * a crash leaves the source either whole or absent. The same body again only adds its location.
 */
export async function storeSource(db: Database, source: SourceToStore, facts: Fact[]): Promise<StoredSource> {
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(t.sources)
      .values({
        id: source.id, title: source.title, url: source.url, publisher: source.publisher,
        published: source.published, lang: source.lang, format: source.format, body: source.body,
      })
      .onConflictDoNothing()
      .returning({ id: t.sources.id });
    await tx.insert(t.sourceLocations).values({ sourceId: source.id, location: source.location }).onConflictDoNothing();
    if (inserted.length === 0) return { status: 'duplicate', facts: 0, records: { new: 0, updated: 0 }, changedRecordIds: [] };
    if (facts.length === 0) return { status: 'new', facts: 0, records: { new: 0, updated: 0 }, changedRecordIds: [] };

    const evidenceRows = await tx
      .insert(t.evidence)
      .values(facts.map((f) => ({ sourceId: source.id, start: f.start, end: f.end, quote: f.quote })))
      .returning({ id: t.evidence.id });
    const factRows = await tx
      .insert(t.facts)
      .values(facts.map((f, i) => ({
        sourceId: source.id, evidenceId: evidenceRows[i].id, type: f.type, fields: f, confidence: f.confidence ?? null,
      })))
      .returning({ id: t.facts.id });

    const known = await knownPartyIds(tx, facts.flatMap((f) => f.party_ids ?? []));
    const links = facts.flatMap((f, i) => [...new Set(f.party_ids ?? [])].filter((id) => known.has(id)).map((partyId) => ({ factId: factRows[i].id, partyId })));
    if (links.length) await tx.insert(t.factParties).values(links).onConflictDoNothing();

    const linked = await linkFactsToRecords(tx, facts, factRows.map((r) => r.id), known);
    // New records have only these statements; existing ones may have thousands, so they are extended.
    await refreshRecords(tx, linked.filter((r) => r.isNew).map((r) => r.id));
    await extendRecords(tx, { id: source.id, published: source.published }, linked.filter((r) => !r.isNew).map((r) => r.id));
    const records = { new: linked.filter((r) => r.isNew).length, updated: linked.filter((r) => !r.isNew).length };
    const changed = new Set(linked.map((r) => r.id));
    return { status: 'new', facts: facts.length, records, changedRecordIds: [...changed] };
  });
}

async function knownPartyIds(tx: Tx, ids: string[]): Promise<Set<string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Set();
  const rows = await tx.select({ id: t.parties.id }).from(t.parties).where(inArray(t.parties.id, unique));
  return new Set(rows.map((r) => r.id));
}

/**
 * Finds or creates the record of each fact (one statement for all of them) and links facts and
 * parties to their records. Returns each distinct record once, with whether it is new.
 */
async function linkFactsToRecords(tx: Tx, facts: Fact[], factIds: number[], known: Set<string>): Promise<{ id: number; isNew: boolean }[]> {
  const identities = facts.map(recordIdentityOf);
  const byKey = new Map<string, (typeof identities)[number]>();
  for (const identity of identities) if (!byKey.has(`${identity.type}|${identity.key}`)) byKey.set(`${identity.type}|${identity.key}`, identity);
  const values = [...byKey.values()].map((r) => sql`(${r.type}, ${r.key}, ${r.title}, ${JSON.stringify(r.fields)}::jsonb)`);
  const rows = await queryRows<{ id: number; type: string; key: string; inserted: boolean }>(tx, sql`
    INSERT INTO records (type, key, title, fields) VALUES ${sql.join(values, sql`, `)}
    ON CONFLICT (type, key) DO UPDATE SET updated_at = now()
    RETURNING id, type, key, (xmax = 0) AS inserted`);
  const idOf = new Map(rows.map((r) => [`${r.type}|${r.key}`, Number(r.id)]));
  const recordIdOfFact = identities.map((identity) => idOf.get(`${identity.type}|${identity.key}`)!);
  await tx.insert(t.recordFacts).values(factIds.map((factId, i) => ({ recordId: recordIdOfFact[i], factId }))).onConflictDoNothing();
  const partyLinks = new Map<string, { recordId: number; partyId: string }>();
  facts.forEach((fact, i) => {
    for (const partyId of fact.party_ids ?? []) {
      if (known.has(partyId)) partyLinks.set(`${recordIdOfFact[i]}|${partyId}`, { recordId: recordIdOfFact[i], partyId });
    }
  });
  if (partyLinks.size) await tx.insert(t.recordParties).values([...partyLinks.values()]).onConflictDoNothing();
  return rows.map((r) => ({ id: Number(r.id), isNew: Boolean(r.inserted) }));
}
