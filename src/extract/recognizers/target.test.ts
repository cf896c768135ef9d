/** Target facts from sentences written for these tests, through the real pipeline and gazetteer. */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createGazetteerResolver, type Resolver } from '../../gazetteer/resolver.ts';
import { extractFacts } from '../pipeline.ts';
import type { TargetFact } from '../../domain/fact.ts';
import { governedByTargetCue } from './target.ts';

let resolver: Resolver;
before(async () => {
  resolver = await createGazetteerResolver();
});

type Expect = Partial<Pick<TargetFact, 'indicator' | 'value' | 'currency' | 'by' | 'relative'>> & { parties?: string[] };

function targets(text: string, date?: string): TargetFact[] {
  return extractFacts(text, resolver, { doc: 't', isBody: true, date }).filter((f): f is TargetFact => f.type === 'target');
}

function matches(f: TargetFact, e: Expect): boolean {
  for (const [k, v] of Object.entries(e)) {
    if (k === 'parties') {
      if ([...f.parties].sort().join('+') !== [...(v as string[])].sort().join('+')) return false;
    } else if ((f as Record<string, unknown>)[k] !== v) return false;
  }
  return true;
}

const CASES: Array<[string, string | undefined, Expect[]]> = [
  ['Belarus and Azerbaijan plan to bring trade to $1 billion by 2025.', '2022-02-01',
    [{ parties: ['Azerbaijan', 'Belarus'], indicator: 'turnover', value: 1e9, currency: 'USD', by: '2025' }]],
  ['The goal of increasing trade between Uzbekistan and Belarus to $2 billion was confirmed.', '2022-02-01', [{ value: 2e9, by: null }]],
  ['Trade between Kazakhstan and Belarus may reach $1.5 billion in 2024.', '2023-05-01', [{ value: 1.5e9, by: '2024' }]],
  ['Armenia and Belarus intend to double bilateral trade by 2026.', '2022-02-01', [{ relative: 2, value: null, by: '2026', parties: ['Armenia', 'Belarus'] }]],
  ['Officials of Belarus and Russia met in Kazan. Contracts worth $300 million are expected to be signed at the forum.', '2022-02-01',
    [{ indicator: 'other', value: 300e6, parties: ['Belarus', 'Russia'] }]],
  // "over the next five years" counts from the reference date.
  ['Over the next five years, Georgia and Belarus aim to increase trade to $500 million.', '2022-02-01', [{ value: 500e6, by: '2027' }]],
  ['Russia and Belarus set a target of $50 billion in trade by 2030.', '2022-02-01', [{ value: 50e9, by: '2030' }]],
  // Each amount keeps the year written next to it.
  ['Belarus and Kyrgyzstan plan to raise trade to $300 million in 2023 and to $500 million by 2025.', '2022-02-01',
    [{ value: 300e6, by: '2023' }, { value: 500e6, by: '2025' }]],
  ['Trade between Belarus and Azerbaijan grew by 25% in 2021 and is expected to reach $700 million by 2023.', '2022-02-01', [{ value: 700e6, by: '2023' }]],
  ['Belarus and Uzbekistan agreed to increase mutual trade by 30% by 2025.', '2022-02-01', [{ indicator: 'mutual_trade', relative: 1.3, by: '2025' }]],
  ['Belarus plans to export goods worth $200 million to Vietnam in 2019.', '2019-02-01', [{ indicator: 'exports', value: 200e6, by: '2019' }]],
  ['Trade turnover between Belarus and Moldova reached $600 million, the target of $1 billion remains.', '2021-02-01', [{ value: 1e9 }]],
  ['In 2017 a programme was launched under which it was planned to purchase equipment worth $7 million by the end of 2018.', '2017-06-01',
    [{ indicator: 'other', value: 7e6, by: '2018' }]],
  // Russian.
  ['Стороны планируют довести товарооборот между Беларусью и Арменией до 1 млрд долларов к 2025 году.', '2022-02-01',
    [{ parties: ['Armenia', 'Belarus'], value: 1e9, by: '2025', indicator: 'turnover' }]],
  ['Поставлена задача нарастить взаимную торговлю Беларуси и Армении до 3 млрд долларов до 2030 года.', '2022-02-01',
    [{ indicator: 'mutual_trade', value: 3e9, by: '2030' }]],
  ['В 2025 году товарооборот между Россией и Беларусью может превысить 60 млрд долларов.', '2024-02-01', [{ value: 60e9, by: '2025' }]],
  ['Правительства Беларуси и Туркменистана ставят цель увеличить товарооборот до 500 млн долларов к 2020 году.', '2019-02-01',
    [{ parties: ['Belarus', 'Turkmenistan'], value: 500e6, by: '2020' }]],
  ['Ожидается, что объем взаимной торговли Беларуси и Таджикистана превысит 100 млн долларов в 2019 году.', '2019-02-01', [{ value: 100e6, by: '2019' }]],
  ['Минская область и Ленинградская область договорились увеличить товарооборот в полтора раза.', '2021-02-01',
    [{ parties: ['Leningrad Region', 'Minsk Region'], relative: 1.5, by: null }]],
  ['Trade between Belarus and Tajikistan dropped to $76.8 million in 2020, leaving the two countries far from the $150 million goal they set three years ago.', '2021-03-04',
    [{ value: 150e6, by: null, parties: ['Belarus', 'Tajikistan'] }]],
  ['Товарооборот Беларуси с Узбекистаном в 2020 году составил 532,4 млн долларов. Таким образом, поставленная в 2018 году цель — 500 млн долларов к 2020 году — выполнена.', '2021-02-12',
    [{ value: 500e6, by: '2020', indicator: 'turnover' }]],
  ['Президенты поставили задачу нарастить товарооборот Беларуси и Казахстана до конца текущего года до 1 млрд долларов.', '2018-11-20',
    [{ value: 1e9, by: '2018' }]],
];

