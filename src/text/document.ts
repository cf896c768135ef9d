import type { Language } from '../domain/source.ts';
import { type Artifact, findArtifacts, maskArtifacts } from './artifacts.ts';
import { type FrontMatterMeta, splitFrontMatter } from './front-matter.ts';
import { MIN_PARAGRAPH_LETTERS, scriptLanguage, scriptStats } from './language.ts';
import { paragraphs, sentences } from './segment.ts';
import type { Span } from './span.ts';

/**
 * - text: prose to read facts from;
 * - footnote: a footnote line (citation) or its continuation;
 * - furniture: page furniture, or a line with nothing but artifacts (a bare URL, a rule).
 */
export type ParagraphKind = 'text' | 'footnote' | 'furniture';

export interface PreparedParagraph extends Span {
  kind: ParagraphKind;
  lang: Language;
  /** Sentences in body coordinates; empty for footnotes and furniture. */
  sentences: Span[];
}

export interface PreparedDocument {
  meta: FrontMatterMeta;
  /** Set when the front matter was present but not valid YAML (metadata read leniently). */
  metaError?: string;
  /** The coordinate space of every fact: `quote === body.slice(start, end)`. */
  body: string;
  /** Where the body starts in the file text. */
  bodyOffset: number;
  /** Language of the document as a whole. */
  lang: Language;
  /**
   * The body with artifacts blanked, same length, same line breaks: match patterns here,
   * cut quotes from `body`.
   */
  masked: string;
  artifacts: Artifact[];
  paragraphs: PreparedParagraph[];
}

export interface PrepareOptions {
  /** 'auto' (default): by script, per paragraph; 'en' or 'ru' force the rules for every paragraph. */
  lang?: 'auto' | 'en' | 'ru';
}

/**
 * The entry point the recognizers use: front matter split off, artifacts found and masked,
 * paragraphs classified and given a language, text paragraphs split into sentences.
 */
export function prepareDocument(fileText: string, opts: PrepareOptions = {}): PreparedDocument {
  const split = splitFrontMatter(fileText);
  const prepared = prepareBody(split.body, split.meta, opts);
  return {
    ...prepared,
    bodyOffset: split.bodyOffset,
    ...(split.error ? { metaError: split.error } : {}),
  };
}

/**
 * The same for a body that did not come from a file with front matter (text extracted
 * from HTML, a feed item): `bodyOffset` is 0 and offsets are into `body` as given.
 */
export function prepareBody(body: string, meta: FrontMatterMeta = { raw: {} }, opts: PrepareOptions = {}): PreparedDocument {
  const artifacts = findArtifacts(body);
  const masked = maskArtifacts(body, artifacts);
  const forced = opts.lang === 'en' || opts.lang === 'ru' ? opts.lang : undefined;
  const lang = forced ?? documentLanguage(masked, meta);
  const out: PreparedParagraph[] = [];
  let a = 0; // first artifact that may overlap the current paragraph (both lists are sorted)
  for (const p of paragraphs(body)) {
    while (a < artifacts.length && artifacts[a].end <= p.start) a++;
    const kind = hasAlnum(masked, p.start, p.end) ? 'text' : blankKind(artifacts, a, p);
    const pLang = forced ?? paragraphLanguage(masked, p, lang);
    out.push({
      start: p.start,
      end: p.end,
      kind,
      lang: pLang,
      sentences: kind === 'text' ? sentences(masked, p.start, p.end, pLang) : [],
    });
  }
  return { meta, body, bodyOffset: 0, lang, masked, artifacts, paragraphs: out };
}

/** By script over the masked body; too little text falls back to the declared language. */
function documentLanguage(masked: string, meta: FrontMatterMeta): Language {
  const byScript = scriptLanguage(masked);
  if (byScript !== 'other') return byScript;
  const declared = meta.lang?.toLowerCase().split(/[-_]/)[0];
  if (declared === 'ru' || declared === 'be' || declared === 'uk') return 'ru';
  if (declared === 'en') return 'en';
  return 'other';
}

function paragraphLanguage(masked: string, p: Span, docLang: Language): Language {
  const s = scriptStats(masked, p.start, p.end);
  return s.cyrillic + s.latin + s.other >= MIN_PARAGRAPH_LETTERS ? scriptLanguage(masked, p.start, p.end) : docLang;
}

function blankKind(artifacts: Artifact[], from: number, p: Span): ParagraphKind {
  for (let i = from; i < artifacts.length && artifacts[i].start < p.end; i++) {
    if (artifacts[i].kind === 'footnote') return 'footnote';
  }
  return 'furniture';
}

function hasAlnum(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    if (c >= 0xc0 && /[\p{L}\p{N}]/u.test(text[i])) return true;
  }
  return false;
}
