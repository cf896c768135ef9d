import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type HtmlElement, decodeEntities, elements, parseHtml, textContent } from './html-parse.ts';
import { htmlToText } from './html.ts';

const find = (root: HtmlElement, name: string) => [...elements(root)].filter((e) => e.name === name);

// ---------------------------------------------------------------- tokenizer

test('parseHtml: attributes quoted, unquoted and bare; names lower-cased', () => {
  const root = parseHtml('<DIV Class="a b" data-x=5 hidden id=\'m\'>x</DIV>');
  const [div] = find(root, 'div');
  assert.deepEqual(div.attrs, { class: 'a b', 'data-x': '5', hidden: '', id: 'm' });
  assert.equal(textContent(div), 'x');
});

test('parseHtml: comments, doctype and CDATA; script text is raw even with tags inside', () => {
  const root = parseHtml('<!DOCTYPE html><!-- <p>no</p> --><p>yes</p><script>if (a < b) s = "</div>";</script>');
  assert.deepEqual(find(root, 'p').map(textContent), ['yes']);
  assert.equal(textContent(find(root, 'script')[0]), 'if (a < b) s = "</div>";');
});

test('parseHtml: void elements and implied end tags of p and li', () => {
  const root = parseHtml('<p>one<br>two<p>three<ul><li>a<li>b</ul><img src=x>');
  assert.deepEqual(find(root, 'p').map(textContent), ['onetwo', 'three']);
  assert.deepEqual(find(root, 'li').map(textContent), ['a', 'b']);
  assert.equal(find(root, 'br')[0].children.length, 0);
});

test('parseHtml: a stray "<" and unmatched end tags degrade to text', () => {
  const root = parseHtml('<p>a < b and 3<4</span> end</p>');
  assert.equal(textContent(find(root, 'p')[0]), 'a < b and 3<4 end');
});

test('decodeEntities: named, decimal, hex; unknown names and bare "&" stay', () => {
  assert.equal(decodeEntities('&laquo;Minsk&raquo; &amp; &#1052;&#x438;&#x43D;&#x441;&#x43A; &nbsp;&copy; &foo; R&D'), '«Minsk» & Минск \u00a0© &foo; R&D');
  assert.equal(decodeEntities('?a=1&region=2'), '?a=1&region=2');
});

// ---------------------------------------------------------------- htmlToText

const page = `<!doctype html>
<html lang="en-US">
<head>
  <title>Gomel and Tashkent | Example News</title>
  <meta property="og:title" content="Gomel and Tashkent agree on supplies">
  <meta property="article:published_time" content="2021-06-14T09:30:00+03:00">
  <meta property="og:site_name" content="Example News">
  <link rel="canonical" href="https://news.example.org/gomel-tashkent">
  <style>p { color: red }</style>
</head>
<body>
  <header><nav><a href="/">Home</a> <a href="/economy">Economy</a></nav></header>
  <article>
    <h1>Gomel and Tashkent agree on supplies</h1>
    <p>Gomel Region will supply   <b>200 tractors</b> to Tashkent&nbsp;Region in 2021.</p>
    <p>The deal was signed at the<br>regional forum.</p>
    <div class="share-buttons">Share on social media</div>
    <figure><img src="a.jpg"><figcaption>Photo: press service</figcaption></figure>
    <ul><li>Tractors</li><li>Harvesters</li></ul>
    <script>track('view');</script>
  </article>
  <aside>Related: other news</aside>
  <footer>© Example News 2021</footer>
</body>
</html>`;

test('htmlToText: article paragraphs separated by blank lines; chrome dropped', () => {
  const r = htmlToText(page);
  assert.equal(
    r.text,
    [
      'Gomel and Tashkent agree on supplies',
      'Gomel Region will supply 200 tractors to Tashkent Region in 2021.',
      'The deal was signed at the\nregional forum.',
      'Tractors',
      'Harvesters',
    ].join('\n\n'),
  );
});

test('htmlToText: metadata from the page itself', () => {
  const r = htmlToText(page);
  assert.equal(r.title, 'Gomel and Tashkent agree on supplies');
  assert.equal(r.date, '2021-06-14T09:30:00+03:00');
  assert.equal(r.url, 'https://news.example.org/gomel-tashkent');
  assert.equal(r.lang, 'en');
  assert.equal(r.publisher, 'Example News');
});

test('htmlToText: <title>, <time datetime> and JSON-LD when Open Graph is missing', () => {
  const r = htmlToText(`<html lang="ru"><head><title>Форум регионов</title>
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Форум регионов в Могилёве","datePublished":"2019-06-27","publisher":{"name":"Пример"}}</script>
    </head><body><main><p>Форум открылся в <time datetime="2019-06-27">четверг</time>.</p></main></body></html>`);
  assert.equal(r.title, 'Форум регионов в Могилёве');
  assert.equal(r.date, '2019-06-27');
  assert.equal(r.lang, 'ru');
  assert.equal(r.publisher, 'Пример');
  assert.equal(r.text, 'Форум открылся в четверг.');
});

test('htmlToText: meta name=date and <time> fallback; body when there is no article or main', () => {
  const a = htmlToText('<html><head><meta name="date" content="2020-02-26"></head><body><div>Text one.</div><div>Text two.</div></body></html>');
  assert.equal(a.date, '2020-02-26');
  assert.equal(a.text, 'Text one.\n\nText two.');
  const b = htmlToText('<body><p>Signed on <time datetime="2018-11-20">20 November</time>.</p></body>');
  assert.equal(b.date, '2018-11-20');
  assert.equal(b.title, undefined);
});

test('htmlToText: the longest of several articles is the content', () => {
  const r = htmlToText('<body><article><p>Short teaser.</p></article><article><p>The full story about the Brest fair and its contracts.</p></article></body>');
  assert.equal(r.text, 'The full story about the Brest fair and its contracts.');
});

test('htmlToText: hidden elements and table cells', () => {
  const r = htmlToText('<body><p hidden>secret</p><p style="display:none">also</p><table><tr><td>Belarus</td><td>2019</td></tr><tr><td>Russia</td><td>2020</td></tr></table></body>');
  assert.equal(r.text, 'Belarus 2019\n\nRussia 2020');
});

test('htmlToText: text outside any element and an empty page', () => {
  assert.equal(htmlToText('Just text &amp; more').text, 'Just text & more');
  assert.deepEqual(htmlToText(''), { text: '' });
});
