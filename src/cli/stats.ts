import type { StoreStats } from '../store/stats.ts';

/** `imon stats` without --json: a short human summary. */
export function formatStats(stats: StoreStats, where: string): string {
  const line = (counts: Record<string, number>) =>
    Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
  return [
    `store: ${where}`,
    `parties: ${stats.parties.total} (${line(stats.parties.byKind)})`,
    `sources: ${stats.sources}`,
    `facts: ${stats.facts.total} (${line(stats.facts.byType)})`,
    `records: ${stats.records.total} (${line(stats.records.byType)})`,
    `watches: ${stats.watches}, alerts: ${stats.alerts.total} (${stats.alerts.unread} unread)`,
  ].join('\n');
}
