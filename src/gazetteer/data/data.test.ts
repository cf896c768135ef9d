import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Party } from '../../domain/party.ts';
import { loadGazetteer } from '../load.ts';

// Loaded once: the gazetteer is read-only reference data.
const parties: Party[] = loadGazetteer();
const byId = new Map(parties.map((p) => [p.id, p]));
const ofKind = (kind: Party['kind']) => parties.filter((p) => p.kind === kind);
const CYRILLIC = /[\u0400-\u04ff]/;
const ISO_3166_2 = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;

test('states: at least 190, ids are alpha-2 codes, every one has a Cyrillic Russian name', () => {
  const states = ofKind('state');
  assert.ok(states.length >= 190, `only ${states.length} states`);
  for (const s of states) {
    assert.match(s.id, /^[A-Z]{2}$/);
    assert.equal(s.code, s.id);
    assert.match(s.nameRu, CYRILLIC, `${s.id} nameRu "${s.nameRu}"`);
  }
});

test('ids are unique across all files', () => {
  assert.equal(new Set(parties.map((p) => p.id)).size, parties.length);
});

test('states: spot checks of short news names', () => {
  const expect: Record<string, [string, string]> = {
    RU: ['Russia', 'Россия'],
    BY: ['Belarus', 'Беларусь'],
    MD: ['Moldova', 'Молдова'],
    KZ: ['Kazakhstan', 'Казахстан'],
    KG: ['Kyrgyzstan', 'Кыргызстан'],
    TJ: ['Tajikistan', 'Таджикистан'],
    UZ: ['Uzbekistan', 'Узбекистан'],
    IR: ['Iran', 'Иран'],
    LA: ['Laos', 'Лаос'],
    BN: ['Brunei', 'Бруней'],
    VN: ['Vietnam', 'Вьетнам'],
    KR: ['South Korea', 'Южная Корея'],
    KP: ['North Korea', 'КНДР'],
    SY: ['Syria', 'Сирия'],
    TZ: ['Tanzania', 'Танзания'],
    CZ: ['Czechia', 'Чехия'],
    BO: ['Bolivia', 'Боливия'],
    VE: ['Venezuela', 'Венесуэла'],
    US: ['United States', 'США'],
    GB: ['United Kingdom', 'Великобритания'],
    TW: ['Taiwan', 'Тайвань'],
    CN: ['China', 'Китай'],
  };
  for (const [id, [name, nameRu]] of Object.entries(expect)) {
    assert.equal(byId.get(id)?.name, name, id);
    assert.equal(byId.get(id)?.nameRu, nameRu, id);
  }
});

test('blocs and their bodies are present', () => {
  const expect: Record<string, [Party['kind'], string]> = {
    'bloc:cis': ['bloc', 'CIS'],
    'bloc:eaeu': ['bloc', 'EAEU'],
    'bloc:eurasec': ['bloc', 'EurAsEC'],
    'bloc:union-state': ['bloc', 'Union State'],
    'bloc:sco': ['bloc', 'SCO'],
    'bloc:csto': ['bloc', 'CSTO'],
    'bloc:brics': ['bloc', 'BRICS'],
    'bloc:asean': ['bloc', 'ASEAN'],
    'bloc:au': ['bloc', 'African Union'],
    'bloc:sieca': ['bloc', 'SIECA'],
    'org:eec': ['organisation', 'Eurasian Economic Commission'],
    'org:cis-executive-committee': ['organisation', 'CIS Executive Committee'],
    'org:edb': ['organisation', 'Eurasian Development Bank'],
  };
  for (const [id, [kind, name]] of Object.entries(expect)) {
    assert.equal(byId.get(id)?.kind, kind, id);
    assert.equal(byId.get(id)?.name, name, id);
  }
  const eaeu = byId.get('bloc:eaeu');
  for (const alias of ['EEU', 'Eurasian Economic Union', 'Евразийский экономический союз']) {
    assert.ok(eaeu?.aliases.includes(alias), alias);
  }
  assert.ok(!byId.get('bloc:eaeu')?.aliases.includes('ЕврАзЭС'), 'EurAsEC is a different body');
  assert.ok(byId.get('org:eec')?.aliases.includes('EEC'));
});

