import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Fact } from '../../../domain/fact.ts';
import { sourceIdOf } from '../../../ingest/source-id.ts';
import { testEngines } from '../../../store/test-stores.ts';
import { storeSource } from '../../../store/write-source.ts';
import { openApiFixture, type ApiFixture } from '../../test-fixture.ts';

for (const engine of testEngines) {
  describe(`GET /api/coverage (${engine.name})`, { skip: engine.skip ?? false }, () => {
    let fx: ApiFixture;
    before(async () => {
      fx = await openApiFixture(engine);
    });
    after(async () => fx?.close());
    const get = async (query: string) => {
      const res = await fx.app.inject({ method: 'GET', url: `/api/coverage${query}` });
      return { status: res.statusCode, body: res.json() };
    };
    const pairKey = (p: { party_ids: string[] }) => p.party_ids.join('+');

    test('states with regions covered out of all, pairs with last activity, dormant ties, under-covered records', async () => {
      const { status, body } = await get('?asOf=2023-07-01');
      assert.equal(status, 200);
      assert.equal(body.as_of, '2023-07-01');
      assert.equal(body.party, null);
      assert.match(body.rules.dormant, /24 months/);
      const belarus = body.states.find((s: { id: string }) => s.id === 'BY');
      assert.deepEqual([belarus.documents, belarus.events, belarus.projects], [1, 2, 1]);
      assert.deepEqual(belarus.regions, { with_documents: 0, total: 1, names: [] });
      assert.equal(belarus.last_activity, '2023-06-20');
      const byUz = body.pairs.find((p: { party_ids: string[] }) => pairKey(p) === 'BY+UZ');
      assert.deepEqual([byUz.level, byUz.last_activity, byUz.dormant], ['state', '2023-06-20', false]);
      const byKz = body.pairs.find((p: { party_ids: string[] }) => pairKey(p) === 'BY+KZ');
      assert.deepEqual([byKz.last_activity, byKz.dormant], ['2019-05-10', true]);
      assert.deepEqual(body.dormant_ties.map(pairKey), ['BY+KZ']);
      assert.ok(body.under_covered.length > 0);
      for (const r of body.under_covered) assert.ok(r.sources <= 1, `#${r.id}`);
      assert.ok(body.under_covered.some((r: { type: string }) => r.type === 'event'));
    });

    test('the same tie is not dormant while it is active', async () => {
      const { body } = await get('?asOf=2020-01-01');
      const byKz = body.pairs.find((p: { party_ids: string[] }) => pairKey(p) === 'BY+KZ');
      assert.equal(byKz.dormant, false);
    });

    test('narrowed to a party: its state and the pairs with a side within it', async () => {
      const { body } = await get('?party=KZ&asOf=2023-07-01');
      assert.deepEqual(body.party, { id: 'KZ', name: 'Kazakhstan' });
      assert.deepEqual(body.states.map((s: { id: string }) => s.id), ['KZ']);
      assert.deepEqual(body.pairs.map(pairKey), ['BY+KZ']);
      assert.deepEqual(body.under_covered, []);
      assert.deepEqual(body.parties.map((p: { id: string; nameRu: string }) => [p.id, p.nameRu]).sort(), [['BY', 'Беларусь'], ['KZ', 'Казахстан']]);
    });

    test('a region with a document counts as covered, and is named in both languages', async () => {
      const body = 'Gomel Region and Uzbekistan signed a memorandum on cooperation in agriculture.';
      const quote = 'Gomel Region and Uzbekistan signed a memorandum on cooperation in agriculture';
      await storeSource(fx.store.db, {
        id: sourceIdOf(body), title: 'Gomel memorandum', url: null, publisher: null, published: '2023-05-02', lang: 'en', format: 'txt', body, location: 'test/gomel-memo.txt',
      }, [Fact.parse({
        doc: 'gomel-memo', type: 'document', quote, start: 0, end: quote.length, lang: 'en', parties: ['Gomel Region', 'Uzbekistan'], party_ids: ['BY-HO', 'UZ'],
        title: 'memorandum on cooperation in agriculture', kind: 'memorandum', date: '2023-05',
      })]);
      const { body: report } = await get('?asOf=2023-07-01');
      const belarus = report.states.find((s: { id: string }) => s.id === 'BY');
      assert.deepEqual(belarus.regions, { with_documents: 1, total: 1, names: ['Gomel Region'] });
      const gomel = report.parties.find((p: { id: string }) => p.id === 'BY-HO');
      assert.deepEqual(gomel, { id: 'BY-HO', name: 'Gomel Region', nameRu: 'Гомельская область', kind: 'region' });
    });

    test('400 for bad parameters', async () => {
      for (const query of ['?party=NOPE', '?party=', '?asOf=2023-07', '?asOf=07/01/2023']) {
        const { status, body } = await get(query);
        assert.equal(status, 400, query);
        assert.equal(typeof body.error, 'string');
      }
    });
  });
}
