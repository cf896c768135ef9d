/** Trade facts from sentences written for these tests, through the real pipeline and gazetteer. */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createGazetteerResolver, type Resolver } from '../../gazetteer/resolver.ts';
import { extractFacts } from '../pipeline.ts';
import type { TradeFact } from '../../domain/fact.ts';

let resolver: Resolver;
before(async () => {
  resolver = await createGazetteerResolver();
});

type Expect = Partial<Pick<TradeFact, 'indicator' | 'flow' | 'period' | 'value' | 'currency' | 'change_pct' | 'scope'>> & { parties?: string[] };

function trade(text: string, date?: string): TradeFact[] {
  return extractFacts(text, resolver, { doc: 't', isBody: true, date }).filter((f): f is TradeFact => f.type === 'trade');
}

function matches(f: TradeFact, e: Expect): boolean {
  for (const [k, v] of Object.entries(e)) {
    if (k === 'parties') {
      if ([...f.parties].sort().join('+') !== [...(v as string[])].sort().join('+')) return false;
    } else if (k === 'value' || k === 'change_pct') {
      const got = f[k as 'value'];
      if (v === null ? got !== null : got === null || Math.abs(got - (v as number)) > Math.abs(v as number) * 0.001 + 0.01) return false;
    } else if ((f as Record<string, unknown>)[k] !== v) return false;
  }
  return true;
}

