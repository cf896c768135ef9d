/**
 * The monitor over the bundled samples (embedded engine; the store code itself is tested on
 * both engines in monitor-store.test.ts): every target shows a status with evidence, and the
 * designed cases of samples/README.md come out as designed. A case that fails because
 * extraction misses a designed fact is marked todo with the fact it misses.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { openTestStore, testEngines, type TestStore } from '../src/store/test-stores.ts';
import { initStore } from '../src/cli/init.ts';
import { ingestPaths } from '../src/ingest/ingest.ts';
import { TARGET_STATUSES, targetReport, type TargetView } from '../src/monitor/targets.ts';
import { planReport, type PlanView } from '../src/monitor/plans.ts';
import { coverageReport, type CoverageReport } from '../src/monitor/coverage.ts';

const samples = fileURLToPath(new URL('../samples/', import.meta.url));
const asOf = new Date('2026-11-29T12:00:00Z');

describe('the monitor over the bundled samples (as of 2026-11-29)', () => {
  let store: TestStore;
  let targets: TargetView[];
  let plans: PlanView[];
  let coverage: CoverageReport;
  before(async () => {
    store = await openTestStore(testEngines[0]);
    await initStore(store);
    await ingestPaths(store, ['articles', 'feeds', 'jsonl'].map((d) => `${samples}${d}`), { workers: 2 });
    targets = await targetReport(store.db, { today: asOf });
    plans = await planReport(store.db, { today: asOf });
    coverage = await coverageReport(store.db, { today: asOf });
  });
  after(async () => store?.dispose());

  const targetOf = (sides: string[], by: string) => targets.filter((t) => t.party_ids.join('+') === [...sides].sort().join('+') && t.by === by);
  const planOf = (sides: string[], from: string, to: string) => plans.find((p) => p.party_ids.join('+') === [...sides].sort().join('+') && p.valid_from === from && p.valid_to === to);
  const pairOf = (a: string, b: string) => coverage.pairs.find((p) => p.party_ids.join('+') === [a, b].sort().join('+'));

  test('every target has a status, the statement that set it, and a reason', () => {
    assert.ok(targets.length >= 5);
    for (const t of targets) {
      assert.ok(TARGET_STATUSES.includes(t.status), `#${t.id}`);
      assert.ok(t.evidence.some((e) => e.role === 'target' && e.quote.length > 0), `#${t.id} has its statement`);
      assert.ok(t.reason.length > 0);
      if (t.status !== 'unknown') assert.ok(t.evidence.some((e) => e.role === 'figure'), `#${t.id} ${t.status} rests on a figure`);
    }
  });

  test('reached: Belarus-Uzbekistan $500 million by 2020, in 2020 with $532.4 million', () => {
    const [t] = targetOf(['BY', 'UZ'], '2020');
    assert.equal(t?.value, 500e6);
    assert.equal(t.status, 'achieved');
    assert.deepEqual(t.achieved, { value: 532.4e6, period: '2020' });
  });

  test('missed: Belarus-Tajikistan $150 million by 2020 (2020: $76.8 million)', () => {
    const [t] = targetOf(['BY', 'TJ'], '2020');
    assert.equal(t?.status, 'missed');
    assert.equal(t.evidence.find((e) => e.role === 'figure')?.quote.includes('76.8'), true);
  });

  test('on track: Belarus-Kazakhstan $2 billion by 2027, by a stated linear projection', () => {
    const t = targetOf(['BY', 'KZ'], '2027').find((x) => x.value === 2e9);
    assert.equal(t?.status, 'on_track');
    assert.match(t.projection?.method ?? '', /linear trend/);
    assert.ok(t.projection!.value >= 2e9);
  });

  test('unknown: Mogilev Region-Samarkand Region 40 million dollars by 2022, no later figures', () => {
    const [t] = targetOf(['BY-MA', 'UZ-SA'], '2022');
    assert.equal(t?.status, 'unknown');
    assert.equal(t.value, 40e6);
  });

  test('relative, reached: Belarus-Armenia double trade by 2025 against 2020 ($155.3 million), 2025: $318.9 million', () => {
    const t = targetOf(['AM', 'BY'], '2025').find((x) => x.relative);
    assert.ok(t);
    assert.deepEqual(t.relative?.base, { value: 155.3e6, period: '2020', currency: 'USD' });
    assert.equal(t.status, 'achieved');
    assert.deepEqual(t.achieved, { value: 318.9e6, period: '2025' });
  });

  test('plans: Irkutsk 2019-2021 expired, Nizhny Novgorod 2025-2026 expiring, Tatarstan 2026-2028 active, Gomel-Andijan 2022-2024 renewed', () => {
    assert.equal(planOf(['BY', 'RU-IRK'], '2019', '2021')?.status, 'expired');
    assert.equal(planOf(['BY', 'RU-NIZ'], '2025', '2026')?.status, 'expiring');
    assert.equal(planOf(['BY', 'RU-TA'], '2026', '2028')?.status, 'active');
    const old = planOf(['BY-HO', 'UZ-AN'], '2022', '2024');
    const next = planOf(['BY-HO', 'UZ-AN'], '2025', '2027');
    assert.equal(old?.status, 'renewed');
    assert.equal(old.renewed_by?.id, next?.id);
    assert.equal(next?.status, 'active');
    assert.equal(planOf(['BY-HO', 'RU-BRY'], '2016', '2018')?.status, 'expired');
    assert.deepEqual(plans.filter((p) => p.status === 'expiring').map((p) => p.party_ids.join('+')), ['BY+RU-NIZ']);
  });

  test('dormant: Minsk Region and Chui Region, last active in 2019; the partner states stay active', () => {
    const tie = pairOf('BY-MI', 'KG-C');
    assert.equal(tie?.dormant, true);
    assert.ok((tie.last_activity ?? '') < '2020');
    for (const state of ['KZ', 'UZ', 'RU', 'AM', 'TJ', 'KG']) assert.equal(pairOf('BY', state)?.dormant, false, `Belarus-${state}`);
    assert.equal(pairOf('BY-HO', 'UZ-AN')?.dormant, false);
  });

  test('Mogilev Region-Samarkand Region stays active (mentioned in 2026)', () => {
    assert.equal(pairOf('BY-MA', 'UZ-SA')?.dormant, false);
  });
});
