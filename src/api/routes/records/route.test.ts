import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testEngines } from '../../../store/test-stores.ts';
import { openApiFixture, type ApiFixture } from '../../test-fixture.ts';

for (const engine of testEngines) {
  describe(`GET /api/records (${engine.name})`, { skip: engine.skip ?? false }, () => {
    let fx: ApiFixture;
    before(async () => {
      fx = await openApiFixture(engine);
    });
    after(async () => fx?.close());
    const get = async (url: string) => {
      const res = await fx.app.inject({ method: 'GET', url });
      return { status: res.statusCode, body: res.json() };
    };

    test('lists records newest first by what they are about', async () => {
      const { status, body } = await get('/api/records');
      assert.equal(status, 200);
      assert.equal(body.items.length, 9);
      assert.equal(body.nextCursor, null);
      const dates = body.items.map((r: { date: string }) => r.date);
      assert.deepEqual(dates, [...dates].sort().reverse());
      assert.equal(body.items[0].type, 'event');
      assert.equal(body.items[0].date, '2023-06');
    });

    test('each listed record carries one statement it rests on, with its span', async () => {
      const { body } = await get('/api/records');
      const bodies = new Map<string, string>();
      for (const record of body.items) {
        const e = record.evidence;
        assert.ok(e, `record ${record.id} has evidence`);
        if (!bodies.has(e.sourceId)) bodies.set(e.sourceId, (await get(`/api/sources/${e.sourceId}`)).body.body);
        assert.equal(bodies.get(e.sourceId)!.slice(e.start, e.end), e.quote, `record ${record.id}`);
      }
      // The observation reported by two sources links to the older one.
      const fact = await fx.factId('uz2021', 'Trade between');
      const recordId = await fx.recordOf(fact);
      const listed = body.items.find((r: { id: number }) => r.id === recordId);
      assert.equal(listed.evidence.sourceId, fx.sources.uz2021);
      assert.equal(listed.evidence.quote, 'Trade between Belarus and Uzbekistan reached $612.5 million in 2020, up 15%');
    });

    test('filters by type, parties and dates', async () => {
      assert.equal((await get('/api/records?type=observation')).body.items.length, 3);
      assert.deepEqual((await get('/api/records?party=BY-HO')).body.items.map((r: { type: string }) => r.type), ['observation']);
      assert.equal((await get('/api/records?party=BY,KZ')).body.items.length, 2);
      const in2021 = (await get('/api/records?from=2021&to=2021')).body.items.map((r: { type: string }) => r.type).sort();
      assert.deepEqual(in2021, ['document', 'observation', 'target']);
      assert.equal((await get('/api/records?from=2019-05-10&to=2019-05-10')).body.items.length, 2);
    });

    test('pages by cursor without gaps or repeats', async () => {
      const all = (await get('/api/records')).body.items.map((r: { id: number }) => r.id);
      const seen: number[] = [];
      let cursor: string | null = null;
      do {
        const { body } = await get(`/api/records?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...body.items.map((r: { id: number }) => r.id));
        cursor = body.nextCursor;
      } while (cursor);
      assert.deepEqual(seen, all);
    });

    test('a record comes with all its evidence', async () => {
      const fact = await fx.factId('uz2021', 'Trade between');
      const { status, body } = await get(`/api/records/${await fx.recordOf(fact)}`);
      assert.equal(status, 200);
      assert.equal(body.type, 'observation');
      assert.equal(body.sourceCount, 2);
      assert.equal(body.evidence.length, 2);
      assert.deepEqual(body.evidence.map((e: { source: { id: string } }) => e.source.id), [fx.sources.uz2021, fx.sources.uz2022]);
      const source = (await get(`/api/sources/${fx.sources.uz2021}`)).body;
      const first = body.evidence[0];
      assert.equal(source.body.slice(first.start, first.end), first.quote);
      assert.equal(first.source.url, 'https://example.test/uz-2021');
      assert.equal(body.conflicts.length, 1);
      assert.deepEqual(body.conflicts[0].values.map((v: { value: number }) => v.value).sort(), [590e6, 612.5e6]);
    });

    test('400 for bad parameters, 404 for an unknown id', async () => {
      for (const url of ['/api/records?limit=-1', '/api/records?type=trade', '/api/records?from=2021-1', '/api/records?to=2021-02-30',
        '/api/records?party=BY,NOPE', '/api/records?cursor=eyJ4IjoxfQ', '/api/records/abc', '/api/records/0', '/api/records/1.5']) {
        const { status, body } = await get(url);
        assert.equal(status, 400, url);
        assert.equal(typeof body.error, 'string');
      }
      const missing = await get('/api/records/99999');
      assert.equal(missing.status, 404);
      assert.deepEqual(missing.body, { error: 'no record with id 99999' });
    });
  });
}
