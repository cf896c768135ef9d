/** Event facts from short texts written for these tests, through the real pipeline and gazetteer. */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFacts } from '../pipeline.ts';
import { createGazetteerResolver, type Resolver } from '../../gazetteer/resolver.ts';
import type { EventFact } from '../../domain/fact.ts';

let resolver: Resolver;
before(async () => {
  resolver = await createGazetteerResolver();
});

function events(text: string, date = '2025-03-20'): EventFact[] {
  return extractFacts(text, resolver, { doc: 't', isBody: true, date }).filter((f): f is EventFact => f.type === 'event');
}

type Expect = Partial<Pick<EventFact, 'kind' | 'place' | 'date'>> & { name?: RegExp; parties?: string[] };

/** [text, expected events in order]: each listed field must match; an empty list means no event. */
const CASES: [string, Expect[]][] = [
  // English: commissions, forums, councils, summits.
  ['The 12th meeting of the Belarusian-Uzbek intergovernmental commission on trade and economic cooperation took place in Tashkent on 14 March.',
    [{ kind: 'commission_meeting', place: 'Tashkent', date: '2025-03-14', name: /^12th meeting of the Belarusian-Uzbek intergovernmental commission/, parties: ['Belarus', 'Uzbekistan'] }]],
  ['Minsk will host the Second Forum of Regions of Belarus and Kazakhstan in October 2025.',
    [{ kind: 'forum', place: 'Minsk', date: '2025-10', name: /^Second Forum of Regions of Belarus and Kazakhstan$/ }]],
  ['A session of the Supreme Eurasian Economic Council will be held in Minsk in May 2026.',
    [{ kind: 'council_meeting', place: 'Minsk', date: '2026-05', parties: ['EAEU'] }]],
  ['Speaking at a meeting of the Council of CIS Heads of Government, the premier noted that trade grew.',
    [{ kind: 'council_meeting', parties: ['CIS'] }]],
  ['The leaders gathered in Astana for a meeting of the Council of CIS Heads of State.',
    [{ kind: 'summit', parties: ['CIS'] }]],
  ['The next CIS summit will take place in Dushanbe.', [{ kind: 'summit', place: 'Dushanbe' }]],
  ['An international conference on cross-border cooperation was held in Grodno.', [{ kind: 'conference', place: 'Grodno' }]],
  ['The Made in Russia exhibition opened in Baku on 18 March.', [{ kind: 'exhibition', place: 'Baku', date: '2025-03-18', name: /^Made in Russia exhibition$/ }]],
  ['The CIS Council of Heads of Government met via videoconference in November 2024.',
    [{ kind: 'council_meeting', place: 'videoconference', date: '2024-11' }]],
  // Visits and talks.
  ['Prime Minister Ivanov is in Bishkek on an official visit.', [{ kind: 'visit', place: 'Bishkek' }]],
  ['The presidents held talks in narrow and expanded formats.', [{ kind: 'talks' }]],
  ['The governor met with the Ambassador of Uzbekistan to discuss cooperation.', [{ kind: 'talks', name: /Ambassador of Uzbekistan$/ }]],
  ['Lukashenko and Putin met in Sochi on 12 February.', [{ kind: 'talks', place: 'Sochi', date: '2025-02-12' }]],
  ['The presidents held talks in Minsk. At the meeting, they discussed trade.', [{ kind: 'talks', place: 'Minsk' }]],
  // Others: a presidency, a body established.
  ['Belarus will assume the presidency of the EAEU on 1 January 2026.', [{ kind: 'other', date: '2026-01-01', parties: ['Belarus', 'EAEU'] }]],
  ['In 2015 the Council for Interregional Cooperation of the CIS Member States was established.', [{ kind: 'other', date: '2015', name: /^establishment of the Council/ }]],
  // One event named several times is one fact, with its fullest mention as evidence.
  ['The Belarusian-Kazakh business council met in Astana on 3 June. During the business council session, the sides discussed logistics.',
    [{ kind: 'business_council', place: 'Astana', date: '2025-06-03' }]],
  ['An upcoming forum of the Belarusian and Russian regions in Kazan will focus on technology. The Ninth Forum of the Belarusian and Russian regions will be held on 26-27 June.',
    [{ kind: 'forum', place: 'Kazan', date: '2025-06-26', name: /^Ninth Forum/ }]],
  ['The commission last met in Gomel. The previous meeting, held in Gomel in May 2024, approved a roadmap. The tenth meeting of the Belarusian-Tajik intergovernmental commission opened today.',
    [{ kind: 'commission_meeting', date: '2024-05', place: 'Gomel' }, { kind: 'commission_meeting', name: /^tenth meeting/ }]],
  // Russian.
  ['14 марта в Ташкенте состоялось XII заседание Белорусско-узбекской межправительственной комиссии по торгово-экономическому сотрудничеству.',
    [{ kind: 'commission_meeting', place: 'Tashkent', date: '2025-03-14', parties: ['Belarus', 'Uzbekistan'] }]],
  ['В июне 2025 года в Минске пройдет Форум регионов Беларуси и России.', [{ kind: 'forum', place: 'Minsk', date: '2025-06', parties: ['Belarus', 'Russia'] }]],
  ['Премьер-министр Казахстана прибыл в Минск с официальным визитом.', [{ kind: 'visit', place: 'Minsk' }]],
  ['Стороны провели переговоры в расширенном составе.', [{ kind: 'talks' }]],
  ['Заседание Высшего Евразийского экономического совета прошло в режиме видеоконференции.',
    [{ kind: 'council_meeting', place: 'videoconference', name: /^Заседание Высшего Евразийского экономического совета$/ }]],
  ['Заседание Совета глав государств СНГ пройдет в Минске.', [{ kind: 'summit', place: 'Minsk', parties: ['CIS'] }]],
  ['В Баку открылась национальная выставка Беларуси.', [{ kind: 'exhibition', place: 'Baku' }]],
  ['Губернатор встретился с послом Беларуси в Казахстане.', [{ kind: 'talks', place: null }]],
  ['Делегация Гродненской области посетила Казань.', [{ kind: 'visit', place: 'Kazan' }]],
  ['Белорусско-казахстанский деловой совет провел заседание в Алматы.', [{ kind: 'business_council', place: 'Almaty' }]],
  ['Следующее заседание межправительственной комиссии пройдет в Астане в 2026 году.', [{ kind: 'commission_meeting', place: 'Astana', date: '2026' }]],
  // No events: series, counts, plural formats, words in other senses.
  ['Such forums are held annually in different regions.', []],
  ['The leaders held meetings in restricted and expanded formats.', []],
  ['Six meetings of intergovernmental commissions were held in 2009.', []],
  ['The company signed a fair agreement and organised exhibition events.', []],
  ['BI Expo Ltd. is a company from Bishkek.', []],
  ['At a press conference in Minsk on Monday, the minister spoke about prices.', []],
];

