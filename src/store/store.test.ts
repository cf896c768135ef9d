import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq, sql } from 'drizzle-orm';
import { openStore } from './open.ts';
import { openTestStore, openTestStoreAt, testEngines } from './test-stores.ts';
import { upsertParties, findPartiesBySimilarity } from './parties.ts';
import { searchSources } from './search.ts';
import { storeStats } from './stats.ts';
import { queryRows } from './rows.ts';
import { StoreLockedError } from './lock.ts';
import * as t from './schema.ts';
import { Party, type PartyInput } from '../domain/party.ts';

/** Migrations in the journal: each is applied once, on first open. */
const migrationCount = (JSON.parse(readFileSync(new URL('./migrations/meta/_journal.json', import.meta.url), 'utf8')) as { entries: unknown[] }).entries.length;

const fixture: PartyInput[] = [
  { id: 'BY', kind: 'state', name: 'Belarus', nameRu: 'Беларусь', code: 'BY', aliases: ['Республика Беларусь'] },
  { id: 'BY-HO', kind: 'region', name: 'Gomel Region', nameRu: 'Гомельская область', code: 'BY-HO', parentId: 'BY', subtype: 'Region', aliases: ['Gomel Oblast', 'Homel Region', 'Гомельщина'] },
  { id: 'UZ', kind: 'state', name: 'Uzbekistan', nameRu: 'Узбекистан', code: 'UZ' },
  { id: 'org:mtz', kind: 'enterprise', name: 'Minsk Tractor Works', nameRu: 'Минский тракторный завод', parentId: 'BY', aliases: ['MTZ', 'МТЗ'] },
];
const parties = fixture.map((p) => Party.parse(p));
const hash = (c: string) => c.repeat(64);

