import { api, unwrap } from '../api/client.ts';
import { useApi } from '../api/useApi.ts';
import { FactLine, Load, RecordLine, Section } from '../components/Bits.tsx';
import { PlanList, TargetList } from '../components/Monitor.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { byAttention, indexParties } from '../lib/monitor.ts';
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

/** The targets needing attention first, with the status the monitor judged and the figure it rests on. */
function Targets() {
  const i18n = useI18n();
  const state = useApi((signal) => api.GET('/api/targets', { signal }).then(unwrap), []);
  return (
    <Section title={i18n.t('overview.targets')} actions={<Link to="/monitor" className="small">{i18n.t('overview.allTargets')}</Link>}>
      <Load state={state}>
        {(result) => (
          <TargetList targets={byAttention(result.items).slice(0, 8)} parties={indexParties(result.parties)} asOf={result.as_of} compact />
        )}
      </Load>
    </Section>
  );
}

/** Plans that end within six months (the monitor's "expiring"). */
function ExpiringPlans() {
  const i18n = useI18n();
  const state = useApi((signal) => api.GET('/api/plans', { params: { query: { expiring: 'true' } }, signal }).then(unwrap), []);
  return (
    <Section title={i18n.t('overview.expiring')} actions={<Link to={href('/monitor', { tab: 'plans' })} className="small">{i18n.t('overview.allPlans')}</Link>}>
      <Load state={state}>
        {(result) => result.items.length
          ? <PlanList plans={result.items} parties={indexParties(result.parties)} />
          : <p className="muted">{i18n.t('overview.noExpiring')}</p>}
      </Load>
    </Section>
  );
}

function Alerts() {
  const i18n = useI18n();
  const state = useApi((signal) => api.GET('/api/alerts', { params: { query: { limit: 8 } }, signal }).then(unwrap), []);
  return (
    <Section title={i18n.t('overview.alerts')} actions={<Link to={href('/monitor', { tab: 'alerts' })} className="small">{i18n.t('overview.allAlerts')}</Link>}>
      <Load state={state}>
        {(page) => page.items.length ? (
          <>
            <p><Link to={href('/monitor', { tab: 'alerts', unread: '1' })} className="unread-count">{i18n.t('monitor.unread', { count: page.unread })}</Link></p>
            <ul className="lines">
              {page.items.map((a) => (
                <li key={a.id} className={`line${a.readAt ? '' : ' unread'}`}>
                  <strong>{a.watch.name}</strong>: <Link to={`/records/${a.record.id}`}>{a.record.title}</Link>
                  <span className="muted"> · {i18n.label(a.record.type)} · {i18n.timestamp(a.createdAt)}</span>
                </li>
              ))}
            </ul>
          </>
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
        <ExpiringPlans />
        <LatestFacts />
        <LatestRecords />
        <Alerts />
      </div>
    </>
  );
}