describe('recognizeEvent', () => {
  for (const [text, expected] of CASES) {
    test(text.slice(0, 70), () => {
      const got = events(text);
      assert.equal(got.length, expected.length, `events: ${JSON.stringify(got.map((e) => [e.kind, e.name]))}`);
      expected.forEach((e, k) => {
        const f = got[k]!;
        if (e.kind !== undefined) assert.equal(f.kind, e.kind);
        if (e.place !== undefined) assert.equal(f.place, e.place);
        if (e.date !== undefined) assert.equal(f.date, e.date);
        if (e.name) assert.match(f.name ?? '', e.name);
        if (e.parties) assert.deepEqual([...f.parties].sort(), [...e.parties].sort());
        assert.ok(f.quote.length > 0 && text.includes(f.quote));
      });
    });
  }

  test('the evidence of a merged event is its fullest mention', () => {
    const text = 'A summit was convened here. The meeting of the Council of CIS Heads of State was attended by nine presidents.';
    const got = events(text);
    assert.equal(got.length, 1);
    assert.match(got[0]!.quote, /Council of CIS Heads of State/);
  });

  test('a bloc named through one of its bodies is linked by id, even when no other fact names it', () => {
    const [cis] = events('Speaking at a meeting of the Council of CIS Heads of Government, the premier noted that trade grew.');
    assert.deepEqual(cis?.parties, ['CIS']);
    assert.deepEqual(cis?.party_ids, ['bloc:cis']);
    const [union] = events('Заседание Совета министров Союзного государства прошло в Гродно.');
    assert.deepEqual(union?.parties, ['Union State']);
    assert.deepEqual(union?.party_ids, ['bloc:union-state']);
  });
});

describe('Russian head starts', () => {
  test('every Russian head pattern starts with one of its listed starts', async () => {
    const { RU_HEADS } = await import('./event-lexicon.ts');
    for (const { re, starts } of RU_HEADS) {
      // "^форум", "^(?:выставк|выставок|...|экспо$)": the literal alternatives after the anchor.
      const body = re.source.replace(/^\^/, '').replace(/^\(\?:(.*)\)$/, '$1');
      for (const alternative of body.split('|')) {
        assert.match(alternative, /^\p{Ll}+\$?$/u, `${re.source}: a literal alternative`);
        assert.ok(starts.some((x) => alternative.replace(/\$$/, '').startsWith(x)), `${re.source}: "${alternative}" starts with a listed start`);
      }
    }
  });

  test('a sentence without a head word has no event, whatever its case', () => {
    assert.equal(events('Delegates discussed tariffs and quotas.').length, 0);
    assert.equal(events('The SUMMIT of the CIS will take place in Dushanbe on 5 May.').length, 1);
    assert.equal(events('ЗАСЕДАНИЕ СОВЕТА ГЛАВ ГОСУДАРСТВ СНГ ПРОЙДЕТ В МИНСКЕ.').length, 1);
  });
});
