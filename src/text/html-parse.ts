import { type DefaultTreeAdapterTypes, parse } from 'parse5';

/*
 * The one place that knows how HTML is parsed. html.ts only sees the small tree below;
 * parse5 (the WHATWG HTML5 algorithm: implied tags, misnested markup, character
 * references, raw-text elements) builds it, and this file adapts its tree to ours.
 */

export interface HtmlElement {
  type: 'element';
  /** Lower-case tag name; '#document' for the root. */
  name: string;
  /** Lower-case attribute names; values entity-decoded. */
  attrs: Record<string, string>;
  children: HtmlNode[];
}
export interface HtmlText {
  type: 'text';
  /** Entity-decoded text. */
  value: string;
}
export type HtmlNode = HtmlElement | HtmlText;

type P5Node = DefaultTreeAdapterTypes.Node;
type P5Element = DefaultTreeAdapterTypes.Element;

/** Parses an HTML string into a tree. Never throws; malformed markup is recovered as browsers do. */
export function parseHtml(html: string): HtmlElement {
  const document = parse(html);
  const root: HtmlElement = { type: 'element', name: '#document', attrs: {}, children: [] };
  // Iterative: a deeply nested page must not overflow the stack.
  const todo: { from: P5Node[]; into: HtmlElement }[] = [{ from: document.childNodes, into: root }];
  while (todo.length) {
    const { from, into } = todo.pop()!;
    for (const node of from) {
      if (node.nodeName === '#text') {
        into.children.push({ type: 'text', value: (node as DefaultTreeAdapterTypes.TextNode).value });
        continue;
      }
      if (!('tagName' in node)) continue; // comments, doctype
      const el = adaptElement(node);
      into.children.push(el);
      // A <template>'s children live in its content fragment.
      const kids = node.nodeName === 'template' ? (node as DefaultTreeAdapterTypes.Template).content.childNodes : node.childNodes;
      if (kids.length) todo.push({ from: kids, into: el });
    }
  }
  return root;
}

function adaptElement(node: P5Element): HtmlElement {
  const attrs: Record<string, string> = {};
  for (const a of node.attrs) {
    const name = (a.prefix ? `${a.prefix}:${a.name}` : a.name).toLowerCase();
    if (!(name in attrs)) attrs[name] = a.value;
  }
  return { type: 'element', name: node.tagName.toLowerCase(), attrs, children: [] };
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad',
  ndash: '\u2013', mdash: '\u2014', minus: '\u2212', hellip: '\u2026', bull: '\u2022', middot: '\u00b7',
  laquo: '\u00ab', raquo: '\u00bb', ldquo: '\u201c', rdquo: '\u201d', bdquo: '\u201e', lsquo: '\u2018',
  rsquo: '\u2019', sbquo: '\u201a', lsaquo: '\u2039', rsaquo: '\u203a', prime: '\u2032', Prime: '\u2033',
  copy: '\u00a9', reg: '\u00ae', trade: '\u2122', euro: '\u20ac', pound: '\u00a3', yen: '\u00a5', cent: '\u00a2',
  deg: '\u00b0', times: '\u00d7', divide: '\u00f7', plusmn: '\u00b1', sect: '\u00a7', para: '\u00b6',
  frac12: '\u00bd', frac14: '\u00bc', frac34: '\u00be', sup1: '\u00b9', sup2: '\u00b2', sup3: '\u00b3',
  ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', zwnj: '\u200c', zwj: '\u200d', lrm: '\u200e', rlm: '\u200f',
  numero: '\u2116', iexcl: '\u00a1', iquest: '\u00bf',
};

const LEGACY = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);

/**
 * Decodes character references in a loose string (a feed field, an attribute read elsewhere):
 * named (common ones), decimal and hexadecimal. parseHtml needs none of this: parse5 decodes
 * references itself, with the full table.
 */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[A-Za-z][A-Za-z0-9]{1,31})(;?)/g, (whole, ref: string, semi: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(code);
    }
    // Without ";" only the legacy references browsers accept ("&amp", "&nbsp"); "&region=2" in a URL stays.
    if (!semi && !LEGACY.has(ref)) return whole;
    const v = NAMED[ref];
    return v === undefined ? whole : v;
  });
}

/** Every element of a tree in document order (iterative: deep trees must not overflow). */
export function* elements(root: HtmlElement): Generator<HtmlElement> {
  const todo: HtmlNode[] = [root];
  while (todo.length) {
    const node = todo.pop()!;
    if (node.type !== 'element') continue;
    yield node;
    for (let k = node.children.length - 1; k >= 0; k--) todo.push(node.children[k]);
  }
}

/** Concatenated text of an element and its descendants. */
export function textContent(el: HtmlNode): string {
  if (el.type === 'text') return el.value;
  const parts: string[] = [];
  const todo: HtmlNode[] = [el];
  while (todo.length) {
    const node = todo.pop()!;
    if (node.type === 'text') parts.push(node.value);
    else for (let k = node.children.length - 1; k >= 0; k--) todo.push(node.children[k]);
  }
  return parts.join('');
}
