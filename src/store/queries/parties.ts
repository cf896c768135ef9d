import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../open.ts';
import { queryRows } from '../rows.ts';
import { foldName } from '../parties.ts';
import { listRecords, type RecordSummary } from './records.ts';
import { allOf, inList, likeEscape, num, type PartyRef, type SourceRef } from './sql.ts';
import { tradeSeries, type TradeSeries } from './trade.ts';

export interface PartyListItem extends PartyRef {
  code: string | null;
  parentId: string | null;
  /** Records that name this party. */
  records: number;
}

/**
 * Parties by name (any alias, English or Russian; substring or trigram-close) and kind. With a
 * name: exact names first, then prefixes, substrings and near spellings; without: the parties
 * with most records first.
 */
export async function listParties(
  db: Database,
  options: { q?: string; kind?: string; limit: number; offset: number },
): Promise<{ items: PartyListItem[]; more: boolean }> {
  const q = options.q ? foldName(options.q) : '';
  const conditions: SQL[] = [];
  if (options.kind) conditions.push(sql`p.kind = ${options.kind}`);
  const recordCount = sql`(SELECT count(*) FROM record_parties rp WHERE rp.party_id = p.id)::int`;
  const rows = q
    ? await queryRows<PartyRow>(db, sql`
        WITH m AS (
          SELECT a.party_id,
                 max(CASE WHEN a.normalized = ${q} THEN 3 WHEN a.normalized LIKE ${`${likeEscape(q)}%`} THEN 2
                          WHEN a.normalized LIKE ${`%${likeEscape(q)}%`} THEN 1 ELSE 0 END) AS rank,
                 max(similarity(a.normalized, ${q}))::float8 AS sim
          FROM party_aliases a
          WHERE a.normalized LIKE ${`%${likeEscape(q)}%`} OR a.normalized % ${q}
          GROUP BY a.party_id)
        SELECT p.id, p.name, p.name_ru, p.kind, p.code, p.parent_id, ${recordCount} AS records
        FROM m JOIN parties p ON p.id = m.party_id
        WHERE ${allOf(conditions)}
        ORDER BY m.rank DESC, m.sim DESC, records DESC, p.name, p.id
        LIMIT ${options.limit + 1} OFFSET ${options.offset}`)
    : await queryRows<PartyRow>(db, sql`
        SELECT p.id, p.name, p.name_ru, p.kind, p.code, p.parent_id, ${recordCount} AS records
        FROM parties p WHERE ${allOf(conditions)}
        ORDER BY records DESC, p.name, p.id
        LIMIT ${options.limit + 1} OFFSET ${options.offset}`);
  return { items: rows.slice(0, options.limit).map(toListItem), more: rows.length > options.limit };
}

interface PartyRow {
  id: string; name: string; name_ru: string; kind: string; code: string | null; parent_id: string | null; records: number;
}

const toListItem = (r: PartyRow): PartyListItem => ({
  id: r.id, name: r.name, nameRu: r.name_ru, kind: r.kind, code: r.code, parentId: r.parent_id, records: num(r.records),
});

/** The ids among `ids` that name no party. */
export async function unknownPartyIds(db: Database, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const rows = await queryRows<{ id: string }>(db, sql`SELECT id FROM parties WHERE id IN ${inList(unique)}`);
  const known = new Set(rows.map((r) => r.id));
  return unique.filter((id) => !known.has(id));
}

export async function partyRefs(db: Database, ids: string[]): Promise<PartyRef[]> {
  if (!ids.length) return [];
  const rows = await queryRows<PartyRow>(db, sql`SELECT id, name, name_ru, kind FROM parties WHERE id IN ${inList(ids)}`);
  const byId = new Map(rows.map((r) => [r.id, { id: r.id, name: r.name, nameRu: r.name_ru, kind: r.kind }]));
  return ids.map((id) => byId.get(id)).filter((p): p is PartyRef => Boolean(p));
}

/** A partner's profile: everything the store knows about one party, for one page. */
export interface PartyProfile {
  party: PartyRef & { code: string | null; subtype: string | null; parent: PartyRef | null; aliases: string[] };
  totals: { records: Record<string, number>; facts: number; sources: number };
  documents: RecordSummary[];
  events: RecordSummary[];
  projects: RecordSummary[];
  targets: RecordSummary[];
  counts: RecordSummary[];
  trade: TradeSeries[];
  topSources: (SourceRef & { facts: number })[];
  related: (PartyRef & { records: number })[];
}

/** How many records of each kind a profile lists (the totals say how many there are). */
export const PROFILE_LIST_LIMIT = 100;

