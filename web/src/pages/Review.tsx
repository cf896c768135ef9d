import { useEffect, useId, useState, type FormEvent } from 'react';
import { api, ApiError, unwrap, type FactSummary } from '../api/client.ts';
import { useApi } from '../api/useApi.ts';
import { Badge, FactLine, Load } from '../components/Bits.tsx';
import { TokenForm, useToken } from '../components/Token.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { spanHref } from '../lib/fields.ts';
import { changedFields, formFields, type FormField } from '../lib/review.ts';
import { href, Link, useRouter } from '../router.tsx';

const STATUSES = ['auto', 'accepted', 'edited', 'rejected'] as const;
type Status = (typeof STATUSES)[number];
const FACT_TYPES = ['trade', 'target', 'count', 'document', 'event', 'project'] as const;
type FactType = (typeof FACT_TYPES)[number];
type Action = 'accept' | 'reject' | 'edit';

function EditForm({ fact, onSave, onCancel }: { fact: FactSummary; onSave(fields: Record<string, unknown>): void; onCancel(): void }) {
  const i18n = useI18n();
  const [form, setForm] = useState<FormField[]>(() => formFields(fact.fields));
  const [error, setError] = useState<string | null>(null);
  const baseId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = changedFields(fact.fields, form);
    if ('error' in result) setError(i18n.field(result.error));
    else onSave(result.fields);
  };
  return (
    <form className="edit-form" onSubmit={submit} aria-label={`${i18n.t('review.edit')} #${fact.id}`}>
      <p className="muted small">{i18n.t('review.listHint')}</p>
      {form.map((f, i) => (
        <div key={f.name} className="field">
          <label htmlFor={`${baseId}-${f.name}`}>{i18n.field(f.name)}</label>
          <input
            id={`${baseId}-${f.name}`}
            name={f.name}
            inputMode={f.shape === 'number' ? 'decimal' : undefined}
            value={f.text}
            aria-invalid={error === i18n.field(f.name) || undefined}
            onChange={(e) => setForm(form.map((g, j) => (j === i ? { ...g, text: e.target.value } : g)))}
          />
        </div>
      ))}
      {error && <p className="error" role="alert">{error}</p>}
      <button type="submit">{i18n.t('review.saveEdit')}</button>{' '}
      <button type="button" onClick={onCancel}>{i18n.t('review.cancel')}</button>
    </form>
  );
}

function ReviewItem({ fact, token, onDone }: { fact: FactSummary; token: string | null; onDone(fact: FactSummary | null, message: string): void }) {
  const i18n = useI18n();
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const act = async (action: Action, fields?: Record<string, unknown>) => {
    setBusy(true);
    try {
      const updated = unwrap(await api.POST('/api/facts/{id}/review', {
        params: { path: { id: fact.id } },
        body: fields ? { action, fields } : { action },
        headers: { Authorization: `Bearer ${token ?? ''}` },
      }));
      setEditing(false);
      onDone(updated, i18n.t('review.done', { id: fact.id, status: i18n.label(updated.reviewStatus) }));
    } catch (error) {
      onDone(null, i18n.t('review.failed', { id: fact.id, message: error instanceof ApiError ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <li className="review-item card" data-fact={fact.id}>
      <FactLine fact={fact} />
      <blockquote><Link to={spanHref(fact.source.id, fact.evidence.start, fact.evidence.end)}>{fact.evidence.quote}</Link></blockquote>
      <div className="actions">
        <Badge kind={fact.reviewStatus}>{i18n.label(fact.reviewStatus)}</Badge>
        {fact.confidence !== null && <span className="muted small">{i18n.field('confidence')}: {i18n.num(fact.confidence)}</span>}
        <button type="button" disabled={busy || !token} onClick={() => act('accept')}>{i18n.t('review.accept')}</button>
        <button type="button" disabled={busy || !token} onClick={() => setEditing(!editing)} aria-expanded={editing}>{i18n.t('review.edit')}</button>
        <button type="button" disabled={busy || !token} onClick={() => act('reject')}>{i18n.t('review.reject')}</button>
      </div>
      {editing && <EditForm fact={fact} onSave={(fields) => act('edit', fields)} onCancel={() => setEditing(false)} />}
    </li>
  );
}

/** Accepting, correcting or rejecting facts; writes need a token (kept in sessionStorage). */
export function Review() {
  const i18n = useI18n();
  const { location, navigate } = useRouter();
  const statusParam = location.query.get('status') ?? 'auto';
  const status: Status = (STATUSES as readonly string[]).includes(statusParam) ? (statusParam as Status) : 'auto';
  const typeParam = location.query.get('type') ?? '';
  const type = (FACT_TYPES as readonly string[]).includes(typeParam) ? (typeParam as FactType) : undefined;
  const [token, setToken] = useToken();
  const state = useApi((signal) => api.GET('/api/facts', { params: { query: { review: status, type, limit: 20 } }, signal }).then(unwrap), [status, type]);
  const [items, setItems] = useState<FactSummary[]>([]);
  const [message, setMessage] = useState('');
  useEffect(() => setItems(state.data?.items ?? []), [state.data]);
  const set = (changes: Record<string, string>) => navigate(href('/review', { status, type, ...changes }), { replace: true });

  return (
    <>
      <h1>{i18n.t('review.heading')}</h1>
      <TokenForm token={token} setToken={setToken} />
      {!token && <p className="muted">{i18n.t('review.needToken')}</p>}
      <div className="toolbar">
        <label>
          {i18n.t('review.status')}
          <select value={status} onChange={(e) => set({ status: e.target.value })} name="status">
            {STATUSES.map((s) => <option key={s} value={s}>{i18n.label(s)}</option>)}
          </select>
        </label>
        <label>
          {i18n.t('common.type')}
          <select value={type ?? ''} onChange={(e) => set({ type: e.target.value })} name="type">
            <option value="">{i18n.t('common.all')}</option>
            {FACT_TYPES.map((t) => <option key={t} value={t}>{i18n.label(t)}</option>)}
          </select>
        </label>
      </div>
      <p className="status-line" role="status" aria-live="polite">{message}</p>
      <Load state={state}>
        {() => items.length ? (
          <ul className="review-list">
            {items.map((f) => (
              <ReviewItem
                key={f.id}
                fact={f}
                token={token}
                onDone={(updated, text) => {
                  setMessage(text);
                  if (updated) setItems((list) => list.map((x) => (x.id === updated.id ? updated : x)));
                }}
              />
            ))}
          </ul>
        ) : <p className="muted">{i18n.t('review.empty')}</p>}
      </Load>
    </>
  );
}
