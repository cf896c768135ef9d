import { lazy, Suspense, type ReactNode } from 'react';
import { useI18n } from './i18n/i18n.tsx';
import { LANGS } from './i18n/format.ts';
import type { MessageKey } from './i18n/messages.ts';
import { Link, matchPath, useRouter } from './router.tsx';
import { Overview } from './pages/Overview.tsx';
import { Partners } from './pages/Partners.tsx';
import { Calendar } from './pages/Calendar.tsx';
import { Search } from './pages/Search.tsx';
import { SourcePage } from './pages/SourcePage.tsx';
import { RecordPage } from './pages/RecordPage.tsx';
import { Review } from './pages/Review.tsx';
import { Monitor } from './pages/Monitor.tsx';
import { Exports } from './pages/Exports.tsx';

// The pages with charts and maps carry ECharts and d3: loaded when first opened.
const Profile = lazy(() => import('./pages/Profile.tsx').then((m) => ({ default: m.Profile })));
const MapPage = lazy(() => import('./pages/MapPage.tsx').then((m) => ({ default: m.MapPage })));
const Relations = lazy(() => import('./pages/Relations.tsx').then((m) => ({ default: m.Relations })));

const NAV: { path: string; key: MessageKey }[] = [
  { path: '/', key: 'nav.overview' },
  { path: '/monitor', key: 'nav.monitor' },
  { path: '/parties', key: 'nav.partners' },
  { path: '/map', key: 'nav.map' },
  { path: '/relations', key: 'nav.relations' },
  { path: '/calendar', key: 'nav.calendar' },
  { path: '/search', key: 'nav.search' },
  { path: '/review', key: 'nav.review' },
  { path: '/exports', key: 'nav.exports' },
];

function page(path: string): ReactNode {
  let params: Record<string, string> | null;
  if (path === '/') return <Overview />;
  if (path === '/parties') return <Partners />;
  if ((params = matchPath('/parties/:id', path))) return <Profile key={params.id} id={params.id} />;
  if (path === '/map') return <MapPage />;
  if (path === '/relations') return <Relations />;
  if (path === '/calendar') return <Calendar />;
  if (path === '/search') return <Search />;
  if ((params = matchPath('/sources/:id', path))) return <SourcePage key={params.id} id={params.id} />;
  if ((params = matchPath('/records/:id', path))) return <RecordPage key={params.id} id={params.id} />;
  if (path === '/monitor') return <Monitor />;
  if (path === '/review') return <Review />;
  if (path === '/exports') return <Exports />;
  return null;
}

function isCurrent(navPath: string, path: string): boolean {
  return navPath === '/' ? path === '/' : path === navPath || path.startsWith(`${navPath}/`);
}

export function App() {
  const { t, lang, setLang } = useI18n();
  const { location } = useRouter();
  const content = page(location.path);
  return (
    <>
      <a className="skip" href="#main">{t('app.skip')}</a>
      <header className="top">
        <div className="brand">
          <Link to="/" className="brand-name">{t('app.title')}</Link>
          <span className="tagline">{t('app.tagline')}</span>
        </div>
        <div className="lang" role="group" aria-label={t('lang.label')}>
          {LANGS.map((l) => (
            <button key={l} type="button" lang={l} aria-pressed={lang === l} onClick={() => setLang(l)} data-lang={l}>
              {t(`lang.${l}`)}
            </button>
          ))}
        </div>
        <nav aria-label={t('nav.label')}>
          <ul>
            {NAV.map((item) => (
              <li key={item.path}>
                <Link to={item.path} aria-current={isCurrent(item.path, location.path) ? 'page' : undefined}>{t(item.key)}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p className="muted" role="status">{t('common.loading')}</p>}>
          {content ?? <p className="error">{t('common.notFound')}</p>}
        </Suspense>
      </main>
    </>
  );
}
