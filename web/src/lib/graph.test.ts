import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildNetwork, recordYears } from './graph.ts';

const p = (id: string) => ({ id });
const records = [
  { date: '2019-03-01', parties: [p('BY'), p('UZ')] },
  { date: '2019', parties: [p('BY'), p('UZ'), p('UZ-AN')] },
  { date: '2021-06', parties: [p('RU'), p('BY'), p('BY')] },
  { date: null, parties: [p('KZ')] },
];

test('buildNetwork counts shared records per pair and per party', () => {
  const { nodes, links } = buildNetwork(records, null);
  assert.deepEqual(nodes.map((n) => [n.party.id, n.records]), [['BY', 3], ['UZ', 2], ['RU', 1], ['UZ-AN', 1]]);
  assert.deepEqual(links.map((l) => [l.source, l.target, l.records]), [['BY', 'UZ', 2], ['BY', 'RU', 1], ['BY', 'UZ-AN', 1], ['UZ', 'UZ-AN', 1]]);
});

test('buildNetwork filters by year and keeps only links between kept nodes', () => {
  assert.deepEqual(buildNetwork(records, '2021', 60).links.map((l) => `${l.source}-${l.target}`), ['BY-RU']);
  const top2 = buildNetwork(records, null, 2);
  assert.deepEqual(top2.links.map((l) => `${l.source}-${l.target}`), ['BY-UZ']);
});

test('recordYears lists the years newest first', () => {
  assert.deepEqual(recordYears(records), ['2021', '2019']);
});
