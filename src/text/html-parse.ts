/*
 * The one place that knows how HTML is parsed. html.ts only sees the small tree below, so
 * this tokenizer can be swapped for parse5 (an adapter from its default tree adapter to
 * HtmlElement/HtmlText is a dozen lines) without touching anything else.
 *
 * What it does: tags with attributes (quoted, unquoted, bare), comments, doctype and
 * processing instructions skipped, raw-text elements (script, style) and RCDATA (title,
 * textarea) read verbatim, character references decoded, void elements, and the implied
 * end tags that matter for text (p, li, dt/dd, tr/td/th, option). What it does not do:
 * the full HTML5 tree-construction algorithm (adoption agency, foster parenting).
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

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen']);
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
const RCDATA = new Set(['title', 'textarea']);
/** Start tags that close an open <p>. */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'menu', 'nav', 'ol', 'p',
  'pre', 'section', 'table', 'ul', 'li', 'dd', 'dt',
]);
/** Elements an implied end tag does not look past. */
const SCOPE = new Set(['html', 'body', 'table', 'td', 'th', 'caption', 'template', 'object', 'marquee', 'applet', 'button']);

/** Parses an HTML string into a tree. Never throws; malformed markup degrades to text. */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { type: 'element', name: '#document', attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  const top = () => stack[stack.length - 1];
  const addText = (value: string) => {
    if (!value) return;
    const kids = top().children;
    const last = kids[kids.length - 1];
    if (last && last.type === 'text') last.value += value;
    else kids.push({ type: 'text', value });
  };
  const popTo = (name: string, stopAt: Set<string>): boolean => {
    for (let i = stack.length - 1; i > 0; i--) {
      if (stack[i].name === name) {
        stack.length = i;
        return true;
      }
      if (stopAt.has(stack[i].name)) return false;
    }
    return false;
  };

  const n = html.length;
  let i = 0;
  let textStart = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const c = html[lt + 1];
    if (c === '!' || c === '?') {
      addText(decodeEntities(html.slice(textStart, lt)));
      let close: number;
      if (html.startsWith('<!--', lt)) {
        close = html.indexOf('-->', lt + 4);
        close = close < 0 ? n : close + 3;
      } else if (html.startsWith('<![CDATA[', lt)) {
        close = html.indexOf(']]>', lt + 9);
        addText(html.slice(lt + 9, close < 0 ? n : close));
        close = close < 0 ? n : close + 3;
      } else {
        close = html.indexOf('>', lt + 2);
        close = close < 0 ? n : close + 1;
      }
      i = textStart = close;
      continue;
    }
    if (c === '/' && isAsciiLetter(html[lt + 2])) {
      addText(decodeEntities(html.slice(textStart, lt)));
      const tag = readTag(html, lt + 2);
      popTo(tag.name, tag.name === 'p' || tag.name === 'li' ? SCOPE : new Set());
      i = textStart = tag.end;
      continue;
    }
    if (!isAsciiLetter(c)) {
      i = lt + 1; // a literal "<" ("a < b")
      continue;
    }
    addText(decodeEntities(html.slice(textStart, lt)));
    const tag = readTag(html, lt + 1);
    i = textStart = tag.end;
    const name = tag.name;
    impliedEnds(name, popTo);
    const el: HtmlElement = { type: 'element', name, attrs: tag.attrs, children: [] };
    top().children.push(el);
    if (RAW_TEXT.has(name) || RCDATA.has(name)) {
      const endRe = new RegExp(`</${name}[\\s/>]`, 'ig');
      endRe.lastIndex = i;
      const m = endRe.exec(html);
      const stop = m ? m.index : n;
      const raw = html.slice(i, stop);
      if (raw) el.children.push({ type: 'text', value: RCDATA.has(name) ? decodeEntities(raw) : raw });
      const gt = m ? html.indexOf('>', stop) : -1;
      i = textStart = gt < 0 ? n : gt + 1;
      continue;
    }
    if (!VOID.has(name) && !tag.selfClosing) stack.push(el);
  }
  addText(decodeEntities(html.slice(textStart)));
  return root;
}

function impliedEnds(name: string, popTo: (name: string, stopAt: Set<string>) => boolean): void {
  if (CLOSES_P.has(name)) popTo('p', SCOPE);
  if (name === 'li') popTo('li', new Set([...SCOPE, 'ul', 'ol']));
  if (name === 'dt' || name === 'dd') {
    const stop = new Set([...SCOPE, 'dl']);
    if (!popTo('dd', stop)) popTo('dt', stop);
  }
  if (name === 'tr') {
    const stop = new Set(['table', 'tbody', 'thead', 'tfoot']);
    popTo('tr', stop);
  }
  if (name === 'td' || name === 'th') {
    const stop = new Set(['table', 'tr']);
    if (!popTo('td', stop)) popTo('th', stop);
  }
  if (name === 'option') popTo('option', new Set(['select', 'datalist']));
}

function isAsciiLetter(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
}

interface Tag {
  name: string;
  attrs: Record<string, string>;
  selfClosing: boolean;
  /** Index just after the closing ">". */
  end: number;
}

/** Reads a tag from its name (at `p`) through its ">", attributes included. */
function readTag(html: string, p: number): Tag {
  const n = html.length;
  let q = p;
  while (q < n && !/[\s/>]/.test(html[q])) q++;
  const name = html.slice(p, q).toLowerCase();
  const attrs: Record<string, string> = {};
  let selfClosing = false;
  for (;;) {
    while (q < n && /\s/.test(html[q])) q++;
    if (q >= n) break;
    if (html[q] === '>') {
      q++;
      break;
    }
    if (html[q] === '/') {
      selfClosing = html[q + 1] === '>';
      q++;
      continue;
    }
    const a = q;
    while (q < n && !/[\s/>=]/.test(html[q])) q++;
    const attr = html.slice(a, q).toLowerCase();
    if (q === a) q++; // a stray character: step over it
    while (q < n && /\s/.test(html[q])) q++;
    let value = '';
    if (html[q] === '=') {
      q++;
      while (q < n && /\s/.test(html[q])) q++;
      const quote = html[q];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, q + 1);
        const stop = close < 0 ? n : close;
        value = html.slice(q + 1, stop);
        q = close < 0 ? n : close + 1;
      } else {
        const v = q;
        while (q < n && !/[\s>]/.test(html[q])) q++;
        value = html.slice(v, q);
      }
    }
    if (attr && !(attr in attrs)) attrs[attr] = decodeEntities(value);
  }
  return { name, attrs, selfClosing, end: q };
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

/** Decodes character references: named (common ones), decimal and hexadecimal. */
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
