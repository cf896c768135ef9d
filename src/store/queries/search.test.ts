import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHeadline } from './search.ts';

test('headline marks become plain text with highlight offsets', () => {
  const h = parseHeadline('MTZ \u0002tractors\u0003 and \u0002combines\u0003 …');
  assert.equal(h.text, 'MTZ tractors and combines …');
  assert.deepEqual(h.highlights, [[4, 12], [17, 25]]);
  assert.equal(h.text.slice(...h.highlights[0]), 'tractors');
});

test('unbalanced or empty marks are dropped without breaking the text', () => {
  assert.deepEqual(parseHeadline('a \u0003b\u0002'), { text: 'a b', highlights: [] });
  assert.deepEqual(parseHeadline('\u0002\u0003x'), { text: 'x', highlights: [] });
  assert.deepEqual(parseHeadline('Гомель \u0002тракторов\u0003'), { text: 'Гомель тракторов', highlights: [[7, 16]] });
});
