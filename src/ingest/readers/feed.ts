import { type FeedData, extractFromXml } from '@extractus/feed-extractor';
import { htmlToText } from '../../text/html.ts';
import { normalizeDate, normalizeLang, textOrNull } from './metadata.ts';
import type { ItemFailure, SourceItem } from './types.ts';

type Raw = Record<string, unknown>;

/** The document element's name, past the XML declaration, comments and doctype. */
export function xmlRootName(xml: string): string | null {
  const m = /<(?![?!])([A-Za-z_][\w:.-]*)/.exec(xml.replace(/<!--[\s\S]*?-->/g, ''));
  return m ? m[1] : null;
}

/**
 * An RSS 2.0 / RSS 1.0 (RDF) or Atom feed: one SourceItem per item, with its link, date
 * and the text of its full content (content:encoded, Atom content) or else its
 * description/summary, HTML turned into text. A file that is not a feed gives one
 * failure for the whole file; an item without text gives a failure for that item and
 * the others go on.
 */
export function readFeed(file: string, text: string): (SourceItem | ItemFailure)[] {
  const xml = text.replace(/^\uFEFF/, '').trimStart();
  if (!xml.startsWith('<')) return [{ file, reason: 'not an RSS or Atom feed (not XML)' }];
  const root = xmlRootName(xml);
  const rootLocal = root?.replace(/^.*:/, '').toLowerCase();
  const format = rootLocal === 'feed' ? 'atom' : 'rss';
  let feed: FeedData;
  try {
    feed = extractFromXml(xml, {
      useISODateFormat: false, // dates as written: normalizeDate keeps the publisher's calendar day
      descriptionMaxLen: 0,
      xmlParserOptions: { parseTagValue: false, parseAttributeValue: false },
      getExtraFeedFields: (data) => ({ raw: data }),
      getExtraEntryFields: (data) => ({ raw: data }),
    });
  } catch (error) {
    const message = (error as Error).message;
    if (/not well-formed/i.test(message)) return [{ file, reason: `malformed feed: ${message}` }];
    // The parser wants at least one Atom <entry> to call it a feed.
    if (rootLocal === 'feed') return [{ file, reason: 'no items in the feed' }];
    return [{ file, reason: `not an RSS or Atom feed (the document element is <${root ?? '?'}>)` }];
  }
  const entries = feed.entries ?? [];
  if (!entries.length) return [{ file, reason: 'no items in the feed' }];
  const rawFeed = (feed.raw ?? {}) as Raw;
  const publisher = textOrNull(xmlText(rawFeed.title)) ?? textOrNull(feed.title);
  const feedLang = xmlText(rawFeed.language) ?? xmlText(rawFeed['dc:language']) ?? xmlText(rawFeed['@_xml:lang']);
  return entries.map((entry, i): SourceItem | ItemFailure => {
    const n = i + 1;
    const raw = (entry.raw ?? {}) as Raw;
    const body = itemText(raw);
    if (!body) return { file, item: `item ${n}`, reason: 'no text' };
    const url = (format === 'atom' ? atomLink(raw) : null) ?? textOrNull(entry.link);
    const date = firstDate(raw, format === 'atom' ? ['published', 'issued', 'updated', 'modified', 'dc:date'] : ['pubDate', 'dc:date', 'published', 'updated']);
    return {
      location: url ?? `${file}#item-${n}`,
      format,
      title: markupToLine(xmlText(raw.title)) ?? textOrNull(entry.title),
      date,
      url,
      lang: normalizeLang(xmlText(raw['@_xml:lang']) ?? xmlText(raw['dc:language']) ?? feedLang),
      publisher,
      body,
      bodyIsPlain: true,
    };
  });
}

/** The item's text: full content when the feed carries it, else the description or summary. */
function itemText(raw: Raw): string {
  for (const key of ['content:encoded', 'content', 'description', 'summary']) {
    const value = xmlText(raw[key]);
    if (!value) continue;
    const text = looksLikeMarkup(value) ? htmlToText(value).text : plainParagraphs(value);
    if (text) return text;
  }
  return '';
}

function looksLikeMarkup(s: string): boolean {
  return /<\/?[a-z][^>]*>|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i.test(s);
}

/** Plain-text descriptions keep their blank-line paragraphs; other whitespace collapses. */
function plainParagraphs(s: string): string {
  return s
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

function markupToLine(s: string | null): string | null {
  if (!s) return null;
  return textOrNull(looksLikeMarkup(s) ? htmlToText(s).text : s);
}

/**
 * The text of a parsed XML value: a string, a number, an element with attributes
 * ({"#text": ..., "@_type": ...}), or inline XHTML (Atom type="xhtml"), whose text is
 * gathered depth-first. The XML parser groups children by name, so the word order of
 * mixed XHTML content can come out changed.
 */
export function xmlText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return xmlText(value[0]);
  if (typeof value !== 'object') return null;
  const parts: string[] = [];
  const todo: unknown[] = [value];
  while (todo.length) {
    const v = todo.pop();
    if (typeof v === 'string' || typeof v === 'number') parts.push(String(v));
    else if (Array.isArray(v)) for (let k = v.length - 1; k >= 0; k--) todo.push(v[k]);
    else if (v && typeof v === 'object') {
      const entries = Object.entries(v as Raw).filter(([k]) => !k.startsWith('@_'));
      for (let k = entries.length - 1; k >= 0; k--) todo.push(entries[k][1]);
    }
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim() || null;
}

/** Atom's entry link: rel="alternate" (or no rel), not "self", "edit" or "enclosure". */
function atomLink(raw: Raw): string | null {
  const links = Array.isArray(raw.link) ? raw.link : raw.link === undefined ? [] : [raw.link];
  for (const l of links as unknown[]) {
    if (l && typeof l === 'object') {
      const o = l as Raw;
      const rel = typeof o['@_rel'] === 'string' ? o['@_rel'] : 'alternate';
      if (rel === 'alternate' && typeof o['@_href'] === 'string' && o['@_href'].trim()) return o['@_href'].trim();
    }
  }
  return null;
}

function firstDate(raw: Raw, keys: string[]): string | null {
  for (const k of keys) {
    const d = normalizeDate(xmlText(raw[k]));
    if (d) return d;
  }
  return null;
}
