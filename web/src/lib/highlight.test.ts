import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cutAtSpans } from './highlight.ts';

test('cutAtSpans covers the text with pieces marked by the spans over them', () => {
  const text = 'abcdefghij';
  const pieces = cutAtSpans(text, [{ start: 2, end: 6, key: 1 }, { start: 4, end: 8, key: 2 }]);
  assert.deepEqual(pieces.map((p) => [p.text, p.keys]), [['ab', []], ['cd', [1]], ['ef', [1, 2]], ['gh', [2]], ['ij', []]]);
  assert.equal(pieces.map((p) => p.text).join(''), text);
});

test('cutAtSpans ignores spans outside the text and merges neighbours', () => {
  const pieces = cutAtSpans('<b>x</b>', [{ start: 3, end: 4, key: 'a' }, { start: 5, end: 99, key: 'bad' }, { start: 2, end: 2, key: 'empty' }]);
  assert.deepEqual(pieces.map((p) => [p.text, p.keys]), [['<b>', []], ['x', ['a']], ['</b>', []]]);
});
