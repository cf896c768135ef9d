import { useId, type ReactNode } from 'react';
import type { FactSummary, PartyRef, RecordListItem, RecordSummary } from '../api/client.ts';
import type { Loaded } from '../api/useApi.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { num, spanHref, str, type Fields } from '../lib/fields.ts';
import { Link } from '../router.tsx';

/** Shows loading and errors of an API call, and the content once there. */
export function Load<T>({ state, children }: { state: Loaded<T>; children: (data: T) => ReactNode }) {
  const { t } = useI18n();
  if (state.error) return <p className="error" role="alert">{t('common.error', { message: state.error.message })}</p>;
  if (state.data === undefined) return <p className="muted" role="status">{t('common.loading')}</p>;
  return <>{children(state.data)}</>;
}

export function PartyLink({ party }: { party: PartyRef }) {
  const { name } = useI18n();
  return <Link to={`/parties/${encodeURIComponent(party.id)}`} className="party">{name(party)}</Link>;
}

export function PartyList({ parties }: { parties: PartyRef[] }) {
  return (
    <span className="parties">
      {parties.map((p, i) => <span key={p.id}>{i > 0 && ', '}<PartyLink party={p} /></span>)}
    </span>
  );
}

export function Badge({ children, kind }: { children: ReactNode; kind?: string }) {
  return <span className={`badge${kind ? ` badge-${kind}` : ''}`}>{children}</span>;
}

/** The figure a fact or record states (money, a count, a change), or null when it states none. */
export function useFigure() {
  const i18n = useI18n();
  return (type: string, fields: Fields): string | null => {
    const value = num(fields, 'value');
    if (type === 'trade' || type === 'observation' || type === 'target') {
      if (value === null) {
        const change = num(fields, 'change_pct');
        return change === null ? null : i18n.change(change);
      }
      const money = i18n.money(value, str(fields, 'currency'));
      const change = num(fields, 'change_pct');
      return change === null ? money : `${money} (${i18n.change(change)})`;
    }
    if (type === 'count' && value !== null) {
      const q = str(fields, 'qualifier');
      return `${q && q !== 'exact' ? `${i18n.label(q)} ` : ''}${i18n.num(value)}`;
    }
    if (type === 'project' && value !== null) return i18n.money(value, str(fields, 'currency'));
    return null;
  };
}

/** One line saying what a fact or record is about, beside its figure. */
export function useDescribe() {
  const i18n = useI18n();
  return (type: string, fields: Fields, title?: string): string => {
    const kind = str(fields, 'kind');
    switch (type) {
      case 'trade':
      case 'observation': {
        const parts = [i18n.label(str(fields, 'indicator') ?? 'other'), str(fields, 'scope'), i18n.period(str(fields, 'period'))];
        return parts.filter(Boolean).join(' · ');
      }
      case 'target': {
        const by = str(fields, 'by');
        return [i18n.label(str(fields, 'indicator') ?? 'other'), by ? i18n.t('profile.targetBy', { year: by }) : i18n.t('profile.target')].join(' · ');
      }
      case 'count':
        return str(fields, 'subject') ?? title ?? '';
      case 'document':
        return [kind ? i18n.label(kind) : null, str(fields, 'title') ?? title].filter(Boolean).join(': ');
      case 'event':
        return [kind ? i18n.label(kind) : null, str(fields, 'name') ?? title, str(fields, 'place')].filter(Boolean).join(' · ');
      case 'project':
        return [kind ? i18n.label(kind) : null, str(fields, 'subject') ?? title].filter(Boolean).join(': ');
      default:
        return title ?? '';
    }
  };
}

/** A fact in one line; its figure (or the line itself) links to its evidence in the source. */
export function FactLine({ fact, showSource = true }: { fact: FactSummary; showSource?: boolean }) {
  const i18n = useI18n();
  const figure = useFigure()(fact.type, fact.fields);
  const text = useDescribe()(fact.type, fact.fields);
  const to = spanHref(fact.source.id, fact.evidence.start, fact.evidence.end);
  return (
    <div className="line">
      <Badge kind={fact.type}>{i18n.label(fact.type)}</Badge>{' '}
      {figure && <><Link to={to} className="figure" title={i18n.t('common.evidence')}>{figure}</Link>{' '}</>}
      {figure ? <span>{text}</span> : <Link to={to}>{text || fact.evidence.quote}</Link>}
      {/* A trade figure's period is already in its line. */}
      {fact.date && fact.type !== 'trade' && <span className="muted"> · {i18n.date(fact.date)}</span>}
      {fact.parties.length > 0 && <div className="sub"><PartyList parties={fact.parties} /></div>}
      {showSource && (
        <div className="sub muted">
          <Link to={to}>{fact.source.title ?? fact.source.id.slice(0, 12)}</Link>
          {fact.source.published && ` · ${i18n.date(fact.source.published)}`}
        </div>
      )}
    </div>
  );
}

/**
 * A record in one line; the title links to the record with all its evidence, the figure to the
 * sentence it was first stated in when the list carries it (else to the record).
 */
export function RecordLine({ record, showParties = true }: { record: RecordSummary & { evidence?: RecordListItem['evidence'] }; showParties?: boolean }) {
  const i18n = useI18n();
  const figure = useFigure()(record.type, record.fields);
  const text = useDescribe()(record.type, record.fields, record.title);
  const to = `/records/${record.id}`;
  const evidence = record.evidence;
  const figureTo = evidence ? spanHref(evidence.sourceId, evidence.start, evidence.end) : to;
  return (
    <div className="line">
      <Badge kind={record.type}>{i18n.label(record.type)}</Badge>{' '}
      {figure && <><Link to={figureTo} className="figure" title={i18n.t('common.evidence')}>{figure}</Link>{' '}</>}
      {figure ? <span>{text}</span> : <Link to={to}>{text}</Link>}
      {record.date && <span className="muted"> · {i18n.date(record.date)}</span>}
      <span className="muted"> · <Link to={to}>{i18n.t('common.sourceCount', { count: record.sourceCount })}</Link></span>
      {record.conflictCount > 0 && <span className="warn"> · {i18n.t('common.conflicts', { count: record.conflictCount })}</span>}
      {showParties && record.parties.length > 0 && <div className="sub"><PartyList parties={record.parties} /></div>}
    </div>
  );
}

export function Section({ title, children, id, actions }: { title: string; children: ReactNode; id?: string; actions?: ReactNode }) {
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId} id={id}>
      <div className="card-head"><h2 id={headingId}>{title}</h2>{actions}</div>
      {children}
    </section>
  );
}
