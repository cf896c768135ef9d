import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testEngines } from '../../../store/test-stores.ts';
import { openApiFixture, type ApiFixture } from '../../test-fixture.ts';

for (const engine of testEngines) {
  describe(`GET /api/health and /api/stats (${engine.name})`, { skip: engine.skip ?? false }, () => {
    let fx: ApiFixture;
    before(async () => {
      fx = await openApiFixture(engine);
    });
    after(async () => fx?.close());

    test('health says the store answers, and which engine it is', async () => {
      const res = await fx.app.inject({ method: 'GET', url: '/api/health' });
      assert.equal(res.statusCode, 200);
      assert.deepEqual(res.json(), { status: 'ok', engine: engine.name, version: res.json().version });
    });

    test('stats count everything in the store', async () => {
      const res = await fx.app.inject({ method: 'GET', url: '/api/stats' });
      assert.equal(res.statusCode, 200);
      const stats = res.json();
      assert.equal(stats.sources, 4);
      assert.equal(stats.facts.total, 10);
      assert.deepEqual(stats.facts.byType, { count: 1, document: 1, event: 2, project: 1, target: 1, trade: 4 });
      // The two statements of 2020 trade are one record.
      assert.deepEqual(stats.records.byType, { count: 1, document: 1, event: 2, observation: 3, project: 1, target: 1 });
      assert.equal(stats.parties.total, 7);
      assert.equal(stats.watches, 1);
      assert.deepEqual(stats.alerts, { total: 2, unread: 2 });
    });

    test('a query string it does not know is ignored, a route it does not know is a JSON 404', async () => {
      assert.equal((await fx.app.inject({ method: 'GET', url: '/api/stats?verbose=1' })).statusCode, 200);
      const res = await fx.app.inject({ method: 'GET', url: '/api/statistics' });
      assert.equal(res.statusCode, 404);
      assert.deepEqual(res.json(), { error: 'no such route: GET /api/statistics' });
    });
  });
}
