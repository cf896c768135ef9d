import { basename, extname } from 'node:path';
import type { SourceFormat } from '../domain/source.ts';
import { decodeText } from './readers/decode.ts';
import { InputError, MAX_INPUT_BYTES } from './readers/errors.ts';
import { readTextFile } from './readers/read-text.ts';

/*
 * One input file for `imon extract`. The byte-level work (size limit, encodings, binary
 * and empty files) is the ingest readers'; this keeps extract's small interface.
 */

export { InputError, MAX_INPUT_BYTES };

export interface InputDocument {
  /** The file's base name without extension: the `doc` of its facts. */
  doc: string;
  file: string;
  format: Extract<SourceFormat, 'txt' | 'md' | 'html'>;
  text: string;
}

export function formatOf(file: string): InputDocument['format'] | null {
  const ext = extname(file).toLowerCase();
  if (ext === '.txt' || ext === '' || ext === '.text') return 'txt';
  if (ext === '.md' || ext === '.markdown') return 'md';
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  return null;
}

export function docIdOf(file: string): string {
  return basename(file, extname(file));
}

/** Decodes bytes as UTF-8 (BOM dropped), refusing binary data and invalid sequences. */
export function decodeUtf8Text(file: string, bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new InputError(file, 'binary data (NUL bytes), not text');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(file, 'not valid UTF-8 text');
  }
}

/**
 * Reads one input file for extraction (`-` is standard input, taken as plain text).
 * UTF-8, UTF-16, windows-1251 and KOI8-R are decoded; a UTF-8 BOM stays in the text as
 * U+FEFF, as in a plain utf8 read, so fact offsets match the file.
 */
export async function readInputDocument(file: string, stdin: () => Promise<Buffer> = readStdin): Promise<InputDocument> {
  if (file === '-') {
    const bytes = await stdin();
    return { doc: 'stdin', file, format: 'txt', text: decodeText('(stdin)', bytes) };
  }
  const format = formatOf(file);
  if (!format) throw new InputError(file, `unsupported file type "${extname(file)}" (expected .txt, .md or .html)`);
  return { doc: docIdOf(file), file, format, text: await readTextFile(file) };
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
