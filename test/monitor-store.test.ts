/**
 * The monitor's store queries on both engines: targets, plans and coverage read from stored
 * records; watches raise alerts once per record change; webhooks are retried and their
 * outcome recorded on the alert.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Fact, type FactInput } from '../src/domain/fact.ts';
import { Party } from '../src/domain/party.ts';
import { openTestStore, testEngines, type TestStore } from '../src/store/test-stores.ts';
import { upsertParties } from '../src/store/parties.ts';
import { storeSource, type SourceToStore } from '../src/store/write-source.ts';
import { sourceIdOf } from '../src/ingest/source-id.ts';
import * as t from '../src/store/schema.ts';
import { targetReport } from '../src/monitor/targets.ts';
import { planReport } from '../src/monitor/plans.ts';
import { coverageReport } from '../src/monitor/coverage.ts';
import { addWatch, listWatches, removeWatch } from '../src/monitor/watches.ts';
import { alertOnChangedRecords, listAlerts, markAlertsRead, redeliverAlerts } from '../src/monitor/alerts.ts';
import { resolvePartyArg } from '../src/monitor/resolve-party.ts';

const today = new Date('2026-11-29T12:00:00Z');

const parties = [
  { id: 'BY', kind: 'state', name: 'Belarus', nameRu: 'Беларусь', code: 'BY' },
  { id: 'KG', kind: 'state', name: 'Kyrgyzstan', nameRu: 'Кыргызстан', code: 'KG', aliases: ['Киргизия'] },
  { id: 'UZ', kind: 'state', name: 'Uzbekistan', nameRu: 'Узбекистан', code: 'UZ' },
  { id: 'BY-MI', kind: 'region', name: 'Minsk Region', nameRu: 'Минская область', code: 'BY-MI', parentId: 'BY' },
  { id: 'BY-HO', kind: 'region', name: 'Gomel Region', nameRu: 'Гомельская область', code: 'BY-HO', parentId: 'BY' },
  { id: 'KG-C', kind: 'region', name: 'Chuy Region', nameRu: 'Чуйская область', code: 'KG-C', parentId: 'KG' },
  { id: 'UZ-AN', kind: 'region', name: 'Andijan Region', nameRu: 'Андижанская область', code: 'UZ-AN', parentId: 'UZ' },
].map((p) => Party.parse(p));

function source(body: string, published: string): SourceToStore {
  return { id: sourceIdOf(body), title: `Article ${published}`, url: null, publisher: null, published, lang: 'en', format: 'txt', body, location: `/tmp/${published}.txt` };
}

/** A fact whose quote is the whole body. */
function fact(body: string, fields: Record<string, unknown>): Fact {
  return Fact.parse({ doc: 'd', quote: body, start: 0, end: body.length, ...fields } as FactInput);
}

const trade = (body: string, partyIds: string[], names: string[], period: string, value: number, changePct: number | null = null) =>
  fact(body, { type: 'trade', parties: names, party_ids: partyIds, indicator: 'turnover', flow: null, period, value, currency: 'USD', change_pct: changePct });

async function store(db: TestStore['db'], body: string, published: string, facts: (body: string) => Fact[]) {
  return storeSource(db, source(body, published), facts(body));
}

