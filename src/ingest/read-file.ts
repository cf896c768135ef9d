import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { SourceFormat } from '../domain/source.ts';

/** A file that cannot become a source, with the reason in words a user can act on. */
export class InputError extends Error {
  constructor(readonly file: string, readonly reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'InputError';
  }
}

export interface InputDocument {
  /** The file's base name without extension: the `doc` of its facts. */
  doc: string;
  file: string;
  format: Extract<SourceFormat, 'txt' | 'md' | 'html'>;
  text: string;
}

/** Files bigger than this are refused rather than risk the process's memory. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

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

/** Reads one input file for extraction (`-` is standard input, taken as plain text). */
export async function readInputDocument(file: string, stdin: () => Promise<Buffer> = readStdin): Promise<InputDocument> {
  if (file === '-') {
    const bytes = await stdin();
    return { doc: 'stdin', file, format: 'txt', text: decodeUtf8Text('(stdin)', bytes) };
  }
  const format = formatOf(file);
  if (!format) throw new InputError(file, `unsupported file type "${extname(file)}" (expected .txt, .md or .html)`);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a folder, not a file' : (error as Error).message;
    throw new InputError(file, reason);
  }
  if (bytes.length > MAX_INPUT_BYTES) throw new InputError(file, `too large (${bytes.length} bytes; the limit is ${MAX_INPUT_BYTES})`);
  return { doc: docIdOf(file), file, format, text: decodeUtf8Text(file, bytes) };
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
