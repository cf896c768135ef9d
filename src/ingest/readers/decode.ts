import chardet from 'chardet';
import iconv from 'iconv-lite';
import { InputError } from './errors.ts';

/** The single-byte Cyrillic encodings we read; detectors confuse the two, so letter frequencies decide. */
export type CyrillicEncoding = 'windows-1251' | 'koi8-r';
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | CyrillicEncoding;

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

export const UNDECODABLE = 'not decodable text (tried UTF-8, windows-1251, KOI8-R)';

/** How much of a file the byte-level checks look at: enough to judge, cheap for a 64 MB file. */
const SAMPLE = 64 * 1024;

/**
 * Decodes a file's bytes to text. UTF-8 (with or without BOM), UTF-16 LE/BE (BOM, or the
 * NUL pattern of ASCII and Cyrillic text), windows-1251 and KOI8-R. Throws InputError with
 * the reason when the bytes are empty, binary, or none of these.
 *
 * A UTF-8 BOM is kept as U+FEFF, as a plain utf8 read of the file keeps it, so offsets in
 * the text match the file (front-matter handling knows about it). A UTF-16 BOM is dropped:
 * it is the encoding's marker, and no utf8 reader sees that file the same way anyway.
 */
export function decodeText(file: string, bytes: Uint8Array): string {
  return decodeTextDetailed(file, bytes).text;
}

export function decodeTextDetailed(file: string, bytes: Uint8Array): DecodedText {
  const decoded = decodeBytes(file, bytes);
  if (decoded.text.replace(/^\uFEFF/, '').trim() === '') throw new InputError(file, 'empty file');
  return decoded;
}

function decodeBytes(file: string, bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new InputError(file, 'empty file');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = strictUtf8(bytes) ?? mostlyUtf8(bytes);
    if (text === null) throw new InputError(file, 'not decodable text (has a UTF-8 BOM but invalid UTF-8 sequences)');
    return checkedText(file, { text, encoding: 'utf-8' });
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(file, bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(file, bytes.subarray(2), 'utf-16be');
  const sniffed = sniffUtf16(bytes);
  if (sniffed) return utf16(file, bytes, sniffed);

  const sample = bytes.subarray(0, SAMPLE);
  if (bytes.includes(0)) throw new InputError(file, 'binary data (NUL bytes), not text');
  if (controlShare(sample) > MAX_CONTROL_SHARE) throw new InputError(file, 'binary data (control characters), not text');

  const utf8 = strictUtf8(bytes) ?? mostlyUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };

  const encoding = chooseCyrillic(bytes);
  if (!encoding) throw new InputError(file, UNDECODABLE);
  return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding), encoding };
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * UTF-8 with a few broken sequences (a file cut mid-character, one stray byte) is still
 * UTF-8: read as windows-1251 it would turn every Russian letter into two. Broken
 * sequences become U+FFFD. windows-1251 and KOI8-R text almost never forms valid
 * multi-byte sequences, so it does not pass.
 */
function mostlyUtf8(bytes: Uint8Array): string | null {
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
  let bad = 0;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) bad++;
    else if (c >= 0x80) nonAscii++;
  }
  return nonAscii >= 20 && bad <= 1 + nonAscii * 0.02 ? text : null;
}

function utf16(file: string, bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  let le = bytes;
  if (encoding === 'utf-16be') {
    // Swap to little-endian: Node's TextDecoder reliably knows utf-16le only.
    le = new Uint8Array(bytes.length);
    for (let i = 0; i + 1 < bytes.length; i += 2) {
      le[i] = bytes[i + 1];
      le[i + 1] = bytes[i];
    }
    if (bytes.length % 2) le[bytes.length - 1] = bytes[bytes.length - 1];
  }
  let text: string;
  try {
    text = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(le);
  } catch {
    throw new InputError(file, `not decodable text (invalid ${encoding.toUpperCase()})`);
  }
  return checkedText(file, { text, encoding });
}

/** UTF-16 text decodes to anything; its NULs and control characters still mark binary data. */
function checkedText(file: string, decoded: DecodedText): DecodedText {
  const head = decoded.text.slice(0, SAMPLE);
  let controls = 0;
  for (let i = 0; i < head.length; i++) if (isControl(head.charCodeAt(i)) || head.charCodeAt(i) === 0) controls++;
  if (head.length && controls / head.length > MAX_CONTROL_SHARE) throw new InputError(file, 'binary data (control characters), not text');
  return decoded;
}

/** More than this share of C0 control characters (other than whitespace) and it is not text. */
const MAX_CONTROL_SHARE = 0.02;

/** C0 controls and DEL, except tab, line feed, vertical tab, form feed, carriage return and escape. */
function isControl(c: number): boolean {
  return (c < 0x20 && c !== 0 && (c < 0x09 || c > 0x0d) && c !== 0x1b) || c === 0x7f;
}

function controlShare(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) if (isControl(bytes[i])) n++;
  return bytes.length ? n / bytes.length : 0;
}

