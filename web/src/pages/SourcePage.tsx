import { useEffect, useMemo, useRef } from 'react';
import { api, unwrap, type SourceDetail } from '../api/client.ts';
import { useApi } from '../api/useApi.ts';
import { FactLine, Load } from '../components/Bits.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { spanHref } from '../lib/fields.ts';
import { cutAtSpans } from '../lib/highlight.ts';
import { Link, useRouter } from '../router.tsx';

/** Only web addresses become links; anything else in a source's url field stays text. */
function safeUrl(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

function SourceView({ source, selected }: { source: SourceDetail; selected: { start: number; end: number } | null }) {
  const i18n = useI18n();
  const { navigate } = useRouter();
  const markRef = useRef<HTMLElement | null>(null);
  const pieces = useMemo(() => {
    const spans = source.evidence.map((e) => ({ start: e.start, end: e.end, key: e.id }));
    // The span asked for in the address is marked even if no stored evidence has exactly those offsets.
    if (selected) spans.push({ start: selected.start, end: selected.end, key: -1 });
    return cutAtSpans(source.body, spans);
  }, [source, selected]);
  const evidenceById = new Map(source.evidence.map((e) => [e.id, e]));

  useEffect(() => {
    if (selected && markRef.current) {
      markRef.current.scrollIntoView({ block: 'center' });
      markRef.current.focus({ preventScroll: true });
    }
  }, [selected, pieces]);

  let firstSelected = true;
  const url = safeUrl(source.url);
  return (
    <article className="source">
      <header>
        <h1>{source.title ?? i18n.t('source.heading')}</h1>
        <p className="muted">
          {source.publisher && <>{i18n.t('source.publisher')}: {source.publisher} · </>}
          {source.published && <>{i18n.t('source.published')}: {i18n.date(source.published)} · </>}
          {i18n.label(source.lang)}
          {url && <> · <a href={url} rel="noopener noreferrer nofollow" target="_blank">{i18n.t('source.original')}</a></>}
          {!url && source.url && <> · {source.url}</>}
        </p>
      </header>
      <div className="source-layout">
        <section aria-labelledby="source-body-h" className="card">
          <h2 id="source-body-h">{i18n.t('source.body')}</h2>
          <div className="body" lang={source.lang === 'ru' || source.lang === 'en' ? source.lang : undefined}>
            {pieces.map((p) => {
              if (!p.keys.length) return <span key={p.start}>{p.text}</span>;
              const isSelected = p.keys.includes(-1);
              const facts = p.keys.flatMap((k) => evidenceById.get(k)?.factIds ?? []);
              const ref = isSelected && firstSelected ? (el: HTMLElement | null) => { markRef.current = el; } : undefined;
              if (isSelected) firstSelected = false;
              const evidence = p.keys.map((k) => evidenceById.get(k)).find(Boolean);
              return (
                <mark
                  key={p.start}
                  ref={ref}
                  tabIndex={ref ? -1 : undefined}
                  className={isSelected ? 'selected' : undefined}
                  title={facts.length ? i18n.t('source.spanLabel', { facts: facts.map((id) => `#${id}`).join(', ') }) : undefined}
                  aria-label={isSelected && ref ? i18n.t('source.selected') : undefined}
                  onClick={() => evidence && navigate(spanHref(source.id, evidence.start, evidence.end), { replace: true })}
                >
                  {p.text}
                </mark>
              );
            })}
          </div>
        </section>
        <section aria-labelledby="source-facts-h" className="card">
          <h2 id="source-facts-h">{i18n.t('source.facts')} ({i18n.num(source.facts.length)})</h2>
          <ul className="lines">
            {source.facts.map((f) => {
              const isSelected = selected?.start === f.evidence.start && selected?.end === f.evidence.end;
              return (
                <li key={f.id} className={isSelected ? 'selected' : undefined}>
                  <FactLine fact={f} showSource={false} />
                  <div className="sub small">
                    <Link to={spanHref(source.id, f.evidence.start, f.evidence.end)}>{i18n.t('source.showSpan')}</Link>
                    {f.recordId && <> · <Link to={`/records/${f.recordId}`}>{i18n.t('record.heading')} #{f.recordId}</Link></>}
                    {' · '}{i18n.t('record.review', { status: i18n.label(f.reviewStatus) })}
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      </div>
    </article>
  );
}

/** A source's text with its evidence marked (the span in the address scrolled to) and its facts. */
export function SourcePage({ id }: { id: string }) {
  const { location } = useRouter();
  const startParam = location.query.get('start');
  const endParam = location.query.get('end');
  const selected = useMemo(() => {
    const [start, end] = [Number(startParam), Number(endParam)];
    return startParam !== null && Number.isInteger(start) && Number.isInteger(end) && end > start ? { start, end } : null;
  }, [startParam, endParam]);
  const state = useApi((signal) => api.GET('/api/sources/{id}', { params: { path: { id } }, signal }).then(unwrap), [id]);
  return <Load state={state}>{(source) => <SourceView source={source} selected={selected} />}</Load>;
}
