import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Fact, type FactInput } from '../domain/fact.ts';
import { Party } from '../domain/party.ts';
import { seededRandom } from '../../test/support/seeded-random.ts';
import { sourceIdOf } from '../ingest/source-id.ts';
import { comesLast, fillNullFields } from './extend-records.ts';
import { upsertParties } from './parties.ts';
import { reviewFact } from './queries/review.ts';
import { refreshRecords } from './refresh-records.ts';
import { queryRows } from './rows.ts';
import { sql } from 'drizzle-orm';
import { openTestStore, testEngines, type TestStore } from './test-stores.ts';
import { storeSource } from './write-source.ts';

test('statements come last when undated, or dated no earlier than every statement and none undated', () => {
  assert.equal(comesLast(null, { lastReported: '2021-01-01', hasUndated: true }), true);
  assert.equal(comesLast('2021-01-01', { lastReported: '2021-01-01', hasUndated: false }), true, 'a tie goes by fact id: the new one is last');
  assert.equal(comesLast('2020-12-31', { lastReported: '2021-01-01', hasUndated: false }), false);
  assert.equal(comesLast('2022-01-01', { lastReported: '2021-01-01', hasUndated: true }), false, 'undated statements sort after dated ones');
  assert.equal(comesLast('2022-01-01', { lastReported: null, hasUndated: false }), true);
});

test('only fields nothing filled are filled, from the first new statement that has them', () => {
  assert.deepEqual(
    fillNullFields({ value: 5, flow: null, change_pct: null }, [{ value: 7, flow: null, change_pct: 3 }, { flow: 'export', change_pct: 4 }]),
    { value: 5, flow: 'export', change_pct: 3 },
  );
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
    SELECT id, fields, conflicts, source_count, last_reported, has_undated FROM records ORDER BY id`);
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
      for (let n = 0; n < 80; n++) {
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
