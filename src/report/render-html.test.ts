import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Briefing } from './briefing.ts';
import { messagesFor } from './messages.ts';
import { briefingTitle, renderBriefingHtml, SECTION_IDS } from './render-html.ts';
import { assertFootnotesResolve, footnoteLinks } from './test-support.ts';

const BY = { id: 'BY', name: 'Belarus', nameRu: 'Беларусь', kind: 'state' };
const UZ = { id: 'UZ', name: 'Uzbekistan', nameRu: 'Узбекистан', kind: 'state' };
const HOSTILE = '<script>alert("x")</script>';

/** A small briefing whose source texts try to become markup. */
function sample(): Briefing {
  const note = (n: number, quote: string, url: string | null) => ({
    n, source: `src${n}`, title: `Title ${n} ${HOSTILE}`, url, published: '2021-03-02', quote, publisher: n === 1 ? 'Wire & <b>Co</b>' : null,
  });
  return {
    asOf: '2026-11-29', party: BY, partner: UZ, from: 2018,
    summary: { documents: 2, plans: { active: 1, expiring: 0, expired: 0, renewed: 0 }, events: 1, projects: 1, counts: 1,
      targets: { achieved: 1, on_track: 0, behind: 0, missed: 0, unknown: 0 }, figures: 2, sources: 4 },
    targets: [{
      id: 1, parties: [BY, UZ], indicator: 'turnover', scope: null, value: 500e6, currency: 'USD', by: '2020', relative: null,
      status: 'achieved', reason: 'reached in 2020', achieved: { value: 532.4e6, period: '2020' }, latest: { value: 532.4e6, period: '2020' },
      projection: null, notes: [1], figureNotes: [2],
    }],
    trade: [{
      key: 'turnover|||BY+UZ', indicator: 'turnover', flow: null, scope: null, parties: [BY, UZ], targets: [1],
      points: [
        { recordId: 10, period: '2019', value: 497.3e6, currency: 'USD', changePct: null, sources: 1, otherValues: [], notes: [3] },
        { recordId: 11, period: '2020', value: 532.4e6, currency: 'USD', changePct: 7.1, sources: 1, otherValues: [530e6], notes: [2] },
      ],
    }],
    plans: [{
      id: 2, title: `Plan ${HOSTILE}`, kind: 'plan', parties: [BY, UZ], validFrom: '2025', validTo: '2027', ends: '2027-12-31',
      status: 'active', renewedBy: null, notes: [4],
    }],
    documents: [{ id: 3, title: '<img src=x onerror=alert(1)>', kind: 'agreement', parties: [BY, UZ], date: null, reported: '2021-03-02', sources: 1, notes: [4] }],
    events: [{ id: 4, title: 'Forum', kind: 'forum', name: `Forum ${HOSTILE}`, place: 'Tashkent', parties: [BY, UZ], date: '2023-06', reported: '2023-06-20', sources: 1, notes: [3] }],
    projects: [{ id: 5, title: 'MAZ buses', kind: 'supply', subject: 'buses', quantity: 120, value: null, currency: null, parties: [BY, UZ], date: '2023', reported: null, sources: 1, notes: [1] }],
    counts: [{ id: 6, title: 'companies', subject: 'companies', value: 160, qualifier: 'over', parties: [BY, UZ], date: '2021', reported: null, sources: 1, notes: [2] }],
    coverage: {
      states: [{ party: BY, documents: 2, events: 1, projects: 1, figures: 2, regions: { withDocuments: 1, total: 6, parties: [] }, lastActivity: '2023-06' }],
      ties: [{ parties: [BY, UZ], level: 'state', documents: 2, events: 1, projects: 1, figures: 2, lastActivity: '2021-01-01', dormant: true }],
      dormant: [{ parties: [BY, UZ], level: 'state', documents: 2, events: 1, projects: 1, figures: 2, lastActivity: '2021-01-01', dormant: true }],
      underCovered: [],
    },
    footnotes: [
      note(1, `a quote with ${HOSTILE} & "quotes"`, 'javascript:alert(1)'),
      note(2, 'trade grew to $532.4 million', 'https://example.org/a?x=1&y=2'),
      note(3, 'the forum', null),
      note(4, 'the plan', 'https://example.org/plan'),
    ],
  };
}

test('the sample is a consistent briefing', () => assertFootnotesResolve(sample()));

