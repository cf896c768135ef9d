/**
 * Alerts: after each ingest run, the records it created or changed are checked against every
 * watch. A match makes one alert per (watch, record, record version), so a change alerts once
 * and a re-ingest of the same text (which changes nothing) alerts nothing. Alerts with a
 * webhook are POSTed; the outcome (delivered or failed, tries, last error) stays on the alert.
 */
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Store, Database } from '../store/open.ts';
import { queryRows } from '../store/rows.ts';
import { alerts, watches } from '../store/schema.ts';
import { loadPartyTree, type PartyTree } from './party-tree.ts';
import { evidenceOf, groupBy, loadRecords, loadSupport, type EvidenceRef, type MonitorRecord, type Support } from './records.ts';
import { listWatches, matchesWatch } from './watches.ts';
import { postJson, type WebhookOptions } from './webhook.ts';
import type { Watch } from '../domain/watch.ts';

/** Evidence items carried in one alert (the record keeps all of them). */
const EVIDENCE_IN_ALERT = 10;

export interface AlertPayload {
  watch: { id: number; name: string };
  record: {
    id: number; type: string; title: string; version: number; fields: Record<string, unknown>;
    parties: string[]; party_ids: string[]; source_count: number; last_reported: string | null; conflicts: number;
  };
  evidence: EvidenceRef[];
}

export interface AlertRunSummary {
  /** Records checked. */
  checked: number;
  created: number;
  /** The alerts created, for a caller that delivers them itself. */
  createdIds: number[];
  delivered: number;
  failed: number;
}

/** The alert body for a watch and a matching record. Pure. */
export function alertPayload(watch: Pick<Watch, 'id' | 'name'>, record: MonitorRecord, support: readonly Support[], tree: PartyTree): AlertPayload {
  return {
    watch: { id: watch.id, name: watch.name },
    record: {
      id: record.id, type: record.type, title: record.title, version: record.version, fields: record.fields,
      parties: record.partyIds.map((id) => tree.name(id)), party_ids: record.partyIds,
      source_count: record.sourceCount, last_reported: record.lastReported, conflicts: record.conflicts.length,
    },
    // The newest statements first: what made the record change.
    evidence: [...support].reverse().slice(0, EVIDENCE_IN_ALERT).map(evidenceOf),
  };
}

/**
 * Checks records against all watches and creates alerts (once per record version), then
 * delivers the new alerts that have a webhook. Called at the end of every ingest run.
 */
export async function alertOnChangedRecords(
  store: Pick<Store, 'db'>,
  recordIds: readonly number[],
  options: { webhook?: WebhookOptions; /** false: leave webhook deliveries to the caller (deliverAlerts with createdIds). */ deliver?: boolean } = {},
): Promise<AlertRunSummary> {
  const db = store.db;
  const summary: AlertRunSummary = { checked: 0, created: 0, delivered: 0, failed: 0, createdIds: [] };
  const ids = [...new Set(recordIds)];
  const watchList = await listWatches(db);
  if (!ids.length || !watchList.length) return summary;
  const [records, tree] = await Promise.all([loadRecords(db, { ids }), loadPartyTree(db)]);
  const support = groupBy(await loadSupport(db, ids), (s) => s.recordId);
  summary.checked = records.length;

  const rows: (typeof alerts.$inferInsert)[] = [];
  for (const record of records) {
    const mine = support.get(record.id) ?? [];
    const matchable = { ...record, quotes: mine.map((s) => s.quote) };
    for (const watch of watchList) {
      if (!matchesWatch(matchable, watch.query, tree)) continue;
      rows.push({
        watchId: watch.id, recordId: record.id, recordVersion: record.version,
        payload: alertPayload(watch, record, mine, tree), delivery: watch.webhookUrl ? 'pending' : 'none',
      });
    }
  }
  if (!rows.length) return summary;
  const created: { id: number }[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    created.push(...(await db.insert(alerts).values(rows.slice(i, i + 500)).onConflictDoNothing().returning({ id: alerts.id })));
  }
  summary.created = created.length;
  summary.createdIds = created.map((r) => r.id);
  if (options.deliver === false) return summary;
  const delivery = await deliverAlerts(db, summary.createdIds, options.webhook);
  summary.delivered = delivery.delivered;
  summary.failed = delivery.failed;
  return summary;
}

/**
 * POSTs alerts to their watches' webhooks and records the outcome on each. When a URL fails
 * every try, its other alerts in this call are marked failed without trying (a dead receiver
 * must not stall an ingest); `imon alerts --redeliver` tries failed ones again.
 */