/** [text, reference date, expected facts (each matched by a distinct fact), exact count?] */
const CASES: Array<[string, string | undefined, Expect[]]> = [
  // English: value, change and period in one clause.
  ['In 2020, trade between Armenia and Belarus amounted to $120.5 million, up 14% from 2019.', '2021-03-01',
    [{ parties: ['Armenia', 'Belarus'], indicator: 'turnover', period: '2020', value: 120.5e6, currency: 'USD', change_pct: 14 }]],
  ['Belarus-Uzbekistan trade reached $600 million in January-September 2023.', '2023-11-01',
    [{ parties: ['Belarus', 'Uzbekistan'], period: '2023-01..2023-09', value: 600e6 }]],
  ["Kazakhstan's exports to Russia fell by 8.5 percent in 2022.", '2023-02-01',
    [{ indicator: 'exports', flow: 'Kazakhstan->Russia', period: '2022', change_pct: -8.5, value: null }]],
  ["Georgia's imports from Belarus totaled $45 million in the first quarter of 2021.", '2021-05-01',
    [{ indicator: 'imports', flow: 'Belarus->Georgia', period: '2021-Q1', value: 45e6 }]],
  ['Mutual trade of the EAEU countries grew by 9.5% in 2023.', '2024-02-01',
    [{ parties: ['EAEU'], indicator: 'mutual_trade', change_pct: 9.5, period: '2023' }]],
  ["Gomel Region's trade with Uzbekistan increased 1.4 times in 2019 to $25 million.", '2020-02-01',
    [{ parties: ['Gomel Region', 'Uzbekistan'], value: 25e6, change_pct: 40 }]],
  // Two figures, two flows.
  ['In 2022, Belarusian exports to Armenia amounted to $80 million, while imports reached $15 million.', '2023-02-01',
    [{ indicator: 'exports', flow: 'Belarus->Armenia', value: 80e6 }, { indicator: 'imports', flow: 'Armenia->Belarus', value: 15e6 }]],
  // The sides from the sentence before; "last year" from the reference date.
  ['The presidents of Belarus and Tajikistan met in Minsk on Monday. Last year, bilateral trade grew by 20% to $90 million.', '2023-05-10',
    [{ parties: ['Belarus', 'Tajikistan'], period: '2022', value: 90e6, change_pct: 20 }]],
  // A list of members after a sentence about the bloc.
  ['Mutual trade within the EAEU rose by 12% in 2021. The biggest growth was in Armenia (by 25 percent) and Kyrgyzstan (by almost 19 percent).', '2022-02-01',
    [{ parties: ['EAEU'], change_pct: 12 }, { parties: ['Armenia', 'EAEU'], change_pct: 25, period: '2021' }, { parties: ['Kyrgyzstan', 'EAEU'], change_pct: 19 }]],
  ['Belarus had a trade surplus of $300 million with Kyrgyzstan in 2020.', '2021-02-01',
    [{ parties: ['Belarus', 'Kyrgyzstan'], indicator: 'other', flow: 'Belarus->Kyrgyzstan', value: 300e6 }]],
  // Growth rate and level against a base.
  ['Exports from Mogilev Region to Kazakhstan amounted to $40 million in 2021, with the growth rate at 115.3%.', '2022-02-01',
    [{ flow: 'Mogilev Region->Kazakhstan', value: 40e6, change_pct: 15.3 }]],
  ['In 2020, trade between Russia and Belarus totaled $38 billion, 92.4% of the 2019 level.', '2021-02-01',
    [{ period: '2020', value: 38e9, change_pct: -7.6 }]],
  ['Trade between Kyrgyzstan and Belarus more than doubled in 2022.', '2023-02-01', [{ change_pct: 100, period: '2022' }]],
  // From one level to another: the base gets its own fact.
  ['Exports of the EAEU to Egypt increased by 30% (from $3 billion to $3.9 billion) in 2021.', '2022-02-01',
    [{ value: 3.9e9, change_pct: 30, period: '2021', flow: 'EAEU->Egypt' }, { value: 3e9, change_pct: null, period: '2020' }]],
  ['Freight traffic between the CIS countries fell by 3.2% in 2020.', '2021-02-01', [{ parties: ['CIS'], indicator: 'other', change_pct: -3.2 }]],
  ["Uzbekistan's GDP grew by 5.7% in 2022.", '2023-02-01', [{ parties: ['Uzbekistan'], indicator: 'production', change_pct: 5.7 }]],
  ["Belarus's exports of dairy products to Russia rose by 12% in 2021.", '2022-02-01', [{ scope: 'dairy products', change_pct: 12 }]],
  ['In January-March 2021 the foreign trade of Belarus with Ukraine amounted to $1.1 billion, exports to Ukraine $800 million, imports $300 million.', '2021-05-01',
    [{ value: 1.1e9, indicator: 'turnover' }, { value: 800e6, flow: 'Belarus->Ukraine' }, { value: 300e6, flow: 'Ukraine->Belarus', period: '2021-01..2021-03' }]],
  // Russian.
  ['Товарооборот между Беларусью и Казахстаном в 2021 году составил 1,2 млрд долларов, увеличившись на 15%.', '2022-02-01',
    [{ parties: ['Belarus', 'Kazakhstan'], indicator: 'turnover', period: '2021', value: 1.2e9, change_pct: 15 }]],
  ['Экспорт белорусских товаров в Узбекистан за январь-июнь 2022 года вырос в 1,3 раза.', '2022-08-01',
    [{ indicator: 'exports', flow: 'Belarus->Uzbekistan', period: '2022-01..2022-06', change_pct: 30, scope: null }]],
  ['Импорт из России в Армению в 2020 году сократился на 7,2%.', '2021-02-01', [{ indicator: 'imports', flow: 'Russia->Armenia', change_pct: -7.2 }]],
  ['Взаимная торговля стран СНГ в 2019 году достигла 80 млрд долларов.', '2020-02-01', [{ parties: ['CIS'], indicator: 'mutual_trade', value: 80e9 }]],
  ['Объем торговли Гродненской области с Калининградской областью в 2021 году составил 150 млн долларов.', '2022-02-01',
    [{ parties: ['Grodno Region', 'Kaliningrad Region'], value: 150e6 }]],
  // A change stated in the next sentence belongs to the figure before.
  ['Товарооборот Беларуси с Арменией в 2022 году составил 50 млн долларов. Рост составил 10%.', '2023-02-01', [{ value: 50e6, change_pct: 10 }]],
  ['Положительное сальдо Беларуси в торговле с Киргизией в 2021 году составило 120 млн долларов.', '2022-02-01',
    [{ indicator: 'other', flow: 'Belarus->Kyrgyzstan', value: 120e6 }]],
  ['Внешнеторговый оборот Минской области с Россией в 2020 году составил 4,5 млрд долларов США, что на 3,2% больше, чем в 2019 году.', '2021-02-01',
    [{ parties: ['Minsk Region', 'Russia'], period: '2020', value: 4.5e9, change_pct: 3.2 }]],
  ['Экспорт Брестской области в Казахстан в 2020 году составил 35 млн долларов, импорт - 5 млн долларов.', '2021-02-01',
    [{ flow: 'Brest Region->Kazakhstan', value: 35e6 }, { indicator: 'imports', flow: 'Kazakhstan->Brest Region', value: 5e6 }]],
  // A period named earlier in the paragraph carries over.
  ['In the first half of 2021 trade between Belarus and Moldova reached $400 million. It consisted of Belarusian exports of $350 million and imports of $50 million.', '2021-08-01',
    [{ value: 400e6 }, { value: 350e6, period: '2021-01..2021-06', indicator: 'exports' }, { value: 50e6, indicator: 'imports' }]],
  // Goods of a place come from it.
  ["Belarus' exports of goods to Russia rose by 20% to $25 billion, while imports of Russian goods fell by 8%.", '2023-02-01',
    [{ flow: 'Belarus->Russia', value: 25e9, change_pct: 20 }, { indicator: 'imports', flow: 'Russia->Belarus', change_pct: -8 }]],
  // An amount is not a range with a count after it.
  ['Belarus exported goods worth $50 million to 12 regions of Uzbekistan in 2022.', '2023-02-01', [{ value: 50e6, flow: 'Belarus->Uzbekistan' }]],
  // A share next to a change: only the change is trade.
  ['Trade with Russia makes up 60% of Belarusian trade turnover, said the minister, adding that it grew by 9% in 2022.', '2023-02-01',
    [{ change_pct: 9, parties: ['Belarus', 'Russia'] }]],
  // A period right before the figure it introduces: "а за январь–июль 2018 года — 248,9 млн".
  ['В 2017 году товарооборот Беларуси с Узбекистаном составил 318,7 млн долларов, а за январь–июль 2018 года — 248,9 млн долларов.', '2018-09-01',
    [{ value: 318.7e6, period: '2017' }, { value: 248.9e6, period: '2018-01..2018-07' }]],
  // "than in 2019" is the base of the change.
  ['Товарооборот Беларуси с Узбекистаном в 2020 году составил 532,4 млн долларов, что на 7,1% больше, чем в 2019 году.', '2021-02-01',
    [{ value: 532.4e6, period: '2020', change_pct: 7.1 }]],
  // A goal next to an actual figure: only the actual one is trade.
  ['Trade between Belarus and Tajikistan dropped to $76.8 million in 2020, leaving the two countries far from the $150 million goal they set three years ago.', '2021-03-04',
    [{ value: 76.8e6, period: '2020' }]],
  // The city a statement was made in speaks for its state.
  ['In Minsk, officials said that trade with Uzbekistan grew by 20% in 2021.', '2022-02-01', [{ parties: ['Belarus', 'Uzbekistan'], change_pct: 20 }]],
  ['The Ministry of Investment and Foreign Trade of Uzbekistan reported that exports to Belarus rose by 20% in 2022.', '2023-02-01',
    [{ indicator: 'exports', flow: 'Uzbekistan->Belarus', change_pct: 20 }]],
  ['Взаимная торговля государств ЕАЭС в 2021 году выросла на 31,9%. Наибольший рост отмечен в Казахстане (на 38%) и России (почти на 34%).', '2022-02-01',
    [{ parties: ['EAEU'], change_pct: 31.9 }, { parties: ['EAEU', 'Kazakhstan'], change_pct: 38 }, { parties: ['EAEU', 'Russia'], change_pct: 34 }]],
];

