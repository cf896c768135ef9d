import { useState } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/messages.ts';
import { href } from '../router.tsx';

const DATASETS: { name: 'records' | 'facts' | 'trade'; key: MessageKey; types: string[]; typeParam: 'type' | 'indicator' }[] = [
  { name: 'records', key: 'exports.records', types: ['document', 'event', 'project', 'observation', 'target', 'count'], typeParam: 'type' },
  { name: 'facts', key: 'exports.facts', types: ['trade', 'target', 'count', 'document', 'event', 'project'], typeParam: 'type' },
  { name: 'trade', key: 'exports.trade', types: ['turnover', 'exports', 'imports', 'mutual_trade', 'production', 'other'], typeParam: 'indicator' },
];
const FORMATS = ['csv', 'jsonl'] as const;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The CSV and JSON Lines exports of the API, with their filters. */
export function Exports() {
  const i18n = useI18n();
  const [party, setParty] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [types, setTypes] = useState<Record<string, string>>({});
  const common = {
    party: party.replace(/\s+/g, '') || undefined,
    from: DATE.test(from) ? from : undefined,
    to: DATE.test(to) ? to : undefined,
  };
  return (
    <>
      <h1>{i18n.t('exports.heading')}</h1>
      <p className="muted">{i18n.t('exports.help')}</p>
      <div className="toolbar">
        <label>{i18n.t('exports.party')}<input name="party" value={party} onChange={(e) => setParty(e.target.value)} /></label>
        <label>{i18n.t('common.from')} (YYYY, YYYY-MM…)<input name="from" value={from} onChange={(e) => setFrom(e.target.value)} pattern="\d{4}(-\d{2}(-\d{2})?)?" /></label>
        <label>{i18n.t('common.to')} (YYYY, YYYY-MM…)<input name="to" value={to} onChange={(e) => setTo(e.target.value)} pattern="\d{4}(-\d{2}(-\d{2})?)?" /></label>
      </div>
      <div className="grid">
        {DATASETS.map((d) => (
          <section key={d.name} className="card" aria-labelledby={`export-${d.name}`}>
            <h2 id={`export-${d.name}`}>{i18n.t(d.key)}</h2>
            <label className="block">
              {d.typeParam === 'type' ? i18n.t('common.type') : i18n.t('exports.indicator')}
              <select value={types[d.name] ?? ''} onChange={(e) => setTypes({ ...types, [d.name]: e.target.value })}>
                <option value="">{i18n.t('common.all')}</option>
                {d.types.map((t) => <option key={t} value={t}>{i18n.label(t)}</option>)}
              </select>
            </label>
            <ul className="downloads">
              {FORMATS.map((format) => (
                <li key={format}>
                  <a href={href(`/api/export/${d.name}.${format}`, { ...common, [d.typeParam]: types[d.name] })} download>
                    {i18n.t('exports.download', { name: i18n.t(d.key), format: format === 'csv' ? 'CSV' : 'JSON Lines' })}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <p className="muted small"><a href="/api/docs/">OpenAPI</a></p>
    </>
  );
}
