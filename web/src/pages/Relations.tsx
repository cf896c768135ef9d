import { useMemo } from 'react';
import { allPages, api, unwrap, type PartyRef, type RecordSummary } from '../api/client.ts';
import { useApi } from '../api/useApi.ts';
import { Load } from '../components/Bits.tsx';
import { EChart, type ChartOption } from '../components/EChart.tsx';
import { useI18n, type I18n } from '../i18n/i18n.tsx';
import { buildNetwork, recordYears } from '../lib/graph.ts';
import { escapeHtml } from '../lib/timeline.ts';
import { href, Link, useRouter } from '../router.tsx';

const KINDS = ['state', 'bloc', 'region', 'city', 'district', 'organisation', 'enterprise', 'institution'];
type RecordKind = 'document' | 'project';

async function loadRecords(signal: AbortSignal): Promise<Record<RecordKind, RecordSummary[]>> {
  const load = (type: RecordKind) => allPages(async (cursor) => unwrap(
    await api.GET('/api/records', { params: { query: { type, limit: 200, cursor } }, signal }),
  ), 10);
  const [document, project] = await Promise.all([load('document'), load('project')]);
  return { document, project };
}

function graphOption(i18n: I18n, network: ReturnType<typeof buildNetwork<PartyRef>>): ChartOption {
  const max = Math.max(1, ...network.nodes.map((n) => n.records));
  return {
    tooltip: {
      formatter: (p: { dataType: string; data: { name?: string; records: number; label?: string } }) =>
        escapeHtml(`${p.data.label ?? p.data.name ?? ''}: ${i18n.num(p.data.records)}`),
    },
    legend: { data: KINDS.map((k) => i18n.label(k)), top: 0, type: 'scroll' },
    series: [{
      type: 'graph',
      layout: 'force',
      roam: true,
      draggable: true,
      // The force layout spreads past its box; a smaller start keeps it in view under the legend.
      top: 48,
      bottom: 8,
      zoom: 0.7,
      // A circle to start from and the layout settled before the first paint: no random coinciding
      // nodes, no frames of a half-done layout while the window changes size.
      force: { repulsion: 180, edgeLength: [40, 140], gravity: 0.15, initLayout: 'circular', layoutAnimation: false },
      categories: KINDS.map((k) => ({ name: i18n.label(k) })),
      label: { show: true, position: 'right', fontSize: 11 },
      labelLayout: { hideOverlap: true },
      emphasis: { focus: 'adjacency' },
      lineStyle: { color: 'source', opacity: 0.5, curveness: 0.1 },
      data: network.nodes.map((n) => ({
        id: n.party.id,
        name: i18n.name(n.party),
        records: n.records,
        symbolSize: 8 + 28 * Math.sqrt(n.records / max),
        category: Math.max(0, KINDS.indexOf(n.party.kind)),
        cursor: 'pointer',
      })),
      links: network.links.map((l) => ({
        source: l.source,
        target: l.target,
        records: l.records,
        label: `${i18n.name(network.nodes.find((n) => n.party.id === l.source)!.party)} – ${i18n.name(network.nodes.find((n) => n.party.id === l.target)!.party)}`,
        lineStyle: { width: Math.min(8, 1 + l.records) },
      })),
    }],
  };
}

/** Who has documents or projects with whom, by year. */
export function Relations() {
  const i18n = useI18n();
  const { location, navigate } = useRouter();
  const year = location.query.get('year') || null;
  const kinds = (location.query.get('types') ?? 'document,project').split(',').filter((k): k is RecordKind => k === 'document' || k === 'project');
  const state = useApi(loadRecords, []);
  const set = (changes: Record<string, string | null>) => navigate(href('/relations', { year, types: kinds.join(','), ...changes }), { replace: true });
  const toggle = (kind: RecordKind, on: boolean) => set({ types: (on ? [...kinds, kind] : kinds.filter((k) => k !== kind)).join(',') || 'none' });

  const model = useMemo(() => {
    if (!state.data) return null;
    const records = kinds.flatMap((k) => state.data![k]);
    const network = buildNetwork<PartyRef>(records, year);
    return { network, years: recordYears([...state.data.document, ...state.data.project]), option: graphOption(i18n, network) };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.data, year, kinds.join(','), i18n]);

  const names = new Map(model?.network.nodes.map((n) => [n.party.id, n.party]) ?? []);
  return (
    <>
      <h1>{i18n.t('relations.heading')}</h1>
      <p className="muted">{i18n.t('relations.help')}</p>
      <div className="toolbar">
        <label>
          {i18n.t('common.year')}
          <select value={year ?? ''} onChange={(e) => set({ year: e.target.value || null })} name="year">
            <option value="">{i18n.t('common.allYears')}</option>
            {model?.years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </label>
        <fieldset className="inline">
          <legend>{i18n.t('relations.types')}</legend>
          <label className="check"><input type="checkbox" checked={kinds.includes('document')} onChange={(e) => toggle('document', e.target.checked)} /> {i18n.t('relations.documents')}</label>
          <label className="check"><input type="checkbox" checked={kinds.includes('project')} onChange={(e) => toggle('project', e.target.checked)} /> {i18n.t('relations.projects')}</label>
        </fieldset>
        {model && <span className="muted">{i18n.t('relations.nodes', { nodes: model.network.nodes.length, links: model.network.links.length })}</span>}
      </div>
      <Load state={state}>
        {() => model && (
          <>
            <EChart
              option={model.option}
              height={560}
              label={i18n.t('relations.chartLabel')}
              onClick={(p) => {
                const data = p.data as { id?: string } | undefined;
                if (p.dataType === 'node' && data?.id) navigate(`/parties/${encodeURIComponent(data.id)}`);
              }}
            />
            <table className="data">
              <caption>{i18n.t('relations.pairs')}</caption>
              <thead><tr><th scope="col">{i18n.t('relations.pair')}</th><th scope="col">{i18n.t('relations.records')}</th></tr></thead>
              <tbody>
                {model.network.links.slice(0, 30).map((l) => (
                  <tr key={`${l.source}|${l.target}`}>
                    <td>
                      <Link to={`/parties/${encodeURIComponent(l.source)}`}>{i18n.name(names.get(l.source)!)}</Link>
                      {' – '}
                      <Link to={`/parties/${encodeURIComponent(l.target)}`}>{i18n.name(names.get(l.target)!)}</Link>
                    </td>
                    <td className="num">
                      <Link to={href('/search', { party: `${l.source},${l.target}`, type: kinds.length === 1 ? kinds[0] : undefined, from: year, to: year })}>{i18n.num(l.records)}</Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </Load>
    </>
  );
}
