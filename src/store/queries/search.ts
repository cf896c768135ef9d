import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../open.ts';
import { queryRows } from '../rows.ts';
import { factColumns, factConditions, factFrom, factSortKey, toFactSummary, type FactRow, type FactSummary } from './facts.ts';
import { allOf, dateOverlaps, factDate, num, type PartyRef } from './sql.ts';

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

/** The tsquery a row matches against: stemmed in the row's language. */
const queryFor = (langColumn: SQL) => sql`(CASE WHEN ${langColumn} = 'ru' THEN tq.ru ELSE tq.en END)`;
const configFor = (langColumn: SQL) => sql`(CASE WHEN ${langColumn} = 'ru' THEN 'russian' ELSE 'english' END)::regconfig`;

function langCondition(lang: SearchQuery['lang']): SQL[] {
  if (lang === 'ru') return [sql`s.lang = 'ru'`];
  if (lang === 'en') return [sql`s.lang <> 'ru'`];
  return [];
}

/**
 * Sources and facts matching words (English and Russian stemming, each text in its own
 * language) and filters, with facet counts over the matching facts. Each facet ignores its
 * own filter, so it shows what choosing another value would give.
 */
export async function searchStore(db: Database, query: SearchQuery): Promise<SearchResult> {
  const q = query.q?.trim() || null;
  const tq = sql`(SELECT websearch_to_tsquery('english', ${q ?? ''}) AS en, websearch_to_tsquery('russian', ${q ?? ''}) AS ru) tq`;
  const sourceMatches = q ? [sql`s.body_tsv @@ ${queryFor(sql`s.lang`)}`] : [];

  // Sources
  const sourceConditions: SQL[] = [...sourceMatches, ...langCondition(query.lang), ...dateOverlaps(sql`(s.published COLLATE "C")`, query.from, query.to)];
  if (query.type) sourceConditions.push(sql`EXISTS (SELECT 1 FROM facts f WHERE f.source_id = s.id AND f.type = ${query.type} AND f.review_status <> 'rejected')`);
  for (const party of new Set(query.parties ?? [])) {
    sourceConditions.push(sql`EXISTS (SELECT 1 FROM facts f JOIN fact_parties fp ON fp.fact_id = f.id WHERE f.source_id = s.id AND fp.party_id = ${party} AND f.review_status <> 'rejected')`);
  }
  const sourceScore = q ? sql`ts_rank(s.body_tsv, ${queryFor(sql`s.lang`)})::float8` : sql`0::float8`;
  const sourceRows = await queryRows<{ id: string; title: string | null; url: string | null; published: string | null; lang: string; score: number; snippet: string; facts: number }>(db, sql`
    WITH hits AS (
      SELECT s.id, ${sourceScore} AS score FROM sources s, ${tq}
      WHERE ${allOf(sourceConditions)}
      ORDER BY score DESC, s.published DESC NULLS LAST, s.id
      LIMIT ${query.limit + 1} OFFSET ${query.offset})
    SELECT s.id, s.title, s.url, s.published, s.lang, hits.score,
           ${q ? sql`ts_headline(${configFor(sql`s.lang`)}, s.body, ${queryFor(sql`s.lang`)}, ${HEADLINE_OPTIONS})` : sql`left(s.body, 300)`} AS snippet,
           (SELECT count(*)::int FROM facts f WHERE f.source_id = s.id AND f.review_status <> 'rejected') AS facts
    FROM hits JOIN sources s ON s.id = hits.id, ${tq}
    ORDER BY hits.score DESC, s.published DESC NULLS LAST, s.id`);
  const [{ n: sourceTotal }] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM sources s, ${tq} WHERE ${allOf(sourceConditions)}`);

  // Facts: those whose own quote matches, in sources that match.
  const factBase = (skip: 'type' | 'party' | 'date' | null): SQL[] => [
    sql`f.review_status <> 'rejected'`,
    ...langCondition(query.lang),
    ...(q ? [...sourceMatches, sql`to_tsvector(${configFor(sql`s.lang`)}, e.quote) @@ ${queryFor(sql`s.lang`)}`] : []),
    ...factConditions({
      type: skip === 'type' ? undefined : query.type,
      parties: skip === 'party' ? undefined : query.parties,
      from: skip === 'date' ? undefined : query.from,
      to: skip === 'date' ? undefined : query.to,
    }),
  ];
  const factOrder = q
    ? sql`ts_rank(to_tsvector(${configFor(sql`s.lang`)}, e.quote), ${queryFor(sql`s.lang`)}) DESC, ${factSortKey} DESC, f.id DESC`
    : sql`${factSortKey} DESC, f.id DESC`;
  const factRows = await queryRows<FactRow>(db, sql`
    SELECT ${factColumns} FROM ${factFrom}, ${tq}
    WHERE ${allOf(factBase(null))}
    ORDER BY ${factOrder}
    LIMIT ${query.limit + 1} OFFSET ${query.offset}`);
  const [[{ n: factTotal }], byType, byParty, byYear] = await Promise.all([
    queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM ${factFrom}, ${tq} WHERE ${allOf(factBase(null))}`),
    queryRows<{ k: string; n: number }>(db, sql`
      SELECT f.type AS k, count(*)::int AS n FROM ${factFrom}, ${tq} WHERE ${allOf(factBase('type'))} GROUP BY 1 ORDER BY 2 DESC, 1`),
    queryRows<{ id: string; name: string; name_ru: string; kind: string; n: number }>(db, sql`
      SELECT p.id, p.name, p.name_ru, p.kind, count(*)::int AS n
      FROM ${factFrom} JOIN fact_parties fp ON fp.fact_id = f.id JOIN parties p ON p.id = fp.party_id, ${tq}
      WHERE ${allOf(factBase('party'))} GROUP BY p.id ORDER BY n DESC, p.name LIMIT 20`),
    queryRows<{ k: string; n: number }>(db, sql`
      SELECT left(${factDate}, 4) AS k, count(*)::int AS n FROM ${factFrom}, ${tq}
      WHERE ${allOf([...factBase('date'), sql`${factDate} IS NOT NULL`])} GROUP BY 1 ORDER BY 1`),
  ]);
  const counts = (rows: { k: string; n: number }[]) => Object.fromEntries(rows.map((r) => [r.k, num(r.n)]));
  return {
    sources: {
      total: num(sourceTotal),
      items: sourceRows.slice(0, query.limit).map((r) => ({
        id: r.id, title: r.title, url: r.url, published: r.published, lang: r.lang, score: num(r.score),
        snippet: parseHeadline(r.snippet ?? ''), facts: num(r.facts),
      })),
    },
    facts: { total: num(factTotal), items: factRows.slice(0, query.limit).map(toFactSummary) },
    facets: {
      type: counts(byType),
      party: byParty.map((r) => ({ id: r.id, name: r.name, nameRu: r.name_ru, kind: r.kind, count: num(r.n) })),
      year: counts(byYear),
    },
    more: sourceRows.length > query.limit || factRows.length > query.limit,
  };
}
