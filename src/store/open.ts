import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema.ts';
import { lockDataDir } from './lock.ts';

export type Schema = typeof schema;
/** The Drizzle database both engines give; queries are written once against it. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Engine = 'embedded' | 'server';

/** Where the store lives: a PGlite folder or a PostgreSQL URL. */
export type StoreLocation = { engine: 'embedded'; dataDir: string } | { engine: 'server'; url: string };

export interface Store {
  engine: Engine;
  /** The data folder or the server URL with its password hidden. */
  where: string;
  db: Database;
  close(): Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL('./migrations/', import.meta.url));

/**
 * `--db URL`, else IMON_DATABASE_URL, selects a server; otherwise `--data DIR`, else IMON_DATA,
 * else ./imon-data holds an embedded store.
 */
export function storeLocation(
  options: { data?: string; db?: string },
  env: NodeJS.ProcessEnv = process.env,
): StoreLocation {
  const url = options.db ?? env.IMON_DATABASE_URL;
  if (url) return { engine: 'server', url };
  return { engine: 'embedded', dataDir: resolve(options.data ?? env.IMON_DATA ?? 'imon-data') };
}

export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable database URL)';
  }
}

/** Opens the store and applies pending migrations. */
export async function openStore(location: StoreLocation): Promise<Store> {
  return location.engine === 'embedded' ? openEmbedded(location.dataDir) : openServer(location.url);
}

async function openEmbedded(dataDir: string): Promise<Store> {
  const release = lockDataDir(dataDir);
  try {
    const [{ PGlite }, { pg_trgm }, { drizzle }, { migrate }] = await Promise.all([
      import('@electric-sql/pglite'),
      import('@electric-sql/pglite/contrib/pg_trgm'),
      import('drizzle-orm/pglite'),
      import('drizzle-orm/pglite/migrator'),
    ]);
    // relaxedDurability: PGlite's NodeFS writes through to the data folder as PostgreSQL writes
    // (WAL first), so an awaited sync after every statement buys nothing against a crash or kill -9
    // (test/ingest-crash.test.ts checks that) and costs about 6x per transaction.
    const client = await PGlite.create(dataDir, { extensions: { pg_trgm }, relaxedDurability: true });
    const db = drizzle(client, { schema });
    try {
      await migrate(db, { migrationsFolder });
    } catch (error) {
      await client.close();
      throw error;
    }
    return {
      engine: 'embedded',
      where: dataDir,
      db: db as unknown as Database,
      close: async () => {
        try {
          await client.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

async function openServer(url: string): Promise<Store> {
  const [{ default: pg }, { drizzle }, { migrate }] = await Promise.all([
    import('pg'),
    import('drizzle-orm/node-postgres'),
    import('drizzle-orm/node-postgres/migrator'),
  ]);
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const db = drizzle(pool, { schema });
  try {
    // Concurrent first opens (several workers) must not race on migrations.
    const client = await pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock(727274)');
      try {
        await migrate(drizzle(client, { schema }), { migrationsFolder });
      } finally {
        await client.query('SELECT pg_advisory_unlock(727274)');
      }
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end();
    throw new Error(`cannot open the PostgreSQL store at ${redactUrl(url)}: ${(error as Error).message}`);
  }
  return { engine: 'server', where: redactUrl(url), db: db as unknown as Database, close: () => pool.end() };
}