/**
 * UTF-16 without a BOM: ASCII and Cyrillic characters have a high byte of 0x00 or 0x04,
 * so one byte parity is almost all NULs and 0x04s while the other has (almost) no NULs.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  const pairs = n / 2;
  if (pairs < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  let evenHigh = 0; // pairs whose even byte is 0x00 or 0x04 (big-endian high byte)
  let oddHigh = 0;
  for (let i = 0; i < n; i += 2) {
    const a = bytes[i];
    const b = bytes[i + 1];
    if (a === 0) evenNul++;
    if (b === 0) oddNul++;
    if (a === 0 || a === 4) evenHigh++;
    if (b === 0 || b === 4) oddHigh++;
  }
  const looksLike = (nul: number, high: number, otherNul: number) => nul > 0 && high / pairs >= 0.8 && otherNul / pairs <= 0.02;
  if (looksLike(oddNul, oddHigh, evenNul)) return 'utf-16le';
  if (looksLike(evenNul, evenHigh, oddNul)) return 'utf-16be';
  return null;
}

// ---------------------------------------------------------------------------------------
// windows-1251 or KOI8-R
// ---------------------------------------------------------------------------------------

/** Russian letter frequencies (per cent of letters), lower case; ё counted with е. */
const RU_FREQ: Record<string, number> = {
  о: 10.97, е: 8.45, а: 8.01, и: 7.35, н: 6.7, т: 6.26, с: 5.47, р: 4.73, в: 4.54, л: 4.4, к: 3.49, м: 3.21,
  д: 2.98, п: 2.81, у: 2.62, я: 2.01, ы: 1.9, ь: 1.74, г: 1.7, з: 1.65, б: 1.59, ч: 1.44, й: 1.21, х: 0.97,
  ж: 0.94, ш: 0.73, ю: 0.64, ц: 0.48, щ: 0.36, э: 0.32, ф: 0.26, ъ: 0.04, ё: 0.04,
  // Belarusian and Ukrainian letters windows-1251 has and KOI8-R lacks.
  і: 5.0, ў: 2.0, ї: 0.6, є: 0.8, ґ: 0.01,
};

/** Fewer Cyrillic letters than this and frequencies say little: the detector's guess decides. */
const MIN_LETTERS_FOR_FREQUENCY = 20;
/**
 * Real Russian text averages about 6 (the sum of squared frequencies over their sum);
 * uniform noise averages about 3. Below this the bytes are not Russian in that encoding.
 */
const MIN_MEAN_FREQUENCY = 4.2;

export interface CyrillicScore {
  encoding: CyrillicEncoding;
  /** Cyrillic letters in the decoded sample. */
  letters: number;
  /** Average Russian frequency of those letters (per cent). */
  meanFrequency: number;
  /** Share of Cyrillic letters inside words that also have Latin letters ("prйsident"). */
  mixedShare: number;
}

export function scoreCyrillic(text: string, encoding: CyrillicEncoding): CyrillicScore {
  let letters = 0;
  let freq = 0;
  let mixed = 0;
  for (const word of text.match(/[\p{L}\p{M}]+/gu) ?? []) {
    let cyr = 0;
    let latin = false;
    for (const ch of word) {
      const lower = ch.toLowerCase();
      if (lower >= '\u0400' && lower <= '\u04ff') {
        cyr++;
        freq += RU_FREQ[lower] ?? 0.1;
      } else if (/[a-z]/i.test(ch)) latin = true;
    }
    letters += cyr;
    if (latin) mixed += cyr;
  }
  return { encoding, letters, meanFrequency: letters ? freq / letters : 0, mixedShare: letters ? mixed / letters : 0 };
}

/** The charset a markup file declares for itself (XML declaration, <meta charset>), lower-cased. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 2048)).toString('latin1');
  const m =
    /<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head) ??
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

function cyrillicOf(name: string | null | undefined): CyrillicEncoding | null {
  const n = (name ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
  if (n === 'windows1251' || n === 'cp1251' || n === 'win1251') return 'windows-1251';
  if (n === 'koi8r' || n === 'koi8u' || n === 'koi8') return 'koi8-r';
  return null;
}

/**
 * Picks windows-1251 or KOI8-R for bytes that are not UTF-8, or null when neither gives
 * plausible text. The file's declared charset, else chardet's ranking, is the guess; with
 * enough letters the Russian letter frequencies overrule it (KOI8-R read as windows-1251
 * comes out as mostly capitals of rare letters, and the other way round).
 */
export function chooseCyrillic(bytes: Uint8Array): CyrillicEncoding | null {
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, SAMPLE));
  const guess = cyrillicOf(declaredCharset(sample)) ?? chardetGuess(sample);
  const scores = (['windows-1251', 'koi8-r'] as const).map((enc) => scoreCyrillic(iconv.decode(sample, enc), enc));
  const plausible = scores.filter(
    (s) => s.mixedShare <= 0.2 && (s.letters < MIN_LETTERS_FOR_FREQUENCY || s.meanFrequency >= MIN_MEAN_FREQUENCY),
  );
  if (!plausible.length) return null;
  if (plausible.length === 1) return plausible[0].encoding;
  const [w, k] = plausible;
  if (w.letters >= MIN_LETTERS_FOR_FREQUENCY) return w.meanFrequency >= k.meanFrequency ? 'windows-1251' : 'koi8-r';
  if (guess) return guess;
  // A handful of letters and no guess: frequencies are weak evidence but better than none.
  return w.meanFrequency >= k.meanFrequency ? 'windows-1251' : 'koi8-r';
}

/** chardet's preference between the two, by rank among its matches. */
function chardetGuess(sample: Uint8Array): CyrillicEncoding | null {
  for (const m of chardet.analyse(sample)) {
    const enc = cyrillicOf(m.name);
    if (enc) return enc;
  }
  return null;
}
