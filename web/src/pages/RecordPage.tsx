import { api, unwrap, type RecordDetail } from '../api/client.ts';
import { useApi } from '../api/useApi.ts';
import { Badge, Load, PartyList, useDescribe, useFigure } from '../components/Bits.tsx';
import { useI18n, type I18n } from '../i18n/i18n.tsx';
import { spanHref } from '../lib/fields.ts';
import { Link } from '../router.tsx';

/** Fields a reader does not need in the table: the evidence has its own list, ids are internal. */
const HIDDEN = new Set(['type', 'doc', 'quote', 'start', 'end', 'party_ids', 'lang', 'confidence']);
const ENUM_FIELDS = new Set(['kind', 'indicator', 'qualifier']);
/** The order fields are read in; others follow in their own order. */
const ORDER = ['kind', 'title', 'name', 'subject', 'indicator', 'flow', 'scope', 'period', 'value', 'currency', 'change_pct', 'quantity', 'qualifier', 'by', 'date', 'place', 'parties', 'actors', 'partner'];
const rank = (name: string) => (ORDER.includes(name) ? ORDER.indexOf(name) : ORDER.length);

function fieldValue(i18n: I18n, name: string, value: unknown, currency: string | null): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.map(String).join(', ') || '—';
  if (typeof value === 'number') {
    if (name === 'value' && currency) return i18n.money(value, currency);
    if (name === 'change_pct') return i18n.change(value);
    return i18n.num(value);
  }
  if (typeof value === 'string') {
    if (ENUM_FIELDS.has(name)) return i18n.label(value);
    if (name === 'period') return i18n.period(value);
    if (name === 'date' || name === 'by' || name === 'valid_from' || name === 'valid_to') return i18n.date(value);
    return value;
  }
  return JSON.stringify(value);
}

function RecordView({ record }: { record: RecordDetail }) {
  const i18n = useI18n();
  const figure = useFigure()(record.type, record.fields);
  const text = useDescribe()(record.type, record.fields, record.title);
  const currency = typeof record.fields.currency === 'string' ? record.fields.currency : null;
  const first = record.evidence[0];
  return (
    <article>
      <h1><Badge kind={record.type}>{i18n.label(record.type)}</Badge> {text || record.title}</h1>
      <p className="muted">
        {figure && first && <><Link className="figure" to={spanHref(first.source.id, first.start, first.end)}>{figure}</Link> · </>}
        {record.date && <>{i18n.date(record.date)} · </>}
        {i18n.t('common.sourceCount', { count: record.sourceCount })}
        {record.lastReported && <> · {i18n.t('common.reported', { date: i18n.date(record.lastReported) })}</>}
      </p>
      <p><PartyList parties={record.parties} /></p>
      <div className="grid">
        <section className="card" aria-labelledby="record-fields-h">
          <h2 id="record-fields-h">{i18n.t('record.fields')}</h2>
          <table className="data">
            <tbody>
              {Object.entries(record.fields).filter(([k]) => !HIDDEN.has(k)).sort(([a], [b]) => rank(a) - rank(b)).map(([k, v]) => (
                <tr key={k}><th scope="row">{i18n.field(k)}</th><td>{fieldValue(i18n, k, v, currency)}</td></tr>
              ))}
            </tbody>
          </table>
        </section>
        {record.conflicts.length > 0 && (
          <section className="card" aria-labelledby="record-conflicts-h">
            <h2 id="record-conflicts-h">{i18n.t('record.conflicts')}</h2>
            {record.conflicts.map((c) => (
              <div key={c.field}>
                <h3>{i18n.field(c.field)}</h3>
                <ul className="lines">
                  {c.values.map((v) => {
                    const evidence = record.evidence.find((e) => e.factId === v.factId);
                    return (
                      <li key={v.factId}>
                        {evidence
                          ? <Link className="figure" to={spanHref(v.sourceId, evidence.start, evidence.end)}>{fieldValue(i18n, c.field, v.value, currency)}</Link>
                          : <Link className="figure" to={`/sources/${v.sourceId}`}>{fieldValue(i18n, c.field, v.value, currency)}</Link>}
                        {v.published && <span className="muted"> · {i18n.date(v.published)}</span>}
                        <blockquote>{v.quote}</blockquote>
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))}
          </section>
        )}
      </div>
      <section className="card" aria-labelledby="record-evidence-h">
        <h2 id="record-evidence-h">{i18n.t('record.evidence', { count: record.evidence.length })}</h2>
        <ul className="lines">
          {record.evidence.map((e) => (
            <li key={e.factId} className={e.reviewStatus === 'rejected' ? 'rejected' : undefined}>
              <blockquote><Link to={spanHref(e.source.id, e.start, e.end)}>{e.quote}</Link></blockquote>
              <div className="sub muted small">
                <Link to={`/sources/${e.source.id}`}>{e.source.title ?? e.source.id.slice(0, 12)}</Link>
                {e.source.published && ` · ${i18n.date(e.source.published)}`}
                {' · '}{i18n.t('record.review', { status: i18n.label(e.reviewStatus) })}
              </div>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}

/** One record with every statement behind it, each linking to its place in the source. */
export function RecordPage({ id }: { id: string }) {
  const state = useApi((signal) => api.GET('/api/records/{id}', { params: { path: { id: Number(id) } }, signal }).then(unwrap), [id]);
  return <Load state={state}>{(record) => <RecordView record={record} />}</Load>;
}
