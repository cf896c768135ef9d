import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../open.ts';
import { queryRows } from '../rows.ts';
import { allOf, inList, isoTime, num } from './sql.ts';

export interface AlertItem {
  id: number;
  watch: { id: number; name: string };
  record: { id: number; type: string; title: string };
  recordVersion: number;
  payload: unknown;
  delivery: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  readAt: string | null;
}

/** Alerts, newest first, one page after `afterId`. */
export async function listAlerts(
  db: Database,
  options: { watchId?: number; unread?: boolean; limit: number; afterId?: number },
): Promise<{ items: AlertItem[]; more: boolean }> {
  const conditions: SQL[] = [];
  if (options.watchId != null) conditions.push(sql`a.watch_id = ${options.watchId}`);
  if (options.unread === true) conditions.push(sql`a.read_at IS NULL`);
  if (options.unread === false) conditions.push(sql`a.read_at IS NOT NULL`);
  if (options.afterId != null) conditions.push(sql`a.id < ${options.afterId}`);
  const rows = await queryRows<{
    id: number; watch_id: number; watch_name: string; record_id: number; record_type: string; record_title: string; record_version: number;
    payload: unknown; delivery: string; attempts: number; last_error: string | null; created_at: string; read_at: string | null;
  }>(db, sql`
    SELECT a.id, a.watch_id, w.name AS watch_name, a.record_id, r.type AS record_type, r.title AS record_title, a.record_version,
           a.payload, a.delivery, a.attempts, a.last_error, ${isoTime(sql`a.created_at`)} AS created_at, ${isoTime(sql`a.read_at`)} AS read_at
    FROM alerts a JOIN watches w ON w.id = a.watch_id JOIN records r ON r.id = a.record_id
    WHERE ${allOf(conditions)}
    ORDER BY a.id DESC LIMIT ${options.limit + 1}`);
  return {
    items: rows.slice(0, options.limit).map((r) => ({
      id: num(r.id), watch: { id: num(r.watch_id), name: r.watch_name }, record: { id: num(r.record_id), type: r.record_type, title: r.record_title },
      recordVersion: num(r.record_version), payload: r.payload, delivery: r.delivery, attempts: num(r.attempts), lastError: r.last_error,
      createdAt: r.created_at, readAt: r.read_at ?? null,
    })),
    more: rows.length > options.limit,
  };
}

/** The ids among `ids` that name no alert. */
export async function unknownAlertIds(db: Database, ids: readonly number[]): Promise<number[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const rows = await queryRows<{ id: number }>(db, sql`SELECT id FROM alerts WHERE id IN ${inList(unique)}`);
  const known = new Set(rows.map((r) => num(r.id)));
  return unique.filter((id) => !known.has(id));
}
