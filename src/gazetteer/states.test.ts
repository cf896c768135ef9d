import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildStates,
  cleanName,
  dropAmbiguousAliases,
  isAbbreviation,
  loadDemonymEntries,
  loadDemonyms,
  loadStateOverrides,
  pickCanonicalName,
} from './states.ts';

test('cleanName un-inverts "X, Republic of" forms and drops parentheses', () => {
  assert.equal(cleanName('Moldova, Republic of'), 'Moldova');
  assert.equal(cleanName('Micronesia, Federated States of'), 'Micronesia');
  assert.equal(cleanName('Falkland Islands (Malvinas)'), 'Falkland Islands');
  assert.equal(cleanName('Virgin Islands, British'), 'Virgin Islands, British');
});

test('isAbbreviation tells abbreviations from names in both scripts', () => {
  assert.ok(isAbbreviation('USA'));
  assert.ok(isAbbreviation('U.S.'));
  assert.ok(isAbbreviation('ОАЭ'));
  assert.ok(!isAbbreviation('Chad'));
  assert.ok(!isAbbreviation('Россия'));
});

test('pickCanonicalName prefers the short word form', () => {
  assert.equal(pickCanonicalName(["People's Republic of China", 'China']), 'China');
  assert.equal(pickCanonicalName(['United States of America', 'United States', 'USA', 'US']), 'United States');
  assert.equal(pickCanonicalName(['Islamic Republic of Iran', 'Iran']), 'Iran');
  assert.equal(pickCanonicalName(['Korea, Republic of', 'South Korea']), 'South Korea');
  assert.equal(pickCanonicalName(['Российская Федерация', 'Россия']), 'Россия');
  // Only an abbreviation: keep it rather than fail.
  assert.equal(pickCanonicalName(['США']), 'США');
});

test('dropAmbiguousAliases removes aliases two entries share, keeps names and ё/е variants', () => {
  const out = dropAmbiguousAliases([
    { id: 'CG', name: 'Republic of the Congo', nameRu: 'Республика Конго', aliases: ['Congo', 'Congo-Brazzaville'] },
    { id: 'CD', name: 'DR Congo', nameRu: 'ДР Конго', aliases: ['Congo', 'DRC', 'dr congo'] },
    { id: 'US', name: 'United States', nameRu: 'США', aliases: ['Соединённые Штаты', 'Соединенные Штаты'] },
  ]);
  assert.deepEqual(out[0].aliases, ['Congo-Brazzaville']);
  assert.deepEqual(out[1].aliases, ['DRC']);
  assert.deepEqual(out[2].aliases, ['Соединённые Штаты', 'Соединенные Штаты']);
});

test('buildStates: short news names in English and Russian', () => {
  const byId = new Map(buildStates().map((s) => [s.id, s]));
  const expect: Record<string, [string, string]> = {
    RU: ['Russia', 'Россия'],
    BY: ['Belarus', 'Беларусь'],
    MD: ['Moldova', 'Молдова'],
    KG: ['Kyrgyzstan', 'Кыргызстан'],
    TM: ['Turkmenistan', 'Туркменистан'],
    LA: ['Laos', 'Лаос'],
    BN: ['Brunei', 'Бруней'],
    CN: ['China', 'Китай'],
    SY: ['Syria', 'Сирия'],
    CZ: ['Czechia', 'Чехия'],
    GB: ['United Kingdom', 'Великобритания'],
  };
  for (const [id, [name, nameRu]] of Object.entries(expect)) {
    assert.equal(byId.get(id)?.name, name, id);
    assert.equal(byId.get(id)?.nameRu, nameRu, id);
  }
  assert.ok(byId.get('BY')?.aliases?.includes('Белоруссия'));
  assert.ok(byId.get('MD')?.aliases?.includes('Молдавия'));
  assert.ok(byId.get('KG')?.aliases?.includes('Киргизия'));
  assert.ok(byId.get('CZ')?.aliases?.includes('Czech Republic'));
  assert.ok(!byId.get('KR')?.aliases?.includes('Korea'), 'bare "Korea" is ambiguous');
});

test('no canonical state name is an inverted "X, Republic of" form', () => {
  for (const s of buildStates()) {
    assert.doesNotMatch(s.name, /,\s*(Republic|Province|Federated|State|Islamic|Kingdom)\b/, s.id);
    assert.doesNotMatch(s.name, /[()]/, s.id);
  }
});

test('every override alias survives (none is ambiguous) and overrides name real codes', () => {
  const states = buildStates();
  const byId = new Map(states.map((s) => [s.id, s]));
  for (const [code, o] of Object.entries(loadStateOverrides())) {
    const s = byId.get(code);
    assert.ok(s, `override for unknown code ${code}`);
    for (const a of o.aliases ?? []) {
      const kept = s.aliases?.includes(a) || a === s.name || a === s.nameRu;
      assert.ok(kept, `${code}: alias "${a}" was dropped as ambiguous`);
    }
  }
});

test('demonyms: known codes, Russian stems lowercase Cyrillic, compound halves end with a hyphen', () => {
  const entries = loadDemonymEntries();
  const codes = new Set(buildStates().map((s) => s.id));
  assert.ok(Object.keys(entries).length >= 60);
  for (const [code, e] of Object.entries(entries)) {
    assert.ok(codes.has(code), code);
    for (const ru of e.ru) assert.match(ru, /^[а-яё][а-яё-]*$/, `${code}: ${ru}`);
    for (const en of e.en) assert.match(en, /^[A-Z][A-Za-z. ]*-?$/, `${code}: ${en}`);
  }
  const by = loadDemonyms().get('BY');
  assert.ok(by?.en.includes('Belarusian'));
  assert.ok(by?.ru.includes('белорусск'));
  assert.ok(by?.ruPrefixes.includes('белорусско-'));
  assert.ok(loadDemonyms().get('CN')?.enPrefixes.includes('Sino-'));
});

test('demonyms: no Russian stem or compound half of one state starts another state\'s form', () => {
  // Consumers match these as prefixes, compound halves too once the hyphen is dropped ("индо" would hit "индонезийский").
  const stems: [string, string][] = [];
  for (const [code, d] of loadDemonyms()) {
    for (const s of [...d.ru, ...d.ruPrefixes]) stems.push([code, s.replace(/-$/, '')]);
  }
  for (const [a, sa] of stems) {
    for (const [b, sb] of stems) {
      if (a !== b) assert.ok(!sb.startsWith(sa), `${a} "${sa}" is a prefix of ${b} "${sb}"`);
    }
  }
});
