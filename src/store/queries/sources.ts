import { sql } from 'drizzle-orm';
import type { Database } from '../open.ts';
import { queryRows } from '../rows.ts';
import { factsOfSource, type FactSummary } from './facts.ts';
import { isoTime, num } from './sql.ts';

/** A span of the body that some facts rest on. */
export interface EvidenceSpan {
  id: number;
  start: number;
  end: number;
  quote: string;
  factIds: number[];
}

export interface SourceDetail {
  id: string;
  title: string | null;
  url: string | null;
  publisher: string | null;
  published: string | null;
  lang: string;
  format: string;
  /** The normalized body: plain text, every evidence offset is into it. */
  body: string;
  createdAt: string;
  /** Where it was seen: file paths, feed links. */
  locations: string[];
  evidence: EvidenceSpan[];
  facts: FactSummary[];
}

/** A source with its body, evidence spans and facts; null when unknown. */
export async function sourceDetail(db: Database, id: string): Promise<SourceDetail | null> {
  const [row] = await queryRows<{
    id: string; title: string | null; url: string | null; publisher: string | null; published: string | null;
    lang: string; format: string; body: string; created_at: string; locations: string[];
  }>(db, sql`
    SELECT s.id, s.title, s.url, s.publisher, s.published, s.lang, s.format, s.body, ${isoTime(sql`s.created_at`)} AS created_at,
           (SELECT coalesce(json_agg(l.location ORDER BY l.created_at, l.id), '[]'::json) FROM source_locations l WHERE l.source_id = s.id) AS locations
    FROM sources s WHERE s.id = ${id}`);
  if (!row) return null;
  const [spans, facts] = await Promise.all([
    queryRows<{ id: number; start: number; end: number; quote: string; fact_ids: number[] }>(db, sql`
      SELECT e.id, e.start, e."end", e.quote,
             (SELECT coalesce(json_agg(f.id ORDER BY f.id), '[]'::json) FROM facts f WHERE f.evidence_id = e.id) AS fact_ids
      FROM evidence e WHERE e.source_id = ${id} ORDER BY e.start, e."end", e.id`),
    factsOfSource(db, id),
  ]);
  return {
    id: row.id, title: row.title, url: row.url, publisher: row.publisher, published: row.published, lang: row.lang,
    format: row.format, body: row.body, createdAt: row.created_at, locations: row.locations,
    evidence: spans.map((e) => ({ id: num(e.id), start: num(e.start), end: num(e.end), quote: e.quote, factIds: e.fact_ids.map(num) })),
    facts,
  };
}
