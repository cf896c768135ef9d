/**
 * A briefing as one self-contained HTML document: inline CSS with print rules (A4 margins, page
 * breaks), a title block with the party and the day, contents, numbered sections, tables with
 * status badges, trade charts as inline SVG, and the numbered footnotes. No script, no network:
 * every text from a source is escaped by the `html` tag, and links go to http(s) URLs only. Pure.
 */
import type { PartyRef } from '../store/queries/sql.ts';
import type { Footnote } from './footnotes.ts';
import type { Briefing, CountItem, DocumentItem, EventItem, Notes, PlanItem, ProjectItem, TargetItem, TieItem, TradeSeriesItem } from './briefing.ts';
import { formatChange, formatDate, formatDay, formatMoney, formatNumber, formatPeriod } from './format.ts';
import { html, raw, safeHref, type SafeHtml } from './html.ts';
import { messagesFor, type Lang } from './messages.ts';
import { STATUS_COLORS, tradeChartSvg } from './trade-chart.ts';

export interface RenderOptions {
  lang: Lang;
}

/** The sections in reading order: their anchors (footnotes are numbered in this order too). */
export const SECTION_IDS = ['glance', 'targets', 'documents', 'events', 'projects', 'counts', 'coverage', 'about', 'sources'] as const;
type SectionId = (typeof SECTION_IDS)[number];

export const partyName = (party: PartyRef, lang: Lang) => (lang === 'ru' && party.nameRu ? party.nameRu : party.name);

/** "Belarus – Uzbekistan" or "Belarus". */
export function sidesName(briefing: Pick<Briefing, 'party' | 'partner'>, lang: Lang): string {
  return [briefing.party, briefing.partner].filter((p): p is PartyRef => Boolean(p)).map((p) => partyName(p, lang)).join(' – ');
}

/** The document title: "Briefing: Belarus – Uzbekistan, 29 November 2026". */
export function briefingTitle(briefing: Briefing, lang: Lang): string {
  return `${messagesFor(lang).briefing}: ${sidesName(briefing, lang)}, ${formatDay(briefing.asOf, lang)}`;
}

