/** Party mentions in sentences written for these tests, over the real gazetteer. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGazetteer } from '../../gazetteer/load.ts';
import { loadDemonyms } from '../../gazetteer/demonyms.ts';
import { initMorphology } from '../../gazetteer/morphology.ts';
import { createResolver, withMorphology } from '../../gazetteer/resolver.ts';
import { Party } from '../../domain/party.ts';
import { capitalsAsStates, findPartyMentions, homeStateOf, type PartyMention } from './index.ts';

const parties = loadGazetteer();
const resolver = createResolver(parties, { demonyms: loadDemonyms() });

/** [sentence, [mention text, party id, via][]] — every mention, in order. */
const CASES: [string, [string, string, PartyMention['via']][]][] = [
  ["The Gomel Region and Uzbekistan signed a roadmap on industrial cooperation.",[["Gomel Region","BY-HO","name"],["Uzbekistan","UZ","name"]]],
  ["Делегация Гомельской области посетила Ташкент в марте.",[["Гомельской области","BY-HO","name"],["Ташкент","UZ-TK","name"]]],
  ["Товарооборот с Узбекистаном в прошлом году вырос на 20%.",[["Узбекистаном","UZ","name"]]],
  ["В Казахстане открылся новый торговый дом.",[["Казахстане","KZ","name"]]],
  ["Belarusian-Uzbek trade reached $1.2 billion last year.",[["Belarusian","BY","adjective"],["Uzbek","UZ","adjective"]]],
  ["Белорусско-казахстанский бизнес-форум прошел в Минске.",[["Белорусско","BY","adjective"],["казахстанский","KZ","adjective"],["Минске","BY-HM","name"]]],
  ["Belarusian enterprises will supply 300 tractors to the region.",[["Belarusian","BY","adjective"]]],
  ["Сотрудничество с российскими регионами расширяется.",[["российскими","RU","adjective"]]],
  ["Объем торговли с российских регионов вырос.",[["российских","RU","adjective"]]],
  ["Minsk and Astana agreed to boost mutual trade.",[["Minsk","BY","pair"],["Astana","KZ","pair"]]],
  ["Belarus-Kazakhstan talks took place in Minsk.",[["Belarus","BY","pair"],["Kazakhstan","KZ","pair"],["Minsk","BY-HM","name"]]],
  ["Nizhny Novgorod Region hosted a trade mission from Vitebsk.",[["Nizhny Novgorod Region","RU-NIZ","name"],["Vitebsk","city:BY:vitebsk","name"]]],
  ["Евразийский экономический союз объединяет пять государств.",[["Евразийский экономический союз","bloc:eaeu","alias"]]],
  ["Minsk and Gomel regions signed new agreements with partners.",[["Minsk","BY-MI","name"],["Gomel regions","BY-HO","name"]]],
  ["Делегации Минской и Гомельской областей встретились с коллегами.",[["Минской","BY-MI","name"],["Гомельской областей","BY-HO","name"]]],
  ["In May the weather in Nice was warm.",[]],
  ["Мир меняется быстро.",[]],
  ["Vladimir Putin met the delegation in Minsk.",[["Minsk","BY-HM","name"]]],
  ["Губернатор Владимир Владимиров посетил Минск.",[["Минск","BY-HM","name"]]],
  ["St. Petersburg and the Leningrad Region lead in trade with Belarus.",[["St. Petersburg","RU-SPE","name"],["Leningrad Region","RU-LEN","name"],["Belarus","BY","name"]]],
  ["Представители РФ и ЕАЭС провели встречу.",[["РФ","RU","alias"],["ЕАЭС","bloc:eaeu","name"]]],
  ["The EAEU and the CIS held a joint session.",[["EAEU","bloc:eaeu","name"],["CIS","bloc:cis","name"]]],
  ["Russia's Irkutsk region exports timber to China.",[["Russia","RU","name"],["Irkutsk region","RU-IRK","name"],["China","CN","name"]]],
  ["Exports to the Russian Federation grew by 5 percent.",[["Russian Federation","RU","alias"]]],
  ["The Republic of Tatarstan and Belarus opened a joint venture.",[["Republic of Tatarstan","RU-TA","alias"],["Belarus","BY","name"]]],
  ["Республика Татарстан и Беларусь создали совместное предприятие.",[["Республика Татарстан","RU-TA","name"],["Беларусь","BY","name"]]],
  ["Stavropol Krai supplies grain to Armenia and Georgia.",[["Stavropol Krai","RU-STA","name"],["Armenia","AM","name"],["Georgia","GE","name"]]],
  ["Ставропольский край поставляет зерно в Армению.",[["Ставропольский край","RU-STA","name"],["Армению","AM","name"]]],
  ["Поставки из Ставропольского края выросли.",[["Ставропольского края","RU-STA","name"]]],
  ["A Chinese company will build a plant near Brest.",[["Chinese","CN","adjective"],["Brest","city:BY:brest","name"]]],
  ["The Sino-Russian partnership was discussed in Moscow.",[["Sino","CN","adjective"],["Russian","RU","adjective"],["Moscow","RU-MOW","name"]]],
  ["Российско-белорусские отношения обсуждались в Москве.",[["Российско","RU","adjective"],["белорусские","BY","adjective"],["Москве","RU-MOW","name"]]],
  ["The Kostanai region and the Kurgan Region share a border.",[["Kostanai region","KZ-39","alias"],["Kurgan Region","RU-KGN","name"]]],
  ["Mogilev Oblast products are sold in Kyrgyzstan.",[["Mogilev Oblast","BY-MA","name"],["Kyrgyzstan","KG","name"]]],
  ["Продукция Могилевской области продается в Кыргызстане.",[["Могилевской области","BY-MA","name"],["Кыргызстане","KG","name"]]],
  ["The Union State budget was approved.",[["Union State","bloc:union-state","name"]]],
  ["Бюджет Союзного государства утвержден.",[["Союзного государства","bloc:union-state","name"]]],
  ["Tashkent, Bishkek and Dushanbe sent delegations.",[["Tashkent","UZ","pair"],["Bishkek","KG","pair"],["Dushanbe","TJ","pair"]]],
  ["The cis element and the eaeu are not abbreviations here.",[]],
  ["The Kazakh side proposed new projects.",[["Kazakh","KZ","adjective"]]],
  ["Казахстанская сторона предложила новые проекты.",[["Казахстанская","KZ","adjective"]]],
  ["Uzbek and Belarusian companies signed contracts.",[["Uzbek","UZ","adjective"],["Belarusian","BY","adjective"]]],
  ["He spoke Russian fluently.",[]],
  ["The tractor plant in Minsk exported 1,000 tractors to Uzbekistan.",[["Minsk","BY-HM","name"],["Uzbekistan","UZ","name"]]],
  ["Trade between Belarus and Vietnam doubled.",[["Belarus","BY","name"],["Vietnam","VN","name"]]],
  ["Товарооборот между Беларусью и Вьетнамом удвоился.",[["Беларусью","BY","name"],["Вьетнамом","VN","name"]]],
  ["The Vitebsk and Mogilev regions exchanged delegations.",[["Vitebsk","BY-VI","name"],["Mogilev regions","BY-MA","name"]]],
  ["Nothing here mentions any place at all.",[]],
  ["The forum in Kazan brought together Tatarstan and Belarusian producers.",[["Kazan","city:RU:kazan","name"],["Tatarstan","RU-TA","name"],["Belarusian","BY","adjective"]]],
  ["Georgia and Armenia joined the talks.",[["Georgia","GE","name"],["Armenia","AM","name"]]],
  ["Встреча прошла в г. Минске.",[["г. Минске","BY-HM","name"]]],
  ["Turkey and Iran were invited as observers.",[["Turkey","TR","name"],["Iran","IR","name"]]],
  ["The Kyrgyz Republic and the EAEU signed a memorandum.",[["Kyrgyz Republic","KG","alias"],["EAEU","bloc:eaeu","name"]]],
  ["Gomel hosted the forum this year.",[["Gomel","city:BY:gomel","name"]]],
  ["Oral agreements were reached.",[]],
  ["The talks were held in Minsk. Region officials attended too.",[["Minsk","BY-HM","name"]]],
  ["🇧🇾 Belarus and 🇰🇿 Kazakhstan met.",[["Belarus","BY","name"],["Kazakhstan","KZ","name"]]],
  ["Kazakhstan's exports to Belarus grew.",[["Kazakhstan","KZ","name"],["Belarus","BY","name"]]],
  ["Белоруссия и Китай подписали соглашение.",[["Белоруссия","BY","alias"],["Китай","CN","name"]]],
  ["ОАО «Гомсельмаш» поставит комбайны в Казахстан.",[["Гомсельмаш","org:gomselmash","name"],["Казахстан","KZ","name"]]],
  ["Belarus-Uzbek cooperation is growing.",[["Belarus","BY","pair"],["Uzbek","UZ","adjective"]]],
  ["Russian-Belarusian projects were reviewed.",[["Russian","RU","adjective"],["Belarusian","BY","adjective"]]],
  ["Число белорусских предприятий в регионе выросло.",[["белорусских","BY","adjective"]]],
  ["Курс российский рубль укрепился.",[]],
  ["Минск и Москва договорились о поставках.",[["Минск","BY","pair"],["Москва","RU","pair"]]],
  ["Выставка прошла в Минске и Гомеле.",[["Минске","BY-HM","name"],["Гомеле","city:BY:gomel","name"]]],
  ["Mary Region and Lebap Region are in Turkmenistan.",[["Mary Region","TM-M","name"],["Lebap Region","TM-L","name"],["Turkmenistan","TM","name"]]],
  ["В Орле прошла выставка.",[]],
  ["Луга и поля зеленеют.",[]],
  ["Находка оказалась ценной.",[]],
  ["Turkey is an important partner.",[["Turkey","TR","name"]]],
  ["Горки стали белыми от снега.",[]],
  ["MINSK, 12 March - Belarus and the Irkutsk Oblast intend to expand cooperation.",[["MINSK","BY-HM","name"],["Belarus","BY","name"],["Irkutsk Oblast","RU-IRK","name"]]],
  ["Governor of the Tomsk Oblast met the Belarusian ambassador.",[["Tomsk Oblast","RU-TOM","name"],["Belarusian","BY","adjective"]]],
  ["Белорусская сторона предложила Ленинградской области создать совместное производство.",[["Белорусская","BY","adjective"],["Ленинградской области","RU-LEN","name"]]],
  ["The Kazakhstan-Belarus business council met in Almaty.",[["Kazakhstan","KZ","pair"],["Belarus","BY","pair"],["Almaty","KZ-75","name"]]],
  ["Товарооборот Беларуси и Кыргызстана в первом полугодии вырос.",[["Беларуси","BY","name"],["Кыргызстана","KG","name"]]],
  ["Зампред правительства Беларуси посетил Приморье.",[["Беларуси","BY","name"],["Приморье","RU-PRI","alias"]]],
  ["Grodno, Vitebsk and Mogilev regions will host the fair.",[["Grodno","BY-HR","name"],["Vitebsk","BY-VI","name"],["Mogilev regions","BY-MA","name"]]],
  ["Гродненская, Витебская и Могилевская области примут участие.",[["Гродненская","BY-HR","name"],["Витебская","BY-VI","name"],["Могилевская области","BY-MA","name"]]],
  ["A delegation from Chuy Region visited Brest and Pinsk.",[["Chuy Region","KG-C","name"],["Brest","city:BY:brest","name"],["Pinsk","city:BY:pinsk","name"]]],
  ["Sakha (Yakutia) and Belarus signed an agreement.",[["Sakha (Yakutia)","RU-SA","name"],["Belarus","BY","name"]]],
  ["Республика Саха (Якутия) и Беларусь подписали соглашение.",[["Республика Саха (Якутия)","RU-SA","name"],["Беларусь","BY","name"]]],
  ["В Нижнем Новгороде и Казани открылись торговые дома.",[["Нижнем Новгороде","city:RU:nizhny-novgorod","name"],["Казани","city:RU:kazan","name"]]],
  ["The Nizhny Novgorod region and the Minsk region became twin regions.",[["Nizhny Novgorod region","RU-NIZ","name"],["Minsk region","BY-MI","name"]]],
  ["Minsk (Belarus) and Moscow.",[["Minsk","BY-HM","name"],["Belarus","BY","name"],["Moscow","RU-MOW","name"]]],
  // Regions named by a noun in -ье, inflected: the region, not the city of the same stem.
  ["Делегация Ставрополья посетила Брест.",[["Ставрополья","RU-STA","alias"],["Брест","city:BY:brest","name"]]],
  ["Гомельские аграрии поделились опытом со Ставропольем.",[["Гомельские","BY-HO","adjective"],["Ставропольем","RU-STA","alias"]]],
  ["Из Ставрополя в Гродно прибыли студенты.",[["Ставрополя","city:RU:stavropol","name"],["Гродно","city:BY:grodno","name"]]],
  // Relational adjectives of regions before a word for a side, in any case form.
  ["Делегация встретилась с самаркандскими партнерами.",[["самаркандскими","UZ-SA","adjective"]]],
  ["Брестские предприятия отгрузили технику в Курганскую область.",[["Брестские","BY-BR","adjective"],["Курганскую область","RU-KGN","name"]]],
  ["Договор подписали витебские производители и смоленская компания.",[["витебские","BY-VI","adjective"],["смоленская","RU-SMO","adjective"]]],
  ["Северо-Казахстанские компании работают с курганскими партнерами.",[["Северо-Казахстанские","KZ-59","adjective"],["курганскими","RU-KGN","adjective"]]],
  ["Иркутская делегация посетила Гомель.",[["Иркутская","RU-IRK","adjective"],["Гомель","city:BY:gomel","name"]]],
  // Where the region's namesake city is a unit of its own, the adjective may name either: unread.
  ["Минские предприятия и ташкентские партнеры подписали контракты.",[]],
  // Not before a word for a side: a dish, not a party.
  ["Самаркандский плов готовили весь вечер.",[]],
  // A company's own name between a state adjective and the word for it.
  ["The Belarusian Amkodor company opened a plant.",[["Belarusian","BY","adjective"],["Amkodor","org:amkodor","name"]]],
];

