import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Fact } from '../domain/fact.ts';
import type { Conflict } from '../domain/record.ts';
import type { Language, SourceFormat } from '../domain/source.ts';
import { CONFLICT_FIELD, recordIdentityOf, valuesDisagree } from '../monitor/record-identity.ts';
import type { Database } from './open.ts';
import { queryRows } from './rows.ts';
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

    const records = { new: 0, updated: 0 };
    const changed = new Set<number>();
    for (let i = 0; i < facts.length; i++) {
      const { id, isNew } = await linkFactToRecord(tx, facts[i], factRows[i].id, known);
      if (changed.has(id)) continue;
      changed.add(id);
      if (isNew) records.new++;
      else records.updated++;
    }
    for (const id of changed) await refreshRecord(tx, id);
    return { status: 'new', facts: facts.length, records, changedRecordIds: [...changed] };
  });
}

async function knownPartyIds(tx: Tx, ids: string[]): Promise<Set<string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Set();
  const rows = await tx.select({ id: t.parties.id }).from(t.parties).where(inArray(t.parties.id, unique));
  return new Set(rows.map((r) => r.id));
}

/** Finds or creates the fact's record and links the fact to it. */
async function linkFactToRecord(tx: Tx, fact: Fact, factId: number, known: Set<string>): Promise<{ id: number; isNew: boolean }> {
  const identity = recordIdentityOf(fact);
  const [row] = await queryRows<{ id: number; inserted: boolean }>(tx, sql`
    INSERT INTO records (type, key, title, fields)
    VALUES (${identity.type}, ${identity.key}, ${identity.title}, ${JSON.stringify(identity.fields)}::jsonb)
    ON CONFLICT (type, key) DO UPDATE SET updated_at = now()
    RETURNING id, (xmax = 0) AS inserted`);
  const id = Number(row.id);
  await tx.insert(t.recordFacts).values({ recordId: id, factId }).onConflictDoNothing();
  const partyIds = [...new Set(fact.party_ids ?? [])].filter((p) => known.has(p));
  if (partyIds.length) await tx.insert(t.recordParties).values(partyIds.map((partyId) => ({ recordId: id, partyId }))).onConflictDoNothing();
  return { id, isNew: Boolean(row.inserted) };
}

/**
 * Recomputes what a record knows from all its supporting facts: independent sources, when it
 * was last reported, fields filled from the fullest statements, and conflicts where sources
 * disagree by more than 2% (each value listed with its evidence, nothing averaged).
 */
async function refreshRecord(tx: Tx, recordId: number): Promise<void> {
  const support = await queryRows<{ fact_id: number; source_id: string; published: string | null; fields: Record<string, unknown>; quote: string }>(tx, sql`
    SELECT f.id AS fact_id, f.source_id, s.published, f.fields, e.quote
    FROM record_facts rf
    JOIN facts f ON f.id = rf.fact_id
    JOIN sources s ON s.id = f.source_id
    JOIN evidence e ON e.id = f.evidence_id
    WHERE rf.record_id = ${recordId} AND f.review_status <> 'rejected'
    ORDER BY s.published NULLS LAST, f.id`);
  const [record] = await tx.select().from(t.records).where(eq(t.records.id, recordId));
  const fields: Record<string, unknown> = { ...(record.fields as Record<string, unknown>) };
  for (const s of support) {
    for (const [k, v] of Object.entries(s.fields)) {
      if (k in fields && fields[k] == null && v != null) fields[k] = v;
    }
  }
  const conflicts: Conflict[] = [];
  const field = CONFLICT_FIELD[record.type as keyof typeof CONFLICT_FIELD];
  if (field) {
    const values = support
      .filter((s) => typeof s.fields[field] === 'number')
      .map((s) => ({ value: s.fields[field] as number, factId: Number(s.fact_id), sourceId: s.source_id, quote: s.quote }));
    // A conflict is between sources; one text giving two figures is a matter for review, not this.
    const disagree = values.some((a) => values.some((b) => a.sourceId !== b.sourceId && valuesDisagree(a.value, b.value)));
    if (disagree) conflicts.push({ field, values });
  }
  const sourceCount = new Set(support.map((s) => s.source_id)).size;
  const lastReported = support.map((s) => s.published).filter((d): d is string => Boolean(d)).sort().at(-1) ?? null;
  await tx
    .update(t.records)
    .set({ fields, conflicts, sourceCount, lastReported, version: sql`${t.records.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(t.records.id, recordId)));
}
