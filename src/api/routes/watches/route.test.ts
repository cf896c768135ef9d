import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testEngines } from '../../../store/test-stores.ts';
import { bearer, openApiFixture, type ApiFixture } from '../../test-fixture.ts';

for (const engine of testEngines) {
  describe(`/api/watches (${engine.name})`, { skip: engine.skip ?? false }, () => {
    let fx: ApiFixture;
    before(async () => {
      fx = await openApiFixture(engine);
    });
    after(async () => fx?.close());
    const request = async (method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object, token?: string) => {
      const res = await fx.app.inject({ method, url, payload, headers: token ? bearer(token) : {} });
      return { status: res.statusCode, body: res.body ? res.json() : null };
    };
    const watch = { name: 'Kazakhstan agreements', query: { parties: ['KZ'], types: ['document'], words: ['agreement'] } };

    test('lists watches with their alert counts', async () => {
      const { status, body } = await request('GET', '/api/watches');
      assert.equal(status, 200);
      assert.equal(body.items.length, 1);
      assert.equal(body.items[0].name, 'Uzbekistan trade');
      assert.deepEqual(body.items[0].query, { parties: ['UZ'], types: ['trade'], words: [], minValue: null });
      assert.equal(body.items[0].alerts, 2);
      assert.equal(body.items[0].unread, 2);
    });

    test('creating one needs an editor token', async () => {
      assert.equal((await request('POST', '/api/watches', watch)).status, 401);
      assert.equal((await request('POST', '/api/watches', watch, fx.tokens.viewer)).status, 403);
      const created = await request('POST', '/api/watches', watch, fx.tokens.editor);
      assert.equal(created.status, 201);
      assert.equal(created.body.name, 'Kazakhstan agreements');
      assert.deepEqual(created.body.query, { parties: ['KZ'], types: ['document'], words: ['agreement'], minValue: null });
      assert.equal(created.body.webhookUrl, null);
      const list = (await request('GET', '/api/watches')).body.items;
      assert.deepEqual(list.map((w: { name: string }) => w.name), ['Kazakhstan agreements', 'Uzbekistan trade']);
      const first = (await request('GET', '/api/watches?limit=1')).body;
      assert.equal(first.items.length, 1);
      const second = (await request('GET', `/api/watches?limit=1&cursor=${first.nextCursor}`)).body;
      assert.equal(second.items[0].name, 'Uzbekistan trade');
      assert.equal(second.nextCursor, null);
    });

    test('a watch must be well formed', async () => {
      const bad = [
        { ...watch, name: ' ' },
        { ...watch, query: { parties: ['ATLANTIS'] } },
        { ...watch, query: { types: ['gossip'] } },
        { ...watch, webhookUrl: 'ftp://example.test/hook' },
        { ...watch, webhookUrl: 'not a url' },
        { name: 'no query' },
      ];
      for (const payload of bad) {
        const res = await request('POST', '/api/watches', payload, fx.tokens.editor);
        assert.equal(res.status, 400, JSON.stringify(payload));
        assert.equal(typeof res.body.error, 'string');
      }
      const hooked = await request('POST', '/api/watches', { ...watch, name: 'with hook', webhookUrl: 'https://example.test/hook' }, fx.tokens.admin);
      assert.equal(hooked.status, 201);
      assert.equal(hooked.body.webhookUrl, 'https://example.test/hook');
    });

    test('deleting one needs an editor token; a second delete is 404', async () => {
      const { body } = await request('POST', '/api/watches', { ...watch, name: 'to delete' }, fx.tokens.editor);
      assert.equal((await request('DELETE', `/api/watches/${body.id}`)).status, 401);
      assert.equal((await request('DELETE', `/api/watches/${body.id}`, undefined, fx.tokens.viewer)).status, 403);
      const deleted = await request('DELETE', `/api/watches/${body.id}`, undefined, fx.tokens.editor);
      assert.equal(deleted.status, 204);
      assert.equal(deleted.body, null);
      assert.equal((await request('DELETE', `/api/watches/${body.id}`, undefined, fx.tokens.editor)).status, 404);
      assert.equal((await request('DELETE', '/api/watches/abc', undefined, fx.tokens.editor)).status, 400);
      assert.equal((await request('GET', '/api/watches?limit=0')).status, 400);
    });
  });
}