/** Sentences with figures that are not trade figures. */
const NEGATIVE: Array<[string, string | undefined]> = [
  ['Belarus attracted $2 billion in foreign investment in 2021.', '2022-02-01'],
  ['The free trade zone agreement with Serbia covers 95% of goods.', '2022-02-01'],
  ["Russia accounts for 48% of Belarus's foreign trade.", '2022-02-01'],
  ['The forum brought together 500 participants, and trade contracts worth $100 million were signed.', '2021-02-01'],
  ['Prices for Belarusian dairy exports to Russia increased by 10% in 2020.', '2021-02-01'],
  ['Доля экспорта в ВВП Беларуси составляет 60%.', '2021-02-01'],
  ['Объем российских инвестиций в экономику Беларуси составил 1 млрд долларов.', '2021-02-01'],
  ['Georgia and Belarus have all the preconditions to double trade.', '2021-02-01'],
  ['The meeting was attended by 120 companies with a combined turnover of $3 billion.', '2021-02-01'],
  ['Belarus supplied 2,000 tractors worth $50 million to Uzbekistan in 2022.', '2023-02-01'],
  ['В 2022 году Беларусь поставила в Узбекистан 500 автобусов на сумму 60 млн долларов.', '2023-02-01'],
  ['The Ministry of Foreign Trade said that 50 companies took part, signing deals for $5 million.', '2021-02-01'],
  // Goals are targets, not trade.
  ['Belarus and Azerbaijan plan to bring trade to $1 billion by 2025.', '2022-02-01'],
  ['Стороны планируют довести товарооборот до 1 млрд долларов к 2025 году.', '2022-02-01'],
];

describe('trade recognizer', () => {
  for (const [text, date, expected] of CASES) {
    test(text.slice(0, 70), () => {
      const facts = trade(text, date);
      const used = new Set<TradeFact>();
      for (const e of expected) {
        const hit = facts.find((f) => !used.has(f) && matches(f, e));
        assert.ok(hit, `no fact like ${JSON.stringify(e)}; got ${JSON.stringify(facts.map(({ doc, quote, start, end, ...r }) => r))}`);
        used.add(hit);
      }
      assert.equal(facts.length, expected.length, 'no extra trade facts');
      for (const f of facts) assert.ok(text.includes(f.quote) && f.quote.length > 0);
    });
  }
  for (const [text, date] of NEGATIVE) {
    test(`none: ${text.slice(0, 60)}`, () => {
      assert.deepEqual(trade(text, date).map((f) => f.quote), []);
    });
  }
  test('a trade figure and a goal in one sentence', () => {
    const text = 'Trade between Belarus and Azerbaijan grew by 25% in 2021 and is expected to reach $700 million by 2023.';
    const facts = trade(text, '2022-02-01');
    assert.equal(facts.length, 1);
    assert.equal(facts[0].change_pct, 25);
    assert.equal(facts[0].value, null);
  });
});
