import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentFact } from '../../domain/fact.ts';
import { createGazetteerResolver, type Resolver } from '../../gazetteer/resolver.ts';
import { extractFacts } from '../pipeline.ts';
import { normalizeTitle, validityOf } from './document.ts';
import { sameDocument } from './document-title.ts';

let resolver: Resolver;
before(async () => {
  resolver = await createGazetteerResolver();
});

function documents(text: string): DocumentFact[] {
  return extractFacts(text, resolver, { doc: 't', isBody: true }).filter((f): f is DocumentFact => f.type === 'document');
}

function one(text: string): DocumentFact {
  const found = documents(text);
  assert.equal(found.length, 1, `expected one document in ${JSON.stringify(text)}, got ${JSON.stringify(found.map((f) => f.title))}`);
  return found[0]!;
}

describe('recognizeDocument: titled documents', () => {
  it('reads a capitalised name with its complement, date and validity', () => {
    const d = one('In 2015 the heads of state adopted the Concept of Cross-border Cooperation of the CIS Member States until 2025.');
    assert.equal(d.kind, 'concept');
    assert.equal(d.title, 'Concept of Cross-border Cooperation of the CIS Member States until 2025');
    assert.equal(d.date, '2015');
    assert.equal(d.valid_to, '2025');
  });

  it('drops a leading year from the name and keeps it as the date', () => {
    const d = one('Relations rest on the 2012 Treaty of Friendship and Good Neighbourliness.');
    assert.equal(d.kind, 'treaty');
    assert.equal(d.title, 'Treaty of Friendship and Good Neighbourliness');
    assert.equal(d.date, '2012');
  });

  it('ends the name at the verb and takes the full date', () => {
    const d = one('The Agreement on Trade and Economic Cooperation between Belarus and Mongolia was signed on 14 March 2017.');
    assert.equal(d.title, 'Agreement on Trade and Economic Cooperation between Belarus and Mongolia');
    assert.equal(d.date, '2017-03-14');
    assert.deepEqual([...d.parties].sort(), ['Belarus', 'Mongolia']);
  });

  it('reads "action plan (road map)" as a roadmap with its validity', () => {
    const d = one('Belarus and Kazakhstan signed an action plan (road map) for 2022-2023.');
    assert.equal(d.kind, 'roadmap');
    assert.equal(d.valid_from, '2022');
    assert.equal(d.valid_to, '2023');
  });

  it('resolves "its implementation" to the document named before', () => {
    const found = documents('The council approved the Concept of the Kazakh Chairmanship and the Plan of Measures for its implementation.');
    assert.equal(found.length, 2);
    assert.equal(found[1]!.kind, 'plan');
    assert.match(found[1]!.title ?? '', /implementation of the Concept of the Kazakh Chairmanship/);
  });

  it('states a document named again later once', () => {
    const found = documents(
      'The Programme of Regional Cooperation for 2021-2025 was adopted in 2020. Experts say the Programme of Regional Cooperation for 2021-2025 is ambitious.',
    );
    assert.equal(found.length, 1);
    assert.equal(found[0]!.date, '2020');
  });
});

