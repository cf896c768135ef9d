/**
 * Test support: fresh stores on each engine. The embedded engine always runs; the server engine
 * runs when IMON_TEST_DATABASE_URL names a PostgreSQL server we may create databases on
 * (.ci/run starts one), and otherwise reports itself skipped with the reason.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store, type StoreLocation } from './open.ts';
import { createScratchDatabase } from './scratch-database.ts';

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
      const database = await createScratchDatabase(serverTestUrl, 'imon_test');
      return { location: { engine: 'server', url: database.url }, dispose: () => database.drop() };
    },
  },
];

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