test('no source text becomes markup: everything is escaped, links are http(s) only, no script anywhere', () => {
  const page = renderBriefingHtml(sample(), { lang: 'en' });
  assert.doesNotMatch(page, /<script/i);
  assert.doesNotMatch(page, /<img/i);
  assert.doesNotMatch(page, /<b>Co<\/b>/);
  assert.match(page, /Plan &lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;/);
  assert.match(page, /&lt;img src=x onerror=alert\(1\)&gt;/);
  assert.match(page, /Wire &amp; &lt;b&gt;Co&lt;\/b&gt;/);
  assert.doesNotMatch(page, /href="javascript:/);
  assert.match(page, /javascript:alert\(1\)/, 'a bad URL is shown as text');
  assert.match(page, /<a href="https:\/\/example.org\/a\?x=1&amp;y=2">/);
  assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">/);
  assert.doesNotMatch(page, /\son[a-z]+="/i, 'no event handler attributes');
});

test('sections, headings and contents are all there, in order', () => {
  const page = renderBriefingHtml(sample(), { lang: 'en' });
  const m = messagesFor('en');
  let last = -1;
  for (const [i, id] of SECTION_IDS.entries()) {
    const at = page.indexOf(`<section id="${id}"`);
    assert.ok(at > last, `section ${id} after the one before`);
    last = at;
    assert.match(page, new RegExp(`<a href="#${id}">`), `contents link to ${id}`);
    assert.ok(page.includes(`<h2>${i + 1}. ${m.sections[id]}</h2>`), `heading of ${id}`);
  }
  assert.ok(page.includes(`<title>${briefingTitle(sample(), 'en')}</title>`));
  assert.match(page, /Cooperation of Belarus with Uzbekistan/);
  assert.match(page, /State as of 29 November 2026 · from 2018/);
  assert.match(page, /@page \{ size: A4; margin:/);
  assert.match(page, /break-inside: avoid/);
  assert.match(page, /<span class="badge b-achieved">Achieved<\/span>/);
  assert.match(page, /<span class="badge b-active">Active<\/span>/);
  assert.match(page, /<span class="badge b-dormant">Dormant<\/span>/);
  assert.match(page, /sources disagree/);
  assert.match(page, /\$532.4 million/);
});

test('footnotes: every reference resolves to an entry, entries are numbered 1..n and each is referenced', () => {
  const page = renderBriefingHtml(sample(), { lang: 'en' });
  const { refs, entries } = footnoteLinks(page);
  assert.deepEqual(entries, [1, 2, 3, 4]);
  assert.deepEqual([...new Set(refs)].sort(), [1, 2, 3, 4]);
  assert.match(page, /<li id="fn-2"><span class="fn-n">\[2\]<\/span>/);
  assert.match(page, /“trade grew to \$532.4 million”/);
  assert.match(page, /\[<a href="#fn-1">1<\/a>, <a href="#fn-2">2<\/a>\]/, 'a statement citing two notes');
});

test('the chart is inline SVG drawn on the server, with the target line in its legend', () => {
  const page = renderBriefingHtml(sample(), { lang: 'en' });
  const svg = /<svg[\s\S]*?<\/svg>/.exec(page)?.[0] ?? '';
  assert.ok(svg.length > 500, 'a chart');
  assert.match(svg, /Target \$500 million by 2020/);
  assert.match(svg, /\$532.4 million/);
  assert.doesNotMatch(svg, /<script|<foreignObject|xlink:href="http/i);
});

test('in Russian: the labels, the dates and the names', () => {
  const page = renderBriefingHtml(sample(), { lang: 'ru' });
  assert.match(page, /<html lang="ru">/);
  assert.match(page, /Сотрудничество: Беларусь — Узбекистан/);
  assert.match(page, /29 ноября 2026/);
  assert.match(page, /Источники/);
  assert.match(page, /Достигнута/);
  assert.match(page, /«the plan»/);
});

test('an empty briefing still renders every section, saying there is nothing', () => {
  const b = sample();
  const empty: Briefing = {
    ...b, targets: [], trade: [], plans: [], documents: [], events: [], projects: [], counts: [], footnotes: [],
    coverage: { states: [], ties: [], dormant: [], underCovered: [] },
  };
  const page = renderBriefingHtml(empty, { lang: 'en' });
  for (const id of SECTION_IDS) assert.ok(page.includes(`<section id="${id}"`));
  assert.ok(page.split('None recorded.').length > 5);
  assert.deepEqual(footnoteLinks(page), { refs: [], entries: [] });
});
