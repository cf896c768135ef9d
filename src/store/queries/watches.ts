import { sql } from 'drizzle-orm';
import type { WatchQuery } from '../../domain/watch.ts';
import type { Database } from '../open.ts';
import { queryRows } from '../rows.ts';
import { isoTime, num } from './sql.ts';

export interface WatchItem {
  id: number;
  name: string;
  query: WatchQuery;
  webhookUrl: string | null;
  createdAt: string;
  alerts: number;
  unread: number;
}

const columns = sql`w.id, w.name, w.query, w.webhook_url, ${isoTime(sql`w.created_at`)} AS created_at,
  (SELECT count(*)::int FROM alerts a WHERE a.watch_id = w.id) AS alerts,
  (SELECT count(*)::int FROM alerts a WHERE a.watch_id = w.id AND a.read_at IS NULL) AS unread`;

interface WatchRow { id: number; name: string; query: WatchQuery; webhook_url: string | null; created_at: string; alerts: number; unread: number }

const toItem = (r: WatchRow): WatchItem => ({
  id: num(r.id), name: r.name, query: r.query, webhookUrl: r.webhook_url, createdAt: r.created_at, alerts: num(r.alerts), unread: num(r.unread),
});

/** Watches, newest first, one page after `afterId`. */
export async function listWatches(db: Database, options: { limit: number; afterId?: number }): Promise<{ items: WatchItem[]; more: boolean }> {
  const rows = await queryRows<WatchRow>(db, sql`
    SELECT ${columns} FROM watches w ${options.afterId != null ? sql`WHERE w.id < ${options.afterId}` : sql``}
    ORDER BY w.id DESC LIMIT ${options.limit + 1}`);
  return { items: rows.slice(0, options.limit).map(toItem), more: rows.length > options.limit };
}

export async function watchById(db: Database, id: number): Promise<WatchItem | null> {
  const [row] = await queryRows<WatchRow>(db, sql`SELECT ${columns} FROM watches w WHERE w.id = ${id}`);
  return row ? toItem(row) : null;
}

export async function createWatch(db: Database, watch: { name: string; query: WatchQuery; webhookUrl: string | null }): Promise<WatchItem> {
  const [row] = await queryRows<{ id: number }>(db, sql`
    INSERT INTO watches (name, query, webhook_url) VALUES (${watch.name}, ${JSON.stringify(watch.query)}::jsonb, ${watch.webhookUrl})
    RETURNING id`);
  return (await watchById(db, num(row.id)))!;
}

/** Deletes a watch and its alerts; false when there was none. */
export async function deleteWatch(db: Database, id: number): Promise<boolean> {
  const rows = await queryRows<{ id: number }>(db, sql`DELETE FROM watches WHERE id = ${id} RETURNING id`);
  return rows.length > 0;
}