test('enterprises and institutions: at least 60, with the usual names', () => {
  assert.ok(ofKind('enterprise').length + ofKind('institution').length >= 60);
  const expect: Record<string, [string, string]> = {
    'org:mtz': ['Minsk Tractor Works', 'MTZ'],
    'org:maz': ['Minsk Automobile Plant', 'MAZ'],
    'org:belaz': ['BELAZ', 'BelAZ'],
    'org:bsu': ['Belarusian State University', 'БГУ'],
    'org:nasb': ['National Academy of Sciences of Belarus', 'НАН Беларуси'],
  };
  for (const [id, [name, alias]] of Object.entries(expect)) {
    assert.equal(byId.get(id)?.name, name, id);
    assert.ok(byId.get(id)?.aliases.includes(alias), `${id} alias ${alias}`);
  }
});

test('cities: ids follow city:<CC>:<slug>, parent lies in the same state, no region-named aliases', () => {
  // Region files hold first-level cities (Minsk, "BY-HM") with kind "city" too; ours have slug ids.
  const cities = ofKind('city').filter((c) => c.id.startsWith('city:'));
  assert.ok(cities.length >= 200);
  for (const c of cities) {
    const m = /^city:([A-Z]{2}):[a-z0-9-]+$/.exec(c.id);
    assert.ok(m, c.id);
    assert.ok(c.parentId === m[1] || c.parentId?.startsWith(`${m[1]}-`), `${c.id} parent ${c.parentId}`);
    assert.match(c.nameRu, CYRILLIC, c.id);
    for (const a of c.aliases) {
      assert.doesNotMatch(a, /\b(region|oblast|province|krai|territory)\b|област|край\b/i, `${c.id}: "${a}"`);
    }
  }
  // First-level subdivisions with their own ISO codes live in regions/*.json, not here.
  for (const slug of ['BY:minsk', 'RU:moscow', 'KZ:astana', 'UZ:tashkent', 'KG:bishkek', 'AM:yerevan']) {
    assert.ok(!byId.has(`city:${slug}`), slug);
  }
  // ... nor under another id: a first-level city from regions/*.json must not be repeated here.
  const firstLevel = new Set(ofKind('city').filter((c) => !c.id.startsWith('city:')).map((c) => `${c.id.slice(0, 2)}:${c.name}`));
  for (const c of cities) assert.ok(!firstLevel.has(`${c.id.slice(5, 7)}:${c.name}`), `${c.id} repeats a first-level city`);
  assert.equal(byId.get('city:BY:gomel')?.parentId, 'BY-HO');
  assert.ok(byId.get('city:BY:gomel')?.aliases.includes('Homel'));
  assert.equal(byId.get('city:RU:irkutsk')?.parentId, 'RU-IRK');
});

test('every parentId refers to a party (region files may still be missing: then an ISO 3166-2 code)', (t) => {
  const missing: string[] = [];
  for (const p of parties) {
    if (p.parentId == null) continue;
    assert.notEqual(p.parentId, p.id, p.id);
    if (byId.has(p.parentId)) continue;
    assert.match(p.parentId, ISO_3166_2, `${p.id}: parent ${p.parentId} is neither known nor an ISO 3166-2 code`);
    assert.ok(byId.has(p.parentId.slice(0, 2)), `${p.id}: parent ${p.parentId} names an unknown state`);
    missing.push(`${p.id} -> ${p.parentId}`);
  }
  if (missing.length > 0) {
    t.diagnostic(`${missing.length} parents not yet in regions/*.json, e.g. ${missing.slice(0, 5).join(', ')}`);
  }
});

test('every entry cites a source and has no empty or duplicate alias', () => {
  for (const p of parties) {
    assert.ok(p.source, `${p.id} has no source`);
    const seen = new Set<string>();
    for (const a of p.aliases) {
      assert.ok(a.trim().length > 0 && a === a.trim(), `${p.id}: alias "${a}"`);
      assert.ok(!seen.has(a), `${p.id}: duplicate alias "${a}"`);
      seen.add(a);
    }
  }
});
