import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testEngines } from '../../../store/test-stores.ts';
import { openApiFixture, type ApiFixture } from '../../test-fixture.ts';

for (const engine of testEngines) {
  describe(`GET /api/parties (${engine.name})`, { skip: engine.skip ?? false }, () => {
    let fx: ApiFixture;
    before(async () => {
      fx = await openApiFixture(engine);
    });
    after(async () => fx?.close());
    const get = async (url: string) => {
      const res = await fx.app.inject({ method: 'GET', url });
      return { status: res.statusCode, body: res.json() };
    };
    const ids = (body: { items: { id: string }[] }) => body.items.map((p) => p.id);

    test('finds parties by any name, English or Russian, exact names first', async () => {
      assert.deepEqual(ids((await get('/api/parties?q=gomel')).body), ['city:BY:gomel', 'BY-HO']);
      assert.equal(ids((await get(`/api/parties?q=${encodeURIComponent('Гомельская')}`)).body)[0], 'BY-HO');
      // Near spellings come after: "homel" is also close to "Gomel" (the city).
      assert.deepEqual(ids((await get('/api/parties?q=homel')).body), ['BY-HO', 'city:BY:gomel']);
      assert.deepEqual(ids((await get('/api/parties?q=MTZ')).body), ['org:mtz']);
      assert.equal(ids((await get('/api/parties?q=Uzbekstan')).body)[0], 'UZ');
    });

    test('filters by kind; lists most-cited first; pages', async () => {
      const regions = (await get('/api/parties?kind=region')).body;
      assert.deepEqual(ids(regions).sort(), ['BY-HO', 'UZ-AN']);
      const all = (await get('/api/parties')).body;
      // Belarus and Uzbekistan are named by 7 records each; ties go by name.
      assert.deepEqual(all.items.slice(0, 2).map((p: { id: string; records: number }) => [p.id, p.records]), [['BY', 7], ['UZ', 7]]);
      const first = (await get('/api/parties?limit=4')).body;
      assert.equal(first.items.length, 4);
      const rest = (await get(`/api/parties?limit=4&cursor=${first.nextCursor}`)).body;
      assert.deepEqual([...ids(first), ...ids(rest)], ids(all));
      assert.equal(rest.nextCursor, null);
    });

    test('a profile gathers what the store knows about a party', async () => {
      const { status, body } = await get('/api/parties/UZ');
      assert.equal(status, 200);
      assert.equal(body.party.name, 'Uzbekistan');
      assert.equal(body.party.nameRu, 'Узбекистан');
      assert.equal(body.documents.length, 1);
      assert.equal(body.documents[0].fields.kind, 'roadmap');
      assert.equal(body.events.length, 1);
      assert.equal(body.projects.length, 1);
      assert.equal(body.targets.length, 1);
      assert.equal(body.counts.length, 0);
      assert.deepEqual(body.totals, { records: { document: 1, event: 1, observation: 3, project: 1, target: 1 }, facts: 8, sources: 3 });
      const national = body.trade.find((s: { key: string }) => s.key === 'turnover|||BY+UZ');
      assert.deepEqual(national.points.map((p: { period: string; value: number }) => [p.period, p.value]), [['2020', 612.5e6], ['2021', 700e6]]);
      assert.equal(national.points[0].sourceCount, 2);
      assert.equal(national.points[0].conflictCount, 1);
      assert.equal('conflicts' in national.points[0], false);
      assert.ok(body.trade.some((s: { key: string }) => s.key === 'turnover|||BY-HO+UZ'));
      assert.equal(body.topSources[0].facts, 3);
      assert.equal(body.related[0].id, 'BY');
    });

    test('a region names its parent', async () => {
      const { body } = await get('/api/parties/BY-HO');
      assert.deepEqual(body.party.parent, { id: 'BY', name: 'Belarus', nameRu: 'Беларусь', kind: 'state' });
      assert.ok(body.party.aliases.includes('Homel Oblast'));
      assert.equal(body.trade.length, 1);
      assert.equal((await get('/api/parties/city:BY:gomel')).status, 200);
    });

    test('404 for an unknown party, 400 for a malformed id or kind', async () => {
      const missing = await get('/api/parties/ZZ');
      assert.equal(missing.status, 404);
      assert.match(missing.body.error, /no party with id "ZZ"/);
      assert.equal((await get('/api/parties/bad%20id')).status, 400);
      assert.equal((await get('/api/parties?kind=planet')).status, 400);
      assert.equal((await get('/api/parties?limit=-5')).status, 400);
      assert.equal((await get('/api/parties?cursor=%%%')).status, 400);
    });
  });
}
