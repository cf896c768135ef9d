/**
 * The monitor commands end to end (the CLI run in-process), on both engines: `imon ingest` raises alerts for watches
 * (once per change, none for the same text again) and POSTs them to a webhook that fails
 * first; `imon targets|plans|coverage|watch|alerts` print the JSON the issue describes and
 * exit 0/1/2 as documented.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testEngines } from '../src/store/test-stores.ts';
import type { StoreLocation } from '../src/store/open.ts';
import { main } from '../src/cli/main.ts';

/** Runs `imon` in this process (each spawn would cost seconds); output is captured. */
async function imon(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = { out: (text: string) => (stdout += text.endsWith('\n') ? text : `${text}\n`), err: (text: string) => (stderr += text.endsWith('\n') ? text : `${text}\n`) };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const storeArgs = (location: StoreLocation) =>
  location.engine === 'embedded' ? ['--data', location.dataDir] : ['--db', location.url];

const article = (title: string, date: string, lang: 'en' | 'ru', body: string) =>
  `---\ntitle: "${title}"\ndate: ${date}\nlang: ${lang}\npublisher: Test Wire\n---\n${body}\n`;

const TRADE_EN = 'In 2025, trade between Belarus and Kyrgyzstan reached $210.4 million, up 3% on 2024. The two countries agreed to bring bilateral trade to $400 million by 2030.';
const TRADE_RU = 'Товарооборот Беларуси с Кыргызстаном по итогам 2025 года составил 210,4 млн долларов, увеличившись на 3%.';
const PROGRAMME = 'Gomselmash will supply 150 combine harvesters to Andijan Region of Uzbekistan this year. Gomel Region and Andijan Region signed a cooperation programme for 2026-2028.';

for (const engine of testEngines) {
  describe(`imon monitor commands on the ${engine.name} engine`, { skip: engine.skip ?? false }, () => {
    let root: string;
    let location: StoreLocation;
    let dispose: () => Promise<void>;
    const received: { id: number; watch: { name: string }; record: { title: string; version: number } }[] = [];
    const statuses = [500];
    const server = createServer((req, res) => {
      let data = '';
      req.on('data', (chunk) => (data += chunk));
      req.on('end', () => {
        const status = statuses.shift() ?? 200;
        if (status === 200) received.push(JSON.parse(data));
        res.statusCode = status;
        res.end();
      });
    });
    let webhook: string;
    const file = (name: string, content: string) => {
      const path = join(root, name);
      writeFileSync(path, content);
      return path;
    };

    before(async () => {
      root = mkdtempSync(join(tmpdir(), 'imon-monitor-'));
      ({ location, dispose } = await engine.create());
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      webhook = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    });
    after(async () => {
      server.closeAllConnections();
      server.close();
      await dispose?.();
      rmSync(root, { recursive: true, force: true });
    });

    const run = (command: string[], options: { asOf?: boolean } = {}) =>
      imon([...storeArgs(location), ...command, ...(options.asOf ? ['--as-of', '2026-11-29'] : [])]);

    test('ingest raises an alert once per change and POSTs it to the webhook, retrying after a failure', async () => {
      const init = await run(['init']);
      assert.equal(init.code, 0, init.stderr);
      const added = await run(['watch', 'add', 'Kyrgyz trade', '--party', 'Кыргызстан', '--type', 'trade', '--min-value', '1e8', '--webhook', webhook, '--json']);
      assert.equal(added.code, 0, added.stderr);
      const watch = JSON.parse(added.stdout) as { id: number; query: { parties: string[]; types: string[]; minValue: number } };
      assert.deepEqual(watch.query.parties, ['KG']);
      assert.deepEqual([watch.query.types, watch.query.minValue], [['trade'], 1e8]);

      const en = file('trade-en.md', article('Belarus-Kyrgyzstan trade', '2026-02-10', 'en', TRADE_EN));
      const first = await run(['ingest', en, '--json', '--workers', '1']);
      assert.equal(first.code, 0, first.stderr);
      let alerts = JSON.parse((await run(['alerts', '--json'])).stdout) as { id: number; delivery: string; attempts: number; record: { type: string; version: number } }[];
      assert.equal(alerts.length, 1);
      assert.equal(alerts[0].record.type, 'observation');
      assert.deepEqual([alerts[0].delivery, alerts[0].attempts], ['delivered', 2], 'the first POST failed, the retry was taken');
      assert.equal(received.length, 1);
      assert.equal(received[0].id, alerts[0].id);
      assert.equal(received[0].watch.name, 'Kyrgyz trade');

      const copy = file('copy-of-trade-en.md', article('Belarus-Kyrgyzstan trade', '2026-02-10', 'en', TRADE_EN));
      assert.equal((await run(['ingest', en, copy, '--workers', '1'])).code, 0);
      alerts = JSON.parse((await run(['alerts', '--json'])).stdout);
      assert.equal(alerts.length, 1, 'the same text again changes nothing and alerts nothing');

      const ru = file('trade-ru.md', article('Товарооборот Беларуси и Кыргызстана', '2026-02-12', 'ru', TRADE_RU));
      assert.equal((await run(['ingest', ru, '--workers', '1'])).code, 0);
      alerts = JSON.parse((await run(['alerts', '--json'])).stdout);
      assert.equal(alerts.length, 2, 'a second source for the same figure is a change');
      assert.ok(alerts[0].record.version > alerts[1].record.version);
      assert.equal(received.length, 2);

      const text = await run(['alerts', '--unread', '--mark-read']);
      assert.equal(text.code, 0);
      assert.match(text.stdout, /\[Kyrgyz trade\] observation: turnover Belarus-Kyrgyzstan 2025/);
      assert.match(text.stdout, /marked 2 alerts read/);
      assert.deepEqual(JSON.parse((await run(['alerts', '--unread', '--json'])).stdout), []);
    });

    test('targets, plans and coverage as JSON', async () => {
      const programme = file('programme.md', article('Gomel harvesters for Andijan', '2026-03-01', 'en', PROGRAMME));
      assert.equal((await run(['ingest', programme, '--workers', '1'])).code, 0);

      const targets = await run(['targets', '--party', 'Kyrgyzstan', '--json'], { asOf: true });
      assert.equal(targets.code, 0, targets.stderr);
      const [target] = JSON.parse(targets.stdout);
      assert.deepEqual(
        [target.parties, target.indicator, target.value, target.currency, target.by, target.status],
        [['Belarus', 'Kyrgyzstan'], 'turnover', 400e6, 'USD', '2030', 'behind'],
      );
      assert.deepEqual(target.latest, { value: 210.4e6, period: '2025' });
      assert.match(target.projection.method, /linear trend \(least squares\) of the whole-year figures 2024-2025, the first implied by the stated yearly change, extended to 2030/);
      assert.deepEqual(target.evidence.map((e: { role: string }) => e.role), ['target', 'figure', 'figure']);
      assert.ok(target.evidence.every((e: { source: string; quote: string }) => /^[0-9a-f]{64}$/.test(e.source) && e.quote.length > 0));

      const plans = JSON.parse((await run(['plans', '--json'], { asOf: true })).stdout);
      assert.deepEqual(plans.map((p: { kind: string; parties: string[]; valid_from: string; valid_to: string; status: string; renewed_by: null }) =>
        [p.kind, p.parties, p.valid_from, p.valid_to, p.status, p.renewed_by]), [['programme', ['Gomel Region', 'Andijan Region'], '2026', '2028', 'active', null]]);
      assert.deepEqual(JSON.parse((await run(['plans', '--expiring', '--json'], { asOf: true })).stdout), []);

      const coverage = JSON.parse((await run(['coverage', '--party', 'Uzbekistan', '--json'], { asOf: true })).stdout);
      assert.deepEqual(coverage.states.map((s: { name: string }) => s.name), ['Uzbekistan']);
      assert.equal(coverage.states[0].regions.with_documents, 1);
      assert.ok(coverage.states[0].regions.total >= 12, 'the gazetteer knows all the regions');
      assert.ok(coverage.pairs.some((p: { parties: string[]; dormant: boolean }) => p.parties.join(' - ') === 'Gomel Region - Andijan Region' && !p.dormant));
    });

    test('wrong usage exits 2, a missing watch 1; watches are listed and removed', async () => {
      const badType = await run(['watch', 'add', 'x', '--type', 'rumour']);
      assert.equal(badType.code, 2);
      assert.match(badType.stderr, /--type must be one of trade, target/);
      assert.equal((await run(['watch', 'add', 'x', '--webhook', 'ftp://example.org/x'])).code, 2);
      assert.equal((await run(['targets', '--party', 'Qwertyville'])).code, 2);
      assert.equal((await run(['plans', '--as-of', '2026-13-45'])).code, 2);
      assert.equal((await run(['watch', 'rm', 'abc'])).code, 2);
      const missing = await run(['watch', 'rm', '999']);
      assert.equal(missing.code, 1);
      assert.match(missing.stderr, /no watch #999/);

      const list = JSON.parse((await run(['watch', 'list', '--json'])).stdout) as { id: number; name: string }[];
      assert.deepEqual(list.map((w) => w.name), ['Kyrgyz trade']);
      assert.match((await run(['watch', 'list'])).stdout, /#\d+ Kyrgyz trade {2}\(parties: Kyrgyzstan; types: trade; min value: 100000000; webhook: http/);
      assert.equal((await run(['watch', 'rm', String(list[0].id)])).code, 0);
      assert.deepEqual(JSON.parse((await run(['watch', 'list', '--json'])).stdout), []);
    });
  });
}
