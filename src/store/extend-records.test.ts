import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Fact, type FactInput } from '../domain/fact.ts';
import { Party } from '../domain/party.ts';
import { seededRandom } from '../../test/support/seeded-random.ts';
import { sourceIdOf } from '../ingest/source-id.ts';
import { insertInOrder, precedes } from './extend-records.ts';
import { upsertParties } from './parties.ts';
import { reviewFact } from './queries/review.ts';
import { refreshRecords } from './refresh-records.ts';
import { queryRows } from './rows.ts';
import { sql } from 'drizzle-orm';
import { openTestStore, testEngines, type TestStore } from './test-stores.ts';
import { storeSource } from './write-source.ts';

test('statement order: trust first, then published with undated last, then fact id', () => {
  const auto = (published: string | null, factId: number) => ({ trust: 2, published, factId });
  assert.equal(precedes(auto('2020-01-01', 9), auto('2021-01-01', 1)), true);
  assert.equal(precedes(auto('2021-01-01', 9), auto('2021-01-01', 1)), false, 'a tie goes by fact id');
  assert.equal(precedes(auto('2030-01-01', 9), auto(null, 1)), true, 'undated comes last');
  assert.equal(precedes(auto(null, 9), auto('2030-01-01', 1)), false);
  assert.equal(precedes(auto('2020-01-01', 1), { trust: 1, published: '2025-01-01', factId: 50 }), false, 'an accepted statement comes first');
});

test('new conflict values take their place among the old ones', () => {
  const v = (value: number, published: string | null, factId: number) => ({ value, published, factId, sourceId: `s${factId}`, quote: 'q' });
  const placed = insertInOrder([v(1, '2020-01-01', 1), v(2, '2022-01-01', 2), v(3, null, 3)], [v(4, '2021-01-01', 10), v(5, '2021-01-01', 11)]);
  assert.deepEqual(placed.map((x) => x.value), [1, 4, 5, 2, 3]);
});

const parties = [
  { id: 'BY', kind: 'state', name: 'Belarus', nameRu: 'Беларусь', code: 'BY' },
  { id: 'UZ', kind: 'state', name: 'Uzbekistan', nameRu: 'Узбекистан', code: 'UZ' },
].map((p) => Party.parse(p));

const PERIODS = ['2019', '2020', '2021'];
const VALUES = [100, 100.5, 101, 104, 150, 0, -20];
const DATES = ['2021-01-05', '2021-03-01', '2021-03-01', '2022-06-30', '2023-02-14', null];

/** What refreshRecords decides about a record, without its version and timestamps. */
async function recordContents(store: TestStore) {
  return queryRows<Record<string, unknown>>(store.db, sql`
    SELECT id, fields, conflicts, source_count, last_reported, base_fact_id FROM records ORDER BY id`);
}

for (const engine of testEngines) {
  describe(`extending records with new sources on the ${engine.name} engine`, { skip: engine.skip ?? false }, () => {
    let store: TestStore;
    before(async () => {
      store = await openTestStore(engine);
      await upsertParties(store.db, parties);
    });
    after(async () => store?.dispose());

    test('equals refreshing every record in full, source after source, with reviews between', async () => {
      const random = seededRandom(7);
      const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
      const factIds: number[] = [];
      let conflictsSeen = 0;
      for (let n = 0; n < 120; n++) {
        const body = `Source ${n}: trade between Belarus and Uzbekistan, statement ${random()}.`;
        const facts = Array.from({ length: 1 + Math.floor(random() * 3) }, (_, k) => {
          const quote = body.slice(0, 20 + k);
          const input: FactInput = {
            doc: 'd', type: 'trade', quote, start: 0, end: quote.length, parties: ['Belarus', 'Uzbekistan'], party_ids: ['BY', 'UZ'],
            indicator: 'turnover', flow: random() < 0.3 ? 'export' : null, period: pick(PERIODS),
            value: random() < 0.1 ? null : pick(VALUES), currency: random() < 0.2 ? null : 'USD', change_pct: random() < 0.3 ? Math.round(random() * 20) : null,
          };
          return Fact.parse(input);
        });
        const published = pick(DATES);
        await storeSource(store.db, {
          id: sourceIdOf(body), title: null, url: null, publisher: null, published, lang: 'en', format: 'txt', body, location: `/tmp/${n}.txt`,
        }, facts);
        factIds.push(...(await queryRows<{ id: number }>(store.db, sql`SELECT id FROM facts WHERE source_id = ${sourceIdOf(body)}`)).map((r) => Number(r.id)));
        if (random() < 0.15) await reviewFact(store.db, pick(factIds), random() < 0.5 ? { action: 'reject' } : { action: 'accept' });

        const extended = await recordContents(store);
        await store.db.transaction(async (tx) => {
          const ids = (await queryRows<{ id: number }>(tx, sql`SELECT id FROM records`)).map((r) => Number(r.id));
          await refreshRecords(tx, ids);
        });
        assert.deepEqual(extended, await recordContents(store), `after source ${n}`);
        conflictsSeen += extended.filter((r) => (r.conflicts as unknown[]).length > 0).length;
      }
      assert.ok(conflictsSeen > 0, 'the random sources made conflicts');
    });
  });
}