const NEGATIVE: Array<[string, string | undefined]> = [
  ['Trade between Belarus and Kazakhstan reached $1 billion in 2019.', '2020-02-01'],
  ['It should be noted that trade between Belarus and Russia grew by 5% in 2020.', '2021-02-01'],
  ['Georgia and Belarus have all the preconditions to double trade.', '2022-02-01'],
  ['Товарооборот Беларуси и Казахстана вырос на 5%.', '2022-02-01'],
  ['We are close to reaching $1 billion in trade with Kazakhstan.', '2019-02-01'],
  ['This is not a maximum benchmark, and trade with Georgia grew by 12% last year.', '2019-02-01'],
  ['The action plan for 2021-2023 was signed by Belarus and Pskov Region.', '2021-02-01'],
];

describe('target recognizer', () => {
  for (const [text, date, expected] of CASES) {
    test(text.slice(0, 70), () => {
      const facts = targets(text, date);
      const used = new Set<TargetFact>();
      for (const e of expected) {
        const hit = facts.find((f) => !used.has(f) && matches(f, e));
        assert.ok(hit, `no target like ${JSON.stringify(e)}; got ${JSON.stringify(facts.map(({ doc, quote, start, end, ...r }) => r))}`);
        used.add(hit);
      }
      assert.equal(facts.length, expected.length, 'no extra targets');
    });
  }
  for (const [text, date] of NEGATIVE) {
    test(`none: ${text.slice(0, 60)}`, () => {
      assert.deepEqual(targets(text, date).map((f) => f.quote), []);
    });
  }
  test('the cue test sees goals, not reports', () => {
    const cue = (text: string, figure: string) => {
      const i = text.indexOf(figure);
      return governedByTargetCue(text, i, i + figure.length);
    };
    assert.equal(cue('The sides agreed to bring trade to $1 billion by 2025.', '$1 billion'), true);
    assert.equal(cue('Trade reached $1 billion, and the sides agreed to double it.', '$1 billion'), false);
    assert.equal(cue('Contracts worth $400 million are expected to be signed.', '$400 million'), true);
    assert.equal(cue('Товарооборот вырос до 164 млрд долларов.', '164 млрд долларов'), false);
    assert.equal(cue('Задача - довести товарооборот до 1 млрд долларов.', '1 млрд долларов'), true);
  });
  test('a stated goal wins over a plan with the same figure in one document', () => {
    const text = 'За 2018 год Беларусь и Казахстан планируют нарастить товарооборот до 1 млрд долларов.\n\nПрезиденты Беларуси и Казахстана поставили задачу нарастить товарооборот до 1 млрд долларов до конца года.';
    const facts = targets(text, '2018-11-20');
    assert.equal(facts.length, 1);
    assert.ok(facts[0].quote.includes('задачу'));
  });
});