export async function deliverAlerts(db: Database, alertIds: readonly number[], options: WebhookOptions = {}): Promise<{ delivered: number; failed: number }> {
  const out = { delivered: 0, failed: 0 };
  if (!alertIds.length) return out;
  const pending = await db
    .select({ id: alerts.id, payload: alerts.payload, createdAt: alerts.createdAt, url: watches.webhookUrl })
    .from(alerts)
    .innerJoin(watches, eq(watches.id, alerts.watchId))
    .where(and(inArray(alerts.id, [...alertIds]), sql`${watches.webhookUrl} IS NOT NULL`))
    .orderBy(alerts.id);
  const deadUrls = new Map<string, string>();
  for (const alert of pending) {
    const url = alert.url!;
    const dead = deadUrls.get(url);
    if (dead) {
      await db.update(alerts).set({ delivery: 'failed', lastError: `not tried: ${url} failed earlier in this run (${dead})` }).where(eq(alerts.id, alert.id));
      out.failed++;
      continue;
    }
    const result = await postJson(url, { id: alert.id, created_at: alert.createdAt, ...(alert.payload as object) }, options);
    await db
      .update(alerts)
      .set({ delivery: result.ok ? 'delivered' : 'failed', attempts: sql`${alerts.attempts} + ${result.attempts}`, lastError: result.ok ? null : result.error })
      .where(eq(alerts.id, alert.id));
    if (result.ok) out.delivered++;
    else {
      out.failed++;
      deadUrls.set(url, result.error ?? 'failed');
    }
  }
  return out;
}

/** Tries again every alert whose delivery failed or never finished. */
export async function redeliverAlerts(db: Database, options: WebhookOptions = {}): Promise<{ delivered: number; failed: number }> {
  const rows = await db.select({ id: alerts.id }).from(alerts).where(inArray(alerts.delivery, ['failed', 'pending'])).orderBy(alerts.id);
  return deliverAlerts(db, rows.map((r) => r.id), options);
}

export interface AlertView {
  id: number;
  watch: { id: number; name: string };
  record: { id: number; version: number; type: string; title: string };
  created_at: string;
  read_at: string | null;
  delivery: string;
  attempts: number;
  last_error: string | null;
  payload: AlertPayload;
}

/** Alerts, newest first; `unread` keeps those not yet marked read. */
export async function listAlerts(db: Database, options: { unread?: boolean } = {}): Promise<AlertView[]> {
  const rows = await db
    .select({ alert: alerts, watchName: watches.name })
    .from(alerts)
    .innerJoin(watches, eq(watches.id, alerts.watchId))
    .where(options.unread ? isNull(alerts.readAt) : undefined)
    .orderBy(desc(alerts.id));
  return rows.map(({ alert, watchName }) => {
    const payload = alert.payload as AlertPayload;
    return {
      id: alert.id,
      watch: { id: alert.watchId, name: watchName },
      record: { id: alert.recordId, version: alert.recordVersion, type: payload.record?.type ?? '', title: payload.record?.title ?? '' },
      created_at: alert.createdAt, read_at: alert.readAt, delivery: alert.delivery, attempts: alert.attempts, last_error: alert.lastError,
      payload,
    };
  });
}

/** Marks alerts read (the given ones, or all unread); returns how many changed. */
export async function markAlertsRead(db: Database, ids?: readonly number[]): Promise<number> {
  const where = ids ? and(isNull(alerts.readAt), inArray(alerts.id, ids.length ? [...ids] : [-1])) : isNull(alerts.readAt);
  const rows = await db.update(alerts).set({ readAt: sql`now()` }).where(where).returning({ id: alerts.id });
  return rows.length;
}

/** Unread alert count (for status lines). */
export async function unreadAlertCount(db: Database): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM alerts WHERE read_at IS NULL`);
  return Number(row?.n ?? 0);
}

/** The text form of `imon alerts`. */
export function formatAlerts(list: readonly AlertView[]): string {
  if (!list.length) return 'no alerts';
  return list.map((a) => {
    const head = `#${a.id} ${a.read_at ? ' ' : '*'} ${a.created_at.slice(0, 16).replace('T', ' ')}  [${a.watch.name}] ${a.record.type}: ${a.record.title} (v${a.record.version})`;
    const delivery = a.delivery === 'none' ? '' : `\n    webhook: ${a.delivery}${a.attempts ? `, ${a.attempts} tr${a.attempts === 1 ? 'y' : 'ies'}` : ''}${a.last_error ? `, last error: ${a.last_error}` : ''}`;
    const evidence = (a.payload.evidence ?? []).slice(0, 2).map((e) => `\n    "${e.quote}" (${e.title ?? e.source.slice(0, 12)}, ${e.published ?? 'undated'})`).join('');
    return head + delivery + evidence;
  }).join('\n');
}
