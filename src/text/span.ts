/**
 * Spans are half-open ranges [start, end) of JS string indices into a document BODY
 * (the file text after its front matter). Every stage of src/text reports spans in body
 * coordinates so that `quote === body.slice(start, end)` holds all the way to the facts.
 */
export interface Span {
  start: number;
  end: number;
}

/**
 * Whitespace for trimming and gap tests. Wider than ASCII: no-break spaces, the BOM
 * (a BOM stays in the body when there is no front matter, see front-matter.ts) and
 * zero-width spaces must never start or end a quote.
 */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Shrinks [start, end) past surrounding whitespace; null when nothing is left. */
export function trimSpan(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  return s < e ? { start: s, end: e } : null;
}

/** Lines of `text` within [start, end), without their line terminators (\n, \r\n or lone \r). */
export function lineSpans(text: string, start = 0, end = text.length): Span[] {
  const out: Span[] = [];
  let s = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      out.push({ start: s, end: i });
      if (c === 13 && i + 1 < end && text.charCodeAt(i + 1) === 10) i++;
      s = i + 1;
    }
  }
  out.push({ start: s, end });
  return out;
}

/** True when `inner` lies within `outer`. */
export function within(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** Index of the first item that starts at or after `offset` in items sorted by start, or items.length. */
export function firstStartingAt(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
