import { useEffect, useState, type FormEvent } from 'react';
import { api, unwrap, type SearchResult } from '../api/client.ts';
import { useApi } from '../api/useApi.ts';
import { FactLine, Load } from '../components/Bits.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { cutAtSpans } from '../lib/highlight.ts';
import { href, Link, useRouter } from '../router.tsx';

const FACT_TYPES = ['trade', 'target', 'count', 'document', 'event', 'project'] as const;
type FactType = (typeof FACT_TYPES)[number];
const FILTERS = ['q', 'lang', 'type', 'party', 'from', 'to'] as const;
type Filters = Partial<Record<(typeof FILTERS)[number], string>>;

function Snippet({ text, highlights }: { text: string; highlights: [number, number][] }) {
  const pieces = cutAtSpans(text, highlights.map(([start, end], key) => ({ start, end, key })));
  return <p className="snippet">{pieces.map((p) => (p.keys.length ? <mark key={p.start}>{p.text}</mark> : <span key={p.start}>{p.text}</span>))}</p>;
}

async function search(filters: Filters, cursor: string | undefined, signal?: AbortSignal): Promise<SearchResult> {
  const type = FACT_TYPES.includes(filters.type as FactType) ? (filters.type as FactType) : undefined;
  const lang = filters.lang === 'en' || filters.lang === 'ru' ? filters.lang : undefined;
  return unwrap(await api.GET('/api/search', {
    params: { query: { q: filters.q || undefined, lang, type, party: filters.party || undefined, from: filters.from || undefined, to: filters.to || undefined, limit: 20, cursor } },
    signal,
  }));
}

/** Full-text search over sources and facts, English and Russian, with facets. */
export function Search() {
  const i18n = useI18n();
  const { location, navigate } = useRouter();
  const filters: Filters = Object.fromEntries(FILTERS.map((k) => [k, location.query.get(k) ?? undefined]).filter(([, v]) => v));
  const key = JSON.stringify(filters);
  const [text, setText] = useState(filters.q ?? '');
  useEffect(() => setText(filters.q ?? ''), [filters.q]);
  const state = useApi((signal) => search(filters, undefined, signal), [key]);
  const [more, setMore] = useState<{ key: string; pages: SearchResult[] }>({ key, pages: [] });
  const extra = more.key === key ? more.pages : [];
  const last = extra[extra.length - 1] ?? state.data;

  const go = (changes: Filters) => navigate(href('/search', { ...filters, ...changes }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    go({ q: text.trim() || undefined });
  };
  const loadMore = async () => {
    if (!last?.nextCursor) return;
    const page = await search(filters, last.nextCursor);
    setMore({ key, pages: [...extra, page] });
  };
  const filterName = (k: string, v: string) => {
    if (k === 'type' || k === 'lang') return i18n.label(v);
    if (k === 'party') return state.data?.facets.party.find((p) => p.id === v)?.[i18n.lang === 'ru' ? 'nameRu' : 'name'] ?? v;
    if (k === 'from') return `${i18n.t('common.from')} ${v}`;
    if (k === 'to') return `${i18n.t('common.to')} ${v}`;
    return v;
  };

  return (
    <>
      <h1>{i18n.t('search.heading')}</h1>
      <form className="toolbar" role="search" onSubmit={submit}>
        <label className="grow">
          {i18n.t('search.query')}
          <input type="search" name="q" value={text} onChange={(e) => setText(e.target.value)} aria-describedby="search-hint" />
        </label>
        <label>
          {i18n.t('search.language')}
          <select value={filters.lang ?? ''} onChange={(e) => go({ lang: e.target.value || undefined })} name="lang">
            <option value="">{i18n.t('common.all')}</option>
            <option value="en">{i18n.label('en')}</option>
            <option value="ru">{i18n.label('ru')}</option>
          </select>
        </label>
        <button type="submit">{i18n.t('search.submit')}</button>
        <span id="search-hint" className="muted small">{i18n.t('search.hint')}</span>
      </form>
      {Object.keys(filters).some((k) => k !== 'q') && (
        <ul className="chips" aria-label={i18n.t('search.active')}>
          {Object.entries(filters).filter(([k]) => k !== 'q').map(([k, v]) => (
            <li key={k}>
              <button type="button" className="chip" onClick={() => go({ [k]: undefined })} aria-label={i18n.t('search.remove', { name: filterName(k, v!) })}>
                {filterName(k, v!)} ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <Load state={state}>
        {(result) => {
          const sources = [...result.sources.items, ...extra.flatMap((p) => p.sources.items)];
          const facts = [...result.facts.items, ...extra.flatMap((p) => p.facts.items)];
          return (
            <div className="search-layout">
              <aside className="facets" aria-label={i18n.t('search.facets')}>
                <h2>{i18n.t('search.facets')}</h2>
                <h3>{i18n.t('search.factType')}</h3>
                <ul>
                  {Object.entries(result.facets.type).map(([type, count]) => (
                    <li key={type}><Link to={href('/search', { ...filters, type })} aria-current={filters.type === type ? 'true' : undefined}>{i18n.label(type)}</Link> <span className="muted">{i18n.num(count)}</span></li>
                  ))}
                </ul>
                <h3>{i18n.t('search.party')}</h3>
                <ul>
                  {result.facets.party.slice(0, 15).map((p) => (
                    <li key={p.id}><Link to={href('/search', { ...filters, party: p.id })} aria-current={filters.party === p.id ? 'true' : undefined}>{i18n.name(p)}</Link> <span className="muted">{i18n.num(p.count)}</span></li>
                  ))}
                </ul>
                <h3>{i18n.t('search.year')}</h3>
                <ul>
                  {Object.entries(result.facets.year).sort((a, b) => b[0].localeCompare(a[0])).map(([year, count]) => (
                    <li key={year}><Link to={href('/search', { ...filters, from: year, to: year })} aria-current={filters.from === year ? 'true' : undefined}>{year}</Link> <span className="muted">{i18n.num(count)}</span></li>
                  ))}
                </ul>
              </aside>
              <div className="results">
                <section aria-labelledby="hits-sources">
                  <h2 id="hits-sources">{i18n.t('search.sources', { count: result.sources.total })}</h2>
                  {sources.length ? (
                    <ul className="lines">
                      {sources.map((s) => (
                        <li key={s.id} className="line hit">
                          <Link to={`/sources/${s.id}`}>{s.title ?? s.id.slice(0, 12)}</Link>
                          <span className="muted small"> · {i18n.date(s.published)} · {i18n.label(s.lang)} · {i18n.t('search.factsInSource', { count: s.facts })}</span>
                          <Snippet text={s.snippet.text} highlights={s.snippet.highlights as [number, number][]} />
                        </li>
                      ))}
                    </ul>
                  ) : <p className="muted">{i18n.t('search.noResults')}</p>}
                </section>
                <section aria-labelledby="hits-facts">
                  <h2 id="hits-facts">{i18n.t('search.facts', { count: result.facts.total })}</h2>
                  {facts.length ? <ul className="lines">{facts.map((f) => <li key={f.id}><FactLine fact={f} /></li>)}</ul> : <p className="muted">{i18n.t('search.noResults')}</p>}
                </section>
                {last?.nextCursor && <button type="button" onClick={loadMore}>{i18n.t('common.more')}</button>}
              </div>
            </div>
          );
        }}
      </Load>
    </>
  );
}
