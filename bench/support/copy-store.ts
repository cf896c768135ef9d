/**
 * Copies every row of one store into another, empty, store (for bench/api.ts: an embedded store
 * into a fresh PostgreSQL database).
 *
 * Why copy instead of ingesting the same articles again: the 100,000-fact store takes the better
 * part of an hour to build by ingest on the project's machine, and a second ingest would double
 * that. A copy takes a minute and gives the server exactly the same rows, ids included, so the
 * query values sampled from one engine hit the same data on the other and the two engines are
 * compared on identical stores.
 *
 * The target is migrated by openStore before the copy (its tables, indexes and extensions come
 * from the migrations, not from here). Tables are found in the source's catalog (schema public),
 * copied parents before children (foreign keys), each through a cursor in batches of rows sent as
 * text and cast back (every PostgreSQL type reads back from its text form exactly; generated
 * columns are left to the target to compute). Then the serial sequences are moved past the copied
 * ids, the planner statistics refreshed (ANALYZE), and the row counts of every table compared.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Database, Store } from '../../src/store/open.ts';
import { queryRows } from '../../src/store/rows.ts';

export interface CopiedTable {
  table: string;
  rows: number;
}

export interface CopyOptions {
  /** Rows per batch (one FETCH, one INSERT). */
  batchRows?: number;
  /** Progress lines ("facts: 100,000 rows"). */
  log?: (line: string) => void;
}

interface TableShape {
  table: string;
  /** Columns the target accepts values for (generated columns excluded), in table order. */
  columns: string[];
}

/** The tables of schema public with their writable columns. */
async function tableShapes(db: Database): Promise<TableShape[]> {
  const rows = await queryRows<{ table_name: string; columns: string[] }>(db, sql`
    SELECT c.table_name, array_agg(c.column_name::text ORDER BY c.ordinal_position) AS columns
    FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.is_generated = 'NEVER'
    GROUP BY c.table_name ORDER BY c.table_name`);
  return rows.map((r) => ({ table: r.table_name, columns: r.columns }));
}

/** Foreign keys of schema public as [child, parent] table pairs. */
async function foreignKeys(db: Database): Promise<[string, string][]> {
  const rows = await queryRows<{ child: string; parent: string }>(db, sql`
    SELECT DISTINCT cl.relname::text AS child, pr.relname::text AS parent
    FROM pg_constraint k
    JOIN pg_class cl ON cl.oid = k.conrelid JOIN pg_namespace n ON n.oid = cl.relnamespace
    JOIN pg_class pr ON pr.oid = k.confrelid
    WHERE k.contype = 'f' AND n.nspname = 'public'`);
  return rows.map((r) => [r.child, r.parent]);
}

/** Tables ordered so that every table comes after the tables it references. Pure. */
export function dependencyOrder(tables: string[], references: [string, string][]): string[] {
  const parentsOf = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const [child, parent] of references) if (child !== parent && parentsOf.has(parent)) parentsOf.get(child)?.add(parent);
  const ordered: string[] = [];
  const done = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = tables.filter((t) => !done.has(t) && [...parentsOf.get(t)!].every((p) => done.has(p)));
    if (!ready.length) throw new Error(`foreign keys form a cycle among: ${tables.filter((t) => !done.has(t)).join(', ')}`);
    for (const t of ready) {
      ordered.push(t);
      done.add(t);
    }
  }
  return ordered;
}

async function rowCount(db: Database, table: string): Promise<number> {
  const [{ n }] = await queryRows<{ n: number | string }>(db, sql`SELECT count(*)::bigint AS n FROM ${sql.identifier(table)}`);
  return Number(n);
}

const list = (items: (SQL | ReturnType<typeof sql.identifier>)[]) => sql.join(items, sql`, `);

/** Each writable column's type as the target declares it ("integer", "jsonb", "timestamp with time zone"). */
async function columnTypes(db: Database, table: string): Promise<Map<string, string>> {
  const rows = await queryRows<{ column: string; type: string }>(db, sql`
    SELECT a.attname::text AS column, format_type(a.atttypid, a.atttypmod) AS type
    FROM pg_attribute a WHERE a.attrelid = ${`public.${table}`}::regclass AND a.attnum > 0 AND NOT a.attisdropped`);
  return new Map(rows.map((r) => [r.column, r.type]));
}

