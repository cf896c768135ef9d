import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testEngines } from '../../../store/test-stores.ts';
import { openApiFixture, type ApiFixture } from '../../test-fixture.ts';

for (const engine of testEngines) {
  describe(`GET /api/search (${engine.name})`, { skip: engine.skip ?? false }, () => {
    let fx: ApiFixture;
    before(async () => {
      fx = await openApiFixture(engine);
    });
    after(async () => fx?.close());
    const search = async (query: string) => {
      const res = await fx.app.inject({ method: 'GET', url: `/api/search?${query}` });
      return { status: res.statusCode, body: res.json() };
    };

    test('English words match English texts with stemming, highlighted by offsets', async () => {
      const { status, body } = await search('q=tractor');
      assert.equal(status, 200);
      assert.deepEqual(body.sources.items.map((s: { id: string }) => s.id), [fx.sources.uz2022]);
      const snippet = body.sources.items[0].snippet;
      assert.ok(snippet.highlights.length > 0);
      for (const [start, end] of snippet.highlights) assert.match(snippet.text.slice(start, end), /^tractors?$/i);
      assert.equal(body.facts.total, 1);
      assert.equal(body.facts.items[0].type, 'project');
      assert.equal(body.facts.items[0].source.id, fx.sources.uz2022);
    });

    test('Russian words match Russian texts in any case form', async () => {
      const { body } = await search(`q=${encodeURIComponent('трактор')}`);
      assert.deepEqual(body.sources.items.map((s: { id: string }) => s.id), [fx.sources.gomel2023]);
      const { body: forum } = await search(`q=${encodeURIComponent('форумы')}`);
      assert.equal(forum.facts.total, 1);
      assert.equal(forum.facts.items[0].type, 'event');
    });

    test('facets count the matching facts; each ignores its own filter', async () => {
      const { body } = await search('q=trade');
      assert.deepEqual(body.facets.type, { trade: 2, target: 1 });
      assert.deepEqual(body.facets.year, { 2020: 1, 2021: 2 });
      assert.deepEqual(body.facets.party.map((p: { id: string; count: number }) => [p.id, p.count]), [['BY', 3], ['UZ', 3]]);
      const { body: trade } = await search('q=trade&type=trade');
      assert.equal(trade.facts.total, 2);
      assert.deepEqual(trade.facets.type, { trade: 2, target: 1 });
      const { body: late } = await search('q=trade&from=2021');
      assert.equal(late.facts.total, 2);
      assert.deepEqual(late.facets.year, { 2020: 1, 2021: 2 });
    });

    test('filters: language, party, dates', async () => {
      assert.equal((await search('q=trade&lang=ru')).body.sources.total, 0);
      const { body: kz } = await search('party=KZ');
      assert.equal(kz.facts.total, 2);
      assert.deepEqual(kz.sources.items.map((s: { id: string }) => s.id), [fx.sources.kz2019]);
      const { body: y2023 } = await search('from=2023&to=2023');
      assert.deepEqual(y2023.sources.items.map((s: { id: string }) => s.id), [fx.sources.gomel2023]);
    });

    test('without words: everything, newest first, page by page', async () => {
      const seen = new Set<string>();
      let cursor: string | null = null;
      let pages = 0;
      do {
        const { status, body } = await search(`limit=3${cursor ? `&cursor=${cursor}` : ''}`);
        assert.equal(status, 200);
        for (const f of body.facts.items) seen.add(`fact ${f.id}`);
        for (const s of body.sources.items) seen.add(`source ${s.id}`);
        cursor = body.nextCursor;
        pages++;
      } while (cursor && pages < 10);
      assert.equal(cursor, null);
      assert.equal(pages, 4);
      assert.equal(seen.size, 14);
    });

    test('bad parameters are 400 with a message', async () => {
      for (const query of ['limit=-1', 'limit=0', 'limit=201', 'type=rumour', 'from=2021-02-30', 'to=21', 'from=2022&to=2021', 'lang=de', 'party=XX', 'cursor=abc']) {
        const { status, body } = await search(query);
        assert.equal(status, 400, query);
        assert.equal(typeof body.error, 'string', query);
      }
      assert.match((await search('party=XX')).body.error, /unknown party "XX"/);
    });
  });
}
