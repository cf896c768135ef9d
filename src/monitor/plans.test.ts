import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluatePlans, kindFamily, planStatus, sameSides, validityFromTitle, validityOf } from './plans.ts';
import { record, support, tree } from './test-fixtures.ts';

const today = new Date('2026-11-29T12:00:00Z');

describe('validity periods from fields and titles', () => {
  test('titles in English and Russian', () => {
    assert.deepEqual(validityFromTitle('Plan of joint measures for 2021-2023'), { from: 2021, to: 2023 });
    assert.deepEqual(validityFromTitle('programme of cooperation for 2026–2028'), { from: 2026, to: 2028 });
    assert.deepEqual(validityFromTitle('Strategic Directions until 2030'), { from: null, to: 2030 });
    assert.deepEqual(validityFromTitle('Концепция сотрудничества до 2030 года'), { from: null, to: 2030 });
    assert.deepEqual(validityFromTitle('программа сотрудничества на 2022–2024 годы'), { from: 2022, to: 2024 });
    assert.deepEqual(validityFromTitle('план мероприятий на 2025 год'), { from: 2025, to: 2025 });
    assert.deepEqual(validityFromTitle('agreement on trade and economic cooperation'), { from: null, to: null });
  });

  test('fields come first; the title fills what they lack', () => {
    assert.deepEqual(validityOf({ valid_from: '2019', valid_to: '2021', title: 'plan for 2018-2020' }), { from: 2019, to: 2021 });
    assert.deepEqual(validityOf({ valid_from: null, valid_to: null, title: 'roadmap for 2025-2026' }), { from: 2025, to: 2026 });
    assert.deepEqual(validityOf({ valid_to: '2025' }, 'Strategy (EAEU)'), { from: null, to: 2025 });
  });
});

describe('plan status as of a day', () => {
  test('expired, expiring within six months, active, renewed', () => {
    assert.equal(planStatus(2021, false, today), 'expired');
    assert.equal(planStatus(2026, false, today), 'expiring', 'ends 2026-12-31, a month away');
    assert.equal(planStatus(2027, false, today), 'active');
    assert.equal(planStatus(2027, false, new Date('2027-07-01T00:00:00Z')), 'expiring', 'exactly six months before the end');
    assert.equal(planStatus(2027, false, new Date('2027-06-30T00:00:00Z')), 'active');
    assert.equal(planStatus(2024, true, today), 'renewed');
  });

  test('kinds that replace one another, and side sets', () => {
    assert.equal(kindFamily('programme'), kindFamily('roadmap'));
    assert.notEqual(kindFamily('agreement'), kindFamily('plan'));
    assert.ok(sameSides(['BY-HO', 'UZ-AN'], ['BY-HO', 'BY-MA', 'UZ-AN'], 2));
    assert.ok(!sameSides(['BY-HO'], ['BY-HO', 'UZ-AN'], 2));
    assert.ok(!sameSides(['BY', 'RU-TA'], ['BY', 'UZ-AN']));
  });
});

describe('evaluatePlans', () => {
  const doc = (partyIds: string[], title: string, kind: string, extra: Record<string, unknown> = {}, sourceCount = 1) =>
    record('document', partyIds, { title, kind, parties: [], date: null, valid_from: null, valid_to: null, ...extra }, { title, sourceCount });

  test('one plan reported in other words is one entry; a later plan for the same sides renews it', () => {
    const old1 = doc(['BY-HO', 'UZ-AN', 'UZ'], 'программа сотрудничества на 2022–2024 годы', 'programme', { valid_from: '2022', valid_to: '2024' });
    const old2 = doc(['org:gomselmash', 'UZ-AN'], 'cooperation programme for 2022-2024', 'programme');
    const next1 = doc(['BY-HO', 'UZ-AN'], 'Программа сотрудничества на 2025–2027 годы', 'programme', { valid_from: '2025', valid_to: '2027' }, 2);
    const next2 = doc(['BY-HO', 'UZ-AN', 'BY-MA'], 'программа на 2025–2027 годы', 'programme');
    const agreement = doc(['BY-HO', 'UZ-AN'], 'agreement to replace the programme', 'agreement');
    const plans = evaluatePlans({
      records: [old1, old2, next1, next2, agreement],
      support: [support(old1.id, 'программу сотрудничества на 2022–2024 годы', '2021-10-28'), support(next1.id, 'программу на 2025–2027 годы', '2025-09-18')],
      tree, today,
    });
    assert.equal(plans.length, 2, 'documents without a period are not plans');
    const [old, next] = plans;
    assert.deepEqual(old.records, [old1.id, old2.id]);
    assert.deepEqual(old.party_ids, ['BY-HO', 'UZ-AN'], 'the plant stands for its region; the state of a named region is not a side');
    assert.equal(old.status, 'renewed');
    assert.equal(old.renewed_by?.id, next1.id);
    assert.deepEqual([old.valid_from, old.valid_to, old.ends], ['2022', '2024', '2024-12-31']);
    assert.equal(old.evidence[0].quote, 'программу сотрудничества на 2022–2024 годы');
    assert.deepEqual(next.records, [next1.id, next2.id]);
    assert.deepEqual(next.party_ids, ['BY-HO', 'UZ-AN'], 'a side only one report names is left out');
    assert.equal(next.status, 'active');
    assert.equal(next.title, 'Программа сотрудничества на 2025–2027 годы', 'the best-supported, properly titled report names it');
  });

  test('expired and expiring plans; a later plan for other sides or of another kind does not renew', () => {
    const irkutsk = doc(['BY', 'RU-TA'], 'plan of joint measures for 2019-2021', 'plan');
    const kazan = doc(['city:RU:kazan', 'BY', 'RU-TA'], 'strategy of cooperation until 2030', 'strategy', { date: '2025-10-15' });
    const roadmap = doc(['BY', 'BY-MA'], 'roadmap for 2025-2026', 'roadmap');
    const other = doc(['BY', 'KZ'], 'plan for 2025-2027', 'plan');
    const plans = evaluatePlans({ records: [irkutsk, kazan, roadmap, other], support: [], tree, today });
    const byId = new Map(plans.map((p) => [p.id, p]));
    assert.equal(byId.get(irkutsk.id)?.status, 'expired');
    assert.equal(byId.get(irkutsk.id)?.renewed_by, null);
    assert.equal(byId.get(roadmap.id)?.status, 'expiring');
    assert.equal(byId.get(kazan.id)?.status, 'active');
    assert.deepEqual(byId.get(kazan.id)?.parties, ['Belarus', 'Tatarstan']);
    assert.deepEqual(plans.map((p) => p.ends), [...plans.map((p) => p.ends)].sort(), 'sorted by end');
  });
});
