// copyStore: an ingested embedded store copied into a fresh store of each engine has the same rows
// (compared by content, not only by count), and the target's ids continue after the copied ones.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { initStore } from '../../src/cli/init.ts';
import { ingestPaths } from '../../src/ingest/ingest.ts';
import type { Database } from '../../src/store/open.ts';
import { queryRows } from '../../src/store/rows.ts';
import { openTestStore, testEngines, type TestStore } from '../../src/store/test-stores.ts';
import { syntheticArticle } from '../../test/support/synthetic-articles.ts';
import { copyStore, dependencyOrder } from './copy-store.ts';

test('dependencyOrder puts every table after the tables it references', () => {
  const order = dependencyOrder(['facts', 'evidence', 'sources', 'parties'], [['facts', 'evidence'], ['facts', 'sources'], ['evidence', 'sources']]);
  assert.deepEqual(order, ['sources', 'parties', 'evidence', 'facts']);
});

test('dependencyOrder refuses a cycle', () => {
  assert.throws(() => dependencyOrder(['a', 'b'], [['a', 'b'], ['b', 'a']]), /cycle among: a, b/);
});

/** A digest of a table's rows, the same on both engines for the same rows. */
async function tableDigest(db: Database, table: string, columns: string[]): Promise<string> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL TimeZone = 'UTC'`);
    const [{ digest }] = await queryRows<{ digest: string }>(tx as unknown as Database, sql`
      SELECT md5(coalesce(string_agg(x::text, E'\\n' ORDER BY x::text COLLATE "C"), '')) AS digest
      FROM (SELECT ${sql.join(columns.map((c) => sql.identifier(c)), sql`, `)} FROM ${sql.identifier(table)}) x`);
    return digest;
  });
}

async function writableColumns(db: Database, table: string): Promise<string[]> {
  const rows = await queryRows<{ column_name: string }>(db, sql`
    SELECT column_name::text FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name = ${table} AND is_generated = 'NEVER' ORDER BY ordinal_position`);
  return rows.map((r) => r.column_name);
}

describe('copyStore', () => {
  let source: TestStore;
  const folder = mkdtempSync(join(tmpdir(), 'imon-copy-store-'));
  before(async () => {
    for (let i = 0; i < 12; i++) {
      const a = syntheticArticle(i, 5);
      writeFileSync(join(folder, a.name), a.text);
    }
    source = await openTestStore(testEngines[0]);
    await initStore(source);
    const summary = await ingestPaths(source, [folder], { workers: 1 });
    assert.equal(summary.sources.new, 12);
  });
  after(async () => {
    await source?.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  for (const engine of testEngines) {
    test(`into an empty ${engine.name} store: the same rows, and new ids after the copied ones`, { skip: engine.skip ?? false }, async () => {
      const target = await openTestStore(engine);
      try {
        const copied = await copyStore(source, target);
        const byTable = new Map(copied.map((t) => [t.table, t.rows]));
        assert.equal(byTable.get('sources'), 12);
        assert.equal(byTable.get('facts'), 72);
        assert.ok(byTable.get('parties')! > 1000, 'the gazetteer is copied too');
        assert.ok(copied.findIndex((t) => t.table === 'sources') < copied.findIndex((t) => t.table === 'facts'));
        for (const { table } of copied) {
          const columns = await writableColumns(source.db, table);
          assert.equal(await tableDigest(target.db, table, columns), await tableDigest(source.db, table, columns), `rows of ${table}`);
        }
        // The generated search column is computed on the target: a word finds the same sources.
        const matches = (db: Database) => queryRows<{ id: string }>(db, sql`
          SELECT id FROM sources WHERE body_tsv @@ websearch_to_tsquery('english', 'tractors') ORDER BY id`);
        assert.deepEqual(await matches(target.db), await matches(source.db));
        assert.ok((await matches(source.db)).length > 0);

        const [{ max }] = await queryRows<{ max: number }>(target.db, sql`SELECT max(id)::int AS max FROM facts`);
        const [{ next }] = await queryRows<{ next: number }>(target.db, sql`SELECT nextval(pg_get_serial_sequence('public.facts', 'id'))::int AS next`);
        assert.equal(next, max + 1);

        await assert.rejects(copyStore(source, target), /the target store is not empty/);
      } finally {
        await target.dispose();
      }
    });
  }
});
