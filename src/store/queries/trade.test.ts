import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openApiFixture, type ApiFixture } from '../../api/test-fixture.ts';
import { testEngines } from '../test-stores.ts';
import { comparePeriods, periodBounds, tradeSeries, type TradePoint, type TradeSeriesOptions } from './trade.ts';

test('periods sort by start, then end', () => {
  assert.deepEqual(periodBounds('2018-01..2018-07'), ['2018-01', '2018-07']);
  assert.deepEqual(periodBounds('2019'), ['2019', '2019']);
  const periods = ['2019', '2018-01..2018-07', '2018', null, '2018-01..2018-03', '2021-Q1'];
  assert.deepEqual([...periods].sort(comparePeriods), [null, '2018', '2018-01..2018-03', '2018-01..2018-07', '2019', '2021-Q1']);
});

// Over the API's hand-written store: the Belarus-Uzbekistan turnover of 2020 is stated by two
// sources (612.5 million in the older, 590 million in the newer), so its record has a conflict.
for (const engine of testEngines) {
  describe(`tradeSeries (${engine.name})`, { skip: engine.skip ?? false }, () => {
    let fx: ApiFixture;
    before(async () => {
      fx = await openApiFixture(engine);
    });
    after(async () => fx?.close());
    const point2020 = async (options: Omit<TradeSeriesOptions, 'parties'>) => {
      const { series } = await tradeSeries(fx.store.db, { parties: ['BY', 'UZ'], ...options });
      return series[0].points.find((p) => p.period === '2020')!;
    };

    test('conflicts in full by default, only counted when left out', async () => {
      const full = await point2020({ evidence: false });
      assert.equal(full.conflictCount, 1);
      assert.deepEqual(full.conflicts[0].values.map((v) => v.value).sort(), [590e6, 612.5e6]);
      const lean = await point2020({ evidence: false, conflicts: false });
      assert.equal(lean.conflictCount, 1);
      assert.deepEqual(lean.conflicts, []);
    });

    test('statements: all, none, or the first few (oldest source first)', async () => {
      const value = (p: TradePoint) => p.evidence.map((e) => e.fields.value);
      assert.deepEqual(value(await point2020({ evidence: true })), [612.5e6, 590e6]);
      assert.deepEqual(value(await point2020({ evidence: false })), []);
      assert.deepEqual(value(await point2020({ evidence: 1 })), [612.5e6]);
      assert.deepEqual(value(await point2020({ evidence: 5 })), [612.5e6, 590e6]);
    });
  });
}