for (const [sentence, want] of CASES) {
  test(`mentions: ${sentence}`, () => {
    const got = findPartyMentions(sentence, resolver);
    assert.deepEqual(
      got.map((m) => [m.text, m.party.id, m.via]),
      want,
    );
    for (const m of got) {
      assert.equal(sentence.slice(m.start, m.end), m.text, 'offsets must be exact');
      assert.ok(m.score > 0 && m.score <= 1);
    }
  });
}

test('adjectives: "all" keeps a bare adjective, "none" drops compounds too', () => {
  const s = 'He answered in Russian, then visited Belarusian-Uzbek talks.';
  assert.deepEqual(findPartyMentions(s, resolver).map((m) => m.party.id), ['BY', 'UZ']);
  assert.deepEqual(findPartyMentions(s, resolver, { adjectives: 'all' }).map((m) => m.party.id), ['RU', 'BY', 'UZ']);
  assert.deepEqual(findPartyMentions(s, resolver, { adjectives: 'none' }).map((m) => m.party.id), []);
});

test('capitalsAsStates: false keeps the cities', () => {
  const s = 'Minsk and Astana agreed to boost trade.';
  assert.deepEqual(findPartyMentions(s, resolver, { capitalsAsStates: false }).map((m) => m.party.id), ['BY-HM', 'KZ-71']);
});