/** A receiver on 127.0.0.1 answering with the next status of a script (then 200). */
function receiver(statuses: number[]) {
  const bodies: { id: number; watch: { name: string }; record: { id: number; version: number } }[] = [];
  const server = createServer((req, res) => {
    let data = '';
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => {
      bodies.push(JSON.parse(data));
      res.statusCode = statuses.shift() ?? 200;
      res.end();
    });
  });
  return { server, bodies };
}
async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/alerts`;
}

for (const engine of testEngines) {
  describe(`monitor over the store on the ${engine.name} engine`, { skip: engine.skip ?? false }, () => {
    let s: TestStore;
    const servers: Server[] = [];
    before(async () => {
      s = await openTestStore(engine);
      await upsertParties(s.db, parties);
    });
    after(async () => {
      for (const server of servers) {
        server.closeAllConnections();
        server.close();
      }
      await s?.dispose();
    });

    test('targets: a goal linked to the figures of its sides, judged with evidence', async () => {
      await store(s.db, 'Belarus and Kyrgyzstan agreed to bring trade to $300 million by 2024.', '2019-05-01', (b) => [
        fact(b, { type: 'target', parties: ['Belarus', 'Kyrgyzstan'], party_ids: ['BY', 'KG'], indicator: 'turnover', value: 300e6, currency: 'USD', by: '2024' }),
      ]);
      await store(s.db, 'Trade between Belarus and Kyrgyzstan was $133.6 million in 2018.', '2019-05-02', (b) => [trade(b, ['BY', 'KG'], ['Belarus', 'Kyrgyzstan'], '2018', 133.6e6)]);
      await store(s.db, 'Belarusian-Kyrgyz trade came to $204.1 million in 2024.', '2025-03-05', (b) => [trade(b, ['BY', 'KG'], ['Belarus', 'Kyrgyzstan'], '2024', 204.1e6)]);
      const [view] = await targetReport(s.db, { today });
      assert.equal(view.status, 'missed');
      assert.deepEqual(view.parties, ['Belarus', 'Kyrgyzstan']);
      assert.deepEqual([view.indicator, view.value, view.currency, view.by], ['turnover', 300e6, 'USD', '2024']);
      assert.deepEqual(view.latest, { value: 204.1e6, period: '2024' });
      assert.deepEqual(view.evidence.map((e) => [e.role, e.quote]), [
        ['target', 'Belarus and Kyrgyzstan agreed to bring trade to $300 million by 2024.'],
        ['figure', 'Belarusian-Kyrgyz trade came to $204.1 million in 2024.'],
      ]);
      assert.equal((await targetReport(s.db, { today: new Date('2022-06-01T00:00:00Z') }))[0].status, 'unknown', 'as of mid-2022, one figure: no trend yet');
      assert.equal((await targetReport(s.db, { today, partyId: 'BY-MI' })).length, 0);
      assert.equal((await targetReport(s.db, { today, partyId: 'KG' })).length, 1);
    });

    test('plans: a renewed programme and its active successor', async () => {
      const doc = (title: string, from: string, to: string) => (b: string) => [
        fact(b, { type: 'document', parties: ['Gomel Region', 'Andijan Region'], party_ids: ['BY-HO', 'UZ-AN'], title, kind: 'programme', date: null, valid_from: from, valid_to: to }),
      ];
      await store(s.db, 'Gomel Region and Andijan Region adopted a cooperation programme for 2022-2024.', '2021-10-28', doc('cooperation programme for 2022-2024', '2022', '2024'));
      await store(s.db, 'Gomel Region and Andijan Region signed a new cooperation programme for 2025-2027.', '2025-09-18', doc('new cooperation programme for 2025-2027', '2025', '2027'));
      const plans = await planReport(s.db, { today });
      assert.deepEqual(plans.map((p) => [p.valid_from, p.valid_to, p.status]), [['2022', '2024', 'renewed'], ['2025', '2027', 'active']]);
      assert.equal(plans[0].renewed_by?.id, plans[1].id);
      assert.equal(plans[0].evidence[0].published, '2021-10-28');
      assert.deepEqual(await planReport(s.db, { today, expiring: true }), []);
      assert.equal((await planReport(s.db, { today: new Date('2027-08-01T00:00:00Z'), expiring: true })).length, 1);
    });

    test('coverage: a dormant tie, regions with documents out of all the state\'s regions', async () => {
      await store(s.db, 'Minsk Region and Chuy Region signed a cooperation agreement.', '2016-05-26', (b) => [
        fact(b, { type: 'document', parties: ['Minsk Region', 'Chuy Region'], party_ids: ['BY-MI', 'KG-C'], title: 'cooperation agreement', kind: 'agreement', date: '2016-05-26' }),
      ]);
      const report = await coverageReport(s.db, { today });
      const tie = report.pairs.find((p) => p.party_ids.join('+') === 'BY-MI+KG-C');
      assert.deepEqual([tie?.documents, tie?.last_activity, tie?.dormant], [1, '2016-05-26', true]);
      assert.ok(report.dormant_ties.some((p) => p.party_ids.join('+') === 'BY-MI+KG-C'));
      const belarus = report.states.find((st) => st.id === 'BY');
      assert.deepEqual(belarus?.regions, { with_documents: 2, total: 2, names: ['Gomel Region', 'Minsk Region'] });
      assert.equal(report.pairs.find((p) => p.party_ids.join('+') === 'BY+KG')?.dormant, false, 'the 2025 figure keeps the states\' tie alive');
      const narrowed = await coverageReport(s.db, { today, partyId: 'KG-C' });
      assert.deepEqual(narrowed.pairs.map((p) => p.parties.join(' - ')), ['Minsk Region - Chuy Region']);
    });

    test('a --party value resolves by id, name or alias in either language', async () => {
      assert.equal((await resolvePartyArg(s.db, 'by-mi'))?.id, 'BY-MI');
      assert.equal((await resolvePartyArg(s.db, 'Чуйская область'))?.id, 'KG-C');
      assert.equal((await resolvePartyArg(s.db, 'киргизия'))?.id, 'KG');
      assert.equal((await resolvePartyArg(s.db, 'Kyrgyzstn'))?.id, 'KG', 'a typo still finds it');
      assert.equal(await resolvePartyArg(s.db, 'Qwertyville'), null);
    });

    test('watches raise an alert once per record change, never on the same change again', async () => {
      const watch = await addWatch(s.db, { name: 'Kyrgyz trade', query: { parties: ['KG'], types: ['trade'], minValue: 1e8 } });
      const other = await addWatch(s.db, { name: 'harvesters', query: { words: ['harvester'] } });
      assert.deepEqual((await listWatches(s.db)).map((w) => w.name), ['Kyrgyz trade', 'harvesters']);

      const first = await store(s.db, 'Trade between Belarus and Kyrgyzstan reached $230.2 million in 2025.', '2026-02-01', (b) => [
        trade(b, ['BY', 'KG'], ['Belarus', 'Kyrgyzstan'], '2025', 230.2e6),
      ]);
      const { createdIds, ...counts } = await alertOnChangedRecords(s, first.changedRecordIds);
      assert.deepEqual(counts, { checked: 1, created: 1, delivered: 0, failed: 0 });
      assert.equal(createdIds.length, 1);
      assert.equal((await alertOnChangedRecords(s, first.changedRecordIds)).created, 0, 'the same change alerts once');

      const again = await store(s.db, 'Trade between Belarus and Kyrgyzstan reached $230.2 million in 2025.', '2026-02-01', (b) => [
        trade(b, ['BY', 'KG'], ['Belarus', 'Kyrgyzstan'], '2025', 230.2e6),
      ]);
      assert.equal(again.status, 'duplicate');
      assert.equal((await alertOnChangedRecords(s, again.changedRecordIds)).created, 0, 'the same text again changes nothing, so alerts nothing');

      const corroborated = await store(s.db, 'Belarusian-Kyrgyz trade turnover was $230 million last year.', '2026-02-03', (b) => [
        trade(b, ['BY', 'KG'], ['Belarus', 'Kyrgyzstan'], '2025', 230e6),
      ]);
      assert.deepEqual(corroborated.changedRecordIds, first.changedRecordIds, 'the same record, changed');
      assert.equal((await alertOnChangedRecords(s, corroborated.changedRecordIds)).created, 1, 'a second source is a change');

      const small = await store(s.db, 'Minsk Region traded goods worth $9 million with Kyrgyzstan in 2025.', '2026-02-04', (b) => [
        trade(b, ['BY-MI', 'KG'], ['Minsk Region', 'Kyrgyzstan'], '2025', 9e6),
      ]);
      assert.equal((await alertOnChangedRecords(s, small.changedRecordIds)).created, 0, 'below the minimum value');

      const alerts = await listAlerts(s.db);
      assert.equal(alerts.length, 2);
      assert.deepEqual(alerts.map((a) => [a.watch.name, a.record.id, a.record.version]), [
        ['Kyrgyz trade', first.changedRecordIds[0], 3],
        ['Kyrgyz trade', first.changedRecordIds[0], 2],
      ]);
      assert.equal(alerts[0].payload.evidence[0].quote, 'Belarusian-Kyrgyz trade turnover was $230 million last year.');
      assert.equal(alerts[0].payload.record.source_count, 2);
      assert.deepEqual(alerts[0].payload.record.parties.sort(), ['Belarus', 'Kyrgyzstan']);
      assert.equal(alerts[0].delivery, 'none');

      assert.equal(await markAlertsRead(s.db, [alerts[1].id]), 1);
      assert.deepEqual((await listAlerts(s.db, { unread: true })).map((a) => a.id), [alerts[0].id]);
      assert.equal(await markAlertsRead(s.db), 1);
      assert.deepEqual(await listAlerts(s.db, { unread: true }), []);

      assert.ok(await removeWatch(s.db, watch.id));
      assert.ok(!(await removeWatch(s.db, watch.id)));
      assert.deepEqual(await listAlerts(s.db), [], 'a removed watch takes its alerts along');
      assert.ok(await removeWatch(s.db, other.id));
    });

    test('webhooks: retried with backoff until the receiver takes the alert; a failure is recorded, then redelivered', async () => {
      const good = receiver([500]);
      servers.push(good.server);
      await addWatch(s.db, { name: 'Andijan', query: { parties: ['UZ-AN'] }, webhookUrl: await listen(good.server) });
      const bad = receiver([500, 502, 503, 500, 500, 500]);
      servers.push(bad.server);
      await addWatch(s.db, { name: 'Andijan (dead receiver)', query: { parties: ['UZ-AN'] }, webhookUrl: await listen(bad.server) });

      const stored = await store(s.db, 'Gomel Region will send 150 combine harvesters to Andijan Region.', '2026-03-01', (b) => [
        fact(b, { type: 'project', parties: ['Gomel Region', 'Andijan Region'], party_ids: ['BY-HO', 'UZ-AN'], kind: 'supply', actors: ['Gomel Region'], partner: 'Andijan Region', subject: 'combine harvesters', quantity: 150, value: null, currency: null, date: '2026' }),
      ]);
      const summary = await alertOnChangedRecords(s, stored.changedRecordIds, { webhook: { retries: 2, baseDelayMs: 10 } });
      assert.deepEqual({ ...summary, createdIds: summary.createdIds.length }, { checked: 1, created: 2, createdIds: 2, delivered: 1, failed: 1 });

      const alerts = await listAlerts(s.db);
      const delivered = alerts.find((a) => a.watch.name === 'Andijan')!;
      assert.deepEqual([delivered.delivery, delivered.attempts, delivered.last_error], ['delivered', 2, null]);
      assert.equal(good.bodies.length, 2);
      assert.equal(good.bodies[1].id, delivered.id);
      assert.equal(good.bodies[1].watch.name, 'Andijan');
      assert.equal(good.bodies[1].record.id, stored.changedRecordIds[0]);

      const failed = alerts.find((a) => a.watch.name === 'Andijan (dead receiver)')!;
      assert.deepEqual([failed.delivery, failed.attempts, failed.last_error], ['failed', 3, 'HTTP 503 Service Unavailable']);
      assert.equal(bad.bodies.length, 3, 'bounded: one try and two retries');

      // The receiver is still down for three more tries, then takes it.
      const again = await redeliverAlerts(s.db, { retries: 3, baseDelayMs: 5 });
      assert.deepEqual(again, { delivered: 1, failed: 0 });
      const [row] = (await s.db.select().from(t.alerts)).filter((a) => a.id === failed.id);
      assert.deepEqual([row.delivery, row.attempts, row.lastError], ['delivered', 7, null]);
    });
  });
}
