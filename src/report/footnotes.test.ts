import { test } from 'node:test';
import assert from 'node:assert/strict';
import { footnotes } from './footnotes.ts';

const quote = (source: string, text: string) => ({ source, title: `T ${source}`, url: null, published: '2021-01-01', quote: text });

test('one footnote per quote in a source, numbered as first cited; citations come back ascending and once each', () => {
  const notes = footnotes((source) => (source === 'a' ? 'Minsk Wire' : null));
  assert.deepEqual(notes.cite([quote('b', 'x'), quote('a', 'y')]), [1, 2]);
  assert.deepEqual(notes.cite([quote('a', 'z'), quote('a', 'y'), quote('a', 'y')]), [2, 3]);
  assert.deepEqual(notes.cite([quote('b', 'y')]), [4], 'the same words in another source are another footnote');
  assert.deepEqual(notes.cite([]), []);
  assert.deepEqual(notes.list().map((f) => [f.n, f.source, f.quote, f.publisher]), [
    [1, 'b', 'x', null], [2, 'a', 'y', 'Minsk Wire'], [3, 'a', 'z', 'Minsk Wire'], [4, 'b', 'y', null],
  ]);
});
