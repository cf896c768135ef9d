/**
 * The monitor's views, shared by the Monitor page, the overview and the profiles: targets with
 * their status and the figures it rests on, plans with their validity, each number a link to
 * the sentence it comes from.
 */
import { useId } from 'react';
import type { PartyRef, Plan, Target } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { deadlineFigure, evidenceHref, figureHref, goalHref, projectionSpan, targetExplanation, type PartyIndex } from '../lib/monitor.ts';
import { Link } from '../router.tsx';
import { Badge, PartyLink } from './Bits.tsx';

export type Parties = PartyIndex<PartyRef>;

/** A target's or plan's status, in words and colour. */
export function StatusBadge({ status }: { status: string }) {
  const { label } = useI18n();
  return <Badge kind={status}>{label(status)}</Badge>;
}

/** Parties named by id, each a link to its profile in the language of the page. */
export function PartyIdList({ ids, names, parties }: { ids: readonly string[]; names: readonly string[]; parties: Parties }) {
  return (
    <span className="parties">
      {ids.map((id, i) => {
        const party = parties.byId(id);
        return <span key={id}>{i > 0 && ', '}{party ? <PartyLink party={party} /> : names[i] ?? id}</span>;
      })}
    </span>
  );
}

type MonitorEvidence = Target['evidence'][number] | Plan['evidence'][number];

