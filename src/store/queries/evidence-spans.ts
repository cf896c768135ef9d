/**
 * Where a quoted statement sits in its source. The monitor's reports name evidence by source
 * and quote; a link to the marked span needs its offsets too, looked up here in one query.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../open.ts';
import { queryRows } from '../rows.ts';
import { num } from './sql.ts';

export interface QuoteRef {
  source: string;
  quote: string;
}

export interface Located {
  start: number | null;
  end: number | null;
}

const QUERY_SLICE = 1000;

const keyOf = (source: string, quote: string) => `${source}\u0000${quote}`;

/**
 * Finds where the quotes of `refs` sit and answers with a lookup: for a reference, the first
 * stored evidence span of its source with exactly its quote, or nulls when none is (never a guess).
 */
export async function quoteLocator(db: Database, refs: readonly QuoteRef[]): Promise<(ref: QuoteRef) => Located> {
  const wanted = [...new Map(refs.map((r) => [keyOf(r.source, r.quote), r])).values()];
  const found = new Map<string, { start: number; end: number }>();
  // In slices: two parameters per pair, and a statement takes at most 65,535.
  for (let i = 0; i < wanted.length; i += QUERY_SLICE) {
    const pairs = wanted.slice(i, i + QUERY_SLICE).map((r) => sql`(${r.source}::text, ${r.quote}::text)`);
    const rows = await queryRows<{ source_id: string; quote: string; start: number; end: number }>(db, sql`
      SELECT DISTINCT ON (e.source_id, e.quote) e.source_id, e.quote, e.start, e."end"
      FROM evidence e
      WHERE (e.source_id, e.quote) IN (${sql.join(pairs, sql`, `)})
      ORDER BY e.source_id, e.quote, e.start, e.id`);
    for (const r of rows) found.set(keyOf(r.source_id, r.quote), { start: num(r.start), end: num(r.end) });
  }
  return (ref) => found.get(keyOf(ref.source, ref.quote)) ?? { start: null, end: null };
}
