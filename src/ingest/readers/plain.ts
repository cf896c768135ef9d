import { splitFrontMatter } from '../../text/front-matter.ts';
import { htmlToText } from '../../text/html.ts';
import { normalizeDate, normalizeLang, textOrNull } from './metadata.ts';
import type { ItemFailure, SourceItem } from './types.ts';

/**
 * A .txt or .md file as one source: metadata from its front matter, the body after the
 * block exactly as in the file (every fact offset is into it). Malformed front-matter
 * YAML is read leniently by splitFrontMatter and does not fail the file.
 */
export function readPlainText(file: string, text: string, format: 'txt' | 'md'): SourceItem | ItemFailure {
  const { meta, body } = splitFrontMatter(text);
  if (body.replace(/^\uFEFF/, '').trim() === '') return { file, reason: 'no text (only front matter)' };
  return {
    location: file,
    format,
    title: textOrNull(meta.title),
    date: normalizeDate(meta.date),
    url: textOrNull(meta.url),
    lang: normalizeLang(meta.lang),
    publisher: textOrNull(meta.publisher),
    body,
    bodyIsPlain: false,
  };
}

/** An HTML page as one source: the article text and the page's own metadata (htmlToText). */
export function readHtmlPage(file: string, text: string): SourceItem | ItemFailure {
  const page = htmlToText(text.replace(/^\uFEFF/, ''));
  if (page.text.trim() === '') return { file, reason: 'no text (the page has no readable content)' };
  return {
    location: file,
    format: 'html',
    title: textOrNull(page.title),
    date: normalizeDate(page.date),
    url: textOrNull(page.url),
    lang: normalizeLang(page.lang),
    publisher: textOrNull(page.publisher),
    body: page.text,
    bodyIsPlain: true,
  };
}
