import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CountFact } from '../../domain/fact.ts';
import { createGazetteerResolver, type Resolver } from '../../gazetteer/resolver.ts';
import { extractFacts } from '../pipeline.ts';
import { countedPhraseAfter } from './count-phrase.ts';

let resolver: Resolver;
before(async () => {
  resolver = await createGazetteerResolver();
});

function counts(text: string): CountFact[] {
  return extractFacts(text, resolver, { doc: 't', isBody: true }).filter((f): f is CountFact => f.type === 'count');
}

function one(text: string): CountFact {
  const found = counts(text);
  assert.equal(found.length, 1, `expected one count in ${JSON.stringify(text)}, got ${JSON.stringify(found.map((f) => f.quote))}`);
  return found[0]!;
}

describe('recognizeCount: English', () => {
  it('reads "more than" as over and keeps the counted phrase', () => {
    const c = one('More than 40 joint ventures with Uzbek partners operate in the Vitebsk Region.');
    assert.equal(c.value, 40);
    assert.equal(c.qualifier, 'over');
    assert.match(c.subject ?? '', /^joint ventures with Uzbek partners/);
    assert.match(c.quote, /^More than 40 joint ventures/);
  });

  it('reads a bare numeral as exact and takes the date of its clause', () => {
    const c = one('Belarusian and Kyrgyz regions concluded 12 cooperation agreements in 2019.');
    assert.equal(c.value, 12);
    assert.equal(c.qualifier, 'exact');
    assert.equal(c.date, '2019');
    assert.match(c.subject ?? '', /cooperation agreements/);
  });

  it('reads "about" and thousands separators', () => {
    const c = one('About 3,000 people visited the industrial fair in Tashkent.');
    assert.equal(c.value, 3000);
    assert.equal(c.qualifier, 'about');
  });

  it('reads "nearly" as under', () => {
    const c = one('Nearly 25 companies from Kazakhstan exhibited their products.');
    assert.equal(c.value, 25);
    assert.equal(c.qualifier, 'under');
  });

  it('counts number words', () => {
    const c = one('Seven districts of the Grodno Region have partner towns in Lithuania.');
    assert.equal(c.value, 7);
    assert.match(c.subject ?? '', /^districts/);
  });

  it('keeps "N (out of M)" as one count of N', () => {
    const c = one('Agreements now cover 5 (out of 12) regions of Uzbekistan.');
    assert.equal(c.value, 5);
    assert.equal(c.qualifier, 'exact');
    assert.deepEqual(c.parties, ['Uzbekistan']);
  });

  it('does not count the denominator of "nine out of ten"', () => {
    const c = one('Belarusian institutes took part in nine out of ten joint research projects.');
    assert.equal(c.value, 9);
  });

  it('counts the items of a list that leaves out the noun', () => {
    const found = counts('There are 30 agreements with regions of Russia, 12 with Kazakhstan and 4 with Armenia.');
    assert.deepEqual(found.map((c) => c.value), [30, 12, 4]);
    assert.ok(found.every((c) => /agreements/.test(c.subject ?? '')));
    assert.ok(found[1]!.parties.includes('Kazakhstan'));
  });

  it('counts a part of a count ("including 45 in ...")', () => {
    const found = counts('Over 200 enterprises with Russian capital operate in Belarus, including 45 in the Brest Region.');
    assert.deepEqual(found.map((c) => c.value), [200, 45]);
    assert.match(found[1]!.subject ?? '', /enterprises/);
  });

  it('names both sides of a count', () => {
    const c = one('312 companies with Kazakh capital are registered in Belarus.');
    assert.deepEqual([...c.parties].sort(), ['Belarus', 'Kazakhstan']);
  });

  it('counts participants and countries of one event separately', () => {
    const found = counts('The forum gathered 450 participants from 20 countries.');
    assert.deepEqual(found.map((c) => c.value), [450, 20]);
  });

  it('states a count repeated in the same text once', () => {
    const found = counts('Over 70 documents will be signed at the forum in Grodno. "Over 70 documents will be signed," the minister said.');
    assert.equal(found.length, 1);
  });

  it('takes no goods, units or weights', () => {
    assert.deepEqual(counts('The plant in Mogilev assembled 300 tractors for Kazakhstan.'), []);
    assert.deepEqual(counts('More than 500 tonnes of milk were shipped.'), []);
    assert.deepEqual(counts('Amkodor delivered 100 units of road machinery.'), []);
  });

  it('takes no money, percentages or years', () => {
    assert.deepEqual(counts('Trade grew by 15% to $2 billion in 2020.'), []);
    assert.deepEqual(counts('The agreement was signed in 2019 and ratified in 2020.'), []);
  });

  it('takes no durations or spans', () => {
    assert.deepEqual(counts('The delegation stayed in Minsk for 3 days.'), []);
    assert.deepEqual(counts('Exports doubled in the first 10 months of the year.'), []);
  });

  it('takes no "two countries" (the pair itself)', () => {
    assert.deepEqual(counts('Trade between the two countries keeps growing.'), []);
  });

  it('takes no list numbering', () => {
    assert.deepEqual(counts('Priorities: 1. Energy projects. 2. Transport projects.'), []);
  });
});

describe('recognizeCount: Russian', () => {
  it('reads "более" as over', () => {
    const c = one('На форуме регионов подписано более 80 соглашений.');
    assert.equal(c.value, 80);
    assert.equal(c.qualifier, 'over');
    assert.match(c.subject ?? '', /соглашений/);
  });

  it('reads "около" as about and keeps the complement', () => {
    const c = one('В Беларуси работают около 200 предприятий с российским капиталом.');
    assert.equal(c.value, 200);
    assert.equal(c.qualifier, 'about');
    assert.match(c.subject ?? '', /^предприятий с российским капиталом/);
  });

  it('reads "почти" as under and skips adjectives before the head', () => {
    const c = one('Почти 40 белорусских компаний приняли участие в выставке.');
    assert.equal(c.value, 40);
    assert.equal(c.qualifier, 'under');
    assert.match(c.subject ?? '', /^белорусских компаний/);
  });

  it('counts people', () => {
    const c = one('Во встрече участвовали 15 губернаторов российских регионов.');
    assert.equal(c.value, 15);
  });

  it('takes no percentages, months or days', () => {
    assert.deepEqual(counts('Товарооборот вырос на 12% за 9 месяцев.'), []);
    assert.deepEqual(counts('Визит продлится 3 дня.'), []);
  });

  it('takes no goods', () => {
    assert.deepEqual(counts('Завод поставил в Узбекистан 120 тракторов.'), []);
  });
});

describe('countedPhraseAfter', () => {
  it('finds the head after modifiers and a conjunction', () => {
    const text = '177 major investment and relevant industry projects worth much';
    const p = countedPhraseAfter(text, 3);
    assert.equal(p?.head, 'projects');
  });

  it('returns null when no countable noun follows', () => {
    assert.equal(countedPhraseAfter('15 years of partnership', 2), null);
  });
});
