import { type HtmlElement, type HtmlNode, elements, parseHtml, textContent } from './html-parse.ts';

/** The readable text of an article page and what the page says about itself. */
export interface HtmlArticle {
  /** Paragraphs separated by blank lines; line breaks (<br>) kept inside a paragraph. */
  text: string;
  title?: string;
  /** As the page states it ("2021-10-14T08:30:00+03:00", "2021-10-14"); not reinterpreted. */
  date?: string;
  url?: string;
  /** Primary language subtag of <html lang> ("en" for "en-US"). */
  lang?: string;
  publisher?: string;
}

/** Never part of the article text. */
const DROP = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'button',
  'select', 'option', 'textarea', 'input', 'iframe', 'object', 'embed', 'svg', 'canvas', 'video', 'audio',
  'map', 'figure', 'picture', 'img', 'dialog', 'menu',
]);
/** Class or id words of page chrome inside the content area. */
const CHROME = /(?:^|[\s_-])(?:share|sharing|social|related|comments?|advert|ads|adv|banner|breadcrumbs?|cookie|subscribe|newsletter|promo|sidebar|navbar|menu|tags|author-bio|print-only|visually-hidden|sr-only)(?:$|[\s_-])/i;
/** Elements that start and end a paragraph. */
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'blockquote', 'pre', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'caption', 'figcaption', 'address', 'hr',
  'details', 'summary', 'fieldset', 'center', 'body', 'html', '#document',
]);
const CELL = new Set(['td', 'th']);

/**
 * Extracts an article from an HTML page. The text comes from the page's <article> (the
 * longest, if several), else <main> or role=main, else <body>; navigation, headers,
 * footers, asides, forms, figures and elements marked as chrome or hidden are dropped.
 * Title, date and URL come from the page's own metadata (Open Graph, JSON-LD, <meta>,
 * <time>), never from guessing at the text.
 */
export function htmlToText(html: string): HtmlArticle {
  const root = parseHtml(html);
  const meta = pageMetadata(root);
  const text = renderBlocks(contentRoot(root));
  return { text, ...meta };
}

function attr(el: HtmlElement, name: string): string | undefined {
  const v = el.attrs[name];
  return v === undefined ? undefined : v.trim() || undefined;
}

function collapse(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------
// Metadata
// ---------------------------------------------------------------------------------------

const DATE_META = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate',
  'publish-date', 'publish_date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'dcterms.date',
  'article.published', 'sailthru.date', 'parsely-pub-date', 'citation_publication_date', 'citation_date',
];
const TITLE_META = ['og:title', 'twitter:title', 'title', 'dc.title', 'citation_title', 'headline'];
const URL_META = ['og:url', 'twitter:url'];
const PUBLISHER_META = ['og:site_name', 'application-name', 'publisher', 'dc.publisher', 'citation_publisher'];

