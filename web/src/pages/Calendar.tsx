import { allPages, api, unwrap, type RecordSummary } from '../api/client.ts';
import { useApi } from '../api/useApi.ts';
import { Badge, Load, PartyList } from '../components/Bits.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { monthNames } from '../i18n/format.ts';
import { defaultYear, monthGrid } from '../lib/calendar.ts';
import { str } from '../lib/fields.ts';
import { recordYears } from '../lib/graph.ts';
import { href, Link, useRouter } from '../router.tsx';

const KINDS = ['forum', 'commission_meeting', 'visit', 'summit', 'council_meeting', 'business_council', 'exhibition', 'talks', 'conference', 'other'];

function EventItem({ event }: { event: RecordSummary }) {
  const i18n = useI18n();
  const kind = str(event.fields, 'kind');
  const day = /^\d{4}-\d{2}-(\d{2})$/.exec(event.date ?? '')?.[1];
  return (
    <li className="event">
      {day && <span className="day">{Number(day)}</span>}
      <Badge kind={kind ?? 'event'}>{i18n.label(kind ?? 'event')}</Badge>{' '}
      <Link to={`/records/${event.id}`}>{str(event.fields, 'name') ?? event.title}</Link>
      {str(event.fields, 'place') && <span className="muted"> · {str(event.fields, 'place')}</span>}
      <div className="sub small"><PartyList parties={event.parties} /></div>
    </li>
  );
}

/** Forums, commission meetings, visits and other events, by month. */
export function Calendar() {
  const i18n = useI18n();
  const { location, navigate } = useRouter();
  const kind = location.query.get('kind') ?? '';
  const state = useApi((signal) => allPages(async (cursor) => unwrap(
    await api.GET('/api/records', { params: { query: { type: 'event', limit: 200, cursor } }, signal }),
  ), 10), []);
  const events = (state.data ?? []).filter((e) => !kind || e.fields.kind === kind);
  const years = recordYears(state.data ?? []);
  const year = location.query.get('year') ?? defaultYear(years);
  const set = (changes: Record<string, string>) => navigate(href('/calendar', { year, kind, ...changes }), { replace: true });
  const names = monthNames(i18n.lang);

  return (
    <>
      <h1>{i18n.t('calendar.heading')}</h1>
      <div className="toolbar">
        <label>
          {i18n.t('calendar.year')}
          <select value={year ?? ''} onChange={(e) => set({ year: e.target.value })} name="year">
            {years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </label>
        <label>
          {i18n.t('calendar.kind')}
          <select value={kind} onChange={(e) => set({ kind: e.target.value })} name="kind">
            <option value="">{i18n.t('common.all')}</option>
            {KINDS.map((k) => <option key={k} value={k}>{i18n.label(k)}</option>)}
          </select>
        </label>
      </div>
      <Load state={state}>
        {() => {
          if (!year) return <p className="muted">{i18n.t('common.none')}</p>;
          const grid = monthGrid(events, year, (e) => e.date);
          const total = grid.months.flat().length + grid.yearOnly.length;
          return (
            <>
              <p className="muted" role="status">{total ? i18n.t('calendar.count', { count: total }) : i18n.t('calendar.empty', { year })}</p>
              <ol className="months">
                {grid.months.map((month, i) => (
                  <li key={i} className={month.length ? 'month' : 'month empty'}>
                    <h2>{names[i]} <span className="muted small">{year}</span></h2>
                    {month.length > 0 && <ul>{month.map((e) => <EventItem key={e.id} event={e} />)}</ul>}
                  </li>
                ))}
              </ol>
              {grid.yearOnly.length > 0 && (
                <section className="card">
                  <h2>{i18n.t('calendar.yearOnly', { year })}</h2>
                  <ul className="events">{grid.yearOnly.map((e) => <EventItem key={e.id} event={e} />)}</ul>
                </section>
              )}
            </>
          );
        }}
      </Load>
    </>
  );
}
