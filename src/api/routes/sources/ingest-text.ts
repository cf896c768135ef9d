/**
 * One text sent to the API, stored as `imon ingest` stores a file: read (front matter, HTML),
 * identified by the hash of its body, extracted, and stored with its facts in one transaction.
 */
import { sql } from 'drizzle-orm';
import { readHtmlPage, readPlainText } from '../../../ingest/readers/plain.ts';
import { normalizeDate, normalizeLang, textOrNull } from '../../../ingest/readers/metadata.ts';
import type { SourceItem } from '../../../ingest/readers/types.ts';
import { sourceIdOf } from '../../../ingest/source-id.ts';
import type { Database } from '../../../store/open.ts';
import { storeSource, type StoredSource } from '../../../store/write-source.ts';
import { queryRows } from '../../../store/rows.ts';
import { scriptLanguage } from '../../../text/language.ts';
import { badRequest } from '../../errors.ts';

/** A text with its metadata, as POST /api/sources takes it in JSON. */
export interface TextInput {
  text: string;
  title?: string | null;
  date?: string | null;
  url?: string | null;
  lang?: string | null;
  publisher?: string | null;
}

/** The extraction pipeline is heavy (gazetteer, recognizers): loaded by the first text posted, not at startup. */
const loadExtractor = async () => (await import('../../../ingest/extract-worker.ts')).default;

/** A JSON text as a source item: the text is the body, exactly as given. */
export function itemFromJson(input: TextInput, location: string): SourceItem {
  const date = input.date == null || input.date === '' ? null : normalizeDate(input.date);
  if (input.date && !date) throw badRequest(`body date: "${input.date}" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)`);
  if (input.text.trim() === '') throw badRequest('body text: is empty');
  return {
    location, format: 'txt', title: textOrNull(input.title), date, url: textOrNull(input.url), lang: normalizeLang(input.lang),
    publisher: textOrNull(input.publisher), body: input.text, bodyIsPlain: false,
  };
}

/** A posted file body (text, markdown with front matter, or an HTML page) as a source item. */
export function itemFromFile(text: string, format: 'txt' | 'md' | 'html', location: string): SourceItem {
  const item = format === 'html' ? readHtmlPage(location, text) : readPlainText(location, text, format);
  if ('reason' in item && !('body' in item)) throw badRequest(`body: ${item.reason}`);
  return item as SourceItem;
}

export interface IngestedText extends StoredSource {
  id: string;
}

/** Stores one text with the facts extracted from it; a text already stored is only noted again. */
export async function ingestText(db: Database, item: SourceItem): Promise<IngestedText> {
  const id = sourceIdOf(item.body);
  const lang = item.lang ?? scriptLanguage(item.body);
  const source = {
    id, title: item.title, url: item.url, publisher: item.publisher, published: item.date, lang, format: item.format,
    body: item.body, location: item.location,
  };
  const [known] = await queryRows<{ one: number }>(db, sql`SELECT 1 AS one FROM sources WHERE id = ${id}`);
  // Extraction is the costly part; a text stored already skips it.
  const facts = known
    ? []
    : await (await loadExtractor())({ doc: `api-${id.slice(0, 12)}`, body: item.body, title: item.title, date: item.date, lang: lang === 'en' || lang === 'ru' ? lang : 'auto' });
  return { id, ...(await storeSource(db, source, facts)) };
}