export async function partyProfile(db: Database, id: string): Promise<PartyProfile | null> {
  const [party] = await queryRows<PartyRow & { subtype: string | null; parent_name: string | null; parent_name_ru: string | null; parent_kind: string | null; aliases: string[] }>(db, sql`
    SELECT p.id, p.name, p.name_ru, p.kind, p.code, p.subtype, p.parent_id, pp.name AS parent_name, pp.name_ru AS parent_name_ru, pp.kind AS parent_kind,
           (SELECT coalesce(json_agg(a.alias ORDER BY a.alias), '[]'::json) FROM party_aliases a
            WHERE a.party_id = p.id AND a.alias NOT IN (p.name, p.name_ru)) AS aliases
    FROM parties p LEFT JOIN parties pp ON pp.id = p.parent_id WHERE p.id = ${id}`);
  if (!party) return null;
  const list = (type: string) => listRecords(db, { type, parties: [id], limit: PROFILE_LIST_LIMIT }).then((page) => page.items);
  const [documents, events, projects, targets, counts, trade, recordCounts, facts, related] = await Promise.all([
    list('document'), list('event'), list('project'), list('target'), list('count'),
    tradeSeries(db, { parties: [id], evidence: false, conflicts: false }).then((t) => t.series),
    recordCountsOf(db, id),
    factsOfParty(db, id),
    relatedParties(db, id),
  ]);
  return {
    party: {
      id: party.id, name: party.name, nameRu: party.name_ru, kind: party.kind, code: party.code, subtype: party.subtype,
      parent: party.parent_id && party.parent_name
        ? { id: party.parent_id, name: party.parent_name, nameRu: party.parent_name_ru!, kind: party.parent_kind! }
        : null,
      aliases: party.aliases,
    },
    totals: { records: recordCounts, facts: facts.facts, sources: facts.sources },
    documents, events, projects, targets, counts, trade, topSources: facts.topSources, related,
  };
}

/** How many records of each type name the party. */
async function recordCountsOf(db: Database, id: string): Promise<Record<string, number>> {
  const byType = await queryRows<{ type: string; n: number }>(db, sql`
    SELECT r.type, count(*)::int AS n FROM records r JOIN record_parties rp ON rp.record_id = r.id
    WHERE rp.party_id = ${id} AND r.source_count > 0 GROUP BY r.type ORDER BY r.type`);
  return Object.fromEntries(byType.map((r) => [r.type, num(r.n)]));
}

interface FactsOfParty {
  facts: number;
  sources: number;
  topSources: PartyProfile['topSources'];
}

/**
 * The party's facts (rejected ones left out) read once: how many, from how many sources, and
 * the ten sources with most of them. A busy party is named by half the facts of a store, so
 * this is the costly part of a profile.
 */
async function factsOfParty(db: Database, id: string): Promise<FactsOfParty> {
  const [row] = await queryRows<{ facts: number; sources: number; top: (SourceRef & { facts: number })[] }>(db, sql`
    WITH mine AS MATERIALIZED (
      SELECT f.source_id FROM fact_parties fp JOIN facts f ON f.id = fp.fact_id
      WHERE fp.party_id = ${id} AND f.review_status <> 'rejected'),
    per_source AS MATERIALIZED (SELECT source_id, count(*)::int AS facts FROM mine GROUP BY source_id)
    SELECT (SELECT count(*)::int FROM mine) AS facts, (SELECT count(*)::int FROM per_source) AS sources,
      (SELECT coalesce(json_agg(t ORDER BY t.facts DESC, t.published DESC NULLS LAST, t.id), '[]'::json) FROM (
        SELECT s.id, s.title, s.url, s.published, s.lang, ps.facts FROM per_source ps JOIN sources s ON s.id = ps.source_id
        ORDER BY ps.facts DESC, s.published DESC NULLS LAST, s.id LIMIT 10) t) AS top`);
  return { facts: num(row.facts), sources: num(row.sources), topSources: row.top.map((r) => ({ ...r, facts: num(r.facts) })) };
}

async function relatedParties(db: Database, id: string): Promise<PartyProfile['related']> {
  const rows = await queryRows<PartyRow>(db, sql`
    SELECT p.id, p.name, p.name_ru, p.kind, count(DISTINCT r.id)::int AS records
    FROM record_parties mine
    JOIN records r ON r.id = mine.record_id AND r.source_count > 0
    JOIN record_parties other ON other.record_id = mine.record_id AND other.party_id <> mine.party_id
    JOIN parties p ON p.id = other.party_id
    WHERE mine.party_id = ${id}
    GROUP BY p.id ORDER BY records DESC, p.name LIMIT 20`);
  return rows.map((r) => ({ id: r.id, name: r.name, nameRu: r.name_ru, kind: r.kind, records: num(r.records) }));
}

/** The first-level regions of `stateId` with these names (as the gazetteer writes them in English). */
export async function regionRefsByName(db: Database, stateId: string, names: string[]): Promise<PartyRef[]> {
  if (!names.length) return [];
  const rows = await queryRows<PartyRow>(db, sql`
    SELECT id, name, name_ru, kind FROM parties WHERE parent_id = ${stateId} AND kind = 'region' AND name IN ${inList(names)} ORDER BY name`);
  return rows.map((r) => ({ id: r.id, name: r.name, nameRu: r.name_ru, kind: r.kind }));
}
