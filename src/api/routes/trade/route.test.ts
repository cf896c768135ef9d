import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testEngines } from '../../../store/test-stores.ts';
import { openApiFixture, type ApiFixture } from '../../test-fixture.ts';

for (const engine of testEngines) {
  describe(`GET /api/trade/series (${engine.name})`, { skip: engine.skip ?? false }, () => {
    let fx: ApiFixture;
    before(async () => {
      fx = await openApiFixture(engine);
    });
    after(async () => fx?.close());
    const get = async (query: string) => {
      const res = await fx.app.inject({ method: 'GET', url: `/api/trade/series?${query}` });
      return { status: res.statusCode, body: res.json() };
    };

    test('observations between two parties over time, each with its statements and sources', async () => {
      const { status, body } = await get('parties=BY,UZ');
      assert.equal(status, 200);
      assert.deepEqual(body.parties.map((p: { name: string }) => p.name), ['Belarus', 'Uzbekistan']);
      assert.equal(body.series.length, 1);
      const [series] = body.series;
      assert.equal(series.indicator, 'turnover');
      assert.deepEqual(series.points.map((p: { period: string }) => p.period), ['2020', '2021']);
      const [y2020, y2021] = series.points;
      assert.equal(y2020.value, 612.5e6);
      assert.equal(y2020.changePct, 15);
      assert.equal(y2020.evidence.length, 2);
      assert.deepEqual(y2020.evidence.map((e: { fields: { value: number } }) => e.fields.value), [612.5e6, 590e6]);
      assert.equal(y2020.evidence[1].source.url, 'https://example.test/uz-2022');
      assert.equal(y2020.conflictCount, 1);
      assert.equal('conflicts' in y2020, false, 'the values sources disagree on are on GET /api/records/{id}');
      assert.equal(y2021.sourceCount, 1);
      assert.deepEqual(body.targets.map((t: { fields: { value: number; by: string } }) => [t.fields.value, t.fields.by]), [[1e9, '2025']]);
    });

    test('one party: every series it is in, each set of partners apart', async () => {
      const { body } = await get('parties=UZ');
      assert.deepEqual(body.series.map((s: { key: string }) => s.key), ['turnover|||BY+UZ', 'turnover|||BY-HO+UZ']);
      const regional = body.series[1];
      assert.deepEqual(regional.points.map((p: { period: string; value: number }) => [p.period, p.value]), [['2022', 85e6]]);
    });

    test('indicator filter; evidence can be left out', async () => {
      assert.deepEqual((await get('parties=BY,UZ&indicator=exports')).body.series, []);
      assert.equal((await get('parties=BY,UZ&indicator=exports')).body.targets.length, 0);
      const lean = (await get('parties=BY,UZ&evidence=false')).body;
      assert.deepEqual(lean.series[0].points.map((p: { evidence: unknown[] }) => p.evidence.length), [0, 0]);
    });

    test('400 without parties, with an unknown party or indicator', async () => {
      for (const query of ['', 'parties=', 'parties=BY,QQ', 'parties=BY&indicator=smuggling', 'parties=BY&evidence=maybe']) {
        const { status, body } = await get(query);
        assert.equal(status, 400, query);
        assert.equal(typeof body.error, 'string');
      }
      assert.match((await get('parties=BY,QQ')).body.error, /unknown party "QQ"/);
    });
  });
}
