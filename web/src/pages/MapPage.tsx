import { useMemo, useState, type KeyboardEvent } from 'react';
import { geoConicEqualArea, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { allPages, api, unwrap } from '../api/client.ts';
import { useApi } from '../api/useApi.ts';
import { Load } from '../components/Bits.tsx';
import { useI18n, type I18n } from '../i18n/i18n.tsx';
import { countryName } from '../i18n/format.ts';
import { classLimits, classOf, coPartyCounts, latestTradeByPartner, type TradeFigure } from '../lib/shading.ts';
import { href, Link, useRouter } from '../router.tsx';

type Measure = 'documents' | 'trade';
type Props = { name?: string; nameRu?: string; country?: string };
type Shape = Feature<Geometry, Props> & { id: string };

/** The post-Soviet states: the map is framed on them. */
const FRAME = ['AM', 'AZ', 'BY', 'EE', 'GE', 'KZ', 'KG', 'LV', 'LT', 'MD', 'RU', 'TJ', 'TM', 'UA', 'UZ'];
/** States whose first-level regions the map draws. */
const WITH_REGIONS = new Set(['BY', 'RU', 'KZ', 'UZ']);
const NO_DATA = '#f4f4f1';
const COLORS = ['#deebf7', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];
/** The colour of class k of n: the n classes spread over the whole palette. */
function colorOf(k: number, n: number): string {
  return COLORS[Math.min(COLORS.length - 1, Math.round((k * (COLORS.length - 1)) / Math.max(1, n - 1)))];
}
const WIDTH = 960;
const HEIGHT = 560;

interface MapData { countries: Shape[]; regions: Shape[] }

async function loadMap(signal: AbortSignal): Promise<MapData> {
  const response = await fetch('/regions.topo.json', { signal });
  if (!response.ok) throw new Error(`regions.topo.json: ${response.status}`);
  const topo = (await response.json()) as Topology<{ countries: GeometryCollection<Props>; regions: GeometryCollection<Props> }>;
  const countries = (feature(topo, topo.objects.countries) as FeatureCollection<Geometry, Props>).features as Shape[];
  const regions = (feature(topo, topo.objects.regions) as FeatureCollection<Geometry, Props>).features as Shape[];
  return { countries, regions };
}

/** What the map is shaded by: a value per party id, and for trade the figure behind it. */
interface Shading {
  kind: 'records' | 'documents' | 'trade';
  partner: string;
  values: Map<string, number>;
  figures?: Map<string, TradeFigure>;
}

async function loadShading(partner: string, measure: Measure, signal: AbortSignal): Promise<Shading> {
  if (!partner) {
    // Cities of regional rank (Minsk, Moscow, Astana) are drawn as regions too.
    const [states, regions, cities] = await Promise.all(['state', 'region', 'city'].map((kind) => allPages(async (cursor) => unwrap(
      await api.GET('/api/parties', { params: { query: { kind: kind as 'state', limit: 200, cursor } }, signal }),
    ), 3)));
    const values = new Map([...states, ...regions, ...cities].filter((p) => p.records > 0).map((p) => [p.id, p.records]));
    return { kind: 'records', partner, values };
  }
  if (measure === 'trade') {
    const result = unwrap(await api.GET('/api/trade/series', { params: { query: { parties: partner, evidence: 'false' } }, signal }));
    const figures = latestTradeByPartner(result.series, partner);
    return { kind: 'trade', partner, values: new Map([...figures].map(([id, f]) => [id, f.value])), figures };
  }
  const records = await allPages(async (cursor) => unwrap(
    await api.GET('/api/records', { params: { query: { type: 'document', party: partner, limit: 200, cursor } }, signal }),
  ), 5);
  return { kind: 'documents', partner, values: coPartyCounts(records, partner) };
}

/** How a party's value reads in the language ("5 documents", "$1.2B (2024)"); null for none. */
function describeValue(i18n: I18n, shading: Shading, id: string): string | null {
  const value = shading.values.get(id);
  if (value === undefined) return null;
  if (shading.kind === 'trade') {
    const f = shading.figures!.get(id)!;
    return `${i18n.money(f.value, f.currency)} (${i18n.period(f.period)})`;
  }
  return i18n.t(shading.kind === 'records' ? 'map.value.records' : 'map.value.documents', { count: value });
}

/** Where the evidence of a party's value is. */
function evidenceOf(shading: Shading, id: string): string | null {
  if (!shading.values.has(id)) return null;
  if (shading.kind === 'trade') return `/records/${shading.figures!.get(id)!.recordId}`;
  if (shading.kind === 'records') return href('/search', { party: id });
  return href('/search', { party: `${shading.partner},${id}`, type: 'document' });
}

function MapView({ data, shading, partner, showRegions, measureLabel }: {
  data: MapData; shading: Shading; partner: string; showRegions: boolean; measureLabel: string;
}) {
  const i18n = useI18n();
  const { navigate } = useRouter();
  const [focus, setFocus] = useState<string | null>(null);
  const { path, limits } = useMemo(() => {
    const frame = { type: 'FeatureCollection', features: data.countries.filter((c) => FRAME.includes(c.id)) } as FeatureCollection;
    const projection = geoConicEqualArea().rotate([-75, 0]).parallels([45, 65]).fitExtent([[8, 8], [WIDTH - 8, HEIGHT - 8]], frame);
    return { path: geoPath(projection), limits: classLimits([...shading.values.values()]) };
  }, [data, shading]);

  const nameOf = (shape: Shape) => (shape.properties.country
    ? (i18n.lang === 'ru' ? shape.properties.nameRu : shape.properties.name) ?? shape.id
    : countryName(i18n.lang, shape.id));
  // With regions on, the four states are drawn by their regions; their own value is in the table.
  const fill = (s: Shape, layer: 'country' | 'region') => {
    if (s.id === partner || (layer === 'region' && s.properties.country === partner)) return 'url(#partner)';
    if (layer === 'country' && showRegions && WITH_REGIONS.has(s.id)) return NO_DATA;
    const k = classOf(shading.values.get(s.id), limits);
    return k >= 0 ? colorOf(k, limits.length) : NO_DATA;
  };
  const open = (id: string) => navigate(`/parties/${encodeURIComponent(id)}`);
  const onKey = (id: string) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open(id);
    }
  };
  const shape = (s: Shape, layer: 'country' | 'region') => {
    const name = nameOf(s);
    const value = describeValue(i18n, shading, s.id);
    const label = value ? `${name}: ${value}` : name;
    const d = path(s);
    if (!d) return null;
    // Only shapes with a value, and the post-Soviet states, are tab stops; every shape answers a click.
    const focusable = value !== null || FRAME.includes(s.id);
    return (
      <path
        key={`${layer}-${s.id}`}
        d={d}
        className={`shape ${layer}${focus === s.id ? ' focused' : ''}`}
        fill={fill(s, layer)}
        data-id={s.id}
        role="link"
        tabIndex={focusable ? 0 : -1}
        aria-label={label}
        onClick={() => open(s.id)}
        onKeyDown={onKey(s.id)}
        onMouseEnter={() => setFocus(s.id)}
        onFocus={() => setFocus(s.id)}
        onMouseLeave={() => setFocus((f) => (f === s.id ? null : f))}
      >
        <title>{label}</title>
      </path>
    );
  };
  const focused = focus ? [...data.regions, ...data.countries].find((s) => s.id === focus) : undefined;
  const ranked = [...shading.values].sort((a, b) => b[1] - a[1]);
  const byId = new Map([...data.countries, ...data.regions].map((s) => [s.id, s]));

  return (
    <>
      <div className="map-wrap">
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="map" role="group" aria-label={i18n.t('map.label', { measure: measureLabel })}>
          <defs>
            <pattern id="partner" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="#fdd49e" />
              <line x1="0" y1="0" x2="0" y2="6" stroke="#d7301f" strokeWidth="2" />
            </pattern>
          </defs>
          <rect width={WIDTH} height={HEIGHT} className="sea" />
          <g>{data.countries.map((c) => shape(c, 'country'))}</g>
          {showRegions && <g>{data.regions.filter((r) => WITH_REGIONS.has(r.properties.country ?? '')).map((r) => shape(r, 'region'))}</g>}
        </svg>
        <div className="map-info" aria-live="polite">
          {focused ? <><strong>{nameOf(focused)}</strong>{describeValue(i18n, shading, focused.id) && <>: {describeValue(i18n, shading, focused.id)}</>}</> : <span className="muted">{i18n.t('map.help')}</span>}
        </div>
        <div className="legend" aria-label={i18n.t('map.legend')}>
          <span><i style={{ background: NO_DATA }} /> {i18n.t('map.noData')}</span>
          {partner && <span><i style={{ background: 'repeating-linear-gradient(45deg, #fdd49e 0 3px, #d7301f 3px 5px)' }} /> {i18n.t('map.partner')}</span>}
          {limits.map((limit, k) => (
            <span key={limit}><i style={{ background: colorOf(k, limits.length) }} /> ≤ {i18n.num(limit, { notation: 'compact' })}</span>
          ))}
        </div>
      </div>
      <details className="card" open={ranked.length <= 12}>
        <summary>{i18n.t('map.table')} ({i18n.num(ranked.length)})</summary>
        <table className="data">
          <tbody>
            {ranked.map(([id]) => {
              const s = byId.get(id);
              const evidence = evidenceOf(shading, id);
              return (
                <tr key={id}>
                  <td><Link to={`/parties/${encodeURIComponent(id)}`}>{s ? nameOf(s) : id}</Link></td>
                  <td className="num">{evidence ? <Link to={evidence}>{describeValue(i18n, shading, id)}</Link> : describeValue(i18n, shading, id)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>
    </>
  );
}

/** Countries and first-level regions shaded by what links them with a chosen partner. */
export function MapPage() {
  const i18n = useI18n();
  const { location, navigate } = useRouter();
  const partner = location.query.get('partner') ?? '';
  const measure: Measure = location.query.get('measure') === 'trade' ? 'trade' : 'documents';
  const [showRegions, setShowRegions] = useState(true);
  const map = useApi(loadMap, []);
  const partners = useApi((signal) => api.GET('/api/parties', { params: { query: { limit: 100 } }, signal }).then(unwrap), []);
  const shading = useApi((signal) => loadShading(partner, measure, signal), [partner, measure]);
  const set = (changes: Record<string, string>) => navigate(href('/map', { partner, measure, ...changes }), { replace: true });
  const measureLabel = partner ? i18n.t(`map.measure.${measure}`) : i18n.t('map.measure.records');

  return (
    <>
      <h1>{i18n.t('map.heading')}</h1>
      <div className="toolbar">
        <label>
          {i18n.t('map.partner')}
          <select value={partner} onChange={(e) => set({ partner: e.target.value })} name="partner">
            <option value="">{i18n.t('map.partnerNone')}</option>
            {partners.data?.items.filter((p) => p.records > 0 || p.id === partner).map((p) => (
              <option key={p.id} value={p.id}>{i18n.name(p)} ({i18n.label(p.kind)})</option>
            ))}
          </select>
        </label>
        <label>
          {i18n.t('map.measure')}
          <select value={partner ? measure : 'records'} disabled={!partner} onChange={(e) => set({ measure: e.target.value })} name="measure">
            {!partner && <option value="records">{i18n.t('map.measure.records')}</option>}
            <option value="documents">{i18n.t('map.measure.documents')}</option>
            <option value="trade">{i18n.t('map.measure.trade')}</option>
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={showRegions} onChange={(e) => setShowRegions(e.target.checked)} />
          {i18n.label('region')}
        </label>
        {partner && <Link to={`/parties/${encodeURIComponent(partner)}`}>{i18n.t('common.openProfile', { name: ((p) => (p ? i18n.name(p) : partner))(partners.data?.items.find((p) => p.id === partner)) })}</Link>}
      </div>
      <Load state={map}>
        {(data) => (
          <Load state={shading}>
            {(s) => <MapView data={data} shading={s} partner={partner} showRegions={showRegions} measureLabel={measureLabel} />}
          </Load>
        )}
      </Load>
    </>
  );
}
