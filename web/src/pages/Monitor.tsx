import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { api, ApiError, unwrap, type AlertsPage, type Coverage, type CoveragePair, type PartyRef } from '../api/client.ts';
import { useApi } from '../api/useApi.ts';
import { Badge, Load, PartyLink, Section } from '../components/Bits.tsx';
import { PartyIdList, PlanTable, TargetList, type Parties } from '../components/Monitor.tsx';
import { TokenForm, useToken } from '../components/Token.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/messages.ts';
import { byAttention, factTypeOf, indexParties, monthsBefore, oneOf, PLAN_STATUSES, TARGET_STATUSES } from '../lib/monitor.ts';
import { href, Link, useRouter } from '../router.tsx';

const TABS = ['targets', 'plans', 'coverage', 'alerts'] as const;
type Tab = (typeof TABS)[number];

const LEVELS = ['state', 'party'] as const;
type Level = (typeof LEVELS)[number];

const COUNT_TYPES = [['documents', 'document'], ['events', 'event'], ['projects', 'project']] as const;

/** The monitor's filters live in the address, so a view can be linked and reloaded. */
function useMonitorQuery() {
  const { location, navigate } = useRouter();
  const q = location.query;
  const tab = oneOf(q.get('tab'), TABS) ?? 'targets';
  const party = q.get('party') || undefined;
  const set = (changes: Record<string, string | undefined>) => {
    const keep = (name: string) => q.get(name) ?? undefined;
    const next = { tab, party, status: keep('status'), level: keep('level'), dormant: keep('dormant'), unread: keep('unread'), ...changes };
    navigate(href('/monitor', next), { replace: true });
  };
  return {
    tab, party, status: q.get('status'), level: oneOf(q.get('level'), LEVELS), dormant: q.get('dormant') === '1', unread: q.get('unread') === '1', set,
  };
}

/** The parties the monitor's targets and plans name: the choices of the party filter. */
function usePartyChoices(): PartyRef[] {
  const state = useApi(async (signal) => {
    const [targets, plans] = await Promise.all([
      api.GET('/api/targets', { signal }).then(unwrap),
      api.GET('/api/plans', { signal }).then(unwrap),
    ]);
    return [...targets.parties, ...plans.parties];
  }, []);
  return state.data ?? [];
}

function PartyFilter({ value, choices, onChange }: { value: string | undefined; choices: PartyRef[]; onChange(party: string | undefined): void }) {
  const i18n = useI18n();
  const options = useMemo(() => {
    const unique = [...new Map(choices.map((p) => [p.id, p])).values()];
    return unique.sort((a, b) => i18n.name(a).localeCompare(i18n.name(b), i18n.lang));
  }, [choices, i18n]);
  return (
    <label>
      {i18n.t('monitor.party')}
      <select name="party" value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{i18n.t('monitor.allParties')}</option>
        {value && !options.some((p) => p.id === value) && <option value={value}>{value}</option>}
        {options.map((p) => <option key={p.id} value={p.id}>{i18n.name(p)}</option>)}
      </select>
    </label>
  );
}

