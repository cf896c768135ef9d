import type { Language, SourceFormat } from '../../domain/source.ts';

/** One text a reader found: a whole file, a feed item or a JSONL record. */
export interface SourceItem {
  /** The file path; `file#item-N` for a feed item without a link; the item's link; `file#line-N` for JSONL. */
  location: string;
  format: SourceFormat;
  title: string | null;
  /** Normalised: "YYYY-MM-DD", "YYYY-MM" or "YYYY"; null when unknown or unreadable. */
  date: string | null;
  url: string | null;
  /** As the source declares it; null means "not declared: detect by script later". */
  lang: Language | null;
  publisher: string | null;
  /**
   * The text facts are read from. For .txt/.md: the file text after front matter, exactly
   * as in the file (offsets match the file's body). For HTML and feed items: htmlToText's text.
   * For JSONL: the record's `text` as given.
   */
  body: string;
  /**
   * True when we rendered the body from markup (HTML pages, feed items): plain paragraphs,
   * no markdown or footnote syntax to look for. False when the body is the author's own
   * text (txt, md, jsonl), which may carry markdown, footnotes and page furniture.
   */
  bodyIsPlain: boolean;
}

/** A file, or one item of it, that did not become a source. */
export interface ItemFailure {
  file: string;
  /** Which part of the file: "line 7" (JSONL), "item 3" (feeds); absent for the whole file. */
  item?: string;
  reason: string;
}

/** A path given on the command line that names no readable input. */
export interface InputFailure {
  file: string;
  reason: string;
}

export function isItemFailure(x: SourceItem | ItemFailure): x is ItemFailure {
  return 'reason' in x && !('body' in x);
}

/** "feed.xml: item 3: no text". */
export function describeFailure(f: ItemFailure | InputFailure): string {
  return 'item' in f && f.item ? `${f.file}: ${f.item}: ${f.reason}` : `${f.file}: ${f.reason}`;
}
