import { useMemo, useState } from 'react';
import { api, unwrap, type PartyProfile, type RecordSummary, type TradeSeries } from '../api/client.ts';
import { useApi } from '../api/useApi.ts';
import { Badge, Load, PartyLink, PartyList, RecordLine, Section } from '../components/Bits.tsx';
import { EChart, type ChartOption } from '../components/EChart.tsx';
import { PlanTable, TargetList } from '../components/Monitor.tsx';
import { useI18n, type I18n } from '../i18n/i18n.tsx';
import { list, num, str } from '../lib/fields.ts';
import { byAttention, indexParties } from '../lib/monitor.ts';
import { defaultSeries, targetMatches, tradeChartModel, type ChartPoint } from '../lib/trade.ts';
import { escapeHtml, groupByYear } from '../lib/timeline.ts';
import { href, Link, useRouter } from '../router.tsx';

/** Record types as the search page filters them (facts of the same name; observations are trade facts). */
const FACT_TYPE: Record<string, string> = { observation: 'trade' };

const RECORD_TYPES = ['document', 'event', 'project', 'observation', 'target', 'count'] as const;

/** "12 documents" / "12 документов": a record type after a number. */
function countLabel(i18n: I18n, type: string, count: number): string {
  return (RECORD_TYPES as readonly string[]).includes(type) ? i18n.t(`n.${type as (typeof RECORD_TYPES)[number]}`, { count }) : i18n.label(type);
}

function seriesLabel(i18n: I18n, series: TradeSeries, selfId: string): string {
  const others = series.parties.filter((p) => p.id !== selfId).map((p) => i18n.name(p));
  return [i18n.label(series.indicator ?? 'other'), series.flow, series.scope, others.join(', ')].filter(Boolean).join(' · ');
}

function chartOption(i18n: I18n, series: TradeSeries, targets: RecordSummary[]): ChartOption {
  const model = tradeChartModel(series, targets);
  const currency = series.points.find((p) => p.currency)?.currency ?? null;
  const data = (points: (ChartPoint | null)[]) => points.map((p) => (p ? { value: p.value, recordId: p.recordId } : null));
  const lastActual = [...model.annual].reverse().find(Boolean);
  const firstTarget = model.targets.find(Boolean);
  const guide = model.periods.map((period) => {
    if (lastActual && period === lastActual.period) return lastActual.value;
    if (firstTarget && period === firstTarget.period && lastActual && lastActual.period < firstTarget.period) return firstTarget.value;
    return null;
  });
  return {
    grid: { left: 72, right: 24, top: 40, bottom: 48 },
    legend: { top: 0 },
    tooltip: {
      trigger: 'item',
      formatter: (p: { seriesName: string; name: string; value: number }) => `${escapeHtml(p.seriesName)}<br/>${escapeHtml(`${i18n.period(p.name)}: ${i18n.money(p.value, currency)}`)}`,
    },
    xAxis: { type: 'category', data: model.periods, axisLabel: { formatter: (v: string) => i18n.period(v), hideOverlap: true } },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => i18n.money(v, currency) } },
    series: [
      { name: i18n.t('profile.actual'), type: 'line', data: data(model.annual), connectNulls: true, symbolSize: 9, cursor: 'pointer' },
      { name: i18n.t('profile.partial'), type: 'scatter', data: data(model.partial), symbol: 'emptyCircle', symbolSize: 9, cursor: 'pointer' },
      { name: i18n.t('profile.target'), type: 'scatter', data: data(model.targets), symbol: 'diamond', symbolSize: 14, cursor: 'pointer' },
      { name: i18n.t('profile.target'), type: 'line', data: guide, connectNulls: true, symbol: 'none', lineStyle: { type: 'dashed' }, silent: true, tooltip: { show: false } },
    ],
  };
}

