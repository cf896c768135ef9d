import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { Fact, type FactInput } from '../domain/fact.ts';
import { Party } from '../domain/party.ts';
import { openTestStore, testEngines, type TestStore } from './test-stores.ts';
import { upsertParties } from './parties.ts';
import { storeSource, type SourceToStore } from './write-source.ts';
import { sourceIdOf } from '../ingest/source-id.ts';
import * as t from './schema.ts';

const parties = [
  { id: 'BY', kind: 'state', name: 'Belarus', nameRu: 'Беларусь', code: 'BY' },
  { id: 'UZ', kind: 'state', name: 'Uzbekistan', nameRu: 'Узбекистан', code: 'UZ' },
].map((p) => Party.parse(p));

function source(body: string, published: string): SourceToStore {
  return { id: sourceIdOf(body), title: null, url: null, publisher: null, published, lang: 'en', format: 'txt', body, location: `/tmp/${published}.txt` };
}

function tradeFact(body: string, quote: string, value: number): Fact {
  const start = body.indexOf(quote);
  const input: FactInput = {
    doc: 'd', type: 'trade', quote, start, end: start + quote.length, parties: ['Belarus', 'Uzbekistan'], party_ids: ['BY', 'UZ'],
    indicator: 'turnover', flow: null, period: '2020', value, currency: 'USD', change_pct: null,
  };
  return Fact.parse(input);
}

for (const engine of testEngines) {
  describe(`consolidation into records on the ${engine.name} engine`, { skip: engine.skip ?? false }, () => {
    let store: TestStore;
    before(async () => {
      store = await openTestStore(engine);
      await upsertParties(store.db, parties);
    });
    after(async () => store?.dispose());

    test('the same observation from two sources is one record with both as support', async () => {
      const a = 'In 2020 trade between Belarus and Uzbekistan reached $532.4 million.';
      const b = 'Belarusian-Uzbek trade turnover was $532 million in 2020, officials said.';
      const first = await storeSource(store.db, source(a, '2021-02-01'), [tradeFact(a, 'trade between Belarus and Uzbekistan reached $532.4 million', 532.4e6)]);
      assert.deepEqual(first.records, { new: 1, updated: 0 });
      const second = await storeSource(store.db, source(b, '2021-03-05'), [tradeFact(b, 'Belarusian-Uzbek trade turnover was $532 million in 2020', 532e6)]);
      assert.deepEqual(second.records, { new: 0, updated: 1 });
      const records = await store.db.select().from(t.records);
      assert.equal(records.length, 1);
      assert.equal(records[0].sourceCount, 2);
      assert.equal(records[0].lastReported, '2021-03-05');
      assert.deepEqual(records[0].conflicts, [], 'within 2% is agreement, not conflict');
      const links = await store.db.select().from(t.recordParties).where(eq(t.recordParties.recordId, records[0].id));
      assert.deepEqual(links.map((l) => l.partyId).sort(), ['BY', 'UZ']);
    });

    test('a source that disagrees by more than 2% makes a conflict listing every value with its evidence', async () => {
      const c = 'Trade between Belarus and Uzbekistan amounted to $561 million in 2020.';
      await storeSource(store.db, source(c, '2021-04-10'), [tradeFact(c, 'Trade between Belarus and Uzbekistan amounted to $561 million in 2020', 561e6)]);
      const [record] = await store.db.select().from(t.records);
      assert.equal(record.sourceCount, 3);
      const conflicts = record.conflicts as { field: string; values: { value: number; quote: string; sourceId: string }[] }[];
      assert.equal(conflicts.length, 1);
      assert.equal(conflicts[0].field, 'value');
      assert.deepEqual(conflicts[0].values.map((v) => v.value), [532.4e6, 532e6, 561e6]);
      assert.ok(conflicts[0].values.every((v) => v.quote.length > 0 && /^[0-9a-f]{64}$/.test(v.sourceId)));
      assert.equal((record.fields as { value: number }).value, 532.4e6, 'the first reported value stays; nothing is averaged');
    });

    test('the same body again only remembers where it was seen', async () => {
      const a = 'In 2020 trade between Belarus and Uzbekistan reached $532.4 million.';
      const again = await storeSource(store.db, { ...source(a, '2021-02-01'), location: '/elsewhere/copy.txt' }, [tradeFact(a, 'trade between Belarus and Uzbekistan reached $532.4 million', 532.4e6)]);
      assert.equal(again.status, 'duplicate');
      assert.equal((await store.db.select().from(t.sources)).length, 3);
      const locations = await store.db.select().from(t.sourceLocations).where(eq(t.sourceLocations.sourceId, sourceIdOf(a)));
      assert.deepEqual(locations.map((l) => l.location).sort(), ['/elsewhere/copy.txt', '/tmp/2021-02-01.txt']);
      const [record] = await store.db.select().from(t.records);
      assert.equal(record.sourceCount, 3);
    });
  });
}
