import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testEngines } from '../../../store/test-stores.ts';
import { bearer, openApiFixture, type ApiFixture } from '../../test-fixture.ts';

for (const engine of testEngines) {
  describe(`/api/facts (${engine.name})`, { skip: engine.skip ?? false }, () => {
    let fx: ApiFixture;
    before(async () => {
      fx = await openApiFixture(engine);
    });
    after(async () => fx?.close());
    const get = async (url: string) => {
      const res = await fx.app.inject({ method: 'GET', url });
      return { status: res.statusCode, body: res.json() };
    };
    const review = async (id: number | string, payload: unknown, token?: string) => {
      const res = await fx.app.inject({ method: 'POST', url: `/api/facts/${id}/review`, payload: payload as object, headers: token ? bearer(token) : {} });
      return { status: res.statusCode, body: res.json(), headers: res.headers };
    };

    test('lists facts with evidence, source and parties; filters', async () => {
      const { status, body } = await get('/api/facts');
      assert.equal(status, 200);
      assert.equal(body.items.length, 10);
      const fact = body.items.find((f: { type: string }) => f.type === 'count');
      assert.equal(fact.evidence.quote, 'More than 30 agreements were signed');
      assert.equal(fact.source.id, fx.sources.kz2019);
      assert.deepEqual(fact.parties.map((p: { id: string }) => p.id), ['BY', 'KZ']);
      assert.equal(fact.reviewStatus, 'auto');
      assert.equal((await get('/api/facts?type=trade')).body.items.length, 4);
      assert.equal((await get('/api/facts?party=KZ')).body.items.length, 2);
      assert.equal((await get(`/api/facts?source=${fx.sources.uz2022}`)).body.items.length, 3);
      assert.equal((await get('/api/facts?from=2020&to=2020')).body.items.length, 2);
      const page = (await get('/api/facts?limit=4')).body;
      assert.equal(page.items.length, 4);
      assert.equal((await get(`/api/facts?limit=4&cursor=${page.nextCursor}`)).body.items.length, 4);
    });

    test('one fact by id; 404 and 400', async () => {
      const id = await fx.factId('kz2019', 'More than');
      assert.equal((await get(`/api/facts/${id}`)).body.fields.value, 30);
      assert.equal((await get('/api/facts/424242')).status, 404);
      for (const url of ['/api/facts/x', '/api/facts?type=rumour', '/api/facts?review=maybe', '/api/facts?source=abc', '/api/facts?limit=1000']) {
        assert.equal((await get(url)).status, 400, url);
      }
    });

    test('review needs a token (401), an editor role (403)', async () => {
      const id = await fx.factId('kz2019', 'Belarus and Kazakhstan');
      const none = await review(id, { action: 'accept' });
      assert.equal(none.status, 401);
      assert.match(none.headers['www-authenticate'] as string, /^Bearer/);
      assert.equal((await review(id, { action: 'accept' }, 'imon_not-a-real-token')).status, 401);
      assert.equal((await review(id, { action: 'accept' }, fx.tokens.revoked)).status, 401);
      const viewer = await review(id, { action: 'accept' }, fx.tokens.viewer);
      assert.equal(viewer.status, 403);
      assert.match(viewer.body.error, /editor role/);
      assert.equal((await get(`/api/facts/${id}`)).body.reviewStatus, 'auto');
    });

    test('accept marks the fact; admins may review too', async () => {
      const id = await fx.factId('kz2019', 'Belarus and Kazakhstan');
      const accepted = await review(id, { action: 'accept' }, fx.tokens.editor);
      assert.equal(accepted.status, 200);
      assert.equal(accepted.body.reviewStatus, 'accepted');
      assert.ok(accepted.body.reviewedAt);
      assert.equal((await review(id, { action: 'accept' }, fx.tokens.admin)).status, 200);
      assert.equal((await get('/api/facts?review=accepted')).body.items.length, 1);
    });

    test('reject takes a statement out of its record: the conflict goes, the other source stays', async () => {
      const low = await fx.factId('uz2022', 'In 2020');
      const record = await fx.recordOf(low);
      assert.equal((await get(`/api/records/${record}`)).body.conflicts.length, 1);
      assert.equal((await review(low, { action: 'reject' }, fx.tokens.editor)).body.reviewStatus, 'rejected');
      const after = (await get(`/api/records/${record}`)).body;
      assert.equal(after.sourceCount, 1);
      assert.deepEqual(after.conflicts, []);
      assert.equal(after.fields.value, 612.5e6);
      assert.deepEqual(after.evidence.map((e: { reviewStatus: string }) => e.reviewStatus).sort(), ['auto', 'rejected']);
    });

    test('a record whose only statement is rejected leaves the lists', async () => {
      const id = await fx.factId('kz2019', 'More than');
      const record = await fx.recordOf(id);
      await review(id, { action: 'reject' }, fx.tokens.editor);
      const ids = (await get('/api/records?party=KZ')).body.items.map((r: { id: number }) => r.id);
      assert.ok(!ids.includes(record));
      assert.equal((await get(`/api/records/${record}`)).status, 200);
    });

    test('edit checks the fields against the fact schema and updates the record', async () => {
      const id = await fx.factId('uz2022', 'Trade between');
      const edited = await review(id, { action: 'edit', fields: { value: 710e6, change_pct: 16 } }, fx.tokens.editor);
      assert.equal(edited.status, 200);
      assert.equal(edited.body.reviewStatus, 'edited');
      assert.equal(edited.body.fields.value, 710e6);
      assert.equal(edited.body.fields.quote, 'Trade between Belarus and Uzbekistan grew to $700 million in 2021');
      const record = (await get(`/api/records/${await fx.recordOf(id)}`)).body;
      assert.equal(record.fields.value, 710e6);
      assert.equal(record.fields.change_pct, 16);
      assert.ok(record.version > 2);

      const repartied = await review(id, { action: 'edit', fields: { party_ids: ['BY', 'UZ', 'BY-HO'] } }, fx.tokens.editor);
      assert.deepEqual(repartied.body.parties.map((p: { id: string }) => p.id).sort(), ['BY', 'BY-HO', 'UZ']);
    });

    test('bad reviews are 400 and change nothing', async () => {
      const id = await fx.factId('uz2021', 'bring mutual');
      const cases: unknown[] = [
        { action: 'edit', fields: { value: 'a billion' } },
        { action: 'edit', fields: { quote: 'another quote' } },
        { action: 'edit', fields: { deadline: '2030' } },
        { action: 'edit', fields: { party_ids: ['NOWHERE'] } },
        { action: 'edit' },
        { action: 'edit', fields: {} },
        { action: 'accept', fields: { value: 1 } },
        { action: 'approve' },
        {},
      ];
      for (const payload of cases) {
        const res = await review(id, payload, fx.tokens.editor);
        assert.equal(res.status, 400, JSON.stringify(payload));
        assert.equal(typeof res.body.error, 'string');
      }
      const bad = await fx.app.inject({ method: 'POST', url: `/api/facts/${id}/review`, headers: { ...bearer(fx.tokens.editor), 'content-type': 'application/json' }, payload: '{"action":' });
      assert.equal(bad.statusCode, 400);
      assert.equal(typeof bad.json().error, 'string');
      assert.equal((await get(`/api/facts/${id}`)).body.reviewStatus, 'auto');
      assert.equal((await review(999999, { action: 'accept' }, fx.tokens.editor)).status, 404);
      assert.equal((await review('x', { action: 'accept' }, fx.tokens.editor)).status, 400);
    });
  });
}
