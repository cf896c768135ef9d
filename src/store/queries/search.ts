import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../open.ts';
import { queryRows } from '../rows.ts';
import { factColumns, factFrom, factSortKey, toFactSummary, type FactRow, type FactSummary } from './facts.ts';
import { allOf, dateOverlaps, factDate, inList, num, type PartyRef } from './sql.ts';

/** Plain text with the matched words marked by offsets (never markup). */
export interface Highlighted {
  text: string;
  /** [start, end) offsets into `text`. */
  highlights: [number, number][];
}

export interface SourceHit {
  id: string;
  title: string | null;
  url: string | null;
  published: string | null;
  lang: string;
  score: number;
  snippet: Highlighted;
  /** Facts stated in the source (rejected ones not counted). */
  facts: number;
}

export interface SearchQuery {
  q?: string;
  lang?: 'en' | 'ru';
  type?: string;
  parties?: string[];
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

export interface SearchResult {
  sources: { total: number; items: SourceHit[] };
  facts: { total: number; items: FactSummary[] };
  facets: {
    type: Record<string, number>;
    party: (PartyRef & { count: number })[];
    year: Record<string, number>;
  };
  more: boolean;
}

// ts_headline marks matches with these; they never occur in stored bodies (normalized text).
const START = '\u0002';
const STOP = '\u0003';
const HEADLINE_OPTIONS = `MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … ", StartSel=${START}, StopSel=${STOP}`;

/** Turns a headline with START/STOP marks into text and highlight offsets. Pure. */
export function parseHeadline(marked: string): Highlighted {
  let text = '';
  const highlights: [number, number][] = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === START) open = text.length;
    else if (ch === STOP) {
      if (open >= 0 && text.length > open) highlights.push([open, text.length]);
      open = -1;
    } else text += ch;
  }
  return { text, highlights };
}

/** The query, stemmed both ways once; each row is matched with the one of its language. */
const tsQueries = (q: string) => sql`tq AS (SELECT websearch_to_tsquery('english', ${q}) AS en, websearch_to_tsquery('russian', ${q}) AS ru)`;

/** The tsquery a row matches against: stemmed in the row's language. */
const queryFor = (langColumn: SQL) => sql`(CASE WHEN ${langColumn} = 'ru' THEN tq.ru ELSE tq.en END)`;
const configFor = (langColumn: SQL) => sql`(CASE WHEN ${langColumn} = 'ru' THEN 'russian'::regconfig ELSE 'english'::regconfig END)`;

/**
 * `tsv` matches the query stemmed in `langColumn`'s language. Spelled as an OR of plain
 * `tsv @@ query` tests so that a GIN index on `tsv` can answer it (a CASE on the right cannot).
 */
const matches = (tsv: SQL, langColumn: SQL) =>
  sql`((${langColumn} = 'ru' AND ${tsv} @@ tq.ru) OR (${langColumn} <> 'ru' AND ${tsv} @@ tq.en))`;

function langCondition(lang: SearchQuery['lang']): SQL[] {
  if (lang === 'ru') return [sql`s.lang = 'ru'`];
  if (lang === 'en') return [sql`s.lang <> 'ru'`];
  return [];
}

type FactFacet = 'type' | 'party' | 'date';

/**
 * Sources and facts matching words (English and Russian stemming, each text in its own
 * language) and filters, with facet counts over the matching facts. Each facet ignores its
 * own filter, so it shows what choosing another value would give.
 *
 * One statement: the costly parts (the text match of sources, then of the quotes of their
 * facts) are computed once, and the totals, the pages and the facets all read them.
 */
