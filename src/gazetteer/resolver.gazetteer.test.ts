/**
 * Resolver over the real gazetteer (src/gazetteer/data). The bulk of the resolver cases:
 * English and Russian, inflected, aliases, ambiguous names, unknown words.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGazetteer } from './load.ts';
import { loadDemonyms } from './demonyms.ts';
import { initMorphology } from './morphology.ts';
import { createResolver, withMorphology } from './resolver.ts';

const parties = loadGazetteer();
const resolver = createResolver(parties, { demonyms: loadDemonyms() });

/** [surface text, id of the best match] */
const TOP: [string, string][] = [
  ["Гомельской области", "BY-HO"],
  ["Гомельская обл.", "BY-HO"],
  ["Гомельская область", "BY-HO"],
  ["в Гомельской области", "BY-HO"],
  ["Гомельщина", "BY-HO"],
  ["Гомельщины", "BY-HO"],
  ["Gomel Oblast", "BY-HO"],
  ["Gomel Region", "BY-HO"],
  ["gomel region", "BY-HO"],
  ["the Gomel region", "BY-HO"],
  ["Homel Voblast", "BY-HO"],
  ["Gomelskaya oblast", "BY-HO"],
  ["Gomel", "city:BY:gomel"],
  ["Гомель", "city:BY:gomel"],
  ["Гомеля", "city:BY:gomel"],
  ["в Гомеле", "city:BY:gomel"],
  ["Казахстану", "KZ"],
  ["Казахстан", "KZ"],
  ["в Казахстане", "KZ"],
  ["с Казахстаном", "KZ"],
  ["Kazakhstan", "KZ"],
  ["Kazakhstan's", 'KZ'],
  ["Republic of Kazakhstan", "KZ"],
  ["KAZAKHSTAN", "KZ"],
  ["в Минске", "BY-HM"],
  ["Минск", "BY-HM"],
  ["Минска", "BY-HM"],
  ["Minsk", "BY-HM"],
  ["Minsk city", "BY-HM"],
  ["г. Минск", "BY-HM"],
  ["город Минск", "BY-HM"],
  ["Minsk region", "BY-MI"],
  ["Minsk Oblast", "BY-MI"],
  ["Минская область", "BY-MI"],
  ["Минской области", "BY-MI"],
  ["Минской обл.", "BY-MI"],
  ["Республикой Татарстан", "RU-TA"],
  ["Республика Татарстан", "RU-TA"],
  ["Татарстан", "RU-TA"],
  ["Татарстане", "RU-TA"],
  ["Tatarstan", "RU-TA"],
  ["Republic of Tatarstan", "RU-TA"],
  ["the Republic of Tatarstan", "RU-TA"],
  ["Irkutsk oblast", "RU-IRK"],
  ["Irkutsk Region", "RU-IRK"],
  ["Иркутской области", "RU-IRK"],
  ["Иркутская область", "RU-IRK"],
  ["Irkutsk", "city:RU:irkutsk"],
  ["the Sakhalin region", "RU-SAK"],
  ["Sakhalin Oblast", "RU-SAK"],
  ["Сахалинской области", "RU-SAK"],
  ["Stavropol Krai", "RU-STA"],
  ["Stavropol Territory", "RU-STA"],
  ["Stavropol Kray", "RU-STA"],
  ["Ставропольского края", "RU-STA"],
  ["Ставропольский край", "RU-STA"],
  ["Ставропольском крае", "RU-STA"],
  ["Sughd", "TJ-SU"],
  ["Sogd", "TJ-SU"],
  ["Sughd Region", "TJ-SU"],
  ["Согдийской области", "TJ-SU"],
  ["Kostanai", "city:KZ:kostanay"],
  ["Kostanay", "city:KZ:kostanay"],
  ["Kostanai Region", "KZ-39"],
  ["Kostanay oblast", "KZ-39"],
  ["Костанайской области", "KZ-39"],
  ["Primorye", "RU-PRI"],
  ["Приморья", "RU-PRI"],
  ["Приморский край", "RU-PRI"],
  ["Primorsky Krai", "RU-PRI"],
  ["РФ", "RU"],
  ["Российской Федерации", "RU"],
  ["Russian Federation", "RU"],
  ["Россия", "RU"],
  ["России", "RU"],
  ["Россией", "RU"],
  ["Russia", "RU"],
  ["ЕАЭС", "bloc:eaeu"],
  ["EAEU", "bloc:eaeu"],
  ["EEU", "bloc:eaeu"],
  ["Eurasian Economic Union", "bloc:eaeu"],
  ["Евразийского экономического союза", "bloc:eaeu"],
  ["Евразийский экономический союз", "bloc:eaeu"],
  ["СНГ", "bloc:cis"],
  ["CIS", "bloc:cis"],
  ["Содружества Независимых Государств", "bloc:cis"],
  ["Commonwealth of Independent States", "bloc:cis"],
  ["Union State", "bloc:union-state"],
  ["Союзного государства", "bloc:union-state"],
  ["Союзное государство", "bloc:union-state"],
  ["ШОС", "bloc:sco"],
  ["SCO", "bloc:sco"],
  ["ОДКБ", "bloc:csto"],
  ["Moscow", "RU-MOW"],
  ["Москва", "RU-MOW"],
  ["Москвы", "RU-MOW"],
  ["в Москве", "RU-MOW"],
  ["Moscow Oblast", "RU-MOS"],
  ["Moscow Region", "RU-MOS"],
  ["Московской области", "RU-MOS"],
  ["Подмосковье", "RU-MOS"],
  // Regions named by a noun in -ье: every case form, never the city of the same stem.
  ["Ставрополье", "RU-STA"],
  ["Ставрополья", "RU-STA"],
  ["Ставрополью", "RU-STA"],
  ["Ставропольем", "RU-STA"],
  ["в Ставрополье", "RU-STA"],
  ["Ставрополь", "city:RU:stavropol"],
  ["Ставрополя", "city:RU:stavropol"],
  ["Ставрополю", "city:RU:stavropol"],
  ["Ставрополем", "city:RU:stavropol"],
  ["в Ставрополе", "city:RU:stavropol"],
  ["Приморьем", "RU-PRI"],
  ["Приморью", "RU-PRI"],
  ["Забайкалья", "RU-ZAB"],
  ["Прикамьем", "RU-PER"],
  ["Подмосковья", "RU-MOS"],
  ["Подмосковью", "RU-MOS"],
  // A feminine noun in -ь in the instrumental still meets its nominative.
  ["Казанью", "city:RU:kazan"],
  ["с Беларусью", "BY"],
  ["Минской областью", "BY-MI"],
  ["Georgia", "GE"],
  ["Грузия", "GE"],
  ["Грузией", "GE"],
  ["Беларусь", "BY"],
  ["Беларуси", "BY"],
  ["Белоруссии", "BY"],
  ["Республика Беларусь", "BY"],
  ["Республики Беларусь", "BY"],
  ["Belarus", "BY"],
  ["Republic of Belarus", "BY"],
  ["Belorussia", "BY"],
  ["Узбекистан", "UZ"],
  ["с Узбекистаном", "UZ"],
  ["Uzbekistan", "UZ"],
  ["Кыргызстана", "KG"],
  ["Киргизии", "KG"],
  ["Kyrgyz Republic", "KG"],
  ["Kirghizia", "KG"],
  ["Таджикистаном", "TJ"],
  ["Tajikistan", "TJ"],
  ["Туркменистану", "TM"],
  ["Turkmenistan", "TM"],
  ["Армении", "AM"],
  ["Armenia", "AM"],
  ["Азербайджаном", "AZ"],
  ["Azerbaijan", "AZ"],
  ["Молдовой", "MD"],
  ["Молдавии", "MD"],
  ["Moldova", "MD"],
  ["Украины", "UA"],
  ["Ukraine", "UA"],
  ["Китаем", "CN"],
  ["КНР", "CN"],
  ["China", "CN"],
  ["Вьетнамом", "VN"],
  ["Vietnam", "VN"],
  ["Viet Nam", "VN"],
  ["Турции", "TR"],
  ["Turkey", "TR"],
  ["США", "US"],
  ["United States", "US"],
  ["USA", "US"],
  ["Иран", "IR"],
  ["Iran", "IR"],
  ["Индии", "IN"],
  ["Кубой", "CU"],
  ["Монголии", "MN"],
  ["Германии", "DE"],
  ["Нижнего Новгорода", "city:RU:nizhny-novgorod"],
  ["Нижний Новгород", "city:RU:nizhny-novgorod"],
  ["Nizhny Novgorod", "city:RU:nizhny-novgorod"],
  ["Nizhny Novgorod Region", "RU-NIZ"],
  ["Нижегородской области", "RU-NIZ"],
  ["Нижегородская область", "RU-NIZ"],
  ["Санкт-Петербурге", "RU-SPE"],
  ["Санкт-Петербург", "RU-SPE"],
  ["St. Petersburg", "RU-SPE"],
  ["Saint Petersburg", "RU-SPE"],
  ["Leningrad Region", "RU-LEN"],
  ["Ленинградской области", "RU-LEN"],
  ["Ленинградская обл.", "RU-LEN"],
  ["Pskov Region", "RU-PSK"],
  ["Псковской области", "RU-PSK"],
  ["Pskov", "city:RU:pskov"],
  ["Пскове", "city:RU:pskov"],
  ["Tomsk Region", "RU-TOM"],
  ["Томской области", "RU-TOM"],
  ["Томск", "city:RU:tomsk"],
  ["Могилевской области", "BY-MA"],
  ["Могилёвской области", "BY-MA"],
  ["Mogilev Region", "BY-MA"],
  ["Mogilev", "city:BY:mogilev"],
  ["Могилеве", "city:BY:mogilev"],
  ["Mahilyow", "city:BY:mogilev"],
  ["Витебской области", "BY-VI"],
  ["Vitebsk Oblast", "BY-VI"],
  ["Витебщина", "BY-VI"],
  ["Гродненской области", "BY-HR"],
  ["Grodno Region", "BY-HR"],
  ["Hrodna", "city:BY:grodno"],
  ["Брестской области", "BY-BR"],
  ["Brest Region", "BY-BR"],
  ["Бресте", "city:BY:brest"],
  ["Brest", "city:BY:brest"],
  ["Ташкентом", "UZ-TK"],
  ["Ташкент", "UZ-TK"],
  ["Tashkent", "UZ-TK"],
  ["Бишкеке", "KG-GB"],
  ["Bishkek", "KG-GB"],
  ["Астане", "KZ-71"],
  ["Astana", "KZ-71"],
  ["Nur-Sultan", "KZ-71"],
  ["Алматы", "KZ-75"],
  ["Almaty", "KZ-75"],
  ["Алма-Ате", "KZ-75"],
  ["Alma-Ata", "KZ-75"],
  ["Душанбе", "TJ-DU"],
  ["Ашхабаде", "TM-S"],
  ["Ереване", "AM-ER"],
  ["Yerevan", "AM-ER"],
  ["Баку", "AZ-BA"],
  ["Тбилиси", "GE-TB"],
  ["Кишинева", "MD-CU"],
  ["Chisinau", "MD-CU"],
  ["Киеве", "UA-30"],
  ["Kiev", "UA-30"],
  ["Kyiv", "UA-30"],
  ["Краснодарский край", "RU-KDA"],
  ["Krasnodar Krai", "RU-KDA"],
  ["Krasnodar region", "RU-KDA"],
  ["Krasnodar Territory", "RU-KDA"],
  ["Якутии", "RU-SA"],
  ["Yakutia", "RU-SA"],
  ["Республике Саха (Якутия)", "RU-SA"],
  ["Башкирии", "RU-BA"],
  ["Bashkortostan", "RU-BA"],
  ["Чечни", "RU-CE"],
  ["Chechnya", "RU-CE"],
  ["Чеченской Республики", "RU-CE"],
  ["Khanty-Mansi Autonomous Okrug", "RU-KHM"],
  ["Ханты-Мансийского автономного округа", "RU-KHM"],
  ["Yamalo-Nenets Autonomous Okrug", "RU-YAN"],
  ["Altai Territory", "RU-ALT"],
  ["Алтайского края", "RU-ALT"],
  ["Altai Republic", "RU-AL"],
  ["Республики Алтай", "RU-AL"],
  ["Karakalpakstan", "UZ-QR"],
  ["Каракалпакстана", "UZ-QR"],
  ["Mary Region", "TM-M"],
  ["Марыйского велаята", "TM-M"],
  ["Mary", "city:TM:mary"],
  ["Lori Region", "AM-LO"],
  ["Issyk-Kul Region", "KG-Y"],
  ["Иссык-Кульской области", "KG-Y"],
  ["Chuy Region", "KG-C"],
  ["Чуйской области", "KG-C"],
  ["Gagauzia", "MD-GA"],
  ["Гагаузии", "MD-GA"],
  ["Borisov District", "district:BY:borisov"],
  ["Борисовского района", "district:BY:borisov"],
  ["Борисовском р-не", "district:BY:borisov"],
  ["Borisov", "city:BY:borisov"],
  ["East Kazakhstan Region", "KZ-63"],
  ["Восточно-Казахстанской области", "KZ-63"],
  ["North Kazakhstan Region", "KZ-59"],
  ["Karaganda Region", "KZ-35"],
  ["Карагандинской области", "KZ-35"],
  ["Akmola Region", "KZ-11"],
  ["Pavlodar Region", "KZ-55"],
  ["Павлодарской области", "KZ-55"],
  ["Novosibirsk Region", "RU-NVS"],
  ["Новосибирской области", "RU-NVS"],
  ["Kaluga Region", "RU-KLU"],
  ["Калужской области", "RU-KLU"],
  ["Kaliningrad Region", "RU-KGD"],
  ["Калининградской области", "RU-KGD"],
  ["Sverdlovsk Region", "RU-SVE"],
  ["Свердловской области", "RU-SVE"],
  ["Khabarovsk Krai", "RU-KHA"],
  ["Хабаровском крае", "RU-KHA"],
  ["Krasnoyarsk Krai", "RU-KYA"],
  ["Красноярского края", "RU-KYA"],
  ["Amur Region", "RU-AMU"],
  ["Амурской области", "RU-AMU"],
  ["Andijan Region", "UZ-AN"],
  ["Андижанской области", "UZ-AN"],
  ["Kazakstan", "KZ"],
  ["Uzbekstan", "UZ"],
  ["Kazachstan", "KZ"],
  ["Tadjikistan", "TJ"],
  ["Kazakhstann", "KZ"],
  ["BY", "BY"],
  ["BY-HO", "BY-HO"],
  ["RU-TA", "RU-TA"],];