function TradeSection({ profile }: { profile: PartyProfile }) {
  const i18n = useI18n();
  const { navigate } = useRouter();
  const initial = defaultSeries(profile.trade);
  const [key, setKey] = useState(initial?.key);
  const series = profile.trade.find((s) => s.key === key) ?? initial;
  const option = useMemo(() => (series ? chartOption(i18n, series, profile.targets) : null), [i18n, series, profile.targets]);
  if (!series || !option) return <Section title={i18n.t('profile.trade')}><p className="muted">{i18n.t('profile.noTrade')}</p></Section>;
  const label = seriesLabel(i18n, series, profile.party.id);
  const points = [...series.points].sort((a, b) => (a.period ?? '').localeCompare(b.period ?? ''));
  return (
    <Section title={i18n.t('profile.trade')} id="trade">
      {profile.trade.length > 1 && (
        <label className="block">
          {i18n.t('profile.tradeSeries')}{' '}
          <select value={series.key} onChange={(e) => setKey(e.target.value)}>
            {profile.trade.map((s) => <option key={s.key} value={s.key}>{seriesLabel(i18n, s, profile.party.id)} ({s.points.length})</option>)}
          </select>
        </label>
      )}
      <EChart
        option={option}
        label={i18n.t('profile.chartLabel', { series: label })}
        onClick={(p) => {
          const recordId = (p.data as { recordId?: number } | null)?.recordId;
          if (recordId) navigate(`/records/${recordId}`);
        }}
      />
      <table className="data">
        <caption>{i18n.t('profile.tradeTable')}: {label}</caption>
        <thead><tr><th scope="col">{i18n.t('profile.period')}</th><th scope="col">{i18n.t('common.value')}</th><th scope="col">{i18n.t('profile.change')}</th><th scope="col">{i18n.t('common.sources')}</th></tr></thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.recordId}>
              <td>{i18n.period(p.period)}</td>
              <td className="num"><Link to={`/records/${p.recordId}`}>{p.value !== null ? i18n.money(p.value, p.currency) : '—'}</Link>{p.conflictCount > 0 && <span className="warn" title={i18n.t('record.conflicts')}> ⚠</span>}</td>
              <td className="num">{p.changePct !== null ? <Link to={`/records/${p.recordId}`}>{i18n.change(p.changePct)}</Link> : ''}</td>
              <td className="num">{i18n.num(p.sourceCount)}</td>
            </tr>
          ))}
          {profile.targets.filter((t) => targetMatches(series, t)).map((t) => (
            <tr key={`t${t.id}`} className="target-row">
              <td>{i18n.t('profile.targetBy', { year: str(t.fields, 'by') ?? '?' })}</td>
              <td className="num"><Link to={`/records/${t.id}`}>{num(t.fields, 'value') !== null ? i18n.money(num(t.fields, 'value')!, str(t.fields, 'currency')) : '—'}</Link></td>
              <td colSpan={2}><PartyList parties={t.parties} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

function DocumentTimeline({ documents }: { documents: RecordSummary[] }) {
  const i18n = useI18n();
  const groups = groupByYear(documents, (d) => d.date);
  return (
    <ol className="timeline">
      {groups.map(({ year, items }) => (
        <li key={year ?? 'none'}>
          <h3 className="timeline-year">{year ?? i18n.t('profile.undated')}</h3>
          <ul>
            {items.map((d) => (
              <li key={d.id}>
                <span className="muted small">{i18n.date(d.date)}</span>{' '}
                <Badge kind="document">{i18n.label(str(d.fields, 'kind') ?? 'document')}</Badge>{' '}
                <Link to={`/records/${d.id}`}>{str(d.fields, 'title') ?? d.title}</Link>
                <div className="sub"><PartyList parties={d.parties} /></div>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

function EventsTable({ events }: { events: RecordSummary[] }) {
  const i18n = useI18n();
  return (
    <table className="data">
      <thead><tr><th scope="col">{i18n.t('common.date')}</th><th scope="col">{i18n.t('common.kind')}</th><th scope="col">{i18n.t('common.name')}</th><th scope="col">{i18n.t('common.place')}</th></tr></thead>
      <tbody>
        {events.map((e) => (
          <tr key={e.id}>
            <td>{i18n.date(e.date)}</td>
            <td>{i18n.label(str(e.fields, 'kind'))}</td>
            <td><Link to={`/records/${e.id}`}>{str(e.fields, 'name') ?? e.title}</Link></td>
            <td>{str(e.fields, 'place')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ProjectsTable({ projects }: { projects: RecordSummary[] }) {
  const i18n = useI18n();
  return (
    <table className="data">
      <thead><tr><th scope="col">{i18n.t('common.kind')}</th><th scope="col">{i18n.t('profile.subject')}</th><th scope="col">{i18n.t('profile.actors')}</th><th scope="col">{i18n.t('common.value')}</th><th scope="col">{i18n.t('common.date')}</th></tr></thead>
      <tbody>
        {projects.map((p) => {
          const value = num(p.fields, 'value');
          const quantity = num(p.fields, 'quantity');
          return (
            <tr key={p.id}>
              <td>{i18n.label(str(p.fields, 'kind'))}</td>
              <td><Link to={`/records/${p.id}`}>{str(p.fields, 'subject') ?? p.title}</Link></td>
              <td>{[...list(p.fields, 'actors'), str(p.fields, 'partner')].filter(Boolean).join(', ')}</td>
              <td className="num">
                {value !== null && <Link to={`/records/${p.id}`}>{i18n.money(value, str(p.fields, 'currency'))}</Link>}
                {quantity !== null && <Link to={`/records/${p.id}`}>{value !== null ? ' · ' : ''}{i18n.num(quantity)}</Link>}
              </td>
              <td>{i18n.date(p.date)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function RecordList({ records }: { records: RecordSummary[] }) {
  return <ul className="lines">{records.map((r) => <li key={r.id}><RecordLine record={r} /></li>)}</ul>;
}

/** The party's targets as the monitor judges them (its parts' targets included). */
function MonitorTargets({ partyId }: { partyId: string }) {
  const i18n = useI18n();
  const state = useApi((signal) => api.GET('/api/targets', { params: { query: { party: partyId } }, signal }).then(unwrap), [partyId]);
  return (
    <Section
      title={i18n.t('profile.targets')}
      id="targets"
      actions={<Link to={href('/monitor', { tab: 'targets', party: partyId })} className="small no-print">{i18n.t('profile.inMonitor')}</Link>}
    >
      <Load state={state}>
        {(result) => <TargetList targets={byAttention(result.items)} parties={indexParties(result.parties)} asOf={result.as_of} />}
      </Load>
    </Section>
  );
}

/** The party's plans and programmes with their validity and status. */
function MonitorPlans({ partyId }: { partyId: string }) {
  const i18n = useI18n();
  const state = useApi((signal) => api.GET('/api/plans', { params: { query: { party: partyId } }, signal }).then(unwrap), [partyId]);
  return (
    <Section
      title={i18n.t('profile.plans')}
      id="plans"
      actions={<Link to={href('/monitor', { tab: 'plans', party: partyId })} className="small no-print">{i18n.t('profile.inMonitor')}</Link>}
    >
      <Load state={state}>
        {(result) => <PlanTable plans={result.items} parties={indexParties(result.parties)} />}
      </Load>
    </Section>
  );
}

function ProfileView({ profile }: { profile: PartyProfile }) {
  const i18n = useI18n();
  const { party, totals } = profile;
  const other = i18n.lang === 'ru' ? party.name : party.nameRu;
  return (
    <article className="profile">
      <header className="profile-head">
        <h1>{i18n.name(party)}</h1>
        <p className="muted">
          {other && other !== i18n.name(party) && <span lang={i18n.lang === 'ru' ? 'en' : 'ru'}>{other} · </span>}
          {i18n.label(party.kind)}{party.code && ` · ${party.code}`}
          {party.parent && <> · {i18n.t('profile.partOf')} <PartyLink party={party.parent} /></>}
        </p>
        {party.aliases.length > 0 && (
          <details>
            <summary>{i18n.t('profile.aliases')}</summary>
            <p className="small">{party.aliases.join(' · ')}</p>
          </details>
        )}
        <div className="actions no-print">
          <button type="button" onClick={() => window.print()}>{i18n.t('common.print')}</button>
          {/* The briefing is made by the server (GET /api/report); a plain link, so it downloads or opens as the browser likes. */}
          <a className="button-link" href={href('/api/report', { party: party.id, format: 'pdf' })}>{i18n.t('profile.briefing')}</a>
        </div>
      </header>

      <Section title={i18n.t('profile.totals')}>
        <ul className="figures">
          {Object.entries(totals.records).sort((a, b) => b[1] - a[1]).map(([type, count]) => (
            <li key={type}><Link className="big" to={href('/search', { party: party.id, type: FACT_TYPE[type] ?? type })}>{i18n.num(count)}</Link> {countLabel(i18n, type, count)}</li>
          ))}
          <li><Link className="big" to={href('/search', { party: party.id })}>{i18n.num(totals.facts)}</Link> {i18n.t('n.fact', { count: totals.facts })}</li>
          <li><Link className="big" to={href('/search', { party: party.id })}>{i18n.num(totals.sources)}</Link> {i18n.t('n.source', { count: totals.sources })}</li>
        </ul>
      </Section>

      <TradeSection profile={profile} />

      <div className="grid">
        <Section title={`${i18n.t('profile.documentsTimeline')} (${i18n.num(totals.records.document ?? 0)})`} id="documents">
          {profile.documents.length ? <DocumentTimeline documents={profile.documents} /> : <p className="muted">{i18n.t('common.none')}</p>}
        </Section>
        <MonitorTargets partyId={party.id} />
      </div>
      <MonitorPlans partyId={party.id} />

      <Section title={`${i18n.t('profile.events')} (${i18n.num(totals.records.event ?? 0)})`} id="events">
        {profile.events.length ? <EventsTable events={profile.events} /> : <p className="muted">{i18n.t('common.none')}</p>}
      </Section>
      <Section title={`${i18n.t('profile.projects')} (${i18n.num(totals.records.project ?? 0)})`} id="projects">
        {profile.projects.length ? <ProjectsTable projects={profile.projects} /> : <p className="muted">{i18n.t('common.none')}</p>}
      </Section>

      <div className="grid">
        <Section title={`${i18n.t('profile.counts')} (${i18n.num(totals.records.count ?? 0)})`} id="counts">
          {profile.counts.length ? <RecordList records={profile.counts} /> : <p className="muted">{i18n.t('common.none')}</p>}
        </Section>
        <Section title={i18n.t('profile.topSources')} id="sources">
          <ul className="lines">
            {profile.topSources.map((s) => (
              <li key={s.id} className="line">
                <Link to={`/sources/${s.id}`}>{s.title ?? s.id.slice(0, 12)}</Link>
                <div className="sub muted">{i18n.date(s.published)} · {i18n.label(s.lang)} · {i18n.t('profile.factsIn', { count: s.facts })}</div>
              </li>
            ))}
          </ul>
        </Section>
        <Section title={i18n.t('profile.related')} id="related">
          <ul className="chips">
            {profile.related.map((p) => (
              <li key={p.id}><PartyLink party={p} /> <Link className="muted small" to={href('/search', { party: `${party.id},${p.id}` })}>{i18n.num(p.records)}</Link></li>
            ))}
          </ul>
        </Section>
      </div>
    </article>
  );
}

/** A partner profile: the card a user prints before a meeting. */
export function Profile({ id }: { id: string }) {
  const state = useApi((signal) => api.GET('/api/parties/{id}', { params: { path: { id } }, signal }).then(unwrap), [id]);
  return <Load state={state}>{(profile) => <ProfileView profile={profile} />}</Load>;
}