describe('recognizeDocument: generic documents', () => {
  it('reads a signed cooperation agreement and tells it by its sides', () => {
    const d = one('The Gomel Region and the Bryansk Region signed a cooperation agreement in May 2018.');
    assert.equal(d.kind, 'agreement');
    assert.equal(d.date, '2018-05');
    assert.match(d.title ?? '', /^cooperation agreement \(/);
  });

  it('reads a memorandum of understanding between two sides', () => {
    const d = one('A memorandum of understanding between the Eurasian Economic Commission and Mongolia was signed on 12 June 2019.');
    assert.equal(d.kind, 'memorandum');
    assert.equal(d.date, '2019-06-12');
    assert.match(d.title ?? '', /^memorandum of understanding between/);
  });

  it('reads the minutes of a meeting as a protocol', () => {
    const found = documents('The minutes and a roadmap for 2024-2025 were signed at the end of the session.');
    assert.ok(found.some((d) => d.kind === 'protocol'));
  });

  it('takes no back-reference or common noun', () => {
    assert.deepEqual(documents('This agreement will help trade between the regions.'), []);
    assert.deepEqual(documents('The company plans to open a plant in Samarkand.'), []);
  });

  it('takes no document that is only hoped for', () => {
    assert.deepEqual(documents('The EAEU could conclude a free trade agreement with Egypt in the future.'), []);
  });

  it('takes no plural that is counted', () => {
    assert.deepEqual(documents('The sides signed 14 agreements at the forum in Mogilev.'), []);
  });

  it('takes no commercial contracts counted in money', () => {
    assert.deepEqual(documents('Contracts worth $50 million were signed at the exhibition.'), []);
  });
});

describe('recognizeDocument: plural mentions', () => {
  it('pairs two lists with "respectively"', () => {
    const found = documents('In 2010 Lida, Pinsk and Orsha signed twinning agreements with Balti, Cahul and Soroca, respectively.');
    assert.equal(found.length, 3);
    assert.ok(found.every((d) => d.kind === 'agreement' && d.date === '2010'));
    assert.match(found[0]!.title ?? '', /Lida - Balti/);
  });

  it('makes one document per listed partner', () => {
    const found = documents('The Vitebsk Region has signed cooperation agreements with the Smolensk Region, the Pskov Region and the Tver Region.');
    assert.equal(found.length, 3);
    assert.ok(found.every((d) => d.parties.includes('Vitebsk Region')));
  });

  it('makes one document per pair after "between"', () => {
    const found = documents('Ties rest on the agreements between Brest and Smolensk, Grodno and Pskov.');
    assert.equal(found.length, 2);
    assert.match(found[1]!.title ?? '', /between Grodno and Pskov/);
  });

  it('makes one document per dated item of a list', () => {
    const found = documents('Later the CIS adopted concepts of youth policy (2010) and sports development (2012).');
    assert.deepEqual(found.map((d) => d.date), ['2010', '2012']);
    assert.ok(found.every((d) => d.kind === 'concept'));
  });

  it('reads an enumerated list of twinned places', () => {
    const found = documents('Twinning relations have been established between: 1. Lida and Alytus (2005); 2. Pinsk and Kobryn (2011).');
    assert.deepEqual(found.map((d) => d.date), ['2005', '2011']);
    assert.ok(found.every((d) => d.kind === 'other'));
  });
});

describe('recognizeDocument: Russian', () => {
  it('reads a roadmap in the accusative and names it in the nominative', () => {
    const d = one('Стороны подписали Дорожную карту по развитию сотрудничества на 2023–2025 годы.');
    assert.equal(d.kind, 'roadmap');
    assert.match(d.title ?? '', /^Дорожная карта по развитию сотрудничества/);
    assert.equal(d.valid_from, '2023');
    assert.equal(d.valid_to, '2025');
  });

  it('keeps "между ..." in the name', () => {
    const d = one('Правительства утвердили Программу сотрудничества между Могилевской областью и Тверской областью на 2022-2024 годы.');
    assert.equal(d.kind, 'programme');
    assert.match(d.title ?? '', /^Программа сотрудничества между Могилевской областью и Тверской областью/);
  });

  it('dates a signed memorandum', () => {
    const d = one('В 2019 году подписан меморандум о сотрудничестве в сфере образования.');
    assert.equal(d.kind, 'memorandum');
    assert.equal(d.date, '2019');
  });

  it('reads a supply "договор" as a contract', () => {
    const d = one('Заключен договор о поставке автобусов для Витебска.');
    assert.equal(d.kind, 'contract');
  });

  it('reads a concept with its horizon and adoption year', () => {
    const d = one('Концепция развития приграничного сотрудничества до 2030 года была принята в 2019 году.');
    assert.equal(d.kind, 'concept');
    assert.equal(d.valid_to, '2030');
    assert.equal(d.date, '2019');
  });

  it('takes no back-reference and no counted plural', () => {
    assert.deepEqual(documents('Эти соглашения помогут развитию торговли.'), []);
    assert.deepEqual(documents('На форуме подписано 25 соглашений.'), []);
  });
});

describe('document helpers', () => {
  it('validityOf reads ranges, horizons and single years', () => {
    assert.deepEqual(validityOf('action plan for 2021-2023', null), { from: '2021', to: '2023' });
    assert.deepEqual(validityOf('Strategy until 2030', null), { from: null, to: '2030' });
    assert.deepEqual(validityOf('программа на 2022 год', null), { from: '2022', to: '2022' });
    assert.deepEqual(validityOf('cooperation programme', '2009-2011'), { from: '2009', to: '2011' });
  });

  it('normalizeTitle drops articles, "draft" and quotes', () => {
    assert.equal(normalizeTitle('the Draft  "Strategy of Development"'), 'Strategy of Development');
  });

  it('sameDocument folds spellings and tells sides and years apart', () => {
    assert.ok(sameDocument('EEU Treaty', 'Treaty on the Eurasian Economic Union'));
    assert.ok(!sameDocument('agreement (Minsk - Goris)', 'agreement (Minsk - Kapan)'));
    assert.ok(!sameDocument('Programme of Innovation Cooperation until 2030', 'Programme of Innovation Cooperation until 2020'));
  });
});