/** The statements behind a view, folded: each quote links to its marked place in the source. */
export function EvidenceList({ evidence }: { evidence: readonly MonitorEvidence[] }) {
  const i18n = useI18n();
  if (!evidence.length) return null;
  return (
    <details className="evidence">
      <summary>{i18n.t('monitor.evidence', { count: evidence.length })}</summary>
      <ul className="lines">
        {evidence.map((e, i) => (
          <li key={i}>
            {'role' in e && <span className="muted small">{i18n.t(`monitor.role.${e.role}`)}: </span>}
            <blockquote><Link to={evidenceHref(e)}>{e.quote}</Link></blockquote>
            <div className="sub muted small">
              {e.title ?? e.source.slice(0, 12)}{e.published && ` · ${i18n.date(e.published)}`}
            </div>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** A figure that links to its evidence when it has one. */
function FigureLink({ to, children }: { to: string | null; children: string }) {
  const { t } = useI18n();
  return to ? <Link to={to} className="figure" title={t('common.evidence')}>{children}</Link> : <span className="figure">{children}</span>;
}

/** One target: its goal, status and why, the latest figure, the projection and its method, the evidence. */
export function TargetView({ target, parties, asOf, compact = false }: { target: Target; parties: Parties; asOf: string; compact?: boolean }) {
  const i18n = useI18n();
  const money = (value: number, currency: string | null = target.currency) => i18n.money(value, currency);
  const why = targetExplanation(target, asOf);
  const whyValues = why.key === 'monitor.why.achieved' ? { period: i18n.period(why.values.period) } : why.values;
  const atDeadline = target.status === 'missed' ? deadlineFigure(target) : null;
  const span = target.projection ? projectionSpan(target.projection.points) : null;
  const relative = target.relative;
  return (
    <div className="target" data-target={target.id}>
      <div>
        <StatusBadge status={target.status} />{' '}
        <PartyIdList ids={target.party_ids} names={target.parties} parties={parties} />
        <span className="muted"> · {i18n.label(target.indicator)}{target.scope && ` (${target.scope})`}</span>
      </div>
      <div className="sub">
        {i18n.t('monitor.goal')}:{' '}
        {target.value !== null ? <FigureLink to={goalHref(target)}>{money(target.value)}</FigureLink> : <Link to={goalHref(target)}>—</Link>}
        {target.by && <> {i18n.t('monitor.goalBy', { year: target.by })}</>}
        {relative && (
          <span className="muted">
            {' ('}
            {relative.base
              ? <>{i18n.t('monitor.relativeOf', { multiplier: relative.multiplier })} <FigureLink to={figureHref(target, relative.base)}>{money(relative.base.value, relative.base.currency)}</FigureLink> ({i18n.period(relative.base.period)})</>
              : i18n.t('monitor.relativeNoBase', { multiplier: i18n.num(relative.multiplier) })}
            {')'}
          </span>
        )}
      </div>
      {target.achieved ? (
        <div className="sub">
          {i18n.t('monitor.achieved')}: <FigureLink to={figureHref(target, target.achieved)}>{money(target.achieved.value)}</FigureLink> ({i18n.period(target.achieved.period)})
        </div>
      ) : null}
      {atDeadline && (
        <div className="sub">
          {i18n.t('monitor.atDeadline')}: <FigureLink to={figureHref(target, atDeadline)}>{money(atDeadline.value)}</FigureLink> ({i18n.period(atDeadline.period)})
        </div>
      )}
      {!target.achieved && target.latest && target.latest.period !== atDeadline?.period && (
        <div className="sub">
          {i18n.t('monitor.latest')}: <FigureLink to={figureHref(target, target.latest)}>{money(target.latest.value)}</FigureLink> ({i18n.period(target.latest.period)})
        </div>
      )}
      {target.projection && span && (
        <div className="sub">
          {i18n.t('monitor.projection')}: <span className="figure">{money(target.projection.value)}</span> ({target.projection.year})
          {!compact && (
            <>
              {' — '}
              <span className="method">
                {i18n.t('monitor.projectionMethod', { from: String(span.from), to: String(span.to), year: String(target.projection.year) })}
                {span.implied && i18n.t('monitor.projectionImplied')}
              </span>
              ; {i18n.t('monitor.projectionFrom')}{' '}
              {target.projection.points.filter((p) => !p.implied).map((p, i) => (
                <span key={p.year}>{i > 0 && ', '}{p.year}: <FigureLink to={figureHref(target, { period: String(p.year), value: p.value })}>{money(p.value)}</FigureLink></span>
              ))}
            </>
          )}
        </div>
      )}
      {!compact && target.status !== 'achieved' && <p className="sub muted why">{i18n.t(why.key, whyValues)}</p>}
      {!compact && <EvidenceList evidence={target.evidence} />}
    </div>
  );
}

export function TargetList({ targets, parties, asOf, compact }: { targets: readonly Target[]; parties: Parties; asOf: string; compact?: boolean }) {
  const i18n = useI18n();
  if (!targets.length) return <p className="muted">{i18n.t('monitor.noTargets')}</p>;
  return <ul className="lines">{targets.map((t) => <li key={t.id}><TargetView target={t} parties={parties} asOf={asOf} compact={compact} /></li>)}</ul>;
}

/** The years a plan is valid: "2021–2023", "until 2025". */
export function usePlanPeriod() {
  const i18n = useI18n();
  return (from: string | null, to: string) => (from ? i18n.period(`${from}..${to}`) : i18n.t('monitor.until', { year: to }));
}

/** Plans as a table: status, document, sides, validity (linked to the sentence that states it), renewal, evidence. */
export function PlanTable({ plans, parties, caption }: { plans: readonly Plan[]; parties: Parties; caption?: string }) {
  const i18n = useI18n();
  const period = usePlanPeriod();
  const captionId = useId();
  if (!plans.length) return <p className="muted">{i18n.t('monitor.noPlans')}</p>;
  return (
    <table className="data plans" aria-labelledby={caption ? captionId : undefined}>
      {caption && <caption id={captionId}>{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">{i18n.t('monitor.status')}</th>
          <th scope="col">{i18n.t('monitor.document')}</th>
          <th scope="col">{i18n.t('monitor.parties')}</th>
          <th scope="col">{i18n.t('monitor.validity')}</th>
          <th scope="col">{i18n.t('monitor.renewedBy')}</th>
        </tr>
      </thead>
      <tbody>
        {plans.map((p) => {
          const first = p.evidence[0];
          return (
            <tr key={p.id} data-plan={p.id}>
              <td><StatusBadge status={p.status} /></td>
              <td>
                <Link to={`/records/${p.id}`}>{p.title}</Link>
                <div className="sub muted">{i18n.label(p.kind)}</div>
                <EvidenceList evidence={p.evidence} />
              </td>
              <td><PartyIdList ids={p.party_ids} names={p.parties} parties={parties} /></td>
              <td>
                {first ? <Link to={evidenceHref(first)} title={i18n.t('common.evidence')}>{period(p.valid_from, p.valid_to)}</Link> : period(p.valid_from, p.valid_to)}
                <div className="sub muted">{i18n.t('monitor.ends', { date: i18n.date(p.ends) })}</div>
              </td>
              <td>
                {p.renewed_by
                  ? <><Link to={`/records/${p.renewed_by.id}`}>{p.renewed_by.title}</Link> <span className="muted">({period(p.renewed_by.valid_from, p.renewed_by.valid_to)})</span></>
                  : '—'}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Plans as lines, for narrow places (the overview): status, document, sides, validity. */
export function PlanList({ plans, parties }: { plans: readonly Plan[]; parties: Parties }) {
  const i18n = useI18n();
  const period = usePlanPeriod();
  if (!plans.length) return <p className="muted">{i18n.t('monitor.noPlans')}</p>;
  return (
    <ul className="lines">
      {plans.map((p) => {
        const first = p.evidence[0];
        return (
          <li key={p.id} className="line" data-plan={p.id}>
            <StatusBadge status={p.status} /> <Link to={`/records/${p.id}`}>{p.title}</Link>
            <div className="sub">
              {first ? <Link to={evidenceHref(first)} title={i18n.t('common.evidence')}>{period(p.valid_from, p.valid_to)}</Link> : period(p.valid_from, p.valid_to)}
              <span className="muted"> · {i18n.t('monitor.ends', { date: i18n.date(p.ends) })}</span>
            </div>
            <div className="sub"><PartyIdList ids={p.party_ids} names={p.parties} parties={parties} /></div>
          </li>
        );
      })}
    </ul>
  );
}
