import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml, groupByYear } from './timeline.ts';

test('groupByYear: newest year first, newest date first inside, undated last', () => {
  const items = [{ d: '2019-05' }, { d: null }, { d: '2021' }, { d: '2019-11-02' }, { d: 'soon' }];
  assert.deepEqual(groupByYear(items, (i) => i.d).map((g) => [g.year, g.items.map((i) => i.d)]), [
    ['2021', ['2021']],
    ['2019', ['2019-11-02', '2019-05']],
    [null, ['soon', null]],
  ]);
});

test('escapeHtml leaves no markup', () => {
  assert.equal(escapeHtml('<img src=x onerror="a()">&'), '&#60;img src=x onerror=&#34;a()&#34;&#62;&#38;');
});
