import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../api/client.ts';
import { useApi } from '../api/useApi.ts';
import { Load } from '../components/Bits.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { href, Link, useRouter } from '../router.tsx';

const KINDS = ['state', 'region', 'city', 'bloc', 'organisation', 'enterprise', 'institution', 'district'] as const;
type Kind = (typeof KINDS)[number];

/** Finding a partner by name (any language, any part of it) and kind. */
export function Partners() {
  const i18n = useI18n();
  const { location, navigate } = useRouter();
  const q = location.query.get('q') ?? '';
  const kindParam = location.query.get('kind');
  const kind = (KINDS as readonly string[]).includes(kindParam ?? '') ? (kindParam as Kind) : undefined;
  const [text, setText] = useState(q);
  const state = useApi(
    (signal) => api.GET('/api/parties', { params: { query: { q: q || undefined, kind, limit: 60 } }, signal }).then(unwrap),
    [q, kind],
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(href('/parties', { q: text.trim(), kind }), { replace: true });
  };
  return (
    <>
      <h1>{i18n.t('partners.heading')}</h1>
      <form className="toolbar" onSubmit={submit} role="search">
        <label className="grow">
          {i18n.t('partners.find')}
          <input type="search" value={text} onChange={(e) => setText(e.target.value)} aria-describedby="partners-hint" />
        </label>
        <label>
          {i18n.t('partners.kind')}
          <select value={kind ?? ''} onChange={(e) => navigate(href('/parties', { q, kind: e.target.value }), { replace: true })}>
            <option value="">{i18n.t('common.all')}</option>
            {KINDS.map((k) => <option key={k} value={k}>{i18n.label(k)}</option>)}
          </select>
        </label>
        <button type="submit">{i18n.t('search.submit')}</button>
        <span id="partners-hint" className="muted small">{i18n.t('partners.findHint')}</span>
      </form>
      <Load state={state}>
        {(page) => page.items.length ? (
          <ul className="party-grid">
            {page.items.map((p) => (
              <li key={p.id}>
                <Link to={`/parties/${encodeURIComponent(p.id)}`}>{i18n.name(p)}</Link>
                <span className="muted small"> · {i18n.label(p.kind)}{p.records > 0 && <> · <Link to={href('/search', { party: p.id })}>{i18n.num(p.records)}</Link> {i18n.t('n.record', { count: p.records })}</>}</span>
              </li>
            ))}
          </ul>
        ) : <p>{i18n.t('partners.noMatch')}</p>}
      </Load>
    </>
  );
}
