import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvField, csvLine, csvLines, parseCsv, type CsvColumn } from './csv.ts';

test('plain fields stay as they are; empty for null', () => {
  assert.equal(csvField('Belarus'), 'Belarus');
  assert.equal(csvField(612500000), '612500000');
  assert.equal(csvField(-17), '-17');
  assert.equal(csvField(null), '');
  assert.equal(csvField(undefined), '');
  assert.equal(csvField(Number.NaN), '');
  assert.equal(csvField(true), 'true');
});

test('commas, quotes and line breaks are quoted, inner quotes doubled (RFC 4180)', () => {
  assert.equal(csvField('$612.5 million in 2020, up 15%'), '"$612.5 million in 2020, up 15%"');
  assert.equal(csvField('the "Eurasian" route'), '"the ""Eurasian"" route"');
  assert.equal(csvField('one\ntwo'), '"one\ntwo"');
  assert.equal(csvField('one\r\ntwo'), '"one\r\ntwo"');
  assert.equal(csvField('Гомель; Минск'), 'Гомель; Минск');
});

test('text a spreadsheet would run as a formula gets a leading apostrophe', () => {
  assert.equal(csvField('=SUM(A1)'), "'=SUM(A1)");
  assert.equal(csvField('+7 495'), "'+7 495");
  assert.equal(csvField('-minus'), "'-minus");
  assert.equal(csvField('@cmd'), "'@cmd");
  assert.equal(csvField('=HYPERLINK("x", "y")'), '"\'=HYPERLINK(""x"", ""y"")"');
});

test('objects are written as JSON', () => {
  assert.equal(csvField({ a: 1 }), '"{""a"":1}"');
});

test('lines end with CRLF; a file starts with its header', async () => {
  assert.equal(csvLine(['a', 1, null, 'b,c']), 'a,1,,"b,c"\r\n');
  async function* rows() {
    yield { n: 1, s: 'x' };
    yield { n: 2, s: 'y"z' };
  }
  const columns: CsvColumn<{ n: number; s: string }>[] = [{ header: 'n', value: (r) => r.n }, { header: 's', value: (r) => r.s }];
  const lines: string[] = [];
  for await (const line of csvLines(columns, rows())) lines.push(line);
  assert.deepEqual(lines, ['n,s\r\n', '1,x\r\n', '2,"y""z"\r\n']);
});

test('what csvLine writes, parseCsv reads back', () => {
  const rows = [['id', 'quote'], ['1', 'up 15%, to "$1 billion"\nnext line'], ['2', '']];
  assert.deepEqual(parseCsv(rows.map((r) => csvLine(r)).join('')), rows);
  assert.deepEqual(parseCsv('a,b'), [['a', 'b']]);
});
