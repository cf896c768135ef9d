// The API over a store built from the bundled samples (samples/articles), on each engine:
// every route answers, every number it shows leads back to a quote in its source, and the
// access rules hold (401 without a token, 403 with too low a role).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/api/server.ts';
import { createToken } from '../src/api/auth.ts';
import { disposeTestStore } from '../src/api/test-fixture.ts';
import { parseCsv } from '../src/api/csv.ts';
import { initStore } from '../src/cli/init.ts';
import { ingestPaths } from '../src/ingest/ingest.ts';
import { openTestStore, testEngines, type TestStore } from '../src/store/test-stores.ts';

const articles = fileURLToPath(new URL('../samples/articles/', import.meta.url));
const articleCount = readdirSync(articles).filter((f) => f.endsWith('.md')).length;

for (const engine of testEngines) {
  describe(`the API over the samples (${engine.name})`, { skip: engine.skip ?? false }, () => {
    let store: TestStore;
    let app: FastifyInstance;
    let editor: string;
    let viewer: string;
    before(async () => {
      store = await openTestStore(engine);
      await initStore(store);
      const summary = await ingestPaths(store, [articles], { workers: 1 });
      assert.deepEqual(summary.errors, []);
      editor = (await createToken(store.db, { role: 'editor' })).token;
      viewer = (await createToken(store.db, { role: 'viewer' })).token;
      app = await buildApp({ store, webDir: null });
    });
    after(async () => {
      await app?.close();
      if (store) await disposeTestStore(store);
    });
    const get = async (url: string) => {
      const res = await app.inject({ method: 'GET', url });
      return { status: res.statusCode, body: String(res.headers['content-type'] ?? '').startsWith('application/json') ? res.json() : res.body };
    };
    const bodies = new Map<string, string>();
    /** The body of a source, fetched through the API once. */
    const bodyOf = async (id: string) => {
      if (!bodies.has(id)) bodies.set(id, (await get(`/api/sources/${id}`)).body.body);
      return bodies.get(id)!;
    };

    test('health and stats', async () => {
      assert.equal((await get('/api/health')).body.status, 'ok');
      const stats = (await get('/api/stats')).body;
      assert.equal(stats.sources, articleCount);
      assert.ok(stats.facts.total > 100);
      assert.ok(stats.records.byType.observation > 10);
    });

    test('search: English and Russian stemming, facets that add up', async () => {
      const en = (await get('/api/search?q=tractor')).body;
      assert.ok(en.sources.total >= 1);
      for (const hit of en.sources.items) {
        assert.equal(hit.lang, 'en');
        for (const [s, e] of hit.snippet.highlights) assert.match(hit.snippet.text.slice(s, e), /^tractors?$/i);
      }
      const ru = (await get(`/api/search?q=${encodeURIComponent('тракторы')}`)).body;
      assert.ok(ru.sources.total >= 1);
      assert.ok(ru.sources.items.every((h: { lang: string }) => h.lang === 'ru'));
      const all = (await get('/api/search?q=trade')).body;
      const sum = Object.values(all.facets.type as Record<string, number>).reduce((a, b) => a + b, 0);
      assert.equal(sum, all.facts.total);
      assert.equal((await get('/api/search?limit=-1')).status, 400);
    });

    test('parties and a profile', async () => {
      const found = (await get('/api/parties?q=Gomel')).body.items.map((p: { id: string }) => p.id);
      assert.ok(found.includes('BY-HO'));
      const profile = (await get('/api/parties/UZ')).body;
      assert.equal(profile.party.name, 'Uzbekistan');
      assert.ok(profile.documents.length > 0 && profile.events.length > 0 && profile.trade.length > 0);
      assert.ok(profile.related.some((p: { id: string }) => p.id === 'BY'));
      assert.equal((await get('/api/parties/XX-NOPE')).status, 404);
      assert.equal((await get('/api/parties?kind=galaxy')).status, 400);
    });

    test('every record can be paged through, and each has evidence that is in its source', async () => {
      const total = (await get('/api/stats')).body.records.total;
      const ids: number[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: { id: number }[]; nextCursor: string | null } = (await get(`/api/records?limit=200${cursor ? `&cursor=${cursor}` : ''}`)).body;
        ids.push(...page.items.map((r: { id: number }) => r.id));
        cursor = page.nextCursor;
      } while (cursor);
      assert.equal(ids.length, total);
      assert.equal(new Set(ids).size, total);
      for (const id of ids.slice(0, 15)) {
        const record = (await get(`/api/records/${id}`)).body;
        assert.ok(record.evidence.length >= 1);
        for (const e of record.evidence) assert.equal((await bodyOf(e.source.id)).slice(e.start, e.end), e.quote);
      }
      assert.equal((await get('/api/records?type=gossip')).status, 400);
      assert.equal((await get('/api/records/2147483647')).status, 404);
    });

    test('trade series: every point cites its statements', async () => {
      const { body } = await get('/api/trade/series?parties=BY,UZ&indicator=turnover');
      assert.ok(body.series.length >= 1);
      for (const series of body.series) {
        for (const point of series.points) {
          assert.ok(point.evidence.length >= 1, `point ${point.recordId}`);
          for (const e of point.evidence) assert.equal((await bodyOf(e.source.id)).slice(e.start, e.end), e.quote);
        }
      }
    });

    test('exports agree with the lists', async () => {
      const stats = (await get('/api/stats')).body;
      const csv = (await get('/api/export/records.csv')).body as string;
      assert.equal(parseCsv(csv).length, stats.records.total + 1);
      const jsonl = (await get('/api/export/facts.jsonl')).body as string;
      assert.equal(jsonl.trimEnd().split('\n').length, stats.facts.total);
      assert.equal((await get('/api/export/trade.csv?party=NOWHERE')).status, 400);
    });

    test('writes: 401 without a token, 403 for a viewer, done for an editor', async () => {
      const fact = (await get('/api/facts?type=trade&limit=1')).body.items[0];
      const review = (headers: Record<string, string>) =>
        app.inject({ method: 'POST', url: `/api/facts/${fact.id}/review`, payload: { action: 'accept' }, headers });
      assert.equal((await review({})).statusCode, 401);
      assert.equal((await review({ authorization: `Bearer ${viewer}` })).statusCode, 403);
      const accepted = await review({ authorization: `Bearer ${editor}` });
      assert.equal(accepted.statusCode, 200);
      assert.equal(accepted.json().reviewStatus, 'accepted');

      const posted = await app.inject({
        method: 'POST', url: '/api/sources', headers: { authorization: `Bearer ${editor}` },
        payload: { text: 'Trade between Belarus and Armenia reached $120 million in 2024, up 9%.', title: 'Armenia', date: '2025-01-20' },
      });
      assert.equal(posted.statusCode, 201);
      assert.equal((await get(`/api/sources/${posted.json().id}`)).body.title, 'Armenia');

      const watch = await app.inject({
        method: 'POST', url: '/api/watches', headers: { authorization: `Bearer ${editor}` },
        payload: { name: 'Armenia', query: { parties: ['AM'] } },
      });
      assert.equal(watch.statusCode, 201);
      assert.equal((await get('/api/watches')).body.items.length, 1);
      assert.equal((await get('/api/alerts')).status, 200);
      const gone = await app.inject({ method: 'DELETE', url: `/api/watches/${watch.json().id}`, headers: { authorization: `Bearer ${editor}` } });
      assert.equal(gone.statusCode, 204);
    });
  });
}
