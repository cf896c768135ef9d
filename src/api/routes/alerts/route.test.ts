import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testEngines } from '../../../store/test-stores.ts';
import { openApiFixture, type ApiFixture } from '../../test-fixture.ts';

for (const engine of testEngines) {
  describe(`GET /api/alerts (${engine.name})`, { skip: engine.skip ?? false }, () => {
    let fx: ApiFixture;
    before(async () => {
      fx = await openApiFixture(engine);
    });
    after(async () => fx?.close());
    const get = async (query: string) => {
      const res = await fx.app.inject({ method: 'GET', url: `/api/alerts?${query}` });
      return { status: res.statusCode, body: res.json() };
    };

    test('lists alerts newest first with their watch and record', async () => {
      const { status, body } = await get('');
      assert.equal(status, 200);
      assert.equal(body.items.length, 2);
      assert.ok(body.items[0].id > body.items[1].id);
      const [alert] = body.items;
      assert.deepEqual(alert.watch, { id: fx.watchId, name: 'Uzbekistan trade' });
      assert.equal(alert.record.type, 'observation');
      assert.equal(alert.payload.title, alert.record.title);
      assert.equal(alert.readAt, null);
      assert.equal(alert.delivery, 'none');
    });

    test('filters by watch and read state; pages', async () => {
      assert.equal((await get(`watch=${fx.watchId}`)).body.items.length, 2);
      assert.equal((await get(`watch=${fx.watchId + 1000}`)).body.items.length, 0);
      assert.equal((await get('unread=true')).body.items.length, 2);
      assert.equal((await get('unread=false')).body.items.length, 0);
      const first = (await get('limit=1')).body;
      const second = (await get(`limit=1&cursor=${first.nextCursor}`)).body;
      assert.notEqual(first.items[0].id, second.items[0].id);
      assert.equal(second.nextCursor, null);
    });

    test('400 for bad parameters', async () => {
      for (const query of ['unread=maybe', 'watch=abc', 'watch=-1', 'limit=-1', 'cursor=zzz']) {
        const { status, body } = await get(query);
        assert.equal(status, 400, query);
        assert.equal(typeof body.error, 'string');
      }
    });
  });
}
