import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Party, type PartyInput } from '../../../domain/party.ts';

// Every regions/*.json except RU.json (Russia has its own test); RU ids still count for uniqueness.
const dir = new URL('./', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'RU.json').sort();

function readParties(file: string): Party[] {
  const raw = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as PartyInput[];
  assert.ok(Array.isArray(raw), `${file}: not an array`);
  return raw.map((e) => Party.parse(e));
}

const byFile = new Map(files.map((f) => [f, readParties(f)]));
const all = [...byFile.values()].flat();
const byId = new Map(all.map((p) => [p.id, p]));

function get(id: string): Party {
  const p = byId.get(id);
  assert.ok(p, `missing ${id}`);
  return p;
}

/** The state a file describes: "KZ.json" -> "KZ", "BY-districts.json" -> "BY". */
function stateOf(file: string): string {
  return file.slice(0, 2);
}

const EXPECTED_COUNTS: Record<string, number> = {
  'BY.json': 7,
  'KZ.json': 20,
  'UZ.json': 14,
  'KG.json': 9,
  'TJ.json': 5,
  'AM.json': 11,
  'AZ.json': 78,
  'MD.json': 37,
  'GE.json': 12,
  'TM.json': 6,
  'UA.json': 27,
  'BY-districts.json': 118,
};

test('regions: every expected file is present with its count', () => {
  for (const [file, n] of Object.entries(EXPECTED_COUNTS)) {
    const parties = byFile.get(file);
    assert.ok(parties, `missing ${file}`);
    assert.equal(parties.length, n, file);
  }
  const kinds = (file: string) => byFile.get(file)!.reduce<Record<string, number>>((acc, p) => {
    acc[p.kind] = (acc[p.kind] ?? 0) + 1;
    return acc;
  }, {});
  assert.deepEqual(kinds('BY.json'), { region: 6, city: 1 });
  assert.deepEqual(kinds('KZ.json'), { region: 17, city: 3 });
  assert.deepEqual(kinds('AZ.json'), { region: 60, district: 7, city: 11 });
  assert.deepEqual(kinds('MD.json'), { region: 34, city: 3 });
  assert.deepEqual(kinds('BY-districts.json'), { district: 118 });
});

test('regions: ids are unique, also against RU.json', () => {
  const seen = new Set<string>();
  for (const p of all) {
    assert.ok(!seen.has(p.id), `duplicate id ${p.id}`);
    seen.add(p.id);
  }
  const ru = JSON.parse(readFileSync(new URL('RU.json', dir), 'utf8')) as PartyInput[];
  for (const p of ru) assert.ok(!seen.has(p.id), `id ${p.id} also in RU.json`);
});

test('regions: codes are ISO 3166-2 shaped, belong to the file state and serve as id', () => {
  for (const [file, parties] of byFile) {
    const cc = stateOf(file);
    for (const p of parties) {
      if (p.code === null) {
        // Only parties without an ISO code get a slug id.
        assert.match(p.id, new RegExp(`^(district|city):${cc}:[a-z0-9-]+$`), p.id);
        continue;
      }
      assert.match(p.code, /^[A-Z]{2}-[A-Z0-9]{1,3}$/, p.id);
      assert.equal(p.code.slice(0, 2), cc, `${p.id} in ${file}`);
      assert.equal(p.id, p.code, 'an entry with a code uses it as id');
    }
  }
});

test('regions: codes agree with iso3166-2-db where it is current', () => {
  const require = createRequire(import.meta.url);
  const isoCodes = (cc: string) =>
    [...new Set((require(`iso3166-2-db/regions/${cc}/dispute/UN/en.json`) as { iso: string }[]).map((r) => `${cc}-${r.iso}`))].sort();
  const ours = (cc: string, skip: (p: Party) => boolean = () => false) =>
    byFile.get(`${cc}.json`)!.flatMap((p) => (p.code && !skip(p) ? [p.code] : [])).sort();
  for (const cc of ['BY', 'UZ', 'KG', 'TJ', 'AM', 'MD', 'GE', 'TM', 'UA']) {
    assert.deepEqual(ours(cc), isoCodes(cc), cc);
  }
  // The package lists only first-level AZ units (and the city of Nakhchivan), not Nakhchivan's rayons.
  assert.deepEqual(ours('AZ', (p) => p.kind === 'district'), isoCodes('AZ'));
  // Its KZ list predates the numeric codes, so check ours against the current ISO list instead.
  assert.deepEqual(ours('KZ'), [
    'KZ-10', 'KZ-11', 'KZ-15', 'KZ-19', 'KZ-23', 'KZ-27', 'KZ-31', 'KZ-33', 'KZ-35', 'KZ-39',
    'KZ-43', 'KZ-47', 'KZ-55', 'KZ-59', 'KZ-61', 'KZ-62', 'KZ-63', 'KZ-71', 'KZ-75', 'KZ-79',
  ]);
});

