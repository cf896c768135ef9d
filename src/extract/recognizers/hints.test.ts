import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hintScan } from './hints.ts';
import { EN_TRIGGERS, RU_TRIGGERS, type ProjectTrigger } from './project-lexicon.ts';

test('a hint scan says which patterns may match', () => {
  const scan = hintScan([['joint'], ['jointly '], ['build', 'built'], ['^сп']]);
  assert.deepEqual(scan('They will JOINTLY develop it'), [true, true, false, false]);
  assert.deepEqual(scan('a joint venture was built'), [true, false, true, false]);
  assert.deepEqual(scan('создано СП «Альфа»'), [false, false, false, true]);
  assert.deepEqual(scan('спорт и испытания'), [false, false, false, false]);
  assert.deepEqual(scan('nothing here'), [false, false, false, false]);
});

test('a case-folded form the hints do not list lets every pattern run', () => {
  // "ſ" (long s) matches "s" case-insensitively but lower-cases to itself.
  assert.deepEqual(hintScan([['ship'], ['train']])('ſhip'), [true, true]);
});

/** Phrases that each alternative of a trigger matches: its hints must let it run. */
function assertHinted(triggers: readonly ProjectTrigger[], phrases: string[]) {
  const scan = hintScan(triggers.map((t) => t.hints));
  for (const phrase of phrases) {
    const may = scan(phrase);
    let matched = false;
    triggers.forEach((t, k) => {
      t.re.lastIndex = 0;
      if (t.re.test(phrase)) {
        matched = true;
        assert.ok(may[k], `trigger ${k} (${t.kind}) matches "${phrase}" but its hints say no`);
      }
      t.re.lastIndex = 0;
    });
    assert.ok(matched, `no trigger matches "${phrase}"`);
  }
}

test('English project triggers start with their hints', () => {
  assertHinted(EN_TRIGGERS, [
    'a Joint Venture', 'the JV.', 'assembly production of tractors', 'they assembled buses', 'a dealer network',
    'dealerships', 'a trading house', 'Trade houses', 'supplies of milk', 'DELIVERED 20 buses', 'shipped', 'shipments of grain',
    'purchased lifts', 'buying trucks', 'bought', 'procurement of', 'installed', 'transferred', 'production of cabins',
    'manufacturing facility', 'plant to produce tyres', 'complex which will process milk', 'plans to produce', 'a processing plant',
    'Industrial and Technological Park', 'technoparks', 'construction of a school', 'building of', 'they built', 'is building',
    'are building', 'constructed', 'training of specialists', 'trains young doctors', 'network university', 'basic organization',
    'basic in', 'joint master\'s programmes', 'double-degree', 'technological platforms', 'Eurasian Technology Platform',
    'joint research projects', 'joint work of scientists', 'participants in joint projects',
    'development of a new vaccine', 'jointly designed', 'service centres', 'shops of Belarusian products', 'pilot operation of',
    '"Green Field" project', '«Pramen» project', 'investment projects',
  ]);
});

test('Russian project triggers start with their hints', () => {
  assertHinted(RU_TRIGGERS, [
    'совместное предприятие', 'создано СП', 'сборочное производство', 'сборка тракторов', 'дилерский центр', 'торговый дом',
    'поставки молока', 'поставит 20 автобусов', 'закупка техники', 'приобретение лифтов', 'отгрузка зерна', 'производство шин',
    'выпуск автобусов', 'завод по производству шин', 'индустриальный парк', 'технопарк', 'строительство школы', 'построили мост',
    'возведение', 'подготовка кадров', 'обучение студентов', 'образовательные программы', 'сетевой университет',
    'совместные исследования', 'технологическая платформа', 'сервисный центр',
  ]);
});
