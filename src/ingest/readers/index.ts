/** The readers of `imon ingest`: which files, how their bytes become text, and what sources they hold. */
export * from './types.ts';
export { InputError, MAX_INPUT_BYTES } from './errors.ts';
export { expandInputs, readerKindOf, SUPPORTED_EXTENSIONS, type ExpandedInputs } from './expand.ts';
export { decodeText, decodeTextDetailed, type TextEncoding, UNDECODABLE } from './decode.ts';
export { normalizeDate, normalizeLang } from './metadata.ts';
export { readSources } from './read.ts';
export { readTextFile } from './read-text.ts';
export { readPlainText, readHtmlPage } from './plain.ts';
export { readFeed } from './feed.ts';
export { readJsonl, JsonlRecord } from './jsonl.ts';
