import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testEngines } from '../../../store/test-stores.ts';
import { bearer, openApiFixture, type ApiFixture } from '../../test-fixture.ts';

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
      assert.equal(body.unread, 2, 'unread alerts of every watch');
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

for (const engine of testEngines) {
  describe(`POST /api/alerts/read (${engine.name})`, { skip: engine.skip ?? false }, () => {
    let fx: ApiFixture;
    before(async () => {
      fx = await openApiFixture(engine);
    });
    after(async () => fx?.close());
    const markRead = async (payload: unknown, token?: string) => {
      const res = await fx.app.inject({ method: 'POST', url: '/api/alerts/read', payload: payload as object, headers: token ? bearer(token) : {} });
      return { status: res.statusCode, body: res.json() };
    };
    const alerts = async (query = '') => (await fx.app.inject({ method: 'GET', url: `/api/alerts?${query}` })).json();

    test('needs an editor token', async () => {
      const ids = (await alerts()).items.map((a: { id: number }) => a.id);
      assert.equal((await markRead({ ids })).status, 401);
      assert.equal((await markRead({ ids }, fx.tokens.revoked)).status, 401);
      assert.equal((await markRead({ ids }, fx.tokens.viewer)).status, 403);
      assert.equal((await alerts()).unread, 2, 'nothing was marked');
    });

    test('marks the given alerts, counting only those not read before', async () => {
      const before = await alerts();
      assert.equal(before.unread, 2);
      const [newest, oldest] = before.items.map((a: { id: number }) => a.id);
      assert.deepEqual((await markRead({ ids: [newest] }, fx.tokens.editor)).body, { marked: 1, unread: 1 });
      assert.deepEqual((await markRead({ ids: [newest] }, fx.tokens.editor)).body, { marked: 0, unread: 1 }, 'already read');
      const after = await alerts();
      assert.equal(after.unread, 1);
      assert.notEqual(after.items.find((a: { id: number }) => a.id === newest).readAt, null);
      assert.equal(after.items.find((a: { id: number }) => a.id === oldest).readAt, null);
      assert.deepEqual((await alerts('unread=true')).items.map((a: { id: number }) => a.id), [oldest]);
    });

    test('all: true marks every unread alert', async () => {
      const res = await markRead({ all: true }, fx.tokens.admin);
      assert.equal(res.status, 200);
      assert.deepEqual(res.body, { marked: 1, unread: 0 });
      assert.deepEqual((await markRead({ all: true }, fx.tokens.editor)).body, { marked: 0, unread: 0 });
      assert.equal((await alerts('unread=true')).items.length, 0);
    });

    test('404 for an unknown id, marking nothing', async () => {
      const [known] = (await alerts()).items.map((a: { id: number }) => a.id);
      const res = await markRead({ ids: [known, 99999] }, fx.tokens.editor);
      assert.equal(res.status, 404);
      assert.deepEqual(res.body, { error: 'no alert with id 99999' });
    });

    test('400 for a malformed body', async () => {
      for (const payload of [{}, { ids: [] }, { ids: ['x'] }, { ids: [0] }, { ids: [1.5] }, { all: false }, { all: 'yes' }, { ids: [1], all: true }, []]) {
        const res = await markRead(payload, fx.tokens.editor);
        assert.equal(res.status, 400, JSON.stringify(payload));
        assert.equal(typeof res.body.error, 'string');
      }
    });
  });
}