test('regions: parents are the state, or a region of it for districts', () => {
  for (const [file, parties] of byFile) {
    const cc = stateOf(file);
    for (const p of parties) {
      if (p.parentId === cc) {
        assert.notEqual(p.kind, 'district', `${p.id}: a district needs a region parent`);
        continue;
      }
      const parent = get(p.parentId ?? '');
      assert.equal(parent.kind, 'region', `${p.id}: parent ${parent.id} is not a region`);
      assert.equal(parent.parentId, cc, `${p.id}: parent ${parent.id} is not first-level in ${cc}`);
    }
  }
  assert.equal(get('AZ-NV').parentId, 'AZ-NX');
  assert.equal(get('AZ-SAR').parentId, 'AZ-NX');
});

test('regions: kinds, subtypes, Cyrillic Russian names, sources', () => {
  const subtypes: Record<string, readonly string[]> = {
    region: ['Region', 'Republic', 'Autonomous Republic', 'Autonomous Region', 'District',
      'Autonomous Territorial Unit', 'Territorial Unit', 'Districts of Republican Subordination'],
    city: ['City'],
    district: ['District'],
  };
  for (const p of all) {
    assert.ok(subtypes[p.kind]?.includes(p.subtype ?? ''), `${p.id}: ${p.kind}/${p.subtype}`);
    assert.match(p.nameRu, /^[А-Яа-яЁё][А-Яа-яЁё .()—-]*$/u, `${p.id} nameRu must be Cyrillic`);
    assert.doesNotMatch(p.name, /[А-Яа-яЁё]/u, `${p.id} name must be English`);
    assert.ok(p.source && p.source.length > 10, `${p.id} needs a source`);
    if (p.kind === 'region' && p.subtype === 'Region') assert.match(p.name, / Region$/, p.id);
    if (p.subtype === 'District') {
      assert.match(p.name, / District$/, p.id);
      assert.match(p.nameRu, / район$/, p.id);
    }
  }
  // First-level cities are cities with their ISO code as id.
  for (const id of ['BY-HM', 'KZ-71', 'KZ-75', 'KZ-79', 'UZ-TK', 'KG-GB', 'KG-GO', 'TJ-DU', 'AM-ER',
    'AZ-BA', 'AZ-GA', 'AZ-SM', 'MD-CU', 'MD-BA', 'MD-BD', 'GE-TB', 'TM-S', 'UA-30', 'UA-40']) {
    assert.equal(get(id).kind, 'city', id);
  }
});

test('regions: aliases are clean and each names one party only', () => {
  const owner = new Map<string, string>();
  for (const p of all) {
    owner.set(p.name.toLowerCase(), p.id);
    owner.set(p.nameRu.toLowerCase(), p.id);
  }
  const aliasOwner = new Map<string, string>();
  for (const p of all) {
    const own = new Set([p.name.toLowerCase(), p.nameRu.toLowerCase()]);
    const mine = new Set<string>();
    for (const a of p.aliases) {
      const k = a.toLowerCase();
      assert.equal(a, a.trim(), `${p.id}: untrimmed alias "${a}"`);
      assert.ok(a.length > 1, `${p.id}: empty alias`);
      assert.ok(!own.has(k), `${p.id}: alias repeats its own name "${a}"`);
      assert.ok(!mine.has(k), `${p.id}: alias listed twice "${a}"`);
      mine.add(k);
      for (const word of a.split(/[\s().,—–-]+/)) {
        assert.ok(!(/[A-Za-z]/.test(word) && /[А-Яа-яЁё]/u.test(word)), `${p.id}: mixed script "${a}"`);
      }
      // Another party's name as an alias would make the two indistinguishable (Minsk vs Minsk Region).
      const named = owner.get(k);
      assert.ok(named === undefined || named === p.id, `${p.id}: alias "${a}" is the name of ${named}`);
      const prev = aliasOwner.get(k);
      assert.ok(prev === undefined || prev === p.id, `alias "${a}" on ${prev} and ${p.id}`);
      aliasOwner.set(k, p.id);
    }
  }
  // Capitals are not aliases of their regions, in either language.
  const regionAliases = new Set(
    all.filter((p) => p.kind === 'region').flatMap((p) => p.aliases.map((a) => a.toLowerCase())),
  );
  for (const capital of ['Gomel', 'Гомель', 'Minsk', 'Минск', 'Mogilev', 'Kostanay', 'Astana', 'Almaty', 'Алматы',
    'Akmola', 'Tashkent', 'Ташкент', 'Fergana', 'Osh', 'Khujand', 'Dushanbe', 'Nakhchivan', 'Нахичевань',
    'Mary', 'Ashgabat', 'Kyiv', 'Киев', 'Kharkiv', 'Chisinau', 'Tbilisi', 'Batumi', 'Yerevan', 'Vanadzor']) {
    assert.ok(!regionAliases.has(capital.toLowerCase()), `capital ${capital} used as a region alias`);
  }
});

