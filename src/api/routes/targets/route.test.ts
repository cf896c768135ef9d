import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testEngines } from '../../../store/test-stores.ts';
import { openApiFixture, type ApiFixture } from '../../test-fixture.ts';

for (const engine of testEngines) {
  describe(`GET /api/targets (${engine.name})`, { skip: engine.skip ?? false }, () => {
    let fx: ApiFixture;
    before(async () => {
      fx = await openApiFixture(engine);
    });
    after(async () => fx?.close());
    const get = async (query: string) => {
      const res = await fx.app.inject({ method: 'GET', url: `/api/targets${query}` });
      return { status: res.statusCode, body: res.json() };
    };
    const bodyOf = async (sourceId: string) => (await fx.app.inject({ method: 'GET', url: `/api/sources/${sourceId}` })).json().body as string;

    test('on track before the deadline: a stated projection, the latest figure, and every statement with its span', async () => {
      const { status, body } = await get('?asOf=2022-06-01');
      assert.equal(status, 200);
      assert.equal(body.as_of, '2022-06-01');
      assert.equal(body.items.length, 1);
      const [target] = body.items;
      assert.deepEqual(target.party_ids, ['BY', 'UZ']);
      assert.deepEqual([target.value, target.currency, target.by, target.indicator], [1e9, 'USD', '2025', 'turnover']);
      assert.equal(target.status, 'on_track');
      assert.deepEqual(target.latest, { value: 700e6, period: '2021' });
      assert.match(target.projection.method, /linear trend .* 2020-2021, extended to 2025/);
      assert.equal(target.projection.value, 1.05e9);
      assert.deepEqual(target.evidence.map((e: { role: string }) => e.role), ['target', 'figure', 'figure', 'figure']);
      for (const e of target.evidence) {
        assert.equal((await bodyOf(e.source)).slice(e.start, e.end), e.quote, 'the span is the quote');
      }
      assert.equal(target.evidence[0].quote, 'bring mutual trade to $1 billion by 2025');
      assert.deepEqual(body.parties.map((p: { id: string; nameRu: string }) => [p.id, p.nameRu]).sort(), [['BY', 'Беларусь'], ['UZ', 'Узбекистан']]);
    });

    test('after the deadline with no figure for it: unknown, with the reason', async () => {
      const { body } = await get('?asOf=2026-11-29');
      const [target] = body.items;
      assert.equal(target.status, 'unknown');
      assert.match(target.reason, /deadline 2025 passed/);
      assert.equal(target.projection, null);
      assert.deepEqual(target.evidence.map((e: { role: string }) => e.role), ['target', 'figure']);
    });

    test('filters by status and by party (a party includes its parts)', async () => {
      assert.equal((await get('?asOf=2022-06-01&status=on_track')).body.items.length, 1);
      assert.equal((await get('?asOf=2022-06-01&status=behind,missed')).body.items.length, 0);
      assert.equal((await get('?asOf=2022-06-01&status=behind,on_track')).body.items.length, 1);
      assert.equal((await get('?party=UZ')).body.items.length, 1);
      assert.equal((await get('?party=KZ')).body.items.length, 0);
      assert.equal((await get('?party=UZ-AN')).body.items.length, 0);
    });

    test('400 for bad parameters', async () => {
      for (const query of ['?status=gossip', '?status=', '?status=on_track,late', '?party=NOPE', '?party=B%20Y', '?asOf=2022', '?asOf=2022-02-30', '?asOf=tomorrow']) {
        const { status, body } = await get(query);
        assert.equal(status, 400, query);
        assert.equal(typeof body.error, 'string');
      }
    });
  });
}
