import { api, unwrap, type RecordSummary, type SeriesResult } from '../api/client.ts';
import { useApi } from '../api/useApi.ts';
import { FactLine, Load, PartyList, RecordLine, Section } from '../components/Bits.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { latestAnnualPoint, targetProgress } from '../lib/targets.ts';
import { num, str } from '../lib/fields.ts';
import { href, Link } from '../router.tsx';

/** A record type's facts are searched under the fact type of the same name (observations are trade facts). */
const FACT_TYPE: Record<string, string> = { observation: 'trade' };

function Figures() {
  const i18n = useI18n();
  const state = useApi((signal) => api.GET('/api/stats', { signal }).then(unwrap), []);
  return (
    <Section title={i18n.t('overview.figures')}>
      <Load state={state}>
        {(stats) => (
          <>
            <ul className="figures">
              <li><Link to="/search" className="big">{i18n.num(stats.sources)}</Link> {i18n.t('n.source', { count: stats.sources })}</li>
              <li><Link to="/search" className="big">{i18n.num(stats.facts.total)}</Link> {i18n.t('n.fact', { count: stats.facts.total })}</li>
              <li><Link to="/search" className="big">{i18n.num(stats.records.total)}</Link> {i18n.t('n.record', { count: stats.records.total })}</li>
              <li><Link to="/review" className="big">{i18n.num(stats.facts.byReview.auto ?? 0)}</Link> {i18n.t('n.unreviewed', { count: stats.facts.byReview.auto ?? 0 })}</li>
              <li><Link to="/parties" className="big">{i18n.num(stats.parties.total)}</Link> {i18n.t('n.party', { count: stats.parties.total })}</li>
            </ul>
            <h3>{i18n.t('overview.recordsByType')}</h3>
            <ul className="chips">
              {Object.entries(stats.records.byType).sort((a, b) => b[1] - a[1]).map(([type, count]) => (
                <li key={type}>
                  <Link to={href('/search', { type: FACT_TYPE[type] ?? type })}>{i18n.label(type)}: {i18n.num(count)}</Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </Load>
    </Section>
  );
}

function LatestFacts() {
  const i18n = useI18n();
  const state = useApi((signal) => api.GET('/api/facts', { params: { query: { limit: 8 } }, signal }).then(unwrap), []);
  return (
    <Section title={i18n.t('overview.latestFacts')}>
      <Load state={state}>
        {(page) => page.items.length ? <ul className="lines">{page.items.map((f) => <li key={f.id}><FactLine fact={f} /></li>)}</ul> : <p>{i18n.t('common.none')}</p>}
      </Load>
    </Section>
  );
}

function LatestRecords() {
  const i18n = useI18n();
  const state = useApi((signal) => api.GET('/api/records', { params: { query: { limit: 8 } }, signal }).then(unwrap), []);
  return (
    <Section title={i18n.t('overview.latestRecords')}>
      <Load state={state}>
        {(page) => page.items.length ? <ul className="lines">{page.items.map((r) => <li key={r.id}><RecordLine record={r} /></li>)}</ul> : <p>{i18n.t('common.none')}</p>}
      </Load>
    </Section>
  );
}

interface TargetRow { target: RecordSummary; series: SeriesResult | null }

async function loadTargets(signal: AbortSignal): Promise<TargetRow[]> {
  const targets = unwrap(await api.GET('/api/records', { params: { query: { type: 'target', limit: 8 } }, signal })).items;
  return Promise.all(targets.map(async (target) => {
    const indicator = str(target.fields, 'indicator');
    if (target.parties.length < 2 || !indicator) return { target, series: null };
    const result = await api.GET('/api/trade/series', {
      params: { query: { parties: target.parties.map((p) => p.id).join(','), indicator: indicator as never, evidence: 'false' } },
      signal,
    });
    return { target, series: result.data ?? null };
  }));
}

function Targets() {
  const i18n = useI18n();
  const state = useApi(loadTargets, []);
  return (
    <Section title={i18n.t('overview.targets')}>
      <Load state={state}>
        {(rows) => rows.length ? (
          <ul className="lines">
            {rows.map(({ target, series }) => {
              const value = num(target.fields, 'value');
              const currency = str(target.fields, 'currency');
              const point = series ? latestAnnualPoint(series.series, target.parties.length) : null;
              // Progress only where the figures are comparable: the same currency.
              const comparable = value !== null && point?.value != null && point.currency === currency;
              const progress = comparable ? targetProgress(point!.value!, value!) : null;
              const by = str(target.fields, 'by');
              return (
                <li key={target.id} className="line">
                  <div>
                    <Link to={`/records/${target.id}`} className="figure">{value !== null ? i18n.money(value, currency) : '—'}</Link>{' '}
                    {i18n.label(str(target.fields, 'indicator'))}{by && ` · ${i18n.t('profile.targetBy', { year: by })}`}
                  </div>
                  <div className="sub"><PartyList parties={target.parties} /></div>
                  {comparable && point && point.value != null && value !== null ? (
                    <div className="sub">
                      <progress max={1} value={progress ?? 0} aria-label={i18n.t('overview.targetProgress', { actual: i18n.money(point.value, point.currency), target: i18n.money(value, currency), period: i18n.period(point.period) })} />{' '}
                      <Link to={`/records/${point.recordId}`}>{i18n.money(point.value, point.currency)}</Link>{' '}
                      <span className="muted">{i18n.t('overview.targetOf', { target: i18n.money(value, currency), period: i18n.period(point.period) })}</span>
                    </div>
                  ) : <div className="sub muted">{i18n.t('overview.targetNoActual')}</div>}
                </li>
              );
            })}
          </ul>
        ) : <p>{i18n.t('common.none')}</p>}
      </Load>
    </Section>
  );
}

function Alerts() {
  const i18n = useI18n();
  const state = useApi((signal) => api.GET('/api/alerts', { params: { query: { limit: 8 } }, signal }).then(unwrap), []);
  return (
    <Section title={i18n.t('overview.alerts')}>
      <Load state={state}>
        {(page) => page.items.length ? (
          <ul className="lines">
            {page.items.map((a) => (
              <li key={a.id} className={`line${a.readAt ? '' : ' unread'}`}>
                <strong>{a.watch.name}</strong>: <Link to={`/records/${a.record.id}`}>{a.record.title}</Link>
                <span className="muted"> · {i18n.label(a.record.type)} · {i18n.timestamp(a.createdAt)}</span>
              </li>
            ))}
          </ul>
        ) : <p className="muted">{i18n.t('overview.noAlerts')}</p>}
      </Load>
    </Section>
  );
}

export function Overview() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('nav.overview')}</h1>
      <div className="grid">
        <Figures />
        <Targets />
        <LatestFacts />
        <LatestRecords />
        <Alerts />
      </div>
    </>
  );
}