test('regions: spot checks', () => {
  const gomel = get('BY-HO');
  assert.equal(gomel.name, 'Gomel Region');
  assert.equal(gomel.nameRu, 'Гомельская область');
  assert.equal(gomel.parentId, 'BY');
  for (const a of ['Gomel Oblast', 'Homel Region', 'Гомельская обл.', 'Гомельщина', 'Гомельская вобласць']) {
    assert.ok(gomel.aliases.includes(a), a);
  }
  const mogilev = get('BY-MA');
  for (const a of ['Mahilyow Region', 'Могилевщина', 'Могилёвщина', 'Могилевская область']) {
    assert.ok(mogilev.aliases.includes(a), a);
  }
  assert.equal(get('BY-HM').name, 'Minsk');

  const turkistan = get('KZ-61');
  assert.equal(turkistan.name, 'Turkistan Region');
  assert.ok(turkistan.aliases.includes('South Kazakhstan Region'));
  assert.ok(turkistan.aliases.includes('Южно-Казахстанская область'));
  assert.equal(get('KZ-10').name, 'Abai Region');
  assert.ok(get('KZ-33').aliases.includes('Jetisu Region'));
  assert.equal(get('KZ-62').name, 'Ulytau Region');
  assert.ok(get('KZ-39').aliases.includes('Qostanay Region'));
  assert.ok(get('KZ-35').aliases.includes('Qaraghandy Region'));
  assert.ok(get('KZ-71').aliases.includes('Nur-Sultan'));
  assert.ok(!byId.has('KZ-YUZ') && !byId.has('KZ-AST'), 'old alpha KZ codes are gone');

  assert.ok(get('UZ-FA').aliases.includes("Farg'ona Region"));
  assert.equal(get('UZ-QR').subtype, 'Republic');
  const sughd = get('TJ-SU');
  assert.equal(sughd.nameRu, 'Согдийская область');
  for (const a of ['Sogd Region', 'Soghd Region', 'Sugd Region']) assert.ok(sughd.aliases.includes(a), a);
  assert.equal(get('TJ-GB').name, 'Gorno-Badakhshan Autonomous Region');
  assert.equal(get('AM-LO').name, 'Lori Region');
  assert.equal(get('TM-M').name, 'Mary Region');
  assert.equal(get('AZ-NX').subtype, 'Autonomous Republic');
  assert.equal(get('AZ-BAL').nameRu, 'Балакенский район');
  assert.equal(get('MD-GA').name, 'Gagauzia');
  assert.equal(get('GE-AJ').subtype, 'Autonomous Republic');
  assert.equal(get('UA-43').subtype, 'Autonomous Republic');
  assert.ok(get('UA-63').aliases.includes('Kharkov Region'));

  const borisov = get('district:BY:borisov');
  assert.equal(borisov.name, 'Borisov District');
  assert.equal(borisov.nameRu, 'Борисовский район');
  assert.equal(borisov.parentId, 'BY-MI');
  for (const a of ['Borisovsky District', 'Борисовский р-н', 'Barysaw District']) {
    assert.ok(borisov.aliases.includes(a), a);
  }
  assert.equal(get('district:BY:soligorsk').parentId, 'BY-MI');
  assert.equal(get('district:BY:orsha').parentId, 'BY-VI');
  assert.ok(get('district:BY:nesvizh').aliases.includes('Niasvizh District'));
  assert.ok(get('district:BY:logoisk').aliases.includes('Logoisky'));
  const perRegion = byFile.get('BY-districts.json')!.reduce<Record<string, number>>((acc, p) => {
    acc[p.parentId!] = (acc[p.parentId!] ?? 0) + 1;
    return acc;
  }, {});
  assert.deepEqual(perRegion, { 'BY-BR': 16, 'BY-VI': 21, 'BY-HO': 21, 'BY-HR': 17, 'BY-MI': 22, 'BY-MA': 21 });
});