for (const [text, id] of TOP) {
  test(`resolve(${JSON.stringify(text)}) -> ${id}`, () => {
    const got = resolver.resolve(text, { limit: 3 });
    assert.ok(got.length > 0, 'no match');
    assert.equal(got[0].party.id, id, got.map((m) => `${m.party.id} ${m.score} ${m.matchedBy}`).join(' | '));
    assert.ok(got[0].score > 0 && got[0].score <= 1);
  });
}

/** [text, best, second]: the kind word decides between a city and its region. */
const RANKED: [string, string, string][] = [
  ['Minsk', 'BY-HM', 'BY-MI'],
  ['Minsk region', 'BY-MI', 'BY-HM'],
  ['Moscow', 'RU-MOW', 'RU-MOS'],
  ['Moscow Oblast', 'RU-MOS', 'RU-MOW'],
  ['Gomel', 'city:BY:gomel', 'BY-HO'],
  ['Gomel Oblast', 'BY-HO', 'city:BY:gomel'],
  ['Tashkent', 'UZ-TK', 'UZ-TO'],
  ['Irkutsk Oblast', 'RU-IRK', 'city:RU:irkutsk'],
  ['Stavropol Krai', 'RU-STA', 'city:RU:stavropol'],
  ['Ставрополью', 'RU-STA', 'city:RU:stavropol'],
  ['Samarkand', 'city:UZ:samarkand', 'UZ-SA'],
];
for (const [text, first, second] of RANKED) {
  test(`resolve(${JSON.stringify(text)}) ranks ${first} before ${second}`, () => {
    const ids = resolver.resolve(text).map((m) => m.party.id);
    assert.equal(ids[0], first);
    assert.ok(ids.indexOf(second) > 0, `${second} missing from ${ids.join(', ')}`);
  });
}