export async function searchStore(db: Database, query: SearchQuery): Promise<SearchResult> {
  const q = query.q?.trim() || null;

  // Sources: those whose text matches (in the asked language), then the list's own filters.
  const textSources: SQL[] = [...(q ? [matches(sql`s.body_tsv`, sql`s.lang`)] : []), ...langCondition(query.lang)];
  const sourceFilters: SQL[] = [...dateOverlaps(sql`(s.published COLLATE "C")`, query.from, query.to)];
  if (query.type) sourceFilters.push(sql`EXISTS (SELECT 1 FROM facts f WHERE f.source_id = s.id AND f.type = ${query.type} AND f.review_status <> 'rejected')`);
  for (const party of new Set(query.parties ?? [])) {
    sourceFilters.push(sql`EXISTS (SELECT 1 FROM facts f JOIN fact_parties fp ON fp.fact_id = f.id WHERE f.source_id = s.id AND fp.party_id = ${party} AND f.review_status <> 'rejected')`);
  }
  const sourceScore = q ? sql`ts_rank(s.body_tsv, ${queryFor(sql`s.lang`)})::float8` : sql`0::float8`;
  const snippet = q ? sql`ts_headline(${configFor(sql`s.lang`)}, s.body, ${queryFor(sql`s.lang`)}, ${HEADLINE_OPTIONS})` : sql`left(s.body, 300)`;

  // Facts: those whose own quote matches, in sources whose text matches.
  const factRank = q ? sql`ts_rank(e.quote_tsv, ${queryFor(sql`s.lang`)})` : sql`0::real`;
  /** Filters over matching facts (alias b), leaving out the one a facet is about. */
  const factFilters = (skip: FactFacet | null): SQL => {
    const conditions: SQL[] = [];
    if (query.type && skip !== 'type') conditions.push(sql`b.type = ${query.type}`);
    if (skip !== 'party') {
      for (const party of new Set(query.parties ?? [])) {
        conditions.push(sql`EXISTS (SELECT 1 FROM fact_parties fp WHERE fp.fact_id = b.id AND fp.party_id = ${party})`);
      }
    }
    if (skip !== 'date') conditions.push(...dateOverlaps(sql`b.date`, query.from, query.to));
    return allOf(conditions);
  };

  const [row] = await queryRows<{
    source_total: number; sources: SourceRow[]; fact_total: number; fact_page: number[];
    by_type: { k: string; n: number }[]; by_year: { k: string; n: number }[];
    by_party: { id: string; name: string; name_ru: string; kind: string; n: number }[];
  }>(db, sql`
    WITH ${tsQueries(q ?? '')},
    text_sources AS MATERIALIZED (
      SELECT s.id, s.lang, s.published, ${sourceScore} AS score FROM sources s, tq WHERE ${allOf(textSources)}),
    source_hits AS MATERIALIZED (
      SELECT s.id, s.published, s.score FROM text_sources s WHERE ${allOf(sourceFilters)}),
    source_page AS (
      SELECT id, score FROM source_hits ORDER BY score DESC, published DESC NULLS LAST, id
      LIMIT ${query.limit + 1} OFFSET ${query.offset}),
    -- Quotes matching the words in either stemming (by their index); base holds each to its source's language.
    text_quotes AS MATERIALIZED (
      ${q ? sql`SELECT e.id, e.quote_tsv FROM evidence e, tq WHERE e.quote_tsv @@ tq.en OR e.quote_tsv @@ tq.ru` : sql`SELECT e.id FROM evidence e`}),
    base AS MATERIALIZED (
      SELECT f.id, f.type, ${factDate} AS date, ${factSortKey} AS sort_key, ${factRank} AS rank
      FROM text_quotes e JOIN facts f ON f.evidence_id = e.id JOIN text_sources s ON s.id = f.source_id, tq
      WHERE ${allOf([sql`f.review_status <> 'rejected'`, ...(q ? [matches(sql`e.quote_tsv`, sql`s.lang`)] : [])])}),
    hits AS MATERIALIZED (SELECT * FROM base b WHERE ${factFilters(null)})
    SELECT
      (SELECT count(*)::int FROM source_hits) AS source_total,
      (SELECT coalesce(json_agg(x ORDER BY x.score DESC, x.published DESC NULLS LAST, x.id), '[]'::json) FROM (
        SELECT s.id, s.title, s.url, s.published, s.lang, page.score, ${snippet} AS snippet,
               (SELECT count(*)::int FROM facts f WHERE f.source_id = s.id AND f.review_status <> 'rejected') AS facts
        FROM source_page page JOIN sources s ON s.id = page.id, tq) x) AS sources,
      (SELECT count(*)::int FROM hits) AS fact_total,
      (SELECT coalesce(json_agg(x.id ORDER BY x.rank DESC, x.sort_key DESC, x.id DESC), '[]'::json) FROM (
        SELECT id, rank, sort_key FROM hits ORDER BY rank DESC, sort_key DESC, id DESC
        LIMIT ${query.limit + 1} OFFSET ${query.offset}) x) AS fact_page,
      (SELECT coalesce(json_agg(x ORDER BY x.n DESC, x.k), '[]'::json) FROM (
        SELECT b.type AS k, count(*)::int AS n FROM base b WHERE ${factFilters('type')} GROUP BY 1) x) AS by_type,
      (SELECT coalesce(json_agg(x ORDER BY x.n DESC, x.name), '[]'::json) FROM (
        SELECT p.id, p.name, p.name_ru, p.kind, c.n FROM (
          SELECT fp.party_id, count(*)::int AS n FROM base b JOIN fact_parties fp ON fp.fact_id = b.id
          WHERE ${factFilters('party')} GROUP BY fp.party_id) c
        JOIN parties p ON p.id = c.party_id ORDER BY c.n DESC, p.name LIMIT 20) x) AS by_party,
      (SELECT coalesce(json_agg(x ORDER BY x.k), '[]'::json) FROM (
        SELECT left(b.date, 4) AS k, count(*)::int AS n FROM base b
        WHERE ${factFilters('date')} AND b.date IS NOT NULL GROUP BY 1) x) AS by_year`);

  const pageIds = row.fact_page.map(num);
  const factRows = pageIds.length
    ? await queryRows<FactRow>(db, sql`SELECT ${factColumns} FROM ${factFrom} WHERE f.id IN ${inList(pageIds)}`)
    : [];
  const byId = new Map(factRows.map((r) => [num(r.id), r]));
  const factPage = pageIds.map((id) => byId.get(id)).filter((r): r is FactRow => Boolean(r));
  const counts = (rows: { k: string; n: number }[]) => Object.fromEntries(rows.map((r) => [r.k, num(r.n)]));
  return {
    sources: {
      total: num(row.source_total),
      items: row.sources.slice(0, query.limit).map((r) => ({
        id: r.id, title: r.title, url: r.url, published: r.published, lang: r.lang, score: num(r.score),
        snippet: parseHeadline(r.snippet ?? ''), facts: num(r.facts),
      })),
    },
    facts: { total: num(row.fact_total), items: factPage.slice(0, query.limit).map(toFactSummary) },
    facets: {
      type: counts(row.by_type),
      party: row.by_party.map((r) => ({ id: r.id, name: r.name, nameRu: r.name_ru, kind: r.kind, count: num(r.n) })),
      year: counts(row.by_year),
    },
    more: row.sources.length > query.limit || factPage.length > query.limit,
  };
}

interface SourceRow {
  id: string; title: string | null; url: string | null; published: string | null; lang: string; score: number; snippet: string; facts: number;
}
