/** Test support for the monitor's pure functions: a small party tree and record builders. */
import type { RecordType } from '../domain/record.ts';
import { buildPartyTree } from './party-tree.ts';
import type { MonitorRecord, Support } from './records.ts';

export const tree = buildPartyTree([
  { id: 'BY', kind: 'state', name: 'Belarus', parentId: null },
  { id: 'UZ', kind: 'state', name: 'Uzbekistan', parentId: null },
  { id: 'KZ', kind: 'state', name: 'Kazakhstan', parentId: null },
  { id: 'KG', kind: 'state', name: 'Kyrgyzstan', parentId: null },
  { id: 'RU', kind: 'state', name: 'Russia', parentId: null },
  { id: 'BY-HO', kind: 'region', name: 'Gomel Region', parentId: 'BY' },
  { id: 'BY-MI', kind: 'region', name: 'Minsk Region', parentId: 'BY' },
  { id: 'BY-MA', kind: 'region', name: 'Mogilev Region', parentId: 'BY' },
  { id: 'UZ-AN', kind: 'region', name: 'Andijan Region', parentId: 'UZ' },
  { id: 'UZ-SA', kind: 'region', name: 'Samarkand Region', parentId: 'UZ' },
  { id: 'KG-C', kind: 'region', name: 'Chuy Region', parentId: 'KG' },
  { id: 'RU-TA', kind: 'region', name: 'Tatarstan', parentId: 'RU' },
  { id: 'city:BY:gomel', kind: 'city', name: 'Gomel', parentId: 'BY-HO' },
  { id: 'city:RU:kazan', kind: 'city', name: 'Kazan', parentId: 'RU-TA' },
  { id: 'org:gomselmash', kind: 'enterprise', name: 'Gomselmash', parentId: 'city:BY:gomel' },
]);

let nextId = 1000;

/** A record with the given fields; ids count up unless given. */
export function record(type: RecordType, partyIds: string[], fields: Record<string, unknown>, extra: Partial<MonitorRecord> = {}): MonitorRecord {
  return {
    id: extra.id ?? nextId++, type, title: extra.title ?? `${type} ${partyIds.join('-')}`, fields, partyIds,
    conflicts: [], sourceCount: 1, firstReported: null, lastReported: null, version: 1, ...extra,
  };
}

export const observation = (partyIds: string[], period: string, value: number, extra: Record<string, unknown> = {}, lastReported: string | null = null) =>
  record('observation', partyIds, { indicator: 'turnover', period, value, currency: 'USD', change_pct: null, scope: null, ...extra }, { lastReported });

export const target = (partyIds: string[], fields: Record<string, unknown>) =>
  record('target', partyIds, { indicator: 'turnover', currency: fields.value != null ? 'USD' : null, scope: null, relative: null, by: null, value: null, ...fields });

/** A statement supporting a record, from a source published on `published`. */
export function support(recordId: number, quote: string, published: string, extra: Partial<Support> = {}): Support {
  return {
    recordId, factId: nextId++, sourceId: `src-${published}-${quote.length}`, title: `Article of ${published}`, url: null,
    published, quote, start: 0, end: quote.length, fields: {}, ...extra,
  };
}
