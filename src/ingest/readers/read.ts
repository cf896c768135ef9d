import { InputError } from './errors.ts';
import { readerKindOf, unsupportedReason } from './expand.ts';
import { readFeed } from './feed.ts';
import { readJsonl } from './jsonl.ts';
import { readHtmlPage, readPlainText } from './plain.ts';
import { readTextFile } from './read-text.ts';
import type { ItemFailure, SourceItem } from './types.ts';

/**
 * Every source in a file, by its extension's reader. Never throws: a file that cannot be
 * read gives one ItemFailure without `item`; a bad feed item or JSONL line gives an
 * ItemFailure naming it, and the rest of the file goes on.
 */
export async function* readSources(file: string, opts: { maxBytes?: number } = {}): AsyncGenerator<SourceItem | ItemFailure> {
  const kind = readerKindOf(file);
  if (!kind) {
    yield { file, reason: unsupportedReason(file) };
    return;
  }
  let text: string;
  try {
    text = await readTextFile(file, opts.maxBytes);
  } catch (error) {
    yield { file, reason: error instanceof InputError ? error.reason : (error as Error).message };
    return;
  }
  switch (kind) {
    case 'txt':
    case 'md':
      yield readPlainText(file, text, kind);
      return;
    case 'html':
      yield readHtmlPage(file, text);
      return;
    case 'jsonl':
      yield* readJsonl(file, text);
      return;
    default:
      yield* readFeed(file, text);
  }
}
