/** Resolver behaviour on a small in-memory gazetteer (control over every name). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Party, type PartyInput } from '../domain/party.ts';
import { createResolver, homeStateOf } from './resolver.ts';

const p = (x: PartyInput): Party => Party.parse(x);
const PARTIES: Party[] = [
  p({ id: 'BY', kind: 'state', name: 'Belarus', nameRu: 'Беларусь', code: 'BY', aliases: ['Republic of Belarus', 'Республика Беларусь', 'РБ'] }),
  p({ id: 'RU', kind: 'state', name: 'Russia', nameRu: 'Россия', code: 'RU', aliases: ['Russian Federation', 'Российская Федерация', 'РФ'] }),
  p({ id: 'KZ', kind: 'state', name: 'Kazakhstan', nameRu: 'Казахстан', code: 'KZ', aliases: ['Republic of Kazakhstan'] }),
  p({ id: 'GE', kind: 'state', name: 'Georgia', nameRu: 'Грузия', code: 'GE' }),
  p({ id: 'US', kind: 'state', name: 'United States', nameRu: 'США', code: 'US' }),
  p({ id: 'US-GA', kind: 'region', name: 'Georgia', nameRu: 'Джорджия', code: 'US-GA', parentId: 'US', subtype: 'State' }),
  p({ id: 'BY-HM', kind: 'city', name: 'Minsk', nameRu: 'Минск', code: 'BY-HM', parentId: 'BY', subtype: 'City' }),
  p({ id: 'BY-MI', kind: 'region', name: 'Minsk Region', nameRu: 'Минская область', code: 'BY-MI', parentId: 'BY', subtype: 'Region', aliases: ['Minsk Oblast'] }),
  p({ id: 'BY-HO', kind: 'region', name: 'Gomel Region', nameRu: 'Гомельская область', code: 'BY-HO', parentId: 'BY', subtype: 'Region', aliases: ['Gomel Oblast', 'Гомельщина', 'Homel Voblast'] }),
  p({ id: 'city:BY:gomel', kind: 'city', name: 'Gomel', nameRu: 'Гомель', parentId: 'BY-HO', subtype: 'City', aliases: ['Homel'] }),
  p({ id: 'district:BY:gomel', kind: 'district', name: 'Gomel District', nameRu: 'Гомельский район', parentId: 'BY-HO', subtype: 'District' }),
  p({ id: 'RU-MOW', kind: 'city', name: 'Moscow', nameRu: 'Москва', code: 'RU-MOW', parentId: 'RU', subtype: 'Federal City' }),
  p({ id: 'RU-MOS', kind: 'region', name: 'Moscow Region', nameRu: 'Московская область', code: 'RU-MOS', parentId: 'RU', subtype: 'Region', aliases: ['Moscow Oblast', 'Подмосковье'] }),
  p({ id: 'RU-TA', kind: 'region', name: 'Tatarstan', nameRu: 'Республика Татарстан', code: 'RU-TA', parentId: 'RU', subtype: 'Republic', aliases: ['Republic of Tatarstan'] }),
  p({ id: 'RU-STA', kind: 'region', name: 'Stavropol Territory', nameRu: 'Ставропольский край', code: 'RU-STA', parentId: 'RU', subtype: 'Territory', aliases: ['Stavropol Krai'] }),
  p({ id: 'city:RU:stavropol', kind: 'city', name: 'Stavropol', nameRu: 'Ставрополь', parentId: 'RU-STA', subtype: 'City' }),
  p({ id: 'KZ-39', kind: 'region', name: 'Kostanay Region', nameRu: 'Kostanay Region', code: 'KZ-39', parentId: 'KZ', subtype: 'Region' }),
  p({ id: 'bloc:eaeu', kind: 'bloc', name: 'EAEU', nameRu: 'ЕАЭС', aliases: ['Eurasian Economic Union', 'EEU', 'Евразийский экономический союз'] }),
  p({ id: 'RU-SA', kind: 'region', name: 'Sakha (Yakutia)', nameRu: 'Республика Саха (Якутия)', code: 'RU-SA', parentId: 'RU', subtype: 'Republic' }),
];
const resolver = createResolver(PARTIES, { demonyms: { KZ: { en: ['Kazakh', 'Kazakhstani'], ru: ['казахстанск', 'казахск'] } } });
const top = (text: string) => resolver.resolve(text)[0]?.party.id ?? null;
const ids = (text: string) => resolver.resolve(text).map((m) => m.party.id);

const CASES: [string, string | null][] = [
  ['Belarus', 'BY'],
  ['беларусь', 'BY'],
  ['Беларуси', 'BY'],
  ['Республике Беларусь', 'BY'],
  ['РБ', 'BY'],
  ['Russian Federation', 'RU'],
  ['Российской Федерацией', 'RU'],
  ['Казахстану', 'KZ'],
  ['Georgia', 'GE'],
  ['Грузией', 'GE'],
  ['Minsk', 'BY-HM'],
  ['в Минске', 'BY-HM'],
  ['Minsk region', 'BY-MI'],
  ['Минской области', 'BY-MI'],
  ['Минская обл.', 'BY-MI'],
  ['Gomel', 'city:BY:gomel'],
  ['Gomel Oblast', 'BY-HO'],
  ['Gomel Province', 'BY-HO'],
  ['Гомельщиной', 'BY-HO'],
  ['Гомельском районе', 'district:BY:gomel'],
  ['Gomel raion', 'district:BY:gomel'],
  ['Moscow', 'RU-MOW'],
  ['Moscow city', 'RU-MOW'],
  ['Moscow Oblast', 'RU-MOS'],
  ['Подмосковья', 'RU-MOS'],
  ['Tatarstan', 'RU-TA'],
  ['Республикой Татарстан', 'RU-TA'],
  ['Tatarstan Republic', 'RU-TA'],
  ['Stavropol', 'city:RU:stavropol'],
  ['Stavropol Krai', 'RU-STA'],
  ['Stavropol region', 'RU-STA'],
  ['Ставропольского края', 'RU-STA'],
  ['Kostanai Region', 'KZ-39'],
  ['Костанай', 'KZ-39'],
  ['EEU', 'bloc:eaeu'],
  ['ЕАЭС', 'bloc:eaeu'],
  ['Евразийского экономического союза', 'bloc:eaeu'],
  ['Якутии', 'RU-SA'],
  ['Sakha', 'RU-SA'],
  ['Республика Саха (Якутия)', 'RU-SA'],
  ['Kazakhstn', 'KZ'],
  ['BY-HO', 'BY-HO'],
  ['Gondor', null],
  ['Gomelia', null],
  ['Kazakh', null],
  ['казахстанский', null],
  ['', null],
];
for (const [text, want] of CASES) {
  test(`fixture: resolve(${JSON.stringify(text)}) -> ${want}`, () => assert.equal(top(text), want));
}

test('a state outranks a region of the same name', () => {
  assert.deepEqual(ids('Georgia').slice(0, 2), ['GE', 'US-GA']);
});

test('a city outranks its region, and a kind word turns it round', () => {
  assert.deepEqual(ids('Minsk').slice(0, 2), ['BY-HM', 'BY-MI']);
  assert.deepEqual(ids('Minsk region').slice(0, 2), ['BY-MI', 'BY-HM']);
});

test('scores are in 0..1 and ranked best first', () => {
  for (const text of ['Minsk', 'Gomel Oblast', 'Гомельской области', 'Kazakhstn']) {
    const got = resolver.resolve(text);
    for (let i = 0; i < got.length; i++) {
      assert.ok(got[i].score > 0 && got[i].score <= 1);
      if (i > 0) assert.ok(got[i - 1].score >= got[i].score);
    }
  }
});

test('matchedBy says how', () => {
  assert.equal(resolver.resolve('Belarus')[0].matchedBy, 'name');
  assert.equal(resolver.resolve('Homel Voblast')[0].matchedBy, 'alias:Homel Voblast');
  assert.equal(resolver.resolve('Гомельской области')[0].matchedBy, 'inflected:Гомельская область');
  assert.equal(resolver.resolve('Kazakhstn')[0].matchedBy, 'fuzzy:Kazakhstan');
  assert.equal(resolver.resolve('Костанай Region')[0].matchedBy, 'translit:Kostanay Region');
  assert.equal(resolver.resolve('BY')[0].matchedBy, 'code');
});

test('short unknown names are never fuzzy-matched', () => {
  assert.deepEqual(ids('Gomelx'), []);
  assert.deepEqual(ids('Minks'), []);
});

test('kinds and limit', () => {
  assert.deepEqual(ids('Gomel').length, 3);
  assert.deepEqual(resolver.resolve('Gomel', { kinds: ['district'] }).map((m) => m.party.id), ['district:BY:gomel']);
  assert.equal(resolver.resolve('Gomel', { limit: 1 }).length, 1);
});

test('an empty gazetteer resolves nothing', () => {
  assert.deepEqual(createResolver([]).resolve('Minsk'), []);
});

test('homeStateOf walks parentId up to the state', () => {
  const byId = new Map(PARTIES.map((x) => [x.id, x]));
  const gomelDistrict = byId.get('district:BY:gomel')!;
  assert.equal(homeStateOf(gomelDistrict, PARTIES)?.id, 'BY');
  assert.equal(homeStateOf(gomelDistrict, byId)?.id, 'BY');
  assert.equal(homeStateOf(byId.get('RU')!, byId)?.id, 'RU');
  assert.equal(homeStateOf(byId.get('bloc:eaeu')!, byId), null);
});
