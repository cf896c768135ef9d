import type { FactSummary } from '../../../store/queries/facts.ts';
import type { TradeExportRow } from '../../../store/queries/export.ts';
import type { RecordSummary } from '../../../store/queries/records.ts';
import type { PartyRef } from '../../../store/queries/sql.ts';
import type { CsvColumn } from '../../csv.ts';

const names = (parties: PartyRef[]) => parties.map((p) => p.name).join('; ');
const ids = (parties: PartyRef[]) => parties.map((p) => p.id).join('; ');
const field = (name: string) => (row: { fields: Record<string, unknown> }) => {
  const v = row.fields[name];
  return Array.isArray(v) ? v.join('; ') : v;
};

export const recordColumns: CsvColumn<RecordSummary>[] = [
  { header: 'id', value: (r) => r.id },
  { header: 'type', value: (r) => r.type },
  { header: 'title', value: (r) => r.title },
  { header: 'date', value: (r) => r.date },
  { header: 'parties', value: (r) => names(r.parties) },
  { header: 'party_ids', value: (r) => ids(r.parties) },
  { header: 'kind', value: field('kind') },
  { header: 'indicator', value: field('indicator') },
  { header: 'period', value: field('period') },
  { header: 'value', value: field('value') },
  { header: 'currency', value: field('currency') },
  { header: 'source_count', value: (r) => r.sourceCount },
  { header: 'last_reported', value: (r) => r.lastReported },
  { header: 'conflicts', value: (r) => r.conflictCount },
  { header: 'fields_json', value: (r) => JSON.stringify(r.fields) },
];

export const factColumns: CsvColumn<FactSummary>[] = [
  { header: 'id', value: (f) => f.id },
  { header: 'type', value: (f) => f.type },
  { header: 'review_status', value: (f) => f.reviewStatus },
  { header: 'confidence', value: (f) => f.confidence },
  { header: 'date', value: (f) => f.date },
  { header: 'parties', value: (f) => names(f.parties) },
  { header: 'party_ids', value: (f) => ids(f.parties) },
  { header: 'indicator', value: field('indicator') },
  { header: 'period', value: field('period') },
  { header: 'value', value: field('value') },
  { header: 'currency', value: field('currency') },
  { header: 'quote', value: (f) => f.evidence.quote },
  { header: 'start', value: (f) => f.evidence.start },
  { header: 'end', value: (f) => f.evidence.end },
  { header: 'source_id', value: (f) => f.source.id },
  { header: 'source_title', value: (f) => f.source.title },
  { header: 'source_url', value: (f) => f.source.url },
  { header: 'source_published', value: (f) => f.source.published },
  { header: 'record_id', value: (f) => f.recordId },
  { header: 'fields_json', value: (f) => JSON.stringify(f.fields) },
];

/** One line per observation; its earliest statement cited, the count of all of them given. */
export const tradeColumns: CsvColumn<TradeExportRow>[] = [
  { header: 'record_id', value: (r) => r.id },
  { header: 'parties', value: (r) => names(r.parties) },
  { header: 'party_ids', value: (r) => ids(r.parties) },
  { header: 'indicator', value: field('indicator') },
  { header: 'flow', value: field('flow') },
  { header: 'period', value: field('period') },
  { header: 'value', value: field('value') },
  { header: 'currency', value: field('currency') },
  { header: 'change_pct', value: field('change_pct') },
  { header: 'scope', value: field('scope') },
  { header: 'source_count', value: (r) => r.sourceCount },
  { header: 'last_reported', value: (r) => r.lastReported },
  { header: 'conflicts', value: (r) => r.conflictCount },
  { header: 'statements', value: (r) => r.evidence.length },
  { header: 'evidence_quote', value: (r) => r.evidence[0]?.quote },
  { header: 'evidence_source_id', value: (r) => r.evidence[0]?.source.id },
  { header: 'evidence_source_title', value: (r) => r.evidence[0]?.source.title },
  { header: 'evidence_source_url', value: (r) => r.evidence[0]?.source.url },
  { header: 'evidence_source_published', value: (r) => r.evidence[0]?.source.published },
];
