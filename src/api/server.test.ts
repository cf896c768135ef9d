import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Store } from '../store/open.ts';
import { buildApp, isSameOrigin } from './server.ts';

/** A store that must not be touched: these tests are about the server around the routes. */
const untouchable: Store = {
  engine: 'embedded',
  where: '(none)',
  db: new Proxy({}, { get: () => { throw new Error('no store in this test'); } }) as Store['db'],
  close: async () => {},
};

describe('the API server', () => {
  let app: FastifyInstance;
  let web: string;
  before(async () => {
    web = mkdtempSync(join(tmpdir(), 'imon-web-'));
    mkdirSync(join(web, 'assets'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Integration Monitor</title><div id="root"></div>');
    writeFileSync(join(web, 'assets', 'app.js'), 'console.log("app")');
    app = await buildApp({ store: untouchable, corsOrigins: ['https://desk.example.test'], webDir: web });
  });
  after(async () => {
    await app?.close();
    rmSync(web, { recursive: true, force: true });
  });

  test('OpenAPI 3 lists every route with its schemas; writes name the bearer scheme', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    assert.equal(res.statusCode, 200);
    const doc = res.json();
    assert.match(doc.openapi, /^3\./);
    for (const path of ['/api/health', '/api/stats', '/api/search', '/api/parties', '/api/parties/{id}', '/api/records', '/api/records/{id}',
      '/api/facts', '/api/facts/{id}/review', '/api/sources', '/api/sources/{id}', '/api/trade/series', '/api/watches', '/api/watches/{id}',
      '/api/alerts', '/api/alerts/read', '/api/targets', '/api/plans', '/api/coverage', '/api/report',
      '/api/export/records.csv', '/api/export/facts.jsonl', '/api/export/trade.csv']) {
      assert.ok(doc.paths[path], path);
    }
    assert.ok(!Object.keys(doc.paths).some((p) => p.startsWith('/api/docs')));
    assert.deepEqual(doc.paths['/api/facts/{id}/review'].post.security, [{ bearerAuth: [] }]);
    assert.equal(doc.paths['/api/records'].get.security, undefined);
    assert.deepEqual(doc.components.securitySchemes.bearerAuth, { type: 'http', scheme: 'bearer' });
    assert.ok(doc.components.schemas.FactSummary);
    const limit = doc.paths['/api/records'].get.parameters.find((p: { name: string }) => p.name === 'limit');
    assert.equal(limit.schema.maximum, 200);
  });

  test('the docs are served from the package, with no outside requests', async () => {
    const page = await app.inject({ method: 'GET', url: '/api/docs' });
    assert.equal(page.statusCode, 200);
    assert.match(page.headers['content-type'] as string, /text\/html/);
    assert.ok(!/https?:\/\//.test(page.body.replace(/<!--[\s\S]*?-->/g, '')), 'no absolute URLs in the docs page');
    const css = await app.inject({ method: 'GET', url: '/api/docs/static/swagger-ui.css' });
    assert.equal(css.statusCode, 200);
    const init = await app.inject({ method: 'GET', url: '/api/docs/static/swagger-initializer.js' });
    assert.equal(init.statusCode, 200);
  });

  test('cross-origin requests are refused unless the origin is allowed', async () => {
    const refused = await app.inject({ method: 'GET', url: '/api/openapi.json', headers: { origin: 'https://elsewhere.example' } });
    assert.equal(refused.statusCode, 403);
    assert.match(refused.json().error, /cross-origin/);
    assert.equal(refused.headers['access-control-allow-origin'], undefined);
    const preflight = await app.inject({
      method: 'OPTIONS', url: '/api/watches',
      headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' },
    });
    assert.equal(preflight.statusCode, 403);

    const allowed = await app.inject({ method: 'GET', url: '/api/openapi.json', headers: { origin: 'https://desk.example.test' } });
    assert.equal(allowed.statusCode, 200);
    assert.equal(allowed.headers['access-control-allow-origin'], 'https://desk.example.test');
    const allowedPreflight = await app.inject({
      method: 'OPTIONS', url: '/api/watches',
      headers: { origin: 'https://desk.example.test', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
    assert.equal(allowedPreflight.statusCode, 204);
    assert.match(allowedPreflight.headers['access-control-allow-headers'] as string, /Authorization/);

    const sameOrigin = await app.inject({ method: 'GET', url: '/api/openapi.json', headers: { origin: 'http://localhost:80', host: 'localhost:80' } });
    assert.equal(sameOrigin.statusCode, 200);
  });

  test('same origin means the same host and port', () => {
    assert.ok(isSameOrigin('http://127.0.0.1:8080', '127.0.0.1:8080'));
    assert.ok(!isSameOrigin('http://127.0.0.1:8081', '127.0.0.1:8080'));
    assert.ok(!isSameOrigin('null', '127.0.0.1:8080'));
    assert.ok(!isSameOrigin('http://127.0.0.1:8080', undefined));
  });

  test('the web app is served at /, its deep links get its page, unknown API paths stay JSON', async () => {
    const root = await app.inject({ method: 'GET', url: '/' });
    assert.equal(root.statusCode, 200);
    assert.match(root.body, /Integration Monitor/);
    assert.equal((await app.inject({ method: 'GET', url: '/assets/app.js' })).statusCode, 200);
    const deep = await app.inject({ method: 'GET', url: '/parties/BY', headers: { accept: 'text/html' } });
    assert.equal(deep.statusCode, 200);
    assert.match(deep.body, /id="root"/);
    const api = await app.inject({ method: 'GET', url: '/api/no-such-thing', headers: { accept: 'text/html' } });
    assert.equal(api.statusCode, 404);
    assert.deepEqual(api.json(), { error: 'no such route: GET /api/no-such-thing' });
    assert.equal((await app.inject({ method: 'GET', url: '/missing.js' })).statusCode, 404);
    assert.equal(root.headers['x-content-type-options'], 'nosniff');
  });

  test('without a web app, / is a JSON 404', async () => {
    const bare = await buildApp({ store: untouchable, webDir: null });
    try {
      const res = await bare.inject({ method: 'GET', url: '/', headers: { accept: 'text/html' } });
      assert.equal(res.statusCode, 404);
      assert.equal(typeof res.json().error, 'string');
    } finally {
      await bare.close();
    }
  });
});
