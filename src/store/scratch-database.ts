/**
 * A throwaway database on a PostgreSQL server, for tests and benches: created empty under a
 * random name next to the admin URL's database, dropped when done.
 */
import { randomBytes } from 'node:crypto';

export interface ScratchDatabase {
  name: string;
  /** The admin URL with the scratch database in place of its own. */
  url: string;
  /** Waits (briefly) for the database's own connections to close, then drops it. */
  drop(): Promise<void>;
}

export async function createScratchDatabase(adminUrl: string, prefix: string): Promise<ScratchDatabase> {
  const { default: pg } = await import('pg');
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await waitUntilDisconnected(client, name);
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/**
 * pg's pool.end() resolves before its sockets are closed; dropping the database WITH (FORCE) at
 * that moment kills them, and the pool's clients throw "terminating connection" after the test.
 * So wait (a bounded while) until the store's own connections are gone.
 */
async function waitUntilDisconnected(admin: import('pg').Client, database: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const { rows } = await admin.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [database]);
    if (rows[0].n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
