/**
 * SQL pieces the read queries share. They assume fixed table aliases: `r` records, `f` facts,
 * `s` sources, `e` evidence, `p` parties.
 */
import { sql, type SQL } from 'drizzle-orm';

/** A party as lists show it. */
export interface PartyRef {
  id: string;
  name: string;
  nameRu: string;
  kind: string;
}

/** Where a piece of evidence comes from. */
export interface SourceRef {
  id: string;
  title: string | null;
  url: string | null;
  published: string | null;
  lang: string;
}

/** A span of a source body. */
export interface Span {
  quote: string;
  start: number;
  end: number;
}

/** Conditions joined with AND; TRUE when there are none. */
export function allOf(conditions: SQL[]): SQL {
  return conditions.length ? sql.join(conditions.map((c) => sql`(${c})`), sql` AND `) : sql`TRUE`;
}

/** `IN (...)` over a non-empty list of values. */
export function inList(values: readonly (string | number)[]): SQL {
  return sql`(${sql.join(values.map((v) => sql`${v}`), sql`, `)})`;
}

/**
 * The date a record is about: signed, held or started (document, event, project, count), the
 * start of its period (observation), else when it was last reported (targets). Compared as
 * text in the C collation, so "2021" < "2021-05" < "2021-Q1" whatever the database locale.
 */
export const recordDate = sql`(coalesce(nullif(r.fields->>'date', ''), nullif(split_part(r.fields->>'period', '..', 1), ''), r.last_reported) COLLATE "C")`;

/** The date a fact is about, else its source's publication date. */
export const factDate = sql`(coalesce(nullif(f.fields->>'date', ''), nullif(split_part(f.fields->>'period', '..', 1), ''), s.published) COLLATE "C")`;

/**
 * Whether a partial date ("2021", "2021-05", "2021-05-14") overlaps the range from..to (either
 * end optional, each also partial): compared at the coarser of the two precisions, so a record
 * of "2021" is in from=2021-03, and one of 2021-05-14 is in to=2021.
 */
export function dateOverlaps(date: SQL, from?: string, to?: string): SQL[] {
  const out: SQL[] = [];
  if (from) out.push(sql`${date} IS NOT NULL AND left(${from}::text, length(${date})) COLLATE "C" <= ${date}`);
  if (to) out.push(sql`${date} IS NOT NULL AND left(${date}, length(${to}::text)) COLLATE "C" <= ${to}::text`);
  return out;
}

/** JSON array of the parties linked through `table` (fact_parties or record_parties) to `owner`. */
export function partyRefsOf(table: 'fact_parties' | 'record_parties', owner: SQL): SQL {
  const column = table === 'fact_parties' ? sql.raw('fact_id') : sql.raw('record_id');
  // Each party is looked up by its key: a join here gets planned as a scan of all parties
  // per row when the store has no statistics yet (PGlite is never analyzed).
  return sql`(SELECT coalesce(json_agg(t.party ORDER BY t.party->>'name'), '[]'::json) FROM (
    SELECT (SELECT json_build_object('id', p.id, 'name', p.name, 'nameRu', p.name_ru, 'kind', p.kind) FROM parties p WHERE p.id = x.party_id) AS party
    FROM ${sql.raw(table)} x WHERE x.${column} = ${owner}) t)`;
}

/** A timestamp column as ISO 8601 text (both drivers would otherwise give Date objects or text). */
export function isoTime(column: SQL): SQL {
  return sql`(to_json(${column}) #>> '{}')`;
}

/** Escapes LIKE wildcards in user text. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A keyset position in a list ordered by (key DESC, id DESC). */
export interface After {
  key: string;
  id: number;
}

/** The condition "comes after `after`" for a list ordered by (key DESC, id DESC). */
export function keysetAfter(key: SQL, id: SQL, after: After | undefined): SQL[] {
  return after ? [sql`(${key}, ${id}) < (${after.key}::text COLLATE "C", ${after.id}::int)`] : [];
}

/** A page of a keyset-ordered list: the items and where the next page starts (null at the end). */
export interface Page<T> {
  items: T[];
  next: After | null;
}

/** Splits `limit + 1` fetched rows into a page. */
export function toPage<T>(rows: T[], limit: number, position: (item: T) => After): Page<T> {
  const items = rows.slice(0, limit);
  return { items, next: rows.length > limit ? position(items[items.length - 1]) : null };
}

export const num = (v: unknown): number => Number(v);
export const numOrNull = (v: unknown): number | null => (v == null ? null : Number(v));
