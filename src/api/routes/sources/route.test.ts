import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sourceIdOf } from '../../../ingest/source-id.ts';
import { testEngines } from '../../../store/test-stores.ts';
import { bearer, openApiFixture, type ApiFixture } from '../../test-fixture.ts';
import { MAX_POSTED_BYTES } from './route.ts';

for (const engine of testEngines) {
  describe(`/api/sources (${engine.name})`, { skip: engine.skip ?? false }, () => {
    let fx: ApiFixture;
    before(async () => {
      fx = await openApiFixture(engine);
    });
    after(async () => fx?.close());
    const get = async (url: string) => {
      const res = await fx.app.inject({ method: 'GET', url });
      return { status: res.statusCode, body: res.json(), headers: res.headers };
    };
    const post = async (payload: string | object, headers: Record<string, string> = {}, url = '/api/sources') => {
      const res = await fx.app.inject({ method: 'POST', url, payload, headers });
      return { status: res.statusCode, body: res.json() };
    };

    test('a source comes with its body, evidence spans and facts', async () => {
      const { status, body } = await get(`/api/sources/${fx.sources.uz2021}`);
      assert.equal(status, 200);
      assert.equal(body.title, 'Belarus and Uzbekistan lift trade');
      assert.equal(body.published, '2021-03-02');
      assert.deepEqual(body.locations, ['fixture/uz2021.md']);
      assert.equal(body.evidence.length, 3);
      for (const span of body.evidence) {
        assert.equal(body.body.slice(span.start, span.end), span.quote);
        assert.equal(span.factIds.length, 1);
      }
      assert.deepEqual(body.facts.map((f: { type: string }) => f.type), ['trade', 'document', 'target']);
    });

    test('text from sources is data: markup stays text in JSON, never a page', async () => {
      const { body, headers } = await get(`/api/sources/${fx.sources.kz2019}`);
      assert.ok(body.body.includes('"<script>alert(1)</script> & Transit"'));
      assert.match(headers['content-type'] as string, /^application\/json/);
      assert.equal(headers['x-content-type-options'], 'nosniff');
      assert.match(headers['content-security-policy'] as string, /default-src 'none'/);
    });

    test('400 for a malformed id, 404 for an unknown one', async () => {
      assert.equal((await get('/api/sources/1234')).status, 400);
      const missing = await get(`/api/sources/${'0'.repeat(64)}`);
      assert.equal(missing.status, 404);
      assert.match(missing.body.error, /no source with id 0{64}/);
    });

    test('posting a text needs an editor token', async () => {
      const text = { text: 'A new text that nobody may post without a token.' };
      assert.equal((await post(text)).status, 401);
      assert.equal((await post(text, bearer(fx.tokens.viewer))).status, 403);
      assert.equal((await post(text, bearer(fx.tokens.revoked))).status, 401);
    });

    test('a JSON text is stored with its facts; the same text again is a duplicate', async () => {
      const text = 'MINSK, 4 April – Trade between Belarus and Kazakhstan reached $1.2 billion in 2023, the national statistics committee said.';
      const created = await post({ text, title: 'Belarus-Kazakhstan trade', date: '2024-04-04', url: 'https://example.test/kz-2024', lang: 'en' }, bearer(fx.tokens.editor));
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.equal(created.body.status, 'new');
      assert.equal(created.body.id, sourceIdOf(text));
      const stored = (await get(`/api/sources/${created.body.id}`)).body;
      assert.equal(stored.title, 'Belarus-Kazakhstan trade');
      assert.equal(stored.published, '2024-04-04');
      assert.equal(stored.facts.length, created.body.facts);
      for (const f of stored.facts) assert.equal(text.slice(f.evidence.start, f.evidence.end), f.evidence.quote);
      const again = await post({ text, title: 'Another title' }, bearer(fx.tokens.admin));
      assert.equal(again.status, 200);
      assert.equal(again.body.status, 'duplicate');
      assert.equal(again.body.facts, 0);
    });

    test('a posted text is checked against the watches: an alert once, none for the same text again', async () => {
      const editor = bearer(fx.tokens.editor);
      const watch = await fx.app.inject({
        method: 'POST', url: '/api/watches', headers: editor,
        payload: { name: 'Kazakhstan trade', query: { parties: ['KZ'], types: ['trade'] } },
      });
      assert.equal(watch.statusCode, 201);
      const watchId = watch.json().id;
      const alertsOfWatch = async () => (await get(`/api/alerts?watch=${watchId}`)).body.items;
      assert.equal((await alertsOfWatch()).length, 0);

      const text = 'ASTANA, 12 May – Trade between Kazakhstan and Belarus amounted to $940 million in 2024, the ministry of trade reported.';
      const first = await post({ text, title: 'Kazakhstan-Belarus trade in 2024', date: '2025-05-12', lang: 'en' }, editor);
      assert.equal(first.status, 201, JSON.stringify(first.body));
      assert.equal(first.body.alerts, 1);
      const [alert] = await alertsOfWatch();
      assert.equal(alert.record.type, 'observation');
      assert.ok(first.body.changedRecordIds.includes(alert.record.id));
      assert.equal(alert.readAt, null);
      assert.ok(alert.payload.evidence.some((e: { source: string }) => e.source === first.body.id));

      const again = await post({ text, title: 'Kazakhstan-Belarus trade in 2024', date: '2025-05-12', lang: 'en' }, editor);
      assert.equal(again.status, 200);
      assert.equal(again.body.status, 'duplicate');
      assert.equal(again.body.alerts, 0);
      assert.equal((await alertsOfWatch()).length, 1, 'the same text again raises no alert');
    });

    test('a watch\'s webhook is called after the answer: a receiver that holds on does not hold the poster', async () => {
      const editor = bearer(fx.tokens.editor);
      // A receiver that keeps each request open until the test lets it answer.
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      const received: string[] = [];
      const receiver = createServer((req, res) => {
        let body = '';
        req.on('data', (d) => (body += d));
        req.on('end', () => {
          received.push(body);
          void released.then(() => res.writeHead(204).end());
        });
      });
      receiver.listen(0, '127.0.0.1');
      await once(receiver, 'listening');
      try {
        const { port } = receiver.address() as AddressInfo;
        const watch = await fx.app.inject({
          method: 'POST', url: '/api/watches', headers: editor,
          payload: { name: 'Kazakhstan trade, pushed', query: { parties: ['KZ'], types: ['trade'] }, webhookUrl: `http://127.0.0.1:${port}/hook` },
        });
        assert.equal(watch.statusCode, 201, watch.body);
        const text = 'ASTANA, 3 March – Trade between Kazakhstan and Belarus reached $810 million in 2019, the statistics committee said.';
        const posted = await post({ text, title: 'Kazakhstan-Belarus trade in 2019', date: '2020-03-03', lang: 'en' }, editor);
        assert.equal(posted.status, 201, JSON.stringify(posted.body));
        assert.ok(posted.body.alerts >= 1);
        // Answered while the receiver still holds the delivery (or before it even arrived).
        const pending = (await get(`/api/alerts?watch=${watch.json().id}`)).body.items;
        assert.equal(pending.length, 1);
        assert.equal(pending[0].delivery, 'pending');

        release();
        while (received.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
        assert.match(received[0], /Kazakhstan trade, pushed/);
        let delivery = 'pending';
        while (delivery === 'pending') {
          await new Promise((resolve) => setTimeout(resolve, 20));
          delivery = (await get(`/api/alerts?watch=${watch.json().id}`)).body.items[0].delivery;
        }
        assert.equal(delivery, 'delivered');
      } finally {
        release();
        receiver.close();
      }
    });

    test('a file can be posted as it is: markdown with front matter, HTML', async () => {
      const md = '---\ntitle: Gomel Region visit\ndate: 2024-05-06\nlang: en\n---\nA delegation of Gomel Region visited Andijan Region in May.\n';
      const fromMd = await post(md, { ...bearer(fx.tokens.editor), 'content-type': 'text/markdown' });
      assert.equal(fromMd.status, 201);
      const mdSource = (await get(`/api/sources/${fromMd.body.id}`)).body;
      assert.equal(mdSource.title, 'Gomel Region visit');
      assert.equal(mdSource.published, '2024-05-06');
      assert.equal(mdSource.format, 'md');

      const html = '<html><head><title>Trade news</title></head><body><article><p>Belarus and Uzbekistan discussed new supplies of buses.</p></article></body></html>';
      const fromHtml = await post(html, { ...bearer(fx.tokens.editor), 'content-type': 'text/html' });
      assert.equal(fromHtml.status, 201);
      const htmlSource = (await get(`/api/sources/${fromHtml.body.id}`)).body;
      assert.equal(htmlSource.title, 'Trade news');
      assert.ok(!htmlSource.body.includes('<p>'));

      const plain = await post('Plain text about Belarus and Kazakhstan, posted as it is.', { ...bearer(fx.tokens.editor), 'content-type': 'text/plain' }, '/api/sources?title=Plain');
      assert.equal(plain.status, 201);
      assert.equal((await get(`/api/sources/${plain.body.id}`)).body.title, 'Plain');
    });

    test('bad posts are refused with a reason', async () => {
      const editor = bearer(fx.tokens.editor);
      for (const payload of [{ text: '' }, { text: '   ' }, { title: 'no text' }, { text: 'x', date: 'someday' }, { text: 'x', lang: 'de' }]) {
        const res = await post(payload, editor);
        assert.equal(res.status, 400, JSON.stringify(payload));
        assert.equal(typeof res.body.error, 'string');
      }
      assert.equal((await post('<xml/>', { ...editor, 'content-type': 'application/xml' })).status, 415);
      assert.equal((await post('---\ntitle: only front matter\n---\n', { ...editor, 'content-type': 'text/markdown' })).status, 400);
      const huge = await post('x'.repeat(MAX_POSTED_BYTES + 1), { ...editor, 'content-type': 'text/plain' });
      assert.equal(huge.status, 413);
    });
  });
}