const UNKNOWN = [
  'Gondor', 'Mordor', 'Narnia', 'Гондор', 'Атлантида', 'Kazakh', 'Belarusian', 'белорусский', 'российских',
  'Uzbek', 'экономика', 'trade', 'the', 'в', '2021', '', '   ', 'Region', 'область', 'Xyzzyville Oblast',
];
for (const text of UNKNOWN) {
  test(`resolve(${JSON.stringify(text)}) -> nothing`, () => {
    assert.deepEqual(resolver.resolve(text).map((m) => m.party.id), []);
  });
}

test('kinds filter keeps only the asked kinds', () => {
  const got = resolver.resolve('Minsk', { kinds: ['region'] });
  assert.equal(got[0].party.id, 'BY-MI');
  assert.ok(got.every((m) => m.party.kind === 'region'));
});

test('limit caps the list', () => {
  assert.equal(resolver.resolve('Minsk', { limit: 1 }).length, 1);
});

test('fuzzy and transliteration matches score below exact ones', () => {
  const exact = resolver.resolve('Kazakhstan')[0];
  const fuzzy = resolver.resolve('Kazachstan')[0];
  assert.equal(fuzzy.party.id, 'KZ');
  assert.ok(fuzzy.score < exact.score);
  assert.match(fuzzy.matchedBy, /^fuzzy:/);
});