/**
 * Copies one table through a cursor on `from` (inside its transaction) into `to`: each batch is
 * one INSERT with one text[] parameter per column, unnested and cast back to the column's type.
 * (A VALUES list with a parameter per cell costs seconds per batch to build and bind.)
 */
async function copyTable(from: Database, to: Database, shape: TableShape, batchRows: number): Promise<number> {
  const types = await columnTypes(to, shape.table);
  const columns = shape.columns.map((c) => sql.identifier(c));
  const cursor = sql.identifier(`copy_${shape.table}`);
  await from.execute(sql`DECLARE ${cursor} NO SCROLL CURSOR FOR SELECT ${list(columns.map((c) => sql`${c}::text`))} FROM ${sql.identifier(shape.table)}`);
  let copied = 0;
  for (;;) {
    const rows = await queryRows<Record<string, string | null>>(from, sql`FETCH ${sql.raw(String(batchRows))} FROM ${cursor}`);
    if (!rows.length) break;
    const arrays = shape.columns.map((c) => sql`${sql.param(rows.map((row) => row[c]))}::text[]`);
    const casts = shape.columns.map((c, i) => sql`${sql.identifier('u')}.${columns[i]}::${sql.raw(types.get(c) ?? 'text')}`);
    await to.execute(sql`
      INSERT INTO ${sql.identifier(shape.table)} (${list(columns)})
      SELECT ${list(casts)} FROM unnest(${list(arrays)}) AS u(${list(columns)})`);
    copied += rows.length;
  }
  await from.execute(sql`CLOSE ${cursor}`);
  return copied;
}

/** Moves every serial sequence of `table` past the largest copied id. */
async function resetSequences(db: Database, table: string): Promise<void> {
  const serials = await queryRows<{ column_name: string }>(db, sql`
    SELECT column_name::text FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name = ${table} AND column_default LIKE 'nextval(%'`);
  for (const { column_name: column } of serials) {
    await db.execute(sql`
      SELECT setval(pg_get_serial_sequence(${`public.${table}`}, ${column}), coalesce(max(${sql.identifier(column)}), 0) + 1, false)
      FROM ${sql.identifier(table)}`);
  }
}

/**
 * Copies all rows of `source` into `target` (migrated, empty) and checks the counts.
 * Resolves to the tables in the order copied, with their row counts (equal on both sides).
 */
export async function copyStore(source: Store, target: Store, options: CopyOptions = {}): Promise<CopiedTable[]> {
  const log = options.log ?? (() => {});
  const batchRows = options.batchRows ?? 5000;
  const shapes = await tableShapes(source.db);
  const targetTables = new Set((await tableShapes(target.db)).map((s) => s.table));
  const missing = shapes.filter((s) => !targetTables.has(s.table)).map((s) => s.table);
  if (missing.length) throw new Error(`the target store has no table ${missing.join(', ')} (are both stores on the same migrations?)`);
  for (const { table } of shapes) {
    if (await rowCount(target.db, table)) throw new Error(`the target store is not empty: ${table} has rows`);
  }
  const byName = new Map(shapes.map((s) => [s.table, s]));
  const order = dependencyOrder(shapes.map((s) => s.table), await foreignKeys(source.db));

  const copied: CopiedTable[] = [];
  // One transaction on each side: the cursors need one on the source, and a failed copy leaves the target as it was.
  await source.db.transaction(async (from) => {
    await target.db.transaction(async (to) => {
      for (const table of order) {
        const shape = byName.get(table)!;
        const rows = await copyTable(from as unknown as Database, to as unknown as Database, shape, batchRows);
        await resetSequences(to as unknown as Database, table);
        copied.push({ table, rows });
        log(`${table}: ${rows.toLocaleString('en')} rows`);
      }
    });
  });
  await target.db.execute(sql`ANALYZE`);

  const mismatched: string[] = [];
  for (const { table, rows } of copied) {
    const [inSource, inTarget] = await Promise.all([rowCount(source.db, table), rowCount(target.db, table)]);
    if (inSource !== rows || inTarget !== rows) mismatched.push(`${table}: source ${inSource}, copied ${rows}, target ${inTarget}`);
  }
  if (mismatched.length) throw new Error(`the copy is not whole:\n  ${mismatched.join('\n  ')}`);
  return copied;
}
