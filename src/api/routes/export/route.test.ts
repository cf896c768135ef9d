import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testEngines } from '../../../store/test-stores.ts';
import { parseCsv } from '../../csv.ts';
import { openApiFixture, type ApiFixture } from '../../test-fixture.ts';

for (const engine of testEngines) {
  describe(`GET /api/export (${engine.name})`, { skip: engine.skip ?? false }, () => {
    let fx: ApiFixture;
    before(async () => {
      fx = await openApiFixture(engine);
    });
    after(async () => fx?.close());
    const get = (url: string) => fx.app.inject({ method: 'GET', url });
    const table = (text: string) => {
      assert.ok(text.endsWith('\r\n'), 'the file ends with CRLF');
      const [header, ...rows] = parseCsv(text);
      return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
    };

    test('records.csv: every record, a header, RFC 4180 quoting, as an attachment', async () => {
      const res = await get('/api/export/records.csv');
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'text/csv; charset=utf-8');
      assert.equal(res.headers['content-disposition'], 'attachment; filename="records.csv"');
      const rows = table(res.body);
      assert.equal(rows.length, 9);
      const roadmap = rows.find((r) => r.kind === 'roadmap')!;
      assert.equal(roadmap.parties, 'Belarus; Uzbekistan');
      assert.equal(roadmap.date, '2021-03');
      assert.equal(JSON.parse(roadmap.fields_json).title, 'roadmap on industrial cooperation for 2021-2023');
      assert.equal(table((await get('/api/export/records.csv?type=event')).body).length, 2);
    });

    test('facts.csv keeps quotes with commas intact and cites the source', async () => {
      const rows = table((await get('/api/export/facts.csv?type=trade&party=BY,UZ')).body);
      assert.equal(rows.length, 3);
      const fact = rows.find((r) => r.period === '2020' && r.value === '612500000')!;
      assert.equal(fact.quote, 'Trade between Belarus and Uzbekistan reached $612.5 million in 2020, up 15%');
      assert.equal(fact.source_url, 'https://example.test/uz-2021');
      assert.equal(fact.source_id, fx.sources.uz2021);
    });

    test('trade.csv: one line per observation with its first statement', async () => {
      const rows = table((await get('/api/export/trade.csv')).body);
      assert.equal(rows.length, 3);
      const y2020 = rows.find((r) => r.period === '2020')!;
      assert.equal(y2020.statements, '2');
      assert.equal(y2020.conflicts, '1');
      assert.equal(y2020.evidence_source_published, '2021-03-02');
      assert.deepEqual(table((await get('/api/export/trade.csv?party=BY-HO')).body).map((r) => r.value), ['85000000']);
    });

    test('jsonl: one JSON object per line, the same shape as the API lists', async () => {
      const res = await get('/api/export/facts.jsonl');
      assert.equal(res.headers['content-type'], 'application/x-ndjson; charset=utf-8');
      const lines = res.body.trimEnd().split('\n').map((l) => JSON.parse(l));
      assert.equal(lines.length, 10);
      for (const fact of lines) assert.equal(typeof fact.evidence.quote, 'string');
      const trade = (await get('/api/export/trade.jsonl')).body.trimEnd().split('\n').map((l) => JSON.parse(l));
      assert.equal(trade.length, 3);
      assert.ok(trade.every((r: { evidence: unknown[] }) => r.evidence.length >= 1));
      assert.equal((await get('/api/export/records.jsonl?type=count')).body.trimEnd().split('\n').length, 1);
    });

    test('400 for bad filters, 404 for files it does not make', async () => {
      for (const url of ['/api/export/records.csv?type=rumour', '/api/export/facts.csv?party=MARS', '/api/export/trade.csv?from=2021-99',
        '/api/export/trade.jsonl?indicator=gdp', '/api/export/facts.jsonl?review=later']) {
        const res = await get(url);
        assert.equal(res.statusCode, 400, url);
        assert.equal(typeof res.json().error, 'string');
      }
      assert.equal((await get('/api/export/records.xml')).statusCode, 404);
      assert.equal((await get('/api/export/people.csv')).statusCode, 404);
    });
  });
}