test('inflected Russian scores a little below the nominative', () => {
  const nom = resolver.resolve('Гомельская область')[0];
  const gen = resolver.resolve('Гомельской области')[0];
  assert.equal(nom.party.id, gen.party.id);
  assert.ok(gen.score < nom.score);
  assert.match(gen.matchedBy, /^inflected:/);
});

test('with az morphology, irregular stems resolve (Орла -> Oryol)', async () => {
  const morphology = await initMorphology();
  const withAz = withMorphology(resolver, morphology);
  assert.equal(withAz.resolve('Орла')[0]?.party.id, 'city:RU:oryol');
  assert.match(withAz.resolve('Орла')[0].matchedBy, /^lemma:/);
  assert.equal(withAz.resolve('Гомельской области')[0].party.id, 'BY-HO');
  assert.deepEqual(withAz.resolve('Gondor'), []);
});


test('mayStartName admits every word that can take a first step of the trie', async () => {
  const { toWalkToken } = await import('./name-index.ts');
  const { tokenize } = await import('./normalize-name.ts');
  const { root } = resolver.index;
  let steps = 0;
  for (const party of parties) {
    for (const surface of [party.name, party.nameRu, ...party.aliases]) {
      for (const t of tokenize(surface)) {
        // The word as written and some of its inflected forms (stems cut from them reach the trie too).
        for (const suffix of ['', 'а', 'у', 'ой', 'ом', 'ью', 'ского', 's']) {
          const w = toWalkToken({ norm: t.norm + suffix });
          if (w.kind !== null) continue;
          const steps0 = w.forms.some((f) => root.next.has(f)) || (w.weakForm !== null && root.next.has(w.weakForm));
          if (!steps0) continue;
          steps++;
          assert.ok(resolver.index.mayStartName(w.norm), `${surface}: ${w.norm}`);
        }
      }
    }
  }
  assert.ok(steps > 1000);
  assert.equal(resolver.index.mayStartName('zzqx'), false);
});
