/** Project facts from short texts written for these tests, through the real pipeline and gazetteer. */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFacts } from '../pipeline.ts';
import { createGazetteerResolver, type Resolver } from '../../gazetteer/resolver.ts';
import type { ProjectFact } from '../../domain/fact.ts';

let resolver: Resolver;
before(async () => {
  resolver = await createGazetteerResolver();
});

function projects(text: string, date = '2025-03-20'): ProjectFact[] {
  return extractFacts(text, resolver, { doc: 't', isBody: true, date }).filter((f): f is ProjectFact => f.type === 'project');
}

type Expect = Partial<Pick<ProjectFact, 'kind' | 'partner' | 'quantity' | 'value' | 'currency' | 'date'>> & { subject?: RegExp; actors?: string[] };

/** [text, expected projects in order]: each listed field must match; an empty list means no project. */
const CASES: [string, Expect[]][] = [
  // Supplies.
  ['MAZ will supply 100 buses to Almaty in 2025.',
    [{ kind: 'supply', actors: ['Minsk Automobile Plant'], partner: 'Almaty', subject: /^buses$/, quantity: 100, date: '2025' }]],
  ['Minsk Tractor Works delivered 50 tractors to the Kostanay Region in June.',
    [{ kind: 'supply', actors: ['Minsk Tractor Works'], partner: 'Kostanay Region', subject: /^tractors$/, quantity: 50, date: '2025-06' }]],
  ['Belkommunmash OJSC shipped 20 trolleybuses to Tashkent under a contract worth $15 million.',
    [{ kind: 'supply', actors: ['Belkommunmash'], partner: 'Tashkent', quantity: 20, value: 15e6, currency: 'USD' }]],
  ['The city will buy 12 articulated buses and 8 electric buses this year.',
    [{ kind: 'supply', quantity: 12, subject: /^articulated buses$/ }, { kind: 'supply', quantity: 8, subject: /^electric buses$/ }]],
  ['Special vehicles and road machinery were shipped to the Omsk Region from Belarus in 2023.',
    [{ kind: 'supply', partner: 'Omsk Region', subject: /^special vehicles and road machinery$/i, date: '2023' }]],
  // Assembly, joint ventures, dealerships, trading houses.
  ['Gomselmash opened an assembly plant for combine harvesters in the Bryansk Region.',
    [{ kind: 'assembly_plant', actors: ['Gomselmash'], partner: 'Bryansk Region', subject: /^combine harvesters$/ }]],
  ['Assembly of Belarusian tractors was launched at CJSC Agromashservice in the Sughd Region.',
    [{ kind: 'assembly_plant', actors: ['Agromashservice'], subject: /^Belarusian tractors$/ }]],
  ['A joint venture to produce elevators was set up in Samarkand by Mogilevliftmash.',
    [{ kind: 'joint_venture', actors: ['Mogilevliftmash'], partner: 'Samarkand', subject: /joint venture to produce elevators/ }]],
  ['The company opened a trading house in Tashkent.', [{ kind: 'trading_house', partner: 'Tashkent' }]],
  ['Gomselmash opened a dealer centre in Pavlodar.', [{ kind: 'dealership', actors: ['Gomselmash'], partner: 'Pavlodar' }]],
  // Production, construction, education, research, other.
  ['Amkodor plans to set up the production of loaders in Uzbekistan.',
    [{ kind: 'production', actors: ['Amkodor'], partner: 'Uzbekistan', subject: /^loaders$/ }]],
  ['Construction of a dairy plant in the Tashkent Region began in March 2024.',
    [{ kind: 'construction', partner: 'Tashkent Region', subject: /^dairy plant$/, date: '2024-03' }]],
  ['Belarusian builders completed the construction of a hospital in Kaliningrad.',
    [{ kind: 'construction', partner: 'Kaliningrad', subject: /^hospital$/ }]],
  ['Belarusian universities will train 300 students from Turkmenistan.',
    [{ kind: 'education', partner: 'Turkmenistan', quantity: 300 }]],
  ['Scientists of BSU and Kazan Federal University jointly developed a new vaccine.',
    [{ kind: 'research', actors: ['Belarusian State University', 'Kazan Federal University'], subject: /vaccine/ }]],
  ['The programme funds the development of a new satellite navigation system for farmers.',
    [{ kind: 'research', subject: /satellite navigation system/ }]],
  // A facility the trigger names by itself, with the company that opened it and where.
  ['The Belarusian Amkodor company opened an assembly plant in Kazakhstan.',
    [{ kind: 'assembly_plant', actors: ['Amkodor'], partner: 'Kazakhstan', subject: /^assembly plant$/ }]],
  ['Gomselmash has launched an assembly line in the Omsk Region to produce combines.',
    [{ kind: 'assembly_plant', actors: ['Gomselmash'], partner: 'Omsk Region', subject: /^assembly line to produce combines$/ }]],
  ['MTZ opened a service centre for tractors in the Akmola Region in 2022.',
    [{ kind: 'other', actors: ['Minsk Tractor Works'], partner: 'Akmola Region', date: '2022' }]],
  // Russian.
  ['МАЗ поставит 100 автобусов в Алматы.', [{ kind: 'supply', actors: ['Minsk Automobile Plant'], partner: 'Almaty', quantity: 100 }]],
  ['Закупка 50 тракторов МТЗ для хозяйств Брестской области завершена.',
    [{ kind: 'supply', actors: ['Minsk Tractor Works'], partner: 'Brest Region', quantity: 50 }]],
  ['В Узбекистане создано совместное предприятие по выпуску лифтов.',
    [{ kind: 'joint_venture', partner: 'Uzbekistan', subject: /по выпуску лифтов/ }]],
  ['На Ставрополье откроется сборочное производство белорусских тракторов.',
    [{ kind: 'assembly_plant', partner: 'Stavropol Territory', subject: /тракторов/ }]],
  ['В Ташкенте открыт торговый дом «Беларусь».', [{ kind: 'trading_house', partner: 'Tashkent' }]],
  ['Гомсельмаш открыл дилерский центр в Казахстане.', [{ kind: 'dealership', actors: ['Gomselmash'], partner: 'Kazakhstan' }]],
  ['Строительство завода по производству шин начнется в 2025 году.', [{ kind: 'construction', subject: /^завода по производству шин$/, date: '2025' }]],
  ['Подготовка кадров для Таджикистана ведется в белорусских вузах.', [{ kind: 'education', partner: 'Tajikistan' }]],
  ['Минский тракторный завод поставил в Узбекистан 300 тракторов.', [{ kind: 'supply', partner: 'Uzbekistan', quantity: 300 }]],
  ['На заводе «Агромашсервис» в Сургуте налажена сборка тракторов МТЗ.',
    [{ kind: 'assembly_plant', actors: ['Minsk Tractor Works', 'Агромашсервис'], partner: 'Surgut', subject: /тракторов МТЗ/ }]],
  ['MAZ and the Kazakh company Allur agreed to assemble trucks in Kostanay.',
    [{ kind: 'assembly_plant', actors: ['Minsk Automobile Plant', 'Allur'], partner: 'Kostanay', subject: /^trucks$/ }]],
  ['Белорусская компания «Амкодор» открыла сборочное производство в Казахстане.',
    [{ kind: 'assembly_plant', actors: ['Amkodor'], partner: 'Kazakhstan', subject: /^сборочное производство$/ }]],
  ['Брестские предприятия отгрузят 40 тракторов курганским партнерам.',
    [{ kind: 'supply', partner: 'Kurgan Region', quantity: 40 }]],
  ['Белорусская сторона построит в Ташкенте жилой комплекс.', [{ kind: 'construction', partner: 'Tashkent', subject: /^жилой комплекс$/ }]],
  // No projects: trade flows, utilities, counts, tasks set, anaphora.
  ['Поставки белорусских товаров в Казахстан выросли на 10%.', []],
  ['Президенты поставили задачу нарастить товарооборот до 1 млрд долларов.', []],
  ['Belarusian exports of goods to Kazakhstan grew by 10%.', []],
  ['Deliveries of Belarusian tractors to Kazakhstan grew by 15% last year.', []],
  ['The water supply in the city was restored.', []],
  ['The development of cooperation between the regions is important.', []],
  ['Over 300 joint ventures operate in the region.', []],
  ['The parties discussed supplies of machinery.', []],
  ['The legislative assembly of the Omsk Region approved the budget.', []],
  // A facility named by the trigger alone, with no one and nowhere to it.
  ['Experts say the future belongs to assembly plants.', []],
];

describe('recognizeProject', () => {
  for (const [text, expected] of CASES) {
    test(text.slice(0, 70), () => {
      const got = projects(text);
      assert.equal(got.length, expected.length, `projects: ${JSON.stringify(got.map((p) => [p.kind, p.subject]))}`);
      expected.forEach((e, k) => {
        const f = got[k]!;
        for (const key of ['kind', 'partner', 'quantity', 'value', 'currency', 'date'] as const) {
          if (e[key] !== undefined) assert.equal(f[key], e[key], key);
        }
        if (e.subject) assert.match(f.subject ?? '', e.subject);
        if (e.actors) assert.deepEqual(f.actors, e.actors);
        assert.ok(f.quote.length > 0 && text.includes(f.quote));
      });
    });
  }
});
