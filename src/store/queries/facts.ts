import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../open.ts';
import { queryRows } from '../rows.ts';
import {
  allOf, dateOverlaps, factDate, isoTime, keysetAfter, num, numOrNull, partyRefsOf, toPage,
  type After, type Page, type PartyRef, type SourceRef, type Span,
} from './sql.ts';

/** A fact as lists show it: what it states, its evidence and source, its review state. */
export interface FactSummary {
  id: number;
  type: string;
  /** The fact in the interchange format (DESIGN.md), as extracted or as edited. */
  fields: Record<string, unknown>;
  confidence: number | null;
  reviewStatus: string;
  reviewedAt: string | null;
  /** The record the fact supports. */
  recordId: number | null;
  date: string | null;
  parties: PartyRef[];
  evidence: Span;
  source: SourceRef;
}

export interface FactFilter {
  type?: string;
  /** Facts linked to every one of these parties. */
  parties?: string[];
  review?: string;
  source?: string;
  from?: string;
  to?: string;
}

/** Keyset order of fact lists: newest first by what they are about, then by id. */
export const factSortKey = sql`coalesce(${factDate}, '')`;

export const factFrom = sql`facts f JOIN sources s ON s.id = f.source_id JOIN evidence e ON e.id = f.evidence_id`;

export const factColumns = sql`f.id, f.type, f.fields, f.confidence, f.review_status, ${isoTime(sql`f.reviewed_at`)} AS reviewed_at,
  ${factDate} AS date, ${factSortKey} AS sort_key,
  s.id AS source_id, s.title AS source_title, s.url AS source_url, s.published AS source_published, s.lang AS source_lang,
  e.start AS ev_start, e."end" AS ev_end, e.quote AS ev_quote,
  (SELECT min(rf.record_id) FROM record_facts rf WHERE rf.fact_id = f.id) AS record_id,
  ${partyRefsOf('fact_parties', sql`f.id`)} AS parties`;

export interface FactRow {
  id: number; type: string; fields: Record<string, unknown>; confidence: number | null; review_status: string; reviewed_at: string | null;
  date: string | null; sort_key: string; source_id: string; source_title: string | null; source_url: string | null;
  source_published: string | null; source_lang: string; ev_start: number; ev_end: number; ev_quote: string;
  record_id: number | null; parties: PartyRef[];
}

export const toFactSummary = (r: FactRow): FactSummary => ({
  id: num(r.id), type: r.type, fields: r.fields, confidence: numOrNull(r.confidence), reviewStatus: r.review_status,
  reviewedAt: r.reviewed_at ?? null, recordId: numOrNull(r.record_id), date: r.date ?? null, parties: r.parties,
  evidence: { quote: r.ev_quote, start: num(r.ev_start), end: num(r.ev_end) },
  source: { id: r.source_id, title: r.source_title, url: r.source_url, published: r.source_published, lang: r.source_lang },
});

export function factConditions(filter: FactFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.type) conditions.push(sql`f.type = ${filter.type}`);
  for (const party of new Set(filter.parties ?? [])) {
    conditions.push(sql`EXISTS (SELECT 1 FROM fact_parties fp WHERE fp.fact_id = f.id AND fp.party_id = ${party})`);
  }
  if (filter.review) conditions.push(sql`f.review_status = ${filter.review}`);
  if (filter.source) conditions.push(sql`f.source_id = ${filter.source}`);
  conditions.push(...dateOverlaps(factDate, filter.from, filter.to));
  return conditions;
}

/** Facts matching the filter, newest first, one page after `after`. */
export async function listFacts(db: Database, filter: FactFilter & { limit: number; after?: After }): Promise<Page<FactSummary>> {
  const rows = await queryRows<FactRow>(db, sql`
    SELECT ${factColumns} FROM ${factFrom}
    WHERE ${allOf([...factConditions(filter), ...keysetAfter(factSortKey, sql`f.id`, filter.after)])}
    ORDER BY sort_key DESC, f.id DESC
    LIMIT ${filter.limit + 1}`);
  const page = toPage(rows, filter.limit, (r) => ({ key: r.sort_key, id: num(r.id) }));
  return { items: page.items.map(toFactSummary), next: page.next };
}

export async function factById(db: Database, id: number): Promise<FactSummary | null> {
  const [row] = await queryRows<FactRow>(db, sql`SELECT ${factColumns} FROM ${factFrom} WHERE f.id = ${id}`);
  return row ? toFactSummary(row) : null;
}

/** All facts of one source, in text order. */
export async function factsOfSource(db: Database, sourceId: string): Promise<FactSummary[]> {
  const rows = await queryRows<FactRow>(db, sql`
    SELECT ${factColumns} FROM ${factFrom} WHERE f.source_id = ${sourceId} ORDER BY e.start, e."end", f.id`);
  return rows.map(toFactSummary);
}