test('capitalsAsStates leaves a lone capital and a capital beside a non-capital alone', () => {
  const s = 'Minsk and Gomel exchanged delegations; Astana watched.';
  const found = findPartyMentions(s, resolver, { capitalsAsStates: false });
  assert.deepEqual(capitalsAsStates(found, s, resolver.byId).map((m) => m.party.id), ['BY-HM', 'city:BY:gomel', 'KZ-71']);
});

test('kinds and minScore filter mentions', () => {
  const s = 'Gomel Region, Belarus and the EAEU.';
  assert.deepEqual(findPartyMentions(s, resolver, { kinds: ['state'] }).map((m) => m.party.id), ['BY']);
  assert.deepEqual(findPartyMentions(s, resolver, { minScore: 0.99 }).map((m) => m.party.id), ['BY', 'bloc:eaeu']);
});

test('homeStateOf takes a region or city to its state', () => {
  const byId = resolver.byId;
  assert.equal(homeStateOf(byId.get('city:BY:gomel') as Party, byId)?.id, 'BY');
  assert.equal(homeStateOf(byId.get('RU-TA') as Party, byId)?.id, 'RU');
  assert.equal(homeStateOf(byId.get('KZ') as Party, byId)?.id, 'KZ');
});

test('an empty text and a text of punctuation have no mentions', () => {
  assert.deepEqual(findPartyMentions('', resolver), []);
  assert.deepEqual(findPartyMentions(' ,.;— ', resolver), []);
});

test('with morphology: irregular inflection found, a common word at a sentence start skipped', async () => {
  const withAz = withMorphology(resolver, await initMorphology());
  assert.deepEqual(findPartyMentions('В Орле прошла выставка.', withAz).map((m) => [m.text, m.party.id]), [['Орле', 'city:RU:oryol']]);
  assert.deepEqual(findPartyMentions('Мир меняется, а Гомель растет.', withAz).map((m) => m.party.id), ['city:BY:gomel']);
});

// Speed is measured in bench/, not asserted here; this checks a long paragraph is read whole.
test('a long paragraph yields every mention', () => {
  const para = 'Делегация Гомельской области и представители Belarusian enterprises обсудили с Узбекистаном и Kazakhstan поставки в Minsk Region. '.repeat(200);
  const found = findPartyMentions(para, resolver);
  assert.equal(found.length, 5 * 200);
});