const STYLE = `
@page { size: A4; margin: 22mm 18mm 20mm 18mm; }
:root { --ink: #1b1f24; --muted: #5b6470; --rule: #d5d9e0; --band: #f3f5f8; --accent: #1f3a5f; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 190mm; padding: 12mm 0 16mm; color: var(--ink);
  font: 10.5pt/1.45 "PT Serif", "Source Serif Pro", Georgia, "Liberation Serif", "DejaVu Serif", serif; }
h1, h2, h3, .kicker, table, .tiles, .statuses, .toc, .badge, figcaption, .meta, ul.dormant { font-family: "PT Sans", "Source Sans Pro", "Liberation Sans", "DejaVu Sans", Arial, sans-serif; }
.doc-header { border-bottom: 3px solid var(--accent); padding-bottom: 6mm; margin-bottom: 6mm; }
.kicker { text-transform: uppercase; letter-spacing: .12em; font-size: 8.5pt; color: var(--muted); margin: 0 0 2mm; }
h1 { font-size: 21pt; line-height: 1.2; margin: 0 0 2mm; color: var(--accent); }
.meta { font-size: 11pt; margin: 0 0 3mm; color: var(--ink); font-weight: bold; }
.lede { margin: 0; color: var(--muted); font-size: 9.5pt; }
h2 { font-size: 14pt; color: var(--accent); border-bottom: 1px solid var(--rule); padding-bottom: 1.5mm; margin: 9mm 0 3mm; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 11pt; margin: 5mm 0 2mm; break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 2.5mm; }
.toc ol { margin: 0; padding-left: 6mm; columns: 2; column-gap: 10mm; font-size: 10pt; }
.toc li { margin: 0 0 1mm; }
.toc a, .note a { color: inherit; text-decoration: none; }
.tiles { display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm; margin: 2mm 0 3mm; }
.tile { background: var(--band); border-left: 3px solid var(--accent); padding: 2.5mm 3mm; break-inside: avoid; }
.tile .n { display: block; font-size: 17pt; font-weight: bold; line-height: 1.1; color: var(--accent); }
.tile .l { font-size: 8.5pt; color: var(--muted); }
.statuses { display: flex; flex-wrap: wrap; align-items: baseline; gap: 2mm 4mm; font-size: 9pt; margin: 1mm 0 2mm; }
.statuses .what { min-width: 32mm; color: var(--muted); }
table { width: 100%; border-collapse: collapse; font-size: 8.8pt; line-height: 1.35; margin: 1mm 0 4mm; }
thead { display: table-header-group; }
th { text-align: left; font-weight: bold; color: var(--muted); border-bottom: 1.5px solid var(--ink); padding: 1.5mm 2mm 1mm; vertical-align: bottom; }
td { border-bottom: 1px solid var(--rule); padding: 1.5mm 2mm; vertical-align: top; }
tr { break-inside: avoid; page-break-inside: avoid; }
td.num, th.num { text-align: right; white-space: nowrap; }
td.nowrap, .nowrap { white-space: nowrap; }
.sub { display: block; color: var(--muted); font-size: 8pt; }
.badge { display: inline-block; border-radius: 2mm; padding: .2mm 2mm; font-size: 7.8pt; font-weight: bold; color: #fff; white-space: nowrap; letter-spacing: .02em; }
.b-achieved { background: ${STATUS_COLORS.achieved}; } .b-on_track { background: ${STATUS_COLORS.on_track}; }
.b-behind { background: ${STATUS_COLORS.behind}; } .b-missed { background: ${STATUS_COLORS.missed}; } .b-unknown { background: ${STATUS_COLORS.unknown}; }
.b-active { background: #2e7d32; } .b-expiring { background: #e65100; } .b-expired { background: #6b7280; } .b-renewed { background: #1565c0; }
.b-dormant { background: #8d6e63; } .b-conflict { background: #fff; color: #c62828; border: 1px solid #c62828; }
.note { font-size: 7.5pt; vertical-align: super; line-height: 0; color: var(--accent); white-space: nowrap; }
figure { margin: 2mm 0 1mm; break-inside: avoid; page-break-inside: avoid; }
figure svg { display: block; width: 100%; height: auto; }
figcaption { font-size: 9.5pt; font-weight: bold; margin-bottom: 1mm; }
.chart-note { font-size: 8pt; color: var(--muted); margin: 0 0 2mm; }
.series { margin-bottom: 4mm; }
table.figures { width: auto; min-width: 62%; }
.empty { color: var(--muted); font-style: italic; }
.rule { font-size: 8.5pt; color: var(--muted); }
ol.footnotes { list-style: none; padding: 0; margin: 0; font-size: 8.5pt; line-height: 1.4; }
ol.footnotes li { display: grid; grid-template-columns: 10mm 1fr; margin: 0 0 2mm; break-inside: avoid; page-break-inside: avoid; }
ol.footnotes .fn-n { color: var(--accent); font-weight: bold; }
ol.footnotes .fn-title { font-weight: bold; }
ol.footnotes .fn-quote { display: block; font-style: italic; color: #333; margin-top: .5mm; }
ol.footnotes a { color: var(--accent); overflow-wrap: anywhere; }
ul.dormant { list-style: none; padding: 0; margin: 0 0 4mm; font-size: 9.5pt; }
ul.dormant li { margin: 0 0 1.5mm; }
section.sources { break-before: page; page-break-before: always; }
@media print {
  body { max-width: none; padding: 0; }
}
`;