function StatusFilter({ value, statuses, onChange }: { value: string | null; statuses: readonly string[]; onChange(status: string | undefined): void }) {
  const i18n = useI18n();
  return (
    <label>
      {i18n.t('monitor.status')}
      <select name="status" value={value && statuses.includes(value) ? value : ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{i18n.t('common.all')}</option>
        {statuses.map((s) => <option key={s} value={s}>{i18n.label(s)}</option>)}
      </select>
    </label>
  );
}

function TargetsPanel({ party, status }: { party?: string; status?: string }) {
  const i18n = useI18n();
  const state = useApi((signal) => api.GET('/api/targets', { params: { query: { party, status } }, signal }).then(unwrap), [party, status]);
  return (
    <Load state={state}>
      {(result) => (
        <>
          <p className="muted small">{i18n.t('monitor.asOf', { date: i18n.date(result.as_of) })} · {i18n.t('monitor.shown', { count: result.items.length })}</p>
          <TargetList targets={byAttention(result.items)} parties={indexParties(result.parties)} asOf={result.as_of} />
        </>
      )}
    </Load>
  );
}

function PlansPanel({ party, status }: { party?: string; status?: string }) {
  const i18n = useI18n();
  const state = useApi((signal) => api.GET('/api/plans', { params: { query: { party, status } }, signal }).then(unwrap), [party, status]);
  return (
    <Load state={state}>
      {(result) => (
        <>
          <p className="muted small">{i18n.t('monitor.asOf', { date: i18n.date(result.as_of) })} · {i18n.t('monitor.shown', { count: result.items.length })}</p>
          <PlanTable plans={result.items} parties={indexParties(result.parties)} />
        </>
      )}
    </Load>
  );
}

/** A count that leads to the facts behind it: the search narrowed to the parties and the type. */
function CountLink({ count, party, type }: { count: number; party: string; type: string }) {
  const i18n = useI18n();
  return count > 0 ? <Link to={href('/search', { party, type: factTypeOf(type) })}>{i18n.num(count)}</Link> : <>{i18n.num(0)}</>;
}

function PairRow({ pair, parties }: { pair: CoveragePair; parties: Parties }) {
  const i18n = useI18n();
  const both = pair.party_ids.join(',');
  return (
    <tr className={pair.dormant ? 'dormant' : undefined}>
      <td><PartyIdList ids={pair.party_ids} names={pair.parties} parties={parties} /></td>
      <td>{i18n.t(`monitor.level.${pair.level}`)}</td>
      {COUNT_TYPES.map(([key, type]) => <td key={key} className="num"><CountLink count={pair[key]} party={both} type={type} /></td>)}
      <td className="num"><CountLink count={pair.figures} party={both} type="observation" /></td>
      <td>{pair.last_activity ? i18n.date(pair.last_activity) : i18n.t('monitor.never')}</td>
      <td>{pair.dormant && <Badge kind="dormant">{i18n.t('monitor.dormant')}</Badge>}</td>
    </tr>
  );
}

function CountHeads() {
  const i18n = useI18n();
  return (
    <>
      <th scope="col" className="num">{i18n.t('monitor.documents')}</th>
      <th scope="col" className="num">{i18n.t('profile.events')}</th>
      <th scope="col" className="num">{i18n.t('profile.projects')}</th>
      <th scope="col" className="num">{i18n.t('monitor.figures')}</th>
    </>
  );
}

interface PairFilter {
  level: Level | undefined;
  dormantOnly: boolean;
  set(changes: { level?: Level; dormantOnly?: boolean }): void;
}

function CoverageView({ report, filter }: { report: Coverage; filter: PairFilter }) {
  const i18n = useI18n();
  const parties = indexParties(report.parties);
  const pairs = (filter.dormantOnly ? report.dormant_ties : report.pairs).filter((p) => !filter.level || p.level === filter.level);
  const name = (english: string) => {
    const party = parties.byName(english);
    return party ? i18n.name(party) : english;
  };
  return (
    <>
      <p className="muted small">{i18n.t('monitor.asOf', { date: i18n.date(report.as_of) })}</p>
      <Section title={i18n.t('monitor.states')}>
        {report.states.length ? (
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{i18n.t('monitor.state')}</th>
                <CountHeads />
                <th scope="col">{i18n.t('monitor.regionsCovered')}</th>
                <th scope="col">{i18n.t('monitor.lastActivity')}</th>
              </tr>
            </thead>
            <tbody>
              {report.states.map((s) => {
                const state = parties.byId(s.id);
                return (
                  <tr key={s.id}>
                    <td>{state ? <PartyLink party={state} /> : s.name}</td>
                    {COUNT_TYPES.map(([key, type]) => <td key={key} className="num"><CountLink count={s[key]} party={s.id} type={type} /></td>)}
                    <td className="num"><CountLink count={s.figures} party={s.id} type="observation" /></td>
                    <td>
                      {i18n.t('monitor.regionsOf', { covered: s.regions.with_documents, total: s.regions.total })}
                      {s.regions.names.length > 0 && (
                        <div className="sub">
                          {s.regions.names.map((n, i) => {
                            const region = parties.byName(n);
                            return <span key={n}>{i > 0 && ', '}{region ? <Link to={href('/search', { party: region.id, type: 'document' })}>{i18n.name(region)}</Link> : n}</span>;
                          })}
                        </div>
                      )}
                    </td>
                    <td>{s.last_activity ? i18n.date(s.last_activity) : i18n.t('monitor.never')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ) : <p className="muted">{i18n.t('common.none')}</p>}
      </Section>

      <Section
        title={i18n.t('monitor.pairs')}
        actions={(
          <div className="toolbar">
            <label>
              {i18n.t('monitor.level')}
              <select name="level" value={filter.level ?? ''} onChange={(e) => filter.set({ level: oneOf(e.target.value, LEVELS) })}>
                <option value="">{i18n.t('common.all')}</option>
                {LEVELS.map((l) => <option key={l} value={l}>{i18n.t(`monitor.level.${l}`)}</option>)}
              </select>
            </label>
            <label className="check">
              <input type="checkbox" name="dormant" checked={filter.dormantOnly} onChange={(e) => filter.set({ dormantOnly: e.target.checked })} />
              {i18n.t('monitor.dormantOnly')}
            </label>
          </div>
        )}
      >
        <p className="muted small">
          {i18n.t('monitor.dormantTies', { count: report.dormant_ties.length })} · {i18n.t('monitor.dormantRule', { date: i18n.date(monthsBefore(report.as_of, 24)) })}
        </p>
        {pairs.length ? (
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{i18n.t('monitor.pair')}</th>
                <th scope="col">{i18n.t('monitor.level')}</th>
                <CountHeads />
                <th scope="col">{i18n.t('monitor.lastActivity')}</th>
                <th scope="col"><span className="sr-only">{i18n.t('monitor.dormant')}</span></th>
              </tr>
            </thead>
            <tbody>{pairs.map((p) => <PairRow key={p.party_ids.join('+')} pair={p} parties={parties} />)}</tbody>
          </table>
        ) : <p className="muted">{i18n.t('common.none')}</p>}
      </Section>

      <Section title={i18n.t('monitor.underCovered', { count: report.under_covered.length })}>
        <p className="muted small">{i18n.t('monitor.underCoveredRule', { date: i18n.date(monthsBefore(report.as_of, 12)) })}</p>
        {report.under_covered.length ? (
          <ul className="lines">
            {report.under_covered.map((r) => (
              <li key={r.id} className="line">
                <Badge kind={r.type}>{i18n.label(r.type)}</Badge> <Link to={`/records/${r.id}`}>{r.title}</Link>
                {r.date && <span className="muted"> · {i18n.date(r.date)}</span>}
                <div className="sub muted">
                  {r.parties.map(name).join(', ')}
                  {' · '}<Link to={`/records/${r.id}`}>{i18n.t('common.sourceCount', { count: r.sources })}</Link>
                  {r.last_reported && <> · {i18n.t('common.reported', { date: i18n.date(r.last_reported) })}</>}
                </div>
              </li>
            ))}
          </ul>
        ) : <p className="muted">{i18n.t('common.none')}</p>}
      </Section>
    </>
  );
}

function CoveragePanel({ party, filter }: { party?: string; filter: PairFilter }) {
  const state = useApi((signal) => api.GET('/api/coverage', { params: { query: { party } }, signal }).then(unwrap), [party]);
  return <Load state={state}>{(report) => <CoverageView report={report} filter={filter} />}</Load>;
}

/** Alerts with their unread count; marking them read needs an editor token. */
export function AlertsPanel({ unreadOnly, setUnreadOnly, onChange }: { unreadOnly: boolean; setUnreadOnly(on: boolean): void; onChange?(): void }) {
  const i18n = useI18n();
  const [token, setToken] = useToken();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const state = useApi(
    (signal) => api.GET('/api/alerts', { params: { query: { unread: unreadOnly ? 'true' : undefined, limit: 100 } }, signal }).then(unwrap),
    [unreadOnly],
  );
  const mark = async (body: { ids: number[] } | { all: true }) => {
    setBusy(true);
    try {
      const result = unwrap(await api.POST('/api/alerts/read', { body, headers: { Authorization: `Bearer ${token ?? ''}` } }));
      setMessage(i18n.t('monitor.marked', { count: result.marked }));
      state.reload();
      onChange?.();
    } catch (error) {
      setMessage(i18n.t('monitor.markFailed', { message: error instanceof ApiError ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <TokenForm token={token} setToken={setToken} />
      {!token && <p className="muted">{i18n.t('monitor.needToken')}</p>}
      <p className="status-line" role="status" aria-live="polite">{message}</p>
      <Load state={state}>
        {(page: AlertsPage) => (
          <>
            <div className="toolbar">
              <strong className="unread-count">{i18n.t('monitor.unread', { count: page.unread })}</strong>
              <label className="check">
                <input type="checkbox" name="unread" checked={unreadOnly} onChange={(e) => setUnreadOnly(e.target.checked)} />
                {i18n.t('monitor.unreadOnly')}
              </label>
              <button type="button" disabled={busy || !token || page.unread === 0} onClick={() => mark({ all: true })}>{i18n.t('monitor.markAllRead')}</button>
            </div>
            {page.items.length ? (
              <ul className="lines">
                {page.items.map((a) => (
                  <li key={a.id} className={`line${a.readAt ? '' : ' unread'}`} data-alert={a.id}>
                    <strong>{a.watch.name}</strong>: <Badge kind={a.record.type}>{i18n.label(a.record.type)}</Badge> <Link to={`/records/${a.record.id}`}>{a.record.title}</Link>
                    <div className="sub muted">
                      {i18n.timestamp(a.createdAt)}
                      {a.readAt ? <> · {i18n.t('monitor.read', { date: i18n.timestamp(a.readAt) })}</> : (
                        <>
                          {' · '}
                          <button type="button" className="small" disabled={busy || !token} aria-label={i18n.t('monitor.markReadOne', { id: a.id })} onClick={() => mark({ ids: [a.id] })}>
                            {i18n.t('monitor.markRead')}
                          </button>
                        </>
                      )}
                    </div>
                  </li>
                ))}
              </ul>
            ) : <p className="muted">{i18n.t('overview.noAlerts')}</p>}
          </>
        )}
      </Load>
    </>
  );
}

/** The unread count for the alerts tab's label; refreshed when alerts are marked. */
function useUnread(): { unread: number | undefined; refresh(): void } {
  const state = useApi((signal) => api.GET('/api/alerts', { params: { query: { limit: 1 } }, signal }).then(unwrap), []);
  return { unread: state.data?.unread, refresh: state.reload };
}

/** Targets, plans, coverage and alerts: what is slipping, what expires, what goes unreported. */
export function Monitor() {
  const i18n = useI18n();
  const { tab, party, status, level, dormant, unread, set } = useMonitorQuery();
  const pairFilter: PairFilter = {
    level,
    dormantOnly: dormant,
    set: (changes) => set({
      ...('level' in changes ? { level: changes.level } : {}),
      ...('dormantOnly' in changes ? { dormant: changes.dormantOnly ? '1' : undefined } : {}),
    }),
  };
  const choices = usePartyChoices();
  const alerts = useUnread();
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const select = (next: Tab, focus = false) => {
    set({ tab: next, status: undefined });
    if (focus) tabRefs.current[TABS.indexOf(next)]?.focus();
  };
  // Arrow keys move between the tabs (and show them), as in any tab list.
  const onKeyDown = (event: KeyboardEvent) => {
    const i = TABS.indexOf(tab);
    const next = { ArrowRight: (i + 1) % TABS.length, ArrowLeft: (i - 1 + TABS.length) % TABS.length, Home: 0, End: TABS.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    select(TABS[next], true);
  };
  const tabLabel = (t: Tab) => {
    const label = i18n.t(`monitor.tab.${t}` as MessageKey);
    return t === 'alerts' && alerts.unread ? `${label} (${i18n.num(alerts.unread)})` : label;
  };
  const statuses = tab === 'targets' ? TARGET_STATUSES : tab === 'plans' ? PLAN_STATUSES : null;
  const validStatus = statuses && status && (statuses as readonly string[]).includes(status) ? status : undefined;

  return (
    <>
      <h1>{i18n.t('monitor.heading')}</h1>
      <p className="muted">{i18n.t('monitor.intro')}</p>
      <div className="tabs" role="tablist" aria-label={i18n.t('monitor.tabs')} onKeyDown={onKeyDown}>
        {TABS.map((t, i) => (
          <button
            key={t}
            ref={(el) => { tabRefs.current[i] = el; }}
            type="button"
            role="tab"
            id={`monitor-tab-${t}`}
            aria-selected={tab === t}
            aria-controls={`monitor-panel-${t}`}
            tabIndex={tab === t ? 0 : -1}
            onClick={() => select(t)}
          >
            {tabLabel(t)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`monitor-panel-${tab}`} aria-labelledby={`monitor-tab-${tab}`} className="tabpanel">
        {tab !== 'alerts' && (
          <div className="toolbar">
            <PartyFilter value={party} choices={choices} onChange={(p) => set({ party: p })} />
            {statuses && <StatusFilter value={validStatus ?? null} statuses={statuses} onChange={(s) => set({ status: s })} />}
          </div>
        )}
        {tab === 'targets' && <TargetsPanel party={party} status={validStatus} />}
        {tab === 'plans' && <PlansPanel party={party} status={validStatus} />}
        {tab === 'coverage' && <CoveragePanel party={party} filter={pairFilter} />}
        {tab === 'alerts' && <AlertsPanel unreadOnly={unread} setUnreadOnly={(on) => set({ unread: on ? '1' : undefined })} onChange={alerts.refresh} />}
      </div>
    </>
  );
}
