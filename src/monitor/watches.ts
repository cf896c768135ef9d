/**
 * Watches: saved queries (parties, fact types, words, minimum value) with an optional webhook.
 * Matching a record against a watch is pure; the store functions add, list and remove watches.
 */
import { asc, eq } from 'drizzle-orm';
import { WatchQuery, type Watch } from '../domain/watch.ts';
import type { FactType } from '../domain/fact.ts';
import type { RecordType } from '../domain/record.ts';
import type { Database } from '../store/open.ts';
import { watches } from '../store/schema.ts';
import type { PartyTree } from './party-tree.ts';

/** The record type facts of each type consolidate into. */
export const RECORD_TYPE_OF: Record<FactType, RecordType> = {
  trade: 'observation', target: 'target', count: 'count', document: 'document', event: 'event', project: 'project',
};

/** What a record offers to be matched: its type, parties, and the text of its title, fields and quotes. */
export interface MatchableRecord {
  type: RecordType;
  partyIds: readonly string[];
  title: string;
  fields: Record<string, unknown>;
  quotes: readonly string[];
}

const fold = (text: string) => text.toLowerCase().replace(/ё/g, 'е');
const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every string in a record's fields, for word matching. */
function fieldText(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(fieldText);
  if (value && typeof value === 'object') return Object.values(value).flatMap(fieldText);
  return [];
}

/** A word matches the start of a word in the text: "tractor" finds "tractors", "трактор" finds "тракторов". */
export function hasWord(text: string, word: string): boolean {
  const w = fold(word.trim());
  if (!w) return true;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(w)}`, 'u').test(fold(text));
}

/** The record's figure for a minimum-value test: its value, else its quantity. */
export function recordValue(fields: Record<string, unknown>): number | null {
  for (const key of ['value', 'quantity']) {
    const v = fields[key];
    if (typeof v === 'number' && Number.isFinite(v)) return v;
  }
  return null;
}

/**
 * Whether a record matches a watch: every watched party is among the record's parties (or
 * contains one of them: a watch on Belarus sees Gomel Region), its type is one of the watched
 * fact types, every word appears, and its value is at least the minimum. Pure.
 */
export function matchesWatch(record: MatchableRecord, query: WatchQuery, tree: PartyTree): boolean {
  if (query.types.length && !query.types.some((t) => RECORD_TYPE_OF[t] === record.type)) return false;
  for (const party of query.parties) {
    if (!record.partyIds.some((id) => tree.isWithin(id, party))) return false;
  }
  if (query.minValue != null) {
    const value = recordValue(record.fields);
    if (value == null || value < query.minValue) return false;
  }
  if (query.words.length) {
    const text = [record.title, ...fieldText(record.fields), ...record.quotes].join('\n');
    if (!query.words.every((w) => hasWord(text, w))) return false;
  }
  return true;
}

/** A webhook must be an http(s) URL. */
export function checkWebhookUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? null : `webhook must be an http or https URL, not ${parsed.protocol}`;
  } catch {
    return `webhook is not a URL: "${url}"`;
  }
}

const toWatch = (row: typeof watches.$inferSelect): Watch => ({
  id: row.id, name: row.name, query: WatchQuery.parse(row.query), webhookUrl: row.webhookUrl, createdAt: row.createdAt,
});

/** Saves a watch; `query.parties` are party ids. */
export async function addWatch(db: Database, input: { name: string; query: Partial<WatchQuery>; webhookUrl?: string | null }): Promise<Watch> {
  const query = WatchQuery.parse(input.query);
  if (!input.name.trim()) throw new Error('a watch needs a name');
  if (input.webhookUrl) {
    const problem = checkWebhookUrl(input.webhookUrl);
    if (problem) throw new Error(problem);
  }
  const [row] = await db.insert(watches).values({ name: input.name.trim(), query, webhookUrl: input.webhookUrl ?? null }).returning();
  return toWatch(row);
}

export async function listWatches(db: Database): Promise<Watch[]> {
  const rows = await db.select().from(watches).orderBy(asc(watches.id));
  return rows.map(toWatch);
}

/** Removes a watch and its alerts; false when there was none with that id. */
export async function removeWatch(db: Database, id: number): Promise<boolean> {
  const rows = await db.delete(watches).where(eq(watches.id, id)).returning({ id: watches.id });
  return rows.length > 0;
}

/** The text form of `imon watch list`. */
export function formatWatches(list: readonly Watch[], partyName: (id: string) => string): string {
  if (!list.length) return 'no watches';
  return list.map((w) => {
    const parts = [
      w.query.parties.length ? `parties: ${w.query.parties.map(partyName).join(', ')}` : null,
      w.query.types.length ? `types: ${w.query.types.join(', ')}` : null,
      w.query.words.length ? `words: ${w.query.words.join(', ')}` : null,
      w.query.minValue != null ? `min value: ${w.query.minValue}` : null,
      w.webhookUrl ? `webhook: ${w.webhookUrl}` : null,
    ].filter(Boolean);
    return `#${w.id} ${w.name}${parts.length ? `  (${parts.join('; ')})` : '  (everything)'}`;
  }).join('\n');
}
