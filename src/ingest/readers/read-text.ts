import { readFile, stat } from 'node:fs/promises';
import { InputError, MAX_INPUT_BYTES, reasonOf } from './errors.ts';
import { decodeText } from './decode.ts';

/*
 * Apart from read.ts (every source of a file by its reader) because `imon extract` needs only
 * this: importing the feed, JSONL and glob readers would cost it a tenth of a second at start.
 */

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
