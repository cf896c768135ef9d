import { readFile, stat } from 'node:fs/promises';
import { InputError, MAX_INPUT_BYTES } from './errors.ts';
import { decodeText } from './decode.ts';
import { readerKindOf, reasonOf, unsupportedReason } from './expand.ts';
import { readFeed } from './feed.ts';
import { readJsonl } from './jsonl.ts';
import { readHtmlPage, readPlainText } from './plain.ts';
import type { ItemFailure, SourceItem } from './types.ts';

/**
 * Reads a file's bytes and decodes them, refusing what is not a readable text file with
 * an InputError that says why (missing, unreadable, a folder, too large, binary, empty,
 * not decodable).
 */
export async function readTextFile(file: string, maxBytes = MAX_INPUT_BYTES): Promise<string> {
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new InputError(file, 'is a folder, not a file');
    // Checked before reading, so a huge file never lands in memory.
    if (info.size > maxBytes) throw new InputError(file, `too large (${formatSize(info.size)}, over the ${formatSize(maxBytes)} limit)`);
    bytes = await readFile(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(file, reasonOf(error));
  }
  return decodeText(file, bytes);
}

function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${bytes} bytes`;
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

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