/** Renders the briefing as a complete HTML document. */
export function renderBriefingHtml(briefing: Briefing, options: RenderOptions): string {
  const { lang } = options;
  const m = messagesFor(lang);
  const name = (p: PartyRef) => partyName(p, lang);
  const sides = (parties: readonly PartyRef[]) => parties.map(name).join(' – ');
  const date = (d: string | null | undefined) => (d ? formatDate(d, lang) : '');
  /** The date a record is about, else (greyed) when it was first reported. */
  const when = (r: { date: string | null; reported: string | null }) => (r.date
    ? date(r.date)
    : r.reported ? html`<span class="sub">${m.reported(formatDate(r.reported, lang))}</span>` : '');
  const notes = (n: Notes): SafeHtml => (n.length
    ? html`<sup class="note">[${n.map((x, i) => html`${i ? m.footnoteSeparator : ''}<a href="#fn-${x}">${x}</a>`)}]</sup>`
    : html``);
  const badge = (cls: string, label: string) => html`<span class="badge b-${cls}">${label}</span>`;
  const kindOf = (table: Record<string, string>, kind: string | null) => (kind ? table[kind] ?? kind : '');
  const titles: Record<SectionId, string> = {
    glance: m.sections.glance, targets: m.sections.targets, documents: m.sections.documents, events: m.sections.events,
    projects: m.sections.projects, counts: m.sections.counts, coverage: m.sections.coverage, about: m.sections.about, sources: m.sections.sources,
  };
  const heading = (id: SectionId) => html`<h2>${SECTION_IDS.indexOf(id) + 1}. ${titles[id]}</h2>`;
  const table = (head: (string | [string, 'num'])[], rows: SafeHtml[], cls?: string) => (rows.length
    ? html`<table${cls ? html` class="${cls}"` : ''}><thead><tr>${head.map((h) => (Array.isArray(h) ? html`<th class="num">${h[0]}</th>` : html`<th>${h}</th>`))}</tr></thead><tbody>${rows}</tbody></table>`
    : html`<p class="empty">${m.none}</p>`);

  // Targets and trade.
  const targetById = new Map(briefing.targets.map((t) => [t.id, t]));
  const goalOf = (t: TargetItem) => {
    const indicator = m.indicator[t.indicator] ?? t.indicator;
    const goal = t.relative
      ? `${m.relativeGoal(t.relative.multiplier, t.relative.base ? formatMoney(t.relative.base.value, t.relative.base.currency, lang) : null, t.relative.base ? formatPeriod(t.relative.base.period, lang) : null)}${t.value != null ? ` = ${formatMoney(t.value, t.currency, lang)}` : ''}`
      : formatMoney(t.value, t.currency, lang);
    return html`<span class="nowrap">${goal}</span><span class="sub">${indicator}${t.scope ? ` (${t.scope})` : ''}</span>`;
  };
  const basisOf = (t: TargetItem) => {
    const parts: string[] = [];
    if (lang === 'en') parts.push(t.reason);
    else if (t.achieved) parts.push(m.achievedIn(formatPeriod(t.achieved.period, lang)));
    if (t.projection) parts.push(m.projected(formatMoney(t.projection.value, t.currency, lang), t.projection.year));
    return html`${parts.join('; ')}${t.projection ? html`<span class="sub">${t.projection.method}</span>` : ''}`;
  };
  const targetRow = (t: TargetItem) => html`<tr>
    <td>${sides(t.parties)}</td><td>${goalOf(t)}</td><td class="nowrap">${t.by ?? ''}</td>
    <td>${badge(t.status, m.targetStatus[t.status])}</td>
    <td class="nowrap">${t.latest ? html`${formatMoney(t.latest.value, t.currency, lang)}<span class="sub">${formatPeriod(t.latest.period, lang)}</span>` : '—'}</td>
    <td>${basisOf(t)}${notes([...new Set([...t.notes, ...t.figureNotes])].sort((a, b) => a - b))}</td></tr>`;

  const seriesBlock = (s: TradeSeriesItem) => {
    const linked = s.targets.map((id) => targetById.get(id)).filter((t): t is TargetItem => Boolean(t));
    const svg = tradeChartSvg(s, linked, lang);
    const caption = `${m.indicator[s.indicator ?? 'turnover'] ?? s.indicator}${s.flow ? ` (${s.flow})` : ''}${s.scope ? `, ${s.scope}` : ''}: ${sides(s.parties)}`;
    const rows = s.points.map((p) => html`<tr>
      <td class="nowrap">${formatPeriod(p.period, lang)}</td>
      <td class="num">${formatMoney(p.value, p.currency, lang)}${p.otherValues.length
        ? html`<span class="sub">${badge('conflict', m.conflict)} ${p.otherValues.map((v) => formatMoney(v, p.currency, lang)).join(', ')}</span>` : ''}</td>
      <td class="num">${formatChange(p.changePct, lang)}</td>
      <td class="nowrap">${m.sourcesCount(p.sources)}${notes(p.notes)}</td></tr>`);
    return html`<div class="series"><h3>${caption}</h3>
      ${svg ? html`<figure aria-label="${m.chartCaption}">${raw(svg)}</figure><p class="chart-note">${m.chartNote}</p>` : ''}
      ${table([m.col.period, [m.col.value, 'num'], [m.col.change, 'num'], m.col.sources], rows, 'figures')}</div>`;
  };

  // Documents and plans.
  const planRow = (p: PlanItem) => html`<tr>
    <td>${p.title}<span class="sub">${kindOf(m.documentKind, p.kind)}</span></td><td>${sides(p.parties)}</td>
    <td class="nowrap">${p.validFrom ?? '…'}–${p.validTo}</td>
    <td>${badge(p.status, m.planStatus[p.status])}${p.renewedBy ? html`<span class="sub">${m.renewedBy(`${p.renewedBy.title} (${p.renewedBy.validFrom ?? '…'}–${p.renewedBy.validTo})`)}</span>` : ''}</td>
    <td>${notes(p.notes)}</td></tr>`;
  const documentRow = (d: DocumentItem) => html`<tr>
    <td class="nowrap">${when(d)}</td><td>${d.title}<span class="sub">${kindOf(m.documentKind, d.kind)}</span></td>
    <td>${sides(d.parties)}</td><td>${notes(d.notes)}</td></tr>`;
  const eventRow = (e: EventItem) => html`<tr>
    <td class="nowrap">${when(e)}</td><td>${e.name ?? e.title}<span class="sub">${kindOf(m.eventKind, e.kind)}</span></td>
    <td>${e.place ?? ''}</td><td>${sides(e.parties)}</td><td>${notes(e.notes)}</td></tr>`;
  const projectRow = (p: ProjectItem) => {
    const amount = [p.quantity != null ? formatNumber(p.quantity, lang) : '', p.value != null ? formatMoney(p.value, p.currency, lang) : ''].filter(Boolean).join('; ');
    return html`<tr><td class="nowrap">${when(p)}</td><td>${p.title}<span class="sub">${kindOf(m.projectKind, p.kind)}</span></td>
      <td class="num">${amount}</td><td>${sides(p.parties)}</td><td>${notes(p.notes)}</td></tr>`;
  };
  const countRow = (c: CountItem) => html`<tr>
    <td class="nowrap">${when(c)}</td><td>${c.title}</td>
    <td class="num">${c.value != null ? `${c.qualifier ? `${m.qualifier[c.qualifier] ?? c.qualifier} ` : ''}${formatNumber(c.value, lang)}`.trim() : ''}</td>
    <td>${sides(c.parties)}</td><td>${notes(c.notes)}</td></tr>`;

  // Coverage.
  const tieRow = (t: TieItem) => html`<tr>
    <td>${sides(t.parties)}</td><td class="num">${t.documents}</td><td class="num">${t.events}</td><td class="num">${t.projects}</td>
    <td class="num">${t.figures}</td><td class="nowrap">${date(t.lastActivity) || '—'}</td><td>${t.dormant ? badge('dormant', m.dormant) : ''}</td></tr>`;
  const c = briefing.coverage;

  const footnote = (f: Footnote) => {
    const href = safeHref(f.url);
    const open = lang === 'ru' ? '«' : '“';
    const close = lang === 'ru' ? '»' : '”';
    return html`<li id="fn-${f.n}"><span class="fn-n">[${f.n}]</span><span>
      <span class="fn-title">${f.title ?? f.source.slice(0, 12)}</span>.
      ${f.publisher ? html`${f.publisher}. ` : ''}${f.published ? formatDate(f.published, lang) : m.undated}.
      ${href ? html`<a href="${href}">${href}</a>` : f.url ?? ''}
      <span class="fn-quote">${open}${f.quote}${close}</span></span></li>`;
  };

  const s = briefing.summary;
  const plansInForce = s.plans.active + s.plans.expiring;
  const targetsTotal = Object.values(s.targets).reduce((a, b) => a + b, 0);
  const tiles: [number, string][] = [
    [s.documents, m.glance.documents], [plansInForce, m.glance.plans], [s.events, m.glance.events], [s.projects, m.glance.projects],
    [targetsTotal, m.glance.targets], [s.figures, m.glance.figures], [s.counts, m.glance.counts], [s.sources, m.glance.sources],
  ];
  const statusLine = <K extends string>(what: string, counts: Record<K, number>, labels: Record<K, string>) =>
    html`<div class="statuses"><span class="what">${what}:</span>${(Object.keys(counts) as K[]).filter((k) => counts[k] > 0).map((k) => html`<span>${badge(k, labels[k])} ${counts[k]}</span>`)}</div>`;

  const title = briefingTitle(briefing, lang);
  const body = html`
<header class="doc-header">
  <p class="kicker">${m.briefing} · Integration Monitor</p>
  <h1>${m.stateOfCooperation(name(briefing.party), briefing.partner ? name(briefing.partner) : null)}</h1>
  <p class="meta">${m.asOf(formatDay(briefing.asOf, lang))}${briefing.from != null ? ` · ${m.since(briefing.from)}` : ''}</p>
  <p class="lede">${m.preparedBy(s.sources)}</p>
</header>
<nav class="toc"><h2>${m.contents}</h2><ol>${SECTION_IDS.map((id) => html`<li><a href="#${id}">${titles[id]}</a></li>`)}</ol></nav>
<section id="glance">${heading('glance')}
  <div class="tiles">${tiles.map(([n, l]) => html`<div class="tile"><span class="n">${formatNumber(n, lang)}</span><span class="l">${l}</span></div>`)}</div>
  ${statusLine(m.sub.targets, s.targets, m.targetStatus)}${statusLine(m.plansLabel, s.plans, m.planStatus)}
</section>
<section id="targets">${heading('targets')}
  <h3>${m.sub.targets}</h3>
  ${table([m.col.parties, m.col.goal, m.col.deadline, m.col.status, m.col.latest, m.col.basis], briefing.targets.map(targetRow))}
  ${briefing.trade.length ? briefing.trade.map(seriesBlock) : html`<p class="empty">${m.none}</p>`}
</section>
<section id="documents">${heading('documents')}
  <h3>${m.sub.plans}</h3>
  ${table([m.col.title, m.col.parties, m.col.validity, m.col.status, m.col.sources], briefing.plans.map(planRow))}
  <h3>${m.sub.otherDocuments}</h3>
  ${table([m.col.date, m.col.title, m.col.parties, m.col.sources], briefing.documents.map(documentRow))}
</section>
<section id="events">${heading('events')}
  ${table([m.col.date, m.col.name, m.col.place, m.col.parties, m.col.sources], briefing.events.map(eventRow))}
</section>
<section id="projects">${heading('projects')}
  ${table([m.col.date, m.col.title, [m.col.amount, 'num'], m.col.parties, m.col.sources], briefing.projects.map(projectRow))}
</section>
<section id="counts">${heading('counts')}
  ${table([m.col.date, m.col.subject, [m.col.value, 'num'], m.col.parties, m.col.sources], briefing.counts.map(countRow))}
</section>
<section id="coverage">${heading('coverage')}
  <h3>${m.sub.states}</h3>
  ${table([m.col.state, [m.col.documents, 'num'], [m.col.events, 'num'], [m.col.projects, 'num'], [m.col.figures, 'num'], m.col.regions, m.col.lastActivity],
    c.states.map((st) => html`<tr><td>${name(st.party)}</td><td class="num">${st.documents}</td><td class="num">${st.events}</td>
      <td class="num">${st.projects}</td><td class="num">${st.figures}</td>
      <td>${m.regionsOf(st.regions.withDocuments, st.regions.total)}${st.regions.parties.length ? html`<span class="sub">${st.regions.parties.map(name).join(', ')}</span>` : ''}</td>
      <td class="nowrap">${date(st.lastActivity) || '—'}</td></tr>`))}
  <h3>${m.sub.pairs}</h3>
  ${table([m.col.pair, [m.col.documents, 'num'], [m.col.events, 'num'], [m.col.projects, 'num'], [m.col.figures, 'num'], m.col.lastActivity, ''], c.ties.map(tieRow))}
  <h3>${m.sub.dormant}</h3>
  <p class="rule">${m.rules.dormant}</p>
  ${c.dormant.length
    ? html`<ul class="dormant">${c.dormant.map((t) => html`<li>${badge('dormant', m.dormant)} ${sides(t.parties)}: ${m.lastActive(date(t.lastActivity) || '—')}</li>`)}</ul>`
    : html`<p class="empty">${m.none}</p>`}
  <h3>${m.sub.underCovered}</h3>
  <p class="rule">${m.rules.underCovered}</p>
  ${table([m.col.type, m.col.title, m.col.parties, m.col.lastReported, m.col.sources],
    c.underCovered.map((u) => html`<tr><td>${m.recordType[u.type] ?? u.type}</td><td>${u.title}</td><td>${sides(u.parties)}</td>
      <td class="nowrap">${date(u.lastReported) || '—'}</td><td class="nowrap">${m.sourcesCount(u.sources)}${notes(u.notes)}</td></tr>`))}
</section>
<section id="about">${heading('about')}
  ${m.about.map((p) => html`<p>${p}</p>`)}
</section>
<section id="sources" class="sources">${heading('sources')}
  ${briefing.footnotes.length ? html`<ol class="footnotes">${briefing.footnotes.map(footnote)}</ol>` : html`<p class="empty">${m.nothingFor}</p>`}
</section>`;

  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
${html`<title>${title}</title>`}
<style>${STYLE}</style>
</head>
<body>${body}
</body>
</html>
`;
}
