import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testEngines } from '../../../store/test-stores.ts';
import { openApiFixture, type ApiFixture } from '../../test-fixture.ts';

for (const engine of testEngines) {
  describe(`GET /api/plans (${engine.name})`, { skip: engine.skip ?? false }, () => {
    let fx: ApiFixture;
    before(async () => {
      fx = await openApiFixture(engine);
    });
    after(async () => fx?.close());
    const get = async (query: string) => {
      const res = await fx.app.inject({ method: 'GET', url: `/api/plans${query}` });
      return { status: res.statusCode, body: res.json() };
    };

    test('a roadmap for 2021-2023 is active, then expiring, then expired', async () => {
      const statusOn = async (day: string) => (await get(`?asOf=${day}`)).body.items.map((p: { status: string }) => p.status);
      assert.deepEqual(await statusOn('2022-06-01'), ['active']);
      assert.deepEqual(await statusOn('2023-09-01'), ['expiring']);
      assert.deepEqual(await statusOn('2024-01-02'), ['expired']);
    });

    test('a plan comes with its period, sides and evidence spans', async () => {
      const { status, body } = await get('?asOf=2023-09-01');
      assert.equal(status, 200);
      assert.equal(body.as_of, '2023-09-01');
      const [plan] = body.items;
      assert.deepEqual(
        [plan.kind, plan.valid_from, plan.valid_to, plan.ends, plan.renewed_by, plan.party_ids],
        ['roadmap', '2021', '2023', '2023-12-31', null, ['BY', 'UZ']],
      );
      assert.equal(plan.evidence.length, 1);
      const [e] = plan.evidence;
      assert.equal(e.source, fx.sources.uz2021);
      const source = (await fx.app.inject({ method: 'GET', url: `/api/sources/${e.source}` })).json();
      assert.equal(source.body.slice(e.start, e.end), e.quote);
      assert.equal(e.record, plan.id);
      assert.deepEqual(body.parties.map((p: { id: string }) => p.id).sort(), ['BY', 'UZ']);
    });

    test('filters: expiring, status, party', async () => {
      assert.equal((await get('?asOf=2023-09-01&expiring=true')).body.items.length, 1);
      assert.equal((await get('?asOf=2022-06-01&expiring=true')).body.items.length, 0);
      assert.equal((await get('?asOf=2022-06-01&expiring=false')).body.items.length, 1);
      assert.equal((await get('?asOf=2024-01-02&status=expired,renewed')).body.items.length, 1);
      assert.equal((await get('?asOf=2024-01-02&status=active')).body.items.length, 0);
      assert.equal((await get('?party=BY')).body.items.length, 1);
      assert.equal((await get('?party=KZ')).body.items.length, 0);
    });

    test('400 for bad parameters', async () => {
      for (const query of ['?expiring=maybe', '?status=lapsed', '?party=ATLANTIS', '?asOf=2023-9-1']) {
        const { status, body } = await get(query);
        assert.equal(status, 400, query);
        assert.equal(typeof body.error, 'string');
      }
    });
  });
}
