import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Party, type PartyInput } from '../../../domain/party.ts';

const entries = JSON.parse(
  readFileSync(new URL('./RU.json', import.meta.url), 'utf8'),
) as PartyInput[];
const parties = entries.map((e) => Party.parse(e));
const byId = new Map(parties.map((p) => [p.id, p]));

function get(id: string): Party {
  const p = byId.get(id);
  assert.ok(p, `missing ${id}`);
  return p;
}

/** Which subtypes each kind may carry in this file. */
const SUBTYPES: Record<string, readonly string[]> = {
  region: ['Region', 'Territory', 'Republic', 'Autonomous Okrug', 'Autonomous Region'],
  city: ['Federal City'],
};

test('RU.json: every ISO 3166-2:RU subject is present, ids unique', () => {
  assert.ok(parties.length >= 83, `only ${parties.length} entries`);
  assert.equal(new Set(parties.map((p) => p.id)).size, parties.length);
  const codes = parties.map((p) => p.code).filter((c): c is string => c !== null);
  assert.equal(codes.length, 83);
  assert.equal(new Set(codes).size, 83);
});

test('RU.json: codes are ISO 3166-2 shaped and agree with iso3166-2-db', () => {
  for (const p of parties) {
    if (p.code === null) continue;
    assert.match(p.code, /^RU-[A-Z]{2,3}$/, p.id);
    assert.equal(p.id, p.code, 'an entry with a code uses it as id');
  }
  // Cross-check against an independent copy of the ISO list (the package ships it).
  const require = createRequire(import.meta.url);
  const iso = require('iso3166-2-db/regions/RU/dispute/UN/en.json') as { iso: string }[];
  const ours = new Set(parties.flatMap((p) => (p.code ? [p.code] : [])));
  assert.deepEqual([...ours].sort(), iso.map((r) => `RU-${r.iso}`).sort());
});

test('RU.json: names, kinds, subtypes, parent', () => {
  for (const p of parties) {
    assert.match(p.nameRu, /^[А-Яа-яЁё][А-Яа-яЁё .()—-]*$/u, `${p.id} nameRu must be Cyrillic`);
    assert.ok(SUBTYPES[p.kind]?.includes(p.subtype ?? ''), `${p.id}: ${p.kind}/${p.subtype}`);
    assert.equal(p.parentId, 'RU');
    assert.ok(p.source && p.source.length > 0, `${p.id} needs a source`);
  }
});

test('RU.json: aliases are clean and point to one subject only', () => {
  const owner = new Map<string, string>();
  for (const p of parties) {
    const own = new Set([p.name.toLowerCase(), p.nameRu.toLowerCase()]);
    for (const a of p.aliases) {
      const k = a.toLowerCase();
      assert.equal(a, a.trim(), `${p.id}: untrimmed alias "${a}"`);
      assert.ok(!own.has(k), `${p.id}: alias repeats its own name "${a}"`);
      // A word mixing Latin and Cyrillic letters is a typo that no text will match.
      for (const word of a.split(/[\s().—–-]+/)) {
        assert.ok(!(/[A-Za-z]/.test(word) && /[А-Яа-яЁё]/u.test(word)), `${p.id}: mixed script "${a}"`);
      }
      const prev = owner.get(k);
      assert.ok(prev === undefined || prev === p.id, `alias "${a}" on ${prev} and ${p.id}`);
      owner.set(k, p.id);
    }
  }
  // Capitals are cities, not aliases of their subject.
  for (const capital of ['Irkutsk', 'Kazan', 'Yekaterinburg', 'Krasnodar', 'Ufa', 'Yakutsk', 'Khanty-Mansiysk', 'Иркутск', 'Казань', 'Краснодар']) {
    assert.ok(!owner.has(capital.toLowerCase()), `capital ${capital} used as an alias`);
  }
});

test('RU.json: spot checks', () => {
  const irk = get('RU-IRK');
  assert.equal(irk.name, 'Irkutsk Region');
  assert.equal(irk.nameRu, 'Иркутская область');
  assert.equal(irk.subtype, 'Region');
  assert.ok(irk.aliases.includes('Irkutsk Oblast'));
  assert.ok(irk.aliases.includes('Приангарье'));

  assert.equal(get('RU-LEN').name, 'Leningrad Region');
  assert.ok(get('RU-LEN').aliases.includes('Ленобласть'));
  assert.equal(get('RU-PSK').nameRu, 'Псковская область');
  assert.equal(get('RU-NIZ').name, 'Nizhny Novgorod Region');
  assert.ok(get('RU-NIZ').aliases.includes('Nizhniy Novgorod Region'));

  const sta = get('RU-STA');
  assert.equal(sta.name, 'Stavropol Territory');
  assert.equal(sta.nameRu, 'Ставропольский край');
  assert.equal(sta.subtype, 'Territory');
  assert.ok(sta.aliases.includes('Stavropol Krai') && sta.aliases.includes('Ставрополье'));

  assert.ok(get('RU-KDA').aliases.includes('Кубань'));
  assert.equal(get('RU-PRI').name, 'Primorsky Territory');
  assert.ok(get('RU-PRI').aliases.includes('Приморье'));
  assert.ok(get('RU-PER').aliases.includes('Прикамье'));
  assert.ok(get('RU-KGN').aliases.includes('Зауралье'));

  const ta = get('RU-TA');
  assert.equal(ta.name, 'Tatarstan');
  assert.equal(ta.subtype, 'Republic');
  for (const a of ['Republic of Tatarstan', 'Республика Татарстан', 'Татарстан', 'Татария']) {
    assert.ok(ta.aliases.includes(a), a);
  }
  assert.equal(get('RU-CE').name, 'Chechen Republic');
  assert.ok(get('RU-CE').aliases.includes('Чечня'));
  assert.equal(get('RU-SA').name, 'Sakha (Yakutia)');
  assert.ok(get('RU-SA').aliases.includes('Yakutia'));
  assert.ok(get('RU-CU').aliases.includes('Chuvashiya'));

  const spb = get('RU-SPE');
  assert.equal(spb.kind, 'city');
  assert.equal(spb.name, 'St. Petersburg');
  assert.equal(spb.subtype, 'Federal City');
  for (const a of ['Saint Petersburg', 'Петербург', 'СПб', 'Питер']) assert.ok(spb.aliases.includes(a), a);
  assert.equal(get('RU-MOW').kind, 'city');
  assert.equal(get('RU-MOS').name, 'Moscow Region');

  const khm = get('RU-KHM');
  assert.equal(khm.name, 'Khanty-Mansi Autonomous Okrug');
  assert.equal(khm.nameRu, 'Ханты-Мансийский автономный округ — Югра');
  assert.equal(khm.subtype, 'Autonomous Okrug');
  assert.ok(khm.aliases.includes('Ханты-Мансийский автономный округ'));
  assert.ok(get('RU-YAN').aliases.includes('Ямал'));
  assert.equal(get('RU-KEM').nameRu, 'Кемеровская область — Кузбасс');
  assert.ok(get('RU-KEM').aliases.includes('Кузбасс'));
  assert.equal(get('RU-YEV').subtype, 'Autonomous Region');
});
