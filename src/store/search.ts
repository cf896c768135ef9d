import { sql } from 'drizzle-orm';
import type { Database } from './open.ts';
import { queryRows } from './rows.ts';

export interface SourceHit {
  source: string;
  title: string | null;
  date: string | null;
  lang: string;
  snippet: string;
  score: number;
}

/** The text-search configuration for a query: by script, since franc is wrong on short Russian text. */
export function searchConfigFor(query: string): 'russian' | 'english' {
  return /[\u0400-\u04FF]/.test(query) ? 'russian' : 'english';
}

/**
 * Full-text search over sources, stemmed with the configuration of the query's language
 * against sources of that language (each source's tsvector uses its own language).
 */
export async function searchSources(
  db: Database,
  query: string,
  options: { lang?: 'en' | 'ru'; limit?: number } = {},
): Promise<SourceHit[]> {
  const config = options.lang === 'ru' ? 'russian' : options.lang === 'en' ? 'english' : searchConfigFor(query);
  const lang = config === 'russian' ? 'ru' : 'en';
  const limit = Math.max(1, Math.min(options.limit ?? 20, 200));
  const rows = await queryRows<{ id: string; title: string | null; published: string | null; lang: string; snippet: string; score: number }>(db, sql`
    WITH q AS (SELECT websearch_to_tsquery(${config}::regconfig, ${query}) AS tsq)
    SELECT s.id, s.title, s.published, s.lang,
           ts_headline(${config}::regconfig, s.body, q.tsq, 'MaxFragments=1, MaxWords=30, MinWords=10, StartSel=«, StopSel=»') AS snippet,
           ts_rank(s.body_tsv, q.tsq)::float8 AS score
    FROM sources s, q
    WHERE s.body_tsv @@ q.tsq AND (s.lang = ${lang} OR ${lang} = 'en' AND s.lang <> 'ru')
    ORDER BY score DESC, s.published DESC NULLS LAST
    LIMIT ${limit}`);
  return rows.map((r) => ({
    source: r.id, title: r.title, date: r.published, lang: r.lang, snippet: r.snippet, score: Number(r.score),
  }));
}
