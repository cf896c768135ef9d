import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml, html, raw, safeHref } from './html.ts';

test('escapeHtml escapes markup and both quotes', () => {
  assert.equal(escapeHtml(`<script>alert("x")</script> & 'y'`), '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
});

test('the html tag escapes interpolations, keeps SafeHtml, joins arrays and drops empty values', () => {
  const title = '<img src=x onerror=alert(1)>';
  const out = html`<p title="${title}">${title}${raw('<b>ok</b>')}${[1, '<2>', null]}${false}${undefined}</p>`;
  assert.equal(out.value, '<p title="&lt;img src=x onerror=alert(1)&gt;">&lt;img src=x onerror=alert(1)&gt;<b>ok</b>1&lt;2&gt;</p>');
  assert.equal(html`<div>${out}</div>`.value, `<div>${out.value}</div>`, 'nested templates are not escaped twice');
});

test('safeHref admits http(s) links only', () => {
  assert.equal(safeHref('https://example.org/a?b=1&c=2'), 'https://example.org/a?b=1&c=2');
  assert.equal(safeHref('http://example.org'), 'http://example.org/');
  for (const bad of ['javascript:alert(1)', 'data:text/html,<b>', 'file:///etc/passwd', 'not a url', '', null, undefined]) {
    assert.equal(safeHref(bad), null, String(bad));
  }
});
