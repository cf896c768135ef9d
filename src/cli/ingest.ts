import type { IngestSummary } from '../ingest/ingest.ts';

/** The summary `imon ingest` prints without --json. */
export function formatIngestSummary(summary: IngestSummary): string {
  const lines = [
    `sources: ${summary.sources.new} new, ${summary.sources.duplicate} duplicate, ${summary.sources.failed} failed`,
    `facts: ${summary.facts}`,
    `records: ${summary.records.new} new, ${summary.records.updated} updated`,
    `time: ${summary.seconds} s`,
  ];
  if (summary.errors.length) {
    lines.push(`errors (${summary.errors.length}):`);
    for (const e of summary.errors) lines.push(`  ${e.file}: ${e.reason}`);
  }
  return lines.join('\n');
}

/** The --json summary: exactly the documented fields. */
export function ingestSummaryJson(summary: IngestSummary): string {
  const { sources, facts, records, errors, seconds } = summary;
  return JSON.stringify({ sources, facts, records, errors, seconds });
}