function pageMetadata(root: HtmlElement): Omit<HtmlArticle, 'text'> {
  const metas = new Map<string, string>();
  let htmlLang: string | undefined;
  let titleTag: string | undefined;
  let canonical: string | undefined;
  let firstTime: string | undefined;
  let firstH1: string | undefined;
  const ld: Record<string, string> = {};
  for (const el of elements(root)) {
    switch (el.name) {
      case 'html':
        htmlLang ??= attr(el, 'lang') ?? attr(el, 'xml:lang');
        break;
      case 'title':
        titleTag ??= collapse(textContent(el)) || undefined;
        break;
      case 'meta': {
        const key = (attr(el, 'property') ?? attr(el, 'name') ?? attr(el, 'itemprop'))?.toLowerCase();
        const content = attr(el, 'content');
        if (key && content && !metas.has(key)) metas.set(key, content);
        break;
      }
      case 'link':
        if ((attr(el, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) canonical ??= attr(el, 'href');
        break;
      case 'time':
        firstTime ??= attr(el, 'datetime');
        break;
      case 'h1':
        firstH1 ??= collapse(textContent(el)) || undefined;
        break;
      case 'script':
        if ((attr(el, 'type') ?? '').toLowerCase() === 'application/ld+json') readJsonLd(textContent(el), ld);
        break;
      default:
        if (el.attrs.itemprop === 'datePublished') firstTime ??= attr(el, 'content') ?? attr(el, 'datetime');
    }
  }
  const pick = (keys: string[]) => keys.map((k) => metas.get(k)).find((v) => v !== undefined);
  const out: Omit<HtmlArticle, 'text'> = {};
  const title = pick(TITLE_META) ?? ld.headline ?? titleTag ?? firstH1;
  const date = pick(DATE_META) ?? ld.datePublished ?? firstTime ?? ld.dateCreated;
  const url = pick(URL_META) ?? canonical ?? ld.url;
  const publisher = pick(PUBLISHER_META) ?? ld.publisher;
  const lang = htmlLang?.split(/[-_]/)[0]?.toLowerCase() || pick(['og:locale', 'language', 'content-language'])?.split(/[-_]/)[0]?.toLowerCase();
  if (title) out.title = collapse(title);
  if (date) out.date = date.trim();
  if (url) out.url = url;
  if (lang) out.lang = lang;
  if (publisher) out.publisher = collapse(publisher);
  return out;
}

/** Headline, dates, url and publisher name from JSON-LD (NewsArticle and relatives). */
function readJsonLd(json: string, into: Record<string, string>): void {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return;
  }
  const todo: unknown[] = [data];
  while (todo.length) {
    const v = todo.pop();
    if (Array.isArray(v)) todo.push(...v);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (Array.isArray(o['@graph'])) todo.push(...o['@graph']);
      for (const k of ['headline', 'datePublished', 'dateCreated', 'url'] as const) {
        if (typeof o[k] === 'string' && into[k] === undefined) into[k] = o[k] as string;
      }
      const pub = o.publisher as Record<string, unknown> | string | undefined;
      if (into.publisher === undefined) {
        if (typeof pub === 'string') into.publisher = pub;
        else if (pub && typeof pub === 'object' && typeof pub.name === 'string') into.publisher = pub.name;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------
// Content
// ---------------------------------------------------------------------------------------

function isDropped(el: HtmlElement): boolean {
  if (DROP.has(el.name)) return true;
  if ('hidden' in el.attrs || el.attrs['aria-hidden'] === 'true') return true;
  if (/display\s*:\s*none/i.test(el.attrs.style ?? '')) return true;
  const role = el.attrs.role;
  if (role === 'navigation' || role === 'banner' || role === 'contentinfo' || role === 'complementary') return true;
  const cls = `${el.attrs.class ?? ''} ${el.attrs.id ?? ''}`;
  return cls.trim() !== '' && CHROME.test(cls);
}

/** The element whose text is the article. */
function contentRoot(root: HtmlElement): HtmlElement {
  const articles: HtmlElement[] = [];
  let main: HtmlElement | undefined;
  let body: HtmlElement | undefined;
  for (const el of elements(root)) {
    if (el.name === 'article' || el.attrs.itemprop === 'articleBody') articles.push(el);
    else if (!main && (el.name === 'main' || el.attrs.role === 'main')) main = el;
    else if (!body && el.name === 'body') body = el;
  }
  if (articles.length) {
    let best = articles[0];
    let bestLen = -1;
    for (const a of articles) {
      const len = collapse(textContent(a)).length;
      if (len > bestLen) {
        best = a;
        bestLen = len;
      }
    }
    return best;
  }
  return main ?? body ?? root;
}

/** Renders blocks as paragraphs separated by blank lines. */
function renderBlocks(start: HtmlElement): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const lines = current
      .split('\n')
      .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
      .filter((l) => l !== '');
    if (lines.length) paragraphs.push(lines.join('\n'));
    current = '';
  };
  // Iterative walk with explicit exit markers, so deep markup cannot overflow the stack.
  type Step = { node: HtmlNode; pre: boolean } | { exit: HtmlElement };
  const todo: Step[] = [{ node: start, pre: false }];
  while (todo.length) {
    const step = todo.pop()!;
    if ('exit' in step) {
      if (BLOCK.has(step.exit.name)) flush();
      else if (CELL.has(step.exit.name)) current += '\t';
      continue;
    }
    const { node, pre } = step;
    if (node.type === 'text') {
      current += pre ? node.value : node.value.replace(/[\s]+/g, ' ');
      continue;
    }
    if (node !== start && isDropped(node)) continue;
    if (node.name === 'br') {
      current += '\n';
      continue;
    }
    if (BLOCK.has(node.name)) flush();
    todo.push({ exit: node });
    const inPre = pre || node.name === 'pre';
    for (let k = node.children.length - 1; k >= 0; k--) todo.push({ node: node.children[k], pre: inPre });
  }
  flush();
  return paragraphs.join('\n\n');
}
