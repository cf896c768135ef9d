/**
 * Test support: fresh stores on each engine. The embedded engine always runs; the server engine
 * runs when IMON_TEST_DATABASE_URL names a PostgreSQL server we may create databases on
 * (.ci/run starts one), and otherwise reports itself skipped with the reason.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { openStore, type Store, type StoreLocation } from './open.ts';

export interface TestEngine {
  name: 'embedded' | 'server';
  /** Why this engine does not run here, or null when it does. */
  skip: string | null;
  /** A new, empty store location and its disposer. */
  create(): Promise<{ location: StoreLocation; dispose(): Promise<void> }>;
}

export const serverTestUrl = process.env.IMON_TEST_DATABASE_URL ?? null;

export const testEngines: TestEngine[] = [
  {
    name: 'embedded',
    skip: null,
    async create() {
      const dir = mkdtempSync(join(tmpdir(), 'imon-store-'));
      return { location: { engine: 'embedded', dataDir: dir }, dispose: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
  {
    name: 'server',
    skip: serverTestUrl ? null : 'IMON_TEST_DATABASE_URL is not set (no PostgreSQL server for tests; .ci/run starts one)',
    async create() {
      if (!serverTestUrl) throw new Error('IMON_TEST_DATABASE_URL is not set');
      const { default: pg } = await import('pg');
      const name = `imon_test_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: serverTestUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const url = new URL(serverTestUrl);
      url.pathname = `/${name}`;
      return {
        location: { engine: 'server', url: url.toString() },
        async dispose() {
          const client = new pg.Client({ connectionString: serverTestUrl });
          await client.connect();
          try {
            await waitUntilDisconnected(client, name);
            await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          } finally {
            await client.end();
          }
        },
      };
    },
  },
];

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

/** Opens a fresh store on `engine`; the returned close() also removes it. */
export type TestStore = Store & { location: StoreLocation; dispose(): Promise<void>; removeOnly(): Promise<void> };

export async function openTestStore(engine: TestEngine): Promise<TestStore> {
  const { location, dispose } = await engine.create();
  return wrap(await openStore(location), location, dispose);
}

/** Reopens a test store whose connection was closed (to test what survives a reopen). */
export async function openTestStoreAt(closed: TestStore): Promise<TestStore> {
  return wrap(await openStore(closed.location), closed.location, closed.removeOnly);
}

function wrap(store: Store, location: StoreLocation, remove: () => Promise<void>): TestStore {
  return {
    ...store,
    location,
    removeOnly: remove,
    async dispose() {
      await store.close();
      await remove();
    },
  };
}