for (const engine of testEngines) {
  describe(`store on the ${engine.name} engine`, { skip: engine.skip ?? false }, () => {
    let store: Awaited<ReturnType<typeof openTestStore>>;
    before(async () => {
      store = await openTestStore(engine);
    });
    after(async () => {
      await store?.dispose();
    });

    test('migrations create every table and record themselves', async () => {
      const tables = await queryRows<{ table_name: string }>(store.db, sql`
        SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`);
      const names = tables.map((r) => r.table_name);
      for (const table of ['alerts', 'api_tokens', 'evidence', 'fact_parties', 'facts', 'ingest_runs', 'parties', 'party_aliases',
        'record_facts', 'record_parties', 'records', 'source_locations', 'sources', 'watches']) {
        assert.ok(names.includes(table), `table ${table} exists`);
      }
      const applied = await queryRows<{ n: number }>(store.db, sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`);
      assert.equal(Number(applied[0].n), migrationCount);
    });

    test('parties load idempotently with their aliases', async () => {
      const first = await upsertParties(store.db, parties);
      const second = await upsertParties(store.db, parties);
      assert.deepEqual(first, second);
      const rows = await store.db.select().from(t.parties).orderBy(t.parties.id);
      assert.deepEqual(rows.map((r) => r.id), ['BY', 'BY-HO', 'UZ', 'org:mtz']);
      const aliases = await store.db.select().from(t.partyAliases).where(eq(t.partyAliases.partyId, 'BY-HO'));
      assert.ok(aliases.some((a) => a.alias === 'Гомельщина' && a.lang === 'ru'));
      assert.ok(aliases.some((a) => a.alias === 'Gomel Region' && a.normalized === 'gomel region'));
      const stats = await storeStats(store.db);
      assert.equal(stats.parties.total, 4);
      assert.deepEqual(stats.parties.byKind, { enterprise: 1, region: 1, state: 2 });
    });

    test('trigram similarity finds names with typos and variant spellings', async () => {
      const gomel = await findPartiesBySimilarity(store.db, 'Gomell region');
      assert.equal(gomel[0]?.id, 'BY-HO');
      const ru = await findPartiesBySimilarity(store.db, 'Гомельская обл');
      assert.equal(ru[0]?.id, 'BY-HO');
      assert.deepEqual(await findPartiesBySimilarity(store.db, 'Zzyzx'), []);
    });

    test('every table takes writes and gives them back', async () => {
      await store.db.insert(t.sources).values([
        { id: hash('a'), title: 'Тракторы для Узбекистана', url: 'https://example.org/ru', publisher: 'BelTA', published: '2021-05-14', lang: 'ru', format: 'md', body: 'Минский тракторный завод поставил тракторы в Ташкент.' },
        { id: hash('b'), title: 'Deliveries of harvesters', url: 'https://example.org/en', publisher: null, published: '2020', lang: 'en', format: 'txt', body: 'The deliveries of harvesters to Uzbekistan grew in 2020.' },
      ]);
      await store.db.insert(t.sourceLocations).values({ sourceId: hash('a'), location: '/tmp/a.md' });
      const [ev] = await store.db.insert(t.evidence).values({ sourceId: hash('b'), start: 4, end: 14, quote: 'deliveries' }).returning();
      const [fact] = await store.db.insert(t.facts).values({
        sourceId: hash('b'), evidenceId: ev.id, type: 'project', confidence: 0.8,
        fields: { type: 'project', kind: 'supply', actors: ['Minsk Tractor Works'], partner: 'Uzbekistan' },
      }).returning();
      await store.db.insert(t.factParties).values([{ factId: fact.id, partyId: 'org:mtz' }, { factId: fact.id, partyId: 'UZ' }]);
      const [record] = await store.db.insert(t.records).values({ type: 'project', key: 'supply|org:mtz|UZ', title: 'MTZ supplies to Uzbekistan', fields: { kind: 'supply' }, sourceCount: 1, lastReported: '2020' }).returning();
      await store.db.insert(t.recordParties).values([{ recordId: record.id, partyId: 'UZ' }]);
      await store.db.insert(t.recordFacts).values({ recordId: record.id, factId: fact.id });
      const [watch] = await store.db.insert(t.watches).values({ name: 'Uzbekistan', query: { parties: ['UZ'] } }).returning();
      await store.db.insert(t.alerts).values({ watchId: watch.id, recordId: record.id, recordVersion: 1, payload: { record: record.id } });
      await store.db.insert(t.apiTokens).values({ role: 'editor', tokenHash: 'f'.repeat(64) });
      await store.db.insert(t.ingestRuns).values({ args: ['samples/'], status: 'done', summary: { sources: { new: 2 } } });

      const facts = await store.db.select().from(t.facts).where(eq(t.facts.sourceId, hash('b')));
      assert.equal(facts.length, 1);
      assert.deepEqual(facts[0].fields, { type: 'project', kind: 'supply', actors: ['Minsk Tractor Works'], partner: 'Uzbekistan' });
      assert.equal(facts[0].reviewStatus, 'auto');
      const [rec] = await store.db.select().from(t.records).where(eq(t.records.id, record.id));
      assert.deepEqual(rec.conflicts, []);
      assert.equal(rec.version, 1);
      const stats = await storeStats(store.db);
      assert.equal(stats.sources, 2);
      assert.deepEqual(stats.facts.byType, { project: 1 });
      assert.deepEqual(stats.records.byType, { project: 1 });
      assert.deepEqual(stats.alerts, { total: 1, unread: 1 });
      // The once-per-change rule is a constraint, not a convention.
      await assert.rejects(store.db.insert(t.alerts).values({ watchId: watch.id, recordId: record.id, recordVersion: 1, payload: {} }));
      // Deleting a source takes its evidence and facts with it.
      await store.db.delete(t.sources).where(eq(t.sources.id, hash('b')));
      assert.equal((await store.db.select().from(t.facts)).length, 0);
      assert.equal((await store.db.select().from(t.evidence)).length, 0);
      await store.db.insert(t.sources).values({ id: hash('b'), title: 'Deliveries of harvesters', url: null, publisher: null, published: '2020', lang: 'en', format: 'txt', body: 'The deliveries of harvesters to Uzbekistan grew in 2020.' });
    });

    test('full-text search stems Russian and English', async () => {
      const ru = await searchSources(store.db, 'трактор');
      assert.deepEqual(ru.map((h) => h.source), [hash('a')]);
      assert.match(ru[0].snippet, /«тракторы»|«Тракторы»|«тракторный»/);
      const en = await searchSources(store.db, 'delivery');
      assert.deepEqual(en.map((h) => h.source), [hash('b')]);
      const harvester = await searchSources(store.db, 'harvester', { lang: 'en' });
      assert.equal(harvester.length, 1);
      assert.deepEqual(await searchSources(store.db, 'комбайн'), []);
    });

    test('a failed transaction leaves nothing behind', async () => {
      const before = (await storeStats(store.db)).sources;
      await assert.rejects(
        store.db.transaction(async (tx) => {
          await tx.insert(t.sources).values({ id: hash('c'), title: null, url: null, publisher: null, published: null, lang: 'en', format: 'txt', body: 'half-written' });
          await tx.insert(t.evidence).values({ sourceId: hash('c'), start: 0, end: 4, quote: 'half' });
          throw new Error('crash in the middle');
        }),
        /crash in the middle/,
      );
      assert.equal((await storeStats(store.db)).sources, before);
      assert.equal((await store.db.select().from(t.sources).where(eq(t.sources.id, hash('c')))).length, 0);
    });

    test('reopening applies no migration twice and keeps the data', async () => {
      const sourcesBefore = (await storeStats(store.db)).sources;
      await store.close();
      const reopened = await openStore(store.location);
      try {
        assert.equal((await storeStats(reopened.db)).sources, sourcesBefore);
        const applied = await queryRows<{ n: number }>(reopened.db, sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`);
        assert.equal(Number(applied[0].n), migrationCount);
      } finally {
        await reopened.close();
      }
      store = await openTestStoreAt(store);
    });
  });
}

describe('embedded store folder', () => {
  test('a second open of the same folder is refused with a clear error, then works after close', async () => {
    const engine = testEngines[0];
    const { location, dispose } = await engine.create();
    const first = await openStore(location);
    await assert.rejects(openStore(location), (error: unknown) => {
      assert.ok(error instanceof StoreLockedError);
      assert.match((error as Error).message, /in use by another imon process \(pid \d+\)/);
      return true;
    });
    await first.db.insert(t.watches).values({ name: 'kept', query: {} });
    await first.close();
    const second = await openStore(location);
    assert.equal((await second.db.select().from(t.watches)).length, 1);
    const applied = await queryRows<{ n: number }>(second.db, sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`);
    assert.equal(Number(applied[0].n), migrationCount);
    await second.close();
    await dispose();
  });
});
