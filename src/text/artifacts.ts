import { type Span, isSpaceCode, lineSpans, trimSpan } from './span.ts';

/*
 * Things in a body that are not the author's prose: markdown left over from conversion,
 * footnote markers and footnotes, page furniture, URLs, hyphenation. They are reported as
 * spans in body coordinates and never removed from the body itself; `maskArtifacts` gives a
 * same-length copy for pattern matching and `cleanView` an exact-mapped copy without them.
 */

export type ArtifactKind =
  /** The `**` / `__` / `*` around emphasised text (the text itself is not an artifact). */
  | 'emphasis'
  /** The backslash of a markdown escape: `\$`, `\%`, `\_`. */
  | 'escape'
  /** Other markdown syntax: heading hashes, blockquote marks, link brackets, images. */
  | 'markup'
  /** A footnote reference: "¹²", "^12", "[^3]", "[12]", or digits glued to a word ("treaty.12 The"). */
  | 'footnote-marker'
  /** A whole footnote line (marker plus citation), or its continuation line ("URL: <...>"). */
  | 'footnote'
  /** Page furniture: watermarks ("FOR AUTHOR USE ONLY"), page numbers, running heads, rules. */
  | 'furniture'
  | 'url'
  /** U+00AD. Not masked (a space would split the word); removed by `cleanView`. */
  | 'soft-hyphen'
  /** "coope-\nration": the hyphen and the line break. Not masked; removed by `cleanView`. */
  | 'hyphenation';

export interface Artifact extends Span {
  kind: ArtifactKind;
}

/** Kinds that `maskArtifacts` blanks by default: everything that a space can stand in for. */
export const MASKED_KINDS: ReadonlySet<ArtifactKind> = new Set<ArtifactKind>([
  'emphasis', 'escape', 'markup', 'footnote-marker', 'footnote', 'furniture', 'url',
]);

const SUP = '\u00b9\u00b2\u00b3\u2070\u2074-\u2079';
const SUP_RUN = new RegExp(`[${SUP}]+`, 'g');
const IS_SUP = new RegExp(`^[${SUP}]$`);
const HAS_SUP = new RegExp(`[${SUP}]`);

// ---------------------------------------------------------------------------------------
// Line classes: footnotes and furniture
// ---------------------------------------------------------------------------------------

