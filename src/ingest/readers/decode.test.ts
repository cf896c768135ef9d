import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { InputError } from './errors.ts';
import { UNDECODABLE, decodeText, decodeTextDetailed, declaredCharset, sniffUtf16 } from './decode.ts';

// Our own test sentences (not from the corpus).
const RU =
  'Делегация Витебской области обсудила с партнёрами из Казани поставки молочной продукции, ' +
  'выпуск сельхозтехники и обмен студентами между университетами двух регионов.';
const RU_SHORT = 'Привет, соседи!';
const EN = 'The two regions agreed to open a joint trading house next spring.';

const enc = (s: string, encoding: string) => new Uint8Array(iconv.encode(s, encoding));
const refusal = (bytes: Uint8Array) => {
  try {
    decodeText('f.txt', bytes);
  } catch (error) {
    assert.ok(error instanceof InputError, 'throws InputError');
    assert.equal(error.file, 'f.txt');
    return error.reason;
  }
  assert.fail('expected a refusal');
};

test('UTF-8 with and without BOM; the BOM is kept as U+FEFF so offsets match a utf8 read', () => {
  assert.deepEqual(decodeTextDetailed('a', enc(RU, 'utf8')), { text: RU, encoding: 'utf-8' });
  const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(EN)]);
  assert.equal(decodeText('a', withBom), '\uFEFF' + EN);
  assert.equal(decodeText('a', withBom), withBom.toString('utf8'));
});

test('UTF-16 LE and BE with a BOM', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(RU, 'utf-16le')]);
  assert.deepEqual(decodeTextDetailed('a', le), { text: RU, encoding: 'utf-16le' });
  const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(RU, 'utf-16be')]);
  assert.deepEqual(decodeTextDetailed('a', be), { text: RU, encoding: 'utf-16be' });
});

test('UTF-16 without a BOM, recognised by its NUL pattern (Russian LE, English BE)', () => {
  assert.equal(sniffUtf16(enc(RU, 'utf-16le')), 'utf-16le');
  assert.equal(sniffUtf16(enc(EN, 'utf-16be')), 'utf-16be');
  assert.equal(sniffUtf16(enc(RU, 'win1251')), null);
  assert.deepEqual(decodeTextDetailed('a', enc(RU, 'utf-16le')), { text: RU, encoding: 'utf-16le' });
  assert.deepEqual(decodeTextDetailed('a', enc(EN, 'utf-16be')), { text: EN, encoding: 'utf-16be' });
});

test('windows-1251 Russian', () => {
  assert.deepEqual(decodeTextDetailed('a', enc(RU, 'win1251')), { text: RU, encoding: 'windows-1251' });
});

test('KOI8-R Russian, in ordinary case and in capitals', () => {
  assert.deepEqual(decodeTextDetailed('a', enc(RU, 'koi8-r')), { text: RU, encoding: 'koi8-r' });
  const caps = RU.toUpperCase();
  assert.deepEqual(decodeTextDetailed('a', enc(caps, 'koi8-r')), { text: caps, encoding: 'koi8-r' });
  assert.deepEqual(decodeTextDetailed('a', enc(caps, 'win1251')), { text: caps, encoding: 'windows-1251' });
});

test('short Cyrillic text: the detector guess decides between windows-1251 and KOI8-R', () => {
  assert.equal(decodeText('a', enc(RU_SHORT, 'win1251')), RU_SHORT);
  assert.equal(decodeText('a', enc(RU_SHORT, 'koi8-r')), RU_SHORT);
});

test('a declared charset breaks ties on a short text', () => {
  const xml = `<?xml version="1.0" encoding="KOI8-R"?><t>${RU_SHORT}</t>`;
  assert.equal(declaredCharset(enc(xml, 'koi8-r')), 'koi8-r');
  assert.equal(decodeText('a.xml', enc(xml, 'koi8-r')), xml);
  const html = `<html><head><meta charset="windows-1251"></head><body>Да</body></html>`;
  assert.equal(declaredCharset(enc(html, 'win1251')), 'windows-1251');
  assert.equal(decodeText('a.html', enc(html, 'win1251')), html);
});

test('mixed Russian and English in windows-1251 keeps both', () => {
  const mixed = `${EN} ${RU} EAEU, CIS.`;
  assert.equal(decodeText('a', enc(mixed, 'win1251')), mixed);
});

test('English with Windows curly quotes and dashes reads the same (windows-1251 shares them)', () => {
  const s = 'He said \u201cthe deal is done\u201d \u2014 and left\u2026';
  assert.equal(decodeText('a', enc(s, 'win1252')), s);
});

test('Latin-1 accented text is refused rather than read as Cyrillic', () => {
  const fr = 'Le président a signé un accord économique très important à Genève.';
  assert.equal(refusal(enc(fr, 'win1252')), UNDECODABLE);
});

test('UTF-8 cut in the middle of a character stays UTF-8 (one replacement character)', () => {
  const bytes = enc(RU, 'utf8');
  const cut = bytes.subarray(0, bytes.length - 1); // the last "." is ASCII; cut inside a letter instead
  const inside = bytes.subarray(0, Buffer.byteLength(RU.slice(0, 40)) + 1);
  assert.equal(decodeText('a', cut), RU.slice(0, -1));
  assert.equal(decodeText('a', inside), RU.slice(0, 40) + '\ufffd');
});

test('binary data: NUL bytes, or many control characters without NULs', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
  assert.match(refusal(png), /^binary data/);
  const junk = new Uint8Array(4096);
  let x = 12345;
  for (let i = 0; i < junk.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    junk[i] = x >>> 24;
  }
  assert.match(refusal(junk), /^binary data/);
  const noNul = junk.map((b) => b || 1);
  assert.match(refusal(noNul), /^binary data \(control characters\)/);
});

test('empty, whitespace-only and BOM-only files are "empty file"', () => {
  assert.equal(refusal(new Uint8Array(0)), 'empty file');
  assert.equal(refusal(enc(' \n\t\r\n  ', 'utf8')), 'empty file');
  assert.equal(refusal(new Uint8Array([0xef, 0xbb, 0xbf, 0x0a])), 'empty file');
  assert.equal(refusal(new Uint8Array([0xff, 0xfe, 0x20, 0x00])), 'empty file');
});

test('a UTF-16 file with an odd byte count is refused with the encoding named', () => {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(EN, 'utf-16le'), Buffer.from([0x41])]);
  assert.match(refusal(bytes), /not decodable text \(invalid UTF-16LE\)/);
});
