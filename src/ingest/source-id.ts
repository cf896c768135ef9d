import { createHash } from 'node:crypto';

/**
 * The text a source's identity is computed from: Unicode NFC, LF line ends, no trailing
 * spaces on lines, no leading or trailing blank lines. Two copies that differ only in those
 * are one source.
 */
export function normalizeBodyForIdentity(body: string): string {
  return body
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00A0]+$/gm, '')
    .trim();
}

/** sha-256 hex of the normalized body. */
export function sourceIdOf(body: string): string {
  return createHash('sha256').update(normalizeBodyForIdentity(body)).digest('hex');
}