/** Watermarks that publishers stamp on every page. */
const WATERMARK =
  /^(?:for\s+(?:the\s+)?(?:author|private|personal|internal|review)(?:['’]s)?\s+use\s+only|only\s+for\s+(?:author|private|personal)\s+use|not\s+for\s+(?:distribution|sale)|для\s+(?:служебного|личного)\s+пользования)$/i;
const PAGE_NUMBER =
  /^(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?$|^(?:page|p\.|pp\.|стр\.|страница|seite|s\.)\s*\d{1,4}(?:\s*(?:of|из|von|\/)\s*\d{1,4})?$|^[ivxlc]{1,7}$/i;
const RULE = /^(?:[-*_=]\s*){3,}$/;
/** Short lines repeated this often are running heads. */
const RUNNING_HEAD_REPEATS = 3;
const RUNNING_HEAD_MAX = 80;

/** A footnote marker at the start of a line. */
const LINE_MARKER = new RegExp(
  `^[ \\t]*(?:([${SUP}]+)|\\^\\[?(\\d{1,3})\\]?|(\\[\\^[\\w-]{1,20}\\]:)|([1-9]\\d{0,2})(?=[ \\t).\\]]))`,
);

/** Signs of a citation: a bibliographic reference rather than prose. */
const CITATION_CUES: RegExp[] = [
  /\[(?:electronic|e-)\s*resource\]|\[электронный\s+ресурс\]|режим\s+доступа/i,
  /\bURL\s*:|https?:\/\/|\bwww\.|<https?:/i,
  /\bibid\b|\bop\.\s*cit\b|\bloc\.\s*cit\b|там\s+же|указ\.\s*соч/i,
  /(?:^|\s)\/\/(?:\s|$|\.)/, // "Title / Author // Journal" (GOST style)
  /\s[-–]\s?\d{4}\s?\.(?:\s|$)/, // ". - 2019. -"
  /(?:^|[\s(,.])(?:[PСC]|pp?|с|стр|S)\.\s?\d{1,4}(?:\s?[-–]\s?\d{1,4})?\.?\s*$/, // page reference at the end
  /\bISBN\b|\bDOI\b|\bpublish(?:ing|ers?)\b|\b(?:university\s+)?press\b|издательство|изд-во/i,
  /,\s*(?:19|20)\d{2}\s*[.)]?\s*$/, // "BelTA, 2019"
  /\s[-–]\s?(?:M|Moscow|Minsk|СПб|М|Мн|Минск|Москва)\.?,?\s*(?:[\p{L} ]{0,40}:)?\s*[\p{L} ]{0,40},?\s*(?:19|20)\d{2}/u,
];
/** Words that open a citation after a marker: "12 See ...", "3 Ibid.", "¹ Source: ...". */
const CITATION_OPENER = /^(?:see|cf\.|source|sources|ibid|quoted|cited|from|according\s+to|источник|см\.|там\s+же|цит\.|подробнее|vgl\.|quelle)\b/i;
/** "Ivanov, A." / "Sachuk T.V." at the start of a reference. */
const AUTHOR_OPENER = /^\p{Lu}[\p{Ll}'’-]+,?\s+\p{Lu}\.(?:\s?\p{Lu}\.)?/u;
/** Lines that continue a footnote: a bare URL, "URL: ...", "[Electronic resource] ...". */
const FOOTNOTE_CONTINUATION =
  /^(?:<?\[?https?:\/\/|<?www\.|URL\s*:|[-–]+\s*URL|\[(?:electronic|e-)\s*resource\]|\[электронный\s+ресурс\]|режим\s+доступа)/i;

function hasCitationCue(rest: string): boolean {
  if (CITATION_OPENER.test(rest) || AUTHOR_OPENER.test(rest)) return true;
  return CITATION_CUES.some((re) => re.test(rest));
}

/** Superscript and caret markers with a space after them are footnotes when short. */
const SHORT_FOOTNOTE = 300;

/**
 * Whether a line is a footnote: a marker at its start followed by a citation.
 * Lines that merely begin with a number ("2019 was...", "15 agreements were signed...")
 * are prose: an ASCII number counts as a marker only with a capitalised word and a
 * citation cue after it, and four-digit years are never markers. A superscript marker
 * glued to a capitalised word with no cue ("⁵One of the levers...") is prose with a
 * stray marker, not a footnote.
 */
export function isFootnoteLine(line: string): boolean {
  const m = LINE_MARKER.exec(line);
  if (!m) return false;
  if (m[3]) return true; // markdown footnote definition "[^3]: ..."
  const rest = line.slice(m[0].length).replace(/^[\s.]+/, '');
  if (!rest) return false;
  const spaced = isSpaceCode(line.charCodeAt(m[0].length));
  if (m[1] || m[2]) return hasCitationCue(rest) || (spaced && line.trim().length <= SHORT_FOOTNOTE);
  // ASCII digits: need a space, a capitalised first word (or a citation opener) and a cue.
  if (!spaced && line[m[0].length] !== ')' && line[m[0].length] !== '.') return false;
  const firstUpper = /^\p{Lu}/u.test(rest) || CITATION_OPENER.test(rest);
  return firstUpper && hasCitationCue(rest);
}

/** Whether a trimmed line is page furniture on its own (no repetition needed). */
export function isFurnitureLine(trimmed: string): boolean {
  return WATERMARK.test(trimmed) || PAGE_NUMBER.test(trimmed) || RULE.test(trimmed);
}

// ---------------------------------------------------------------------------------------
// Inline artifacts
// ---------------------------------------------------------------------------------------

// Inner classes exclude the opening bracket too, so each attempt stops at the next "[" (linear).
const MD_LINK = /(!?)\[([^[\]\n]{0,500})\]\(([^()\s]{1,2000})(?:\s+"[^"\n]{0,200}")?\)/g;
const URL = /<?\b(?:https?:\/\/|www\.)[^\s<>"«»]+>?/gi;
/** What every URL match contains. */
const URL_HINT = /:\/\/|www\./i;
const BOLD = /\*\*(?=[^\s*])([^*\n]{0,2000}?[^\s*])\*\*/g;
const UNDERLINE_BOLD = /(?<![\p{L}\p{N}_])__(?=[^\s_])([^_\n]{0,2000}?[^\s_])__(?![\p{L}\p{N}_])/gu;
const ITALIC = /(?<![\p{L}\p{N}*\\])\*(?=[^\s*])([^*\n]{0,500}?)(?<=[^\s*\\])\*(?![\p{L}\p{N}*])/gu;
const ESCAPE = /\\[\\`*_{}[\]()#+\-.!$%&<>|~"']/g;
const HEADING = /^[ \t]{0,3}(#{1,6})(?=[ \t])/;
const QUOTE_MARK = /^[ \t]{0,3}(>[ \t]?)+/;
const CARET_MARKER = /\^\[?\d{1,3}\]?(?!\d)/g;
const MD_REF = /\[\^[\w-]{1,20}\](?!:)/g;
// Patterns start with a literal and check what precedes them in code: a leading lookbehind
// would be tried at every position of a 5 MB line.
const BRACKET_REF = /\[\d{1,3}(?:\s?[-–,]\s?\d{1,3}){0,5}\]/g;
const BEFORE_BRACKET_REF = /[\p{L}.,;:)"”»'’]/u;
/**
 * One to three digits glued to what precedes them: to a lower-case word ("agreement12, the")
 * or to punctuation after a word or quote ("cooperation.12 The", "plan”3").
 */
const GLUED_DIGITS = /\d{1,3}(?![\d\p{L}%])/gu;
const LOWER = /\p{Ll}/u;
const MARK_PUNCT = /[.,;:!?"”’»)\]]/;
const WORDISH = /[\p{L}%)\]"'”’»]/u;
const SOFT_HYPHEN = /\u00ad/g;
/** An asterisk footnote mark after a word or figure: "Belarus*", "2019**". */
const ASTERISK_MARKER = /\*{1,3}(?=[\s,.;:)]|$)/g;
const BEFORE_ASTERISK = /[\p{L}\p{N}%)"”»]/u;
/** A bullet at the start of a markdown list item. */
const BULLET = /^[ \t]{0,3}([*+])[ \t]/;
/** A watermark that PDF extraction glued into a line of prose. */
const WATERMARK_INLINE = /\b(?:FOR (?:THE )?(?:AUTHOR|PRIVATE|PERSONAL|INTERNAL)(?:'S)? USE ONLY|ONLY FOR (?:AUTHOR|PRIVATE|PERSONAL) USE)\b/g;

/** Unit words whose superscripts are exponents ("km²", "м³"), not footnote markers. */
const UNITS = new Set(['m', 'km', 'cm', 'mm', 'dm', 'sq', 'ft', 'in', 'м', 'км', 'см', 'мм', 'дм', 'кв']);
/** Word stems that carry digits of their own ("covid19", "web3"). */
const WORDS_WITH_DIGITS = new Set(['covid', 'sars', 'ipv', 'web', 'win', 'usb', 'iso', 'mpeg', 'h', 'ковид']);
/** Abbreviations that take a number after their dot ("No.1", "p.12", "ст.5"): not footnote markers. */
const NUMBER_ABBREVIATIONS = new Set([
  'no', 'nos', 'nr', 'art', 'vol', 'fig', 'tab', 'ch', 'sec', 'para', 'p', 'pp', 'v', 'ver', 'ed', 'iss', 'part', 'pt',
  'ст', 'п', 'пп', 'гл', 'рис', 'табл', 'т', 'ч', 'с', 'стр', 'вып', 'разд', 'прил', 'д', 'кв', 'корп', 'ред',
]);

/** The run of letters that ends at `end` (at most 20 letters back). */
function wordBefore(text: string, end: number): string {
  let s = end;
  while (s > 0 && end - s < 20 && /\p{L}/u.test(text[s - 1])) s--;
  return text.slice(s, end);
}

/**
 * Finds every artifact of a body, sorted by start. Footnote and furniture lines are
 * reported as one span each and not searched further; all other lines are searched for
 * inline artifacts.
 */
export function findArtifacts(body: string): Artifact[] {
  const out: Artifact[] = [];
  const lines = lineSpans(body);
  const heads = runningHeads(body, lines);
  let inFootnote = false;
  for (let li = 0; li < lines.length; li++) {
    const l = lines[li];
    const t = trimSpan(body, l.start, l.end);
    if (!t) continue; // blank lines neither start nor end a footnote run
    const line = body.slice(t.start, t.end);
    if (isFurnitureLine(line) || heads.has(line)) {
      out.push({ start: t.start, end: t.end, kind: 'furniture' });
      continue;
    }
    if (isFootnoteLine(line) || (inFootnote && FOOTNOTE_CONTINUATION.test(line))) {
      out.push({ start: t.start, end: t.end, kind: 'footnote' });
      inFootnote = true;
      continue;
    }
    inFootnote = false;
    inlineArtifacts(body, l, out);
    const next = lines[li + 1];
    if (next) hyphenation(body, l, next, out);
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}

/** Short lines without a final full stop that recur at least three times: running heads. */
function runningHeads(body: string, lines: Span[]): Set<string> {
  const counts = new Map<string, number>();
  for (const l of lines) {
    const t = trimSpan(body, l.start, l.end);
    if (!t || t.end - t.start > RUNNING_HEAD_MAX) continue;
    const s = body.slice(t.start, t.end);
    if (/[.!?:;,]$/.test(s) || !/\p{L}/u.test(s)) continue;
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const heads = new Set<string>();
  for (const [s, n] of counts) if (n >= RUNNING_HEAD_REPEATS) heads.add(s);
  return heads;
}

function inlineArtifacts(body: string, l: Span, out: Artifact[]): void {
  if (l.end <= l.start) return;
  const line = body.slice(l.start, l.end);
  const base = l.start;
  // Characters already claimed (URLs, links) so that "__" or "\_" inside a URL stay put; made
  // at the first claim, since most lines have none.
  let busy: Uint8Array | null = null;
  const claim = (s: number, e: number, kind: ArtifactKind) => {
    out.push({ start: base + s, end: base + e, kind });
    (busy ??= new Uint8Array(line.length)).fill(1, s, e);
  };
  const free = (s: number, e: number) => {
    if (busy) for (let i = s; i < e; i++) if (busy[i]) return false;
    return true;
  };

  const h = HEADING.exec(line);
  if (h) claim(h[0].length - h[1].length, h[0].length, 'markup');
  const q = QUOTE_MARK.exec(line);
  if (q && !h) claim(0, q[0].length, 'markup');
  const b = BULLET.exec(line);
  if (b && !h && !q) claim(b[0].length - 2, b[0].length - 1, 'markup');
  // Most lines are plain prose: each pattern below needs a character (or two) that a quick
  // look finds absent, and then its scan is skipped.
  const star = line.includes('*');
  const bracket = line.includes('[');
  if (line.includes('FOR')) for (const m of line.matchAll(WATERMARK_INLINE)) {
    claim(m.index, m.index + m[0].length, 'furniture');
  }

  if (bracket && line.includes('](')) for (const m of line.matchAll(MD_LINK)) {
    const s = m.index;
    const e = s + m[0].length;
    if (!free(s, e)) continue;
    if (m[1]) {
      claim(s, e, 'markup'); // an image: nothing of it is prose
      continue;
    }
    const close = s + 1 + m[2].length; // the "]"
    const urlStart = close + 2;
    const urlEnd = urlStart + m[3].length;
    claim(s, s + 1, 'markup');
    claim(close, urlStart, 'markup');
    claim(urlStart, urlEnd, 'url');
    claim(urlEnd, e, 'markup'); // an optional "title" and the ")"
  }

  if (URL_HINT.test(line)) for (const m of line.matchAll(URL)) {
    let s = m.index;
    let e = s + m[0].length;
    if (line[s] === '<' && line[e - 1] !== '>') s++; // "<" that is not an autolink bracket
    if (line[s] !== '<') e = s + trimUrlEnd(line.slice(s, e));
    if (e > s && free(s, e)) claim(s, e, 'url');
  }

  if (star) for (const m of line.matchAll(BOLD)) {
    const s = m.index;
    const e = s + m[0].length;
    if (!free(s, e)) continue;
    claim(s, s + 2, 'emphasis');
    claim(e - 2, e, 'emphasis');
  }
  if (line.includes('__')) for (const m of line.matchAll(UNDERLINE_BOLD)) {
    const s = m.index;
    const e = s + m[0].length;
    if (!free(s, e)) continue;
    claim(s, s + 2, 'emphasis');
    claim(e - 2, e, 'emphasis');
  }
  if (star) for (const m of line.matchAll(ITALIC)) {
    const s = m.index;
    const e = s + m[0].length;
    if (!free(s, e)) continue;
    claim(s, s + 1, 'emphasis');
    claim(e - 1, e, 'emphasis');
  }
  if (line.includes('\\')) for (const m of line.matchAll(ESCAPE)) {
    if (free(m.index, m.index + 2)) claim(m.index, m.index + 1, 'escape');
  }

  // Footnote markers.
  if (HAS_SUP.test(line)) for (const m of line.matchAll(SUP_RUN)) {
    const s = m.index;
    const before = s > 0 ? line[s - 1] : '';
    if (/\d/.test(before)) continue; // 10⁶
    if (UNITS.has(wordBefore(line, s).toLowerCase())) continue; // km²
    if (free(s, s + m[0].length)) claim(s, s + m[0].length, 'footnote-marker');
  }
  if (bracket) for (const m of line.matchAll(MD_REF)) {
    if (free(m.index, m.index + m[0].length)) claim(m.index, m.index + m[0].length, 'footnote-marker');
  }
  if (line.includes('^')) for (const m of line.matchAll(CARET_MARKER)) {
    const s = m.index;
    if (s > 0 && /[\d\s]/.test(line[s - 1])) continue; // 10^6, or a caret standing alone
    if (free(s, s + m[0].length)) claim(s, s + m[0].length, 'footnote-marker');
  }
  if (bracket) for (const m of line.matchAll(BRACKET_REF)) {
    const s = m.index;
    if (s > 0 && BEFORE_BRACKET_REF.test(line[s - 1]) && free(s, s + m[0].length)) claim(s, s + m[0].length, 'footnote-marker');
  }
  GLUED_DIGITS.lastIndex = 0;
  for (let m = GLUED_DIGITS.exec(line); m; m = GLUED_DIGITS.exec(line)) {
    const s = m.index;
    const e = s + m[0].length;
    if (s === 0 || !endsMarker(line, e) || !free(s, e)) continue;
    if (isGluedToWord(line, s) || isGluedToPunctuation(line, s)) claim(s, e, 'footnote-marker');
  }
  if (star) for (const m of line.matchAll(ASTERISK_MARKER)) {
    const s = m.index;
    if (s > 0 && BEFORE_ASTERISK.test(line[s - 1]) && free(s, s + m[0].length)) claim(s, s + m[0].length, 'footnote-marker');
  }
  if (line.includes('\u00ad')) for (const m of line.matchAll(SOFT_HYPHEN)) claim(m.index, m.index + 1, 'soft-hyphen');
}

/** "agreement12": at least three lower-case letters before, not a word that carries digits. */
function isGluedToWord(line: string, s: number): boolean {
  if (s < 3 || !LOWER.test(line[s - 1]) || !LOWER.test(line[s - 2]) || !LOWER.test(line[s - 3])) return false;
  const word = wordBefore(line, s);
  const w0 = s - word.length;
  if (WORDS_WITH_DIGITS.has(word.toLowerCase()) || UNITS.has(word.toLowerCase())) return false;
  return !(w0 > 0 && /[\d\-_/\\.@]/.test(line[w0 - 1])); // "Su-27sm", "v1.2rc3", paths
}

/** "cooperation.12", "said.\"7": one or two marks after a word or quote, not "No.1" or "p.12". */
function isGluedToPunctuation(line: string, s: number): boolean {
  if (!MARK_PUNCT.test(line[s - 1])) return false;
  // The first of the (one or two) punctuation marks decides.
  const p0 = s >= 2 && MARK_PUNCT.test(line[s - 2]) ? s - 2 : s - 1;
  if (p0 === 0 || !WORDISH.test(line[p0 - 1])) return false;
  const punct = line[p0];
  if (punct === ':') return false; // "Article:12" and ratios are not marker territory
  if (punct === '.' || punct === ',') {
    const word = wordBefore(line, p0).toLowerCase();
    if (NUMBER_ABBREVIATIONS.has(word) || word.length === 1) return false; // "No.1", "p.12", "ст.5"
  }
  return true;
}

/** A marker ends at whitespace, the end of the line, or punctuation not followed by a digit. */
function endsMarker(line: string, e: number): boolean {
  if (e >= line.length) return true;
  const c = line[e];
  if (isSpaceCode(line.charCodeAt(e))) return true;
  if (/[,.;:!?)\]"'”’»]/.test(c)) return !(e + 1 < line.length && /\d/.test(line[e + 1]));
  return false;
}

/** Trailing punctuation is not part of a URL; a closing bracket is when the URL opened one. */
export function trimUrlEnd(url: string): number {
  let e = url.length;
  while (e > 1 && /[.,;:!?)'"»”’\]]/.test(url[e - 1])) {
    if (url[e - 1] === ')') {
      const head = url.slice(0, e);
      if (head.split('(').length >= head.split(')').length) break; // "(...)" balanced inside
    }
    e--;
  }
  return e;
}

/** "coope-" at the end of a line followed by "ration" in lower case on the next. */
function hyphenation(body: string, line: Span, next: Span, out: Artifact[]): void {
  const t = trimSpan(body, line.start, line.end);
  const n = trimSpan(body, next.start, next.end);
  if (!t || !n) return;
  const last = body[t.end - 1];
  if (last !== '-' && last !== '\u00ad') return;
  if (t.end - 2 < t.start || !/\p{Ll}/u.test(body[t.end - 2]) || !/\p{Ll}/u.test(body[n.start])) return;
  if (last === '\u00ad') {
    // The soft hyphen itself is already reported; add the line break after it.
    out.push({ start: t.end, end: n.start, kind: 'hyphenation' });
    return;
  }
  out.push({ start: t.end - 1, end: n.start, kind: 'hyphenation' });
}

// ---------------------------------------------------------------------------------------
// Views
// ---------------------------------------------------------------------------------------

/**
 * A copy of the body of the same length in which artifact characters are spaces, so that
 * offsets found in it are body offsets: "\$1.5 billion" reads " $1.5 billion",
 * "**Concept**" reads "  Concept  ", "treaty.¹² The" reads "treaty.   The". Line breaks
 * are kept so that line structure survives. Only `kinds` are masked (default
 * MASKED_KINDS: not soft hyphens or hyphenation, where a space would split a word).
 */
export function maskArtifacts(
  body: string,
  spans: readonly Artifact[] | readonly Span[],
  kinds: ReadonlySet<ArtifactKind> = MASKED_KINDS,
): string {
  const chosen = (spans as readonly (Span & { kind?: ArtifactKind })[]).filter(
    (s) => s.kind === undefined || kinds.has(s.kind),
  );
  const merged = mergeSpans(chosen);
  const parts: string[] = [];
  let pos = 0;
  for (const s of merged) {
    parts.push(body.slice(pos, s.start));
    const piece = body.slice(s.start, s.end);
    parts.push(/[\r\n]/.test(piece) ? piece.replace(/[^\r\n]/g, ' ') : ' '.repeat(piece.length));
    pos = s.end;
  }
  parts.push(body.slice(pos));
  return parts.join('');
}

/** Sorted, non-overlapping union of spans clipped to non-empty ranges. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

export interface CleanView {
  /** The body without the chosen artifacts (line breaks kept, except inside hyphenated words). */
  text: string;
  /** Body index of the character at `i` in `text` (i === text.length maps to body.length). */
  toBody(i: number): number;
  /** Body span covering text[start, end): ends right after the last kept character. */
  toBodySpan(start: number, end: number): Span;
}

/**
 * A cleaned copy with an exact offset map back to the body, for matchers that need words
 * whole ("coope-\nration" reads "cooperation", "co\u00adoperation" reads "cooperation",
 * "**Gomel** Region" reads "Gomel Region"). Whole-line artifacts (footnotes, furniture)
 * are removed but their line breaks kept.
 */
export function cleanView(body: string, spans: readonly Artifact[], kinds?: ReadonlySet<ArtifactKind>): CleanView {
  const removeAll = mergeSpans(spans.filter((s) => (kinds ? kinds.has(s.kind) : true) && s.kind === 'hyphenation'));
  const keepBreaks = mergeSpans(spans.filter((s) => (kinds ? kinds.has(s.kind) : true) && s.kind !== 'hyphenation'));
  // Deleted ranges: hyphenation whole; other artifacts minus their line breaks.
  const deleted: Span[] = [...removeAll];
  for (const s of keepBreaks) {
    let a = s.start;
    for (let i = s.start; i < s.end; i++) {
      const c = body.charCodeAt(i);
      if (c === 10 || c === 13) {
        if (i > a) deleted.push({ start: a, end: i });
        a = i + 1;
      }
    }
    if (s.end > a) deleted.push({ start: a, end: s.end });
  }
  const cuts = mergeSpans(deleted);
  // Kept runs: textStarts[k] in the clean text corresponds to bodyStarts[k] in the body.
  const textStarts: number[] = [];
  const bodyStarts: number[] = [];
  const parts: string[] = [];
  let pos = 0;
  let len = 0;
  for (const c of [...cuts, { start: body.length, end: body.length }]) {
    if (c.start > pos) {
      textStarts.push(len);
      bodyStarts.push(pos);
      parts.push(body.slice(pos, c.start));
      len += c.start - pos;
    }
    pos = Math.max(pos, c.end);
  }
  const text = parts.join('');
  const toBody = (i: number): number => {
    if (i >= len) return body.length;
    let lo = 0;
    let hi = textStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (textStarts[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return bodyStarts[lo] + (i - textStarts[lo]);
  };
  return {
    text,
    toBody,
    toBodySpan: (start, end) => (end > start ? { start: toBody(start), end: toBody(end - 1) + 1 } : { start: toBody(start), end: toBody(start) }),
  };
}

/** Whether a character is a superscript digit (a footnote marker candidate). */
export function isSuperscriptDigit(ch: string): boolean {
  return IS_SUP.test(ch);
}
