import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openApiFixture, type ApiFixture } from '../api/test-fixture.ts';
import { buildPartyTree } from '../monitor/party-tree.ts';
import { testEngines } from '../store/test-stores.ts';
import { buildBriefing, concerns, type Briefing } from './briefing.ts';
import { assertFootnotesResolve } from './test-support.ts';

test('concerns: a party or a part of it on one side, and the partner (or a part of it) on the other', () => {
  const tree = buildPartyTree([
    { id: 'BY', kind: 'state', name: 'Belarus', parentId: null },
    { id: 'BY-HO', kind: 'region', name: 'Gomel Region', parentId: 'BY' },
    { id: 'UZ', kind: 'state', name: 'Uzbekistan', parentId: null },
    { id: 'UZ-AN', kind: 'region', name: 'Andijan Region', parentId: 'UZ' },
    { id: 'KZ', kind: 'state', name: 'Kazakhstan', parentId: null },
  ]);
  assert.equal(concerns(['BY-HO', 'UZ-AN'], tree, 'BY', 'UZ'), true);
  assert.equal(concerns(['BY', 'KZ'], tree, 'BY', 'UZ'), false);
  assert.equal(concerns(['BY', 'KZ'], tree, 'BY', null), true);
  assert.equal(concerns(['BY-HO', 'UZ'], tree, 'BY-HO', null), true);
  assert.equal(concerns(['BY', 'UZ'], tree, 'BY-HO', null), false, 'the state is not a part of its region');
});

const day = (d: string) => new Date(`${d}T12:00:00Z`);

for (const engine of testEngines) {
  describe(`a briefing assembled from the store (${engine.name})`, { skip: engine.skip ?? false }, () => {
    let fx: ApiFixture;
    let pair: Briefing;
    before(async () => {
      fx = await openApiFixture(engine);
      pair = await buildBriefing(fx.store.db, { partyId: 'BY', partnerId: 'UZ', asOf: day('2023-12-31') });
    });
    after(async () => fx?.close());

    test('Belarus with Uzbekistan: the target, the series of both levels, the plan, the event and the project', () => {
      assert.equal(pair.asOf, '2023-12-31');
      assert.deepEqual([pair.party.nameRu, pair.partner?.nameRu], ['Беларусь', 'Узбекистан']);
      assert.equal(pair.targets.length, 1);
      const [target] = pair.targets;
      assert.deepEqual([target.value, target.currency, target.by], [1e9, 'USD', '2025']);
      assert.ok(target.notes.length > 0 && target.figureNotes.length > 0, 'the statement that set it and the figures it is judged by');

      assert.deepEqual(pair.trade.map((s) => s.key), ['turnover|||BY+UZ', 'turnover|||BY-HO+UZ'], 'the series with a target first');
      const [national, regional] = pair.trade;
      assert.deepEqual(national.targets, [target.id]);
      assert.deepEqual(national.points.map((p) => [p.period, p.value, p.sources]), [['2020', 612.5e6, 2], ['2021', 700e6, 1]]);
      assert.deepEqual(national.points[0].otherValues, [590e6], 'the source that disagrees');
      assert.equal(national.points[0].notes.length, 2);
      assert.deepEqual(regional.points.map((p) => [p.period, p.value]), [['2022', 85e6]]);

      assert.deepEqual(pair.plans.map((p) => [p.kind, p.validFrom, p.validTo]), [['roadmap', '2021', '2023']]);
      assert.deepEqual(pair.documents, [], 'the roadmap is listed once, as a plan');
      assert.deepEqual(pair.events.map((e) => [e.kind, e.date, e.reported]), [['forum', '2023-06', '2023-06-20']]);
      assert.deepEqual(pair.projects.map((p) => [p.kind, p.quantity]), [['joint_venture', 500]]);
      assert.deepEqual(pair.counts, [], 'the Kazakh count is not about Uzbekistan');
      assert.deepEqual(pair.summary.targets, { achieved: 0, on_track: target.status === 'on_track' ? 1 : 0, behind: target.status === 'behind' ? 1 : 0, missed: 0, unknown: 0 });
      assert.equal(pair.summary.figures, 3);
    });

    test('footnotes: numbered in reading order, one per quote, with title, publisher, date and quote', () => {
      assertFootnotesResolve(pair);
      assert.deepEqual(pair.targets[0].notes, [1], 'the first statement cited is note 1');
      const first = pair.footnotes[0];
      assert.equal(first.title, 'Belarus and Uzbekistan lift trade');
      assert.equal(first.publisher, 'Test Wire');
      assert.equal(first.published, '2021-03-02');
      assert.equal(first.url, 'https://example.test/uz-2021');
      assert.equal(first.quote, 'bring mutual trade to $1 billion by 2025');
      assert.equal(pair.summary.sources, 3, 'uz2021, uz2022 and gomel2023; not the Kazakh text');
    });

    test('coverage: the two states, their ties, and no tie with Kazakhstan', () => {
      assert.deepEqual(pair.coverage.states.map((s) => s.party.id).sort(), ['BY', 'UZ']);
      const ties = pair.coverage.ties.map((t) => t.parties.map((p) => p.id).join('+'));
      assert.ok(ties.includes('BY+UZ'));
      assert.ok(!ties.some((t) => t.includes('KZ')));
      for (const u of pair.coverage.underCovered) assert.ok(u.notes.length > 0, `under-covered #${u.id} is cited`);
    });

    test('without a partner: Kazakhstan too', async () => {
      const all = await buildBriefing(fx.store.db, { partyId: 'BY', asOf: day('2023-12-31') });
      assert.deepEqual(all.events.map((e) => e.kind).sort(), ['commission_meeting', 'forum']);
      assert.deepEqual(all.counts.map((c) => [c.value, c.qualifier]), [[30, 'over']]);
      assertFootnotesResolve(all);
    });

    test('from a year: earlier figures and events are left out, later deadlines stay', async () => {
      const since = await buildBriefing(fx.store.db, { partyId: 'BY', partnerId: 'UZ', from: 2021, asOf: day('2023-12-31') });
      assert.deepEqual(since.trade[0].points.map((p) => p.period), ['2021']);
      assert.equal(since.targets.length, 1);
      assert.equal(since.plans.length, 1);
      assertFootnotesResolve(since);
      const later = await buildBriefing(fx.store.db, { partyId: 'BY', partnerId: 'UZ', from: 2024, asOf: day('2023-12-31') });
      assert.deepEqual([later.plans.length, later.events.length, later.trade.length], [0, 0, 0]);
    });

    test('as of a past day: what was published later is not known yet', async () => {
      const early = await buildBriefing(fx.store.db, { partyId: 'BY', partnerId: 'UZ', asOf: day('2021-12-31') });
      assert.deepEqual(early.trade.map((s) => s.points.map((p) => [p.period, p.sources, p.otherValues])), [[['2020', 1, []]]]);
      assert.deepEqual([early.projects.length, early.events.length], [0, 0]);
      assert.ok(early.footnotes.every((f) => f.published! <= '2021-12-31'));
      assertFootnotesResolve(early);
    });
  });
}
