import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFeed, xmlRootName, xmlText } from './feed.ts';
import type { ItemFailure, SourceItem } from './types.ts';

const items = (xs: (SourceItem | ItemFailure)[]) => xs.filter((x): x is SourceItem => 'body' in x);
const failures = (xs: (SourceItem | ItemFailure)[]) => xs.filter((x): x is ItemFailure => !('body' in x));

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>Regional Wire</title>
    <link>https://wire.example.org/</link>
    <language>en-us</language>
    <item>
      <title>Grodno and Pskov open a logistics centre</title>
      <link>https://wire.example.org/news/101</link>
      <pubDate>Mon, 14 Jun 2021 01:30:00 +0300</pubDate>
      <description>Short teaser.</description>
      <content:encoded><![CDATA[<p>Grodno Region and Pskov Region opened a <b>logistics centre</b> on the border.</p><p>It will handle 300 trucks a day.</p>]]></content:encoded>
    </item>
    <item>
      <title>Trade fair &amp; forum</title>
      <link>https://wire.example.org/news/102?utm_source=rss</link>
      <pubDate>Tue, 15 Jun 2021 10:00:00 GMT</pubDate>
      <description>&lt;p&gt;The fair gathered &lt;i&gt;120&lt;/i&gt; exhibitors.&lt;/p&gt;</description>
    </item>
    <item>
      <title>Photo of the day</title>
      <link>https://wire.example.org/news/103</link>
      <description>   </description>
    </item>
    <item>
      <description>Plain first paragraph.

Plain second paragraph.</description>
      <dc:date>2021-06-16</dc:date>
    </item>
  </channel>
</rss>`;

test('RSS 2.0: one item per <item>, full content preferred, HTML made text, dates and links kept', () => {
  const out = readFeed('wire.rss', RSS);
  const ok = items(out);
  assert.equal(ok.length, 3);
  assert.deepEqual(ok[0], {
    location: 'https://wire.example.org/news/101',
    format: 'rss',
    title: 'Grodno and Pskov open a logistics centre',
    date: '2021-06-14',
    url: 'https://wire.example.org/news/101',
    lang: 'en',
    publisher: 'Regional Wire',
    body: 'Grodno Region and Pskov Region opened a logistics centre on the border.\n\nIt will handle 300 trucks a day.',
    bodyIsPlain: true,
  });
  assert.equal(ok[1].title, 'Trade fair & forum');
  assert.equal(ok[1].body, 'The fair gathered 120 exhibitors.');
  assert.equal(ok[1].date, '2021-06-15');
});

test('RSS: an item with no text fails alone as "item N"; an item without a link is file#item-N', () => {
  const out = readFeed('wire.rss', RSS);
  assert.deepEqual(failures(out), [{ file: 'wire.rss', item: 'item 3', reason: 'no text' }]);
  const last = items(out)[2];
  assert.equal(last.location, 'wire.rss#item-4');
  assert.equal(last.url, null);
  assert.equal(last.date, '2021-06-16');
  assert.equal(last.body, 'Plain first paragraph.\n\nPlain second paragraph.');
});

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ru">
  <title>Новости регионов</title>
  <id>urn:example:feed</id>
  <updated>2022-03-02T12:00:00Z</updated>
  <entry>
    <title type="html">Могилёв и Тула: &lt;b&gt;новый&lt;/b&gt; договор</title>
    <link rel="self" href="https://ru.example.org/api/7"/>
    <link rel="alternate" href="https://ru.example.org/news/7"/>
    <id>urn:example:7</id>
    <published>2022-03-01T23:30:00+03:00</published>
    <updated>2022-03-02T08:00:00Z</updated>
    <summary>Кратко.</summary>
    <content type="html">&lt;p&gt;Могилёвская и Тульская области подписали договор о поставках техники.&lt;/p&gt;</content>
  </entry>
  <entry xml:lang="en">
    <title>Second</title>
    <link href="https://ru.example.org/news/8"/>
    <id>urn:example:8</id>
    <updated>2022-03-02T09:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The plant will employ 400 people.</p></div></content>
  </entry>
</feed>`;

test('Atom: alternate link, published date as written, content over summary, xml:lang per entry', () => {
  const ok = items(readFeed('regions.atom', ATOM));
  assert.equal(ok.length, 2);
  assert.equal(ok[0].format, 'atom');
  assert.equal(ok[0].url, 'https://ru.example.org/news/7');
  assert.equal(ok[0].location, 'https://ru.example.org/news/7');
  assert.equal(ok[0].date, '2022-03-01');
  assert.equal(ok[0].title, 'Могилёв и Тула: новый договор');
  assert.equal(ok[0].body, 'Могилёвская и Тульская области подписали договор о поставках техники.');
  assert.equal(ok[0].lang, 'ru');
  assert.equal(ok[0].publisher, 'Новости регионов');
  assert.equal(ok[1].lang, 'en');
  assert.equal(ok[1].date, '2022-03-02');
  assert.equal(ok[1].body, 'The plant will employ 400 people.');
});

test('RSS 1.0 (RDF) is read as rss', () => {
  const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://x.example/"><title>RDF Wire</title><link>https://x.example/</link><description>d</description></channel>
  <item rdf:about="https://x.example/1"><title>One</title><link>https://x.example/1</link><description>Brest hosted a forum of border regions.</description><dc:date>2020-09-10</dc:date></item>
</rdf:RDF>`;
  const ok = items(readFeed('w.xml', rdf));
  assert.equal(ok.length, 1);
  assert.equal(ok[0].format, 'rss');
  assert.equal(ok[0].body, 'Brest hosted a forum of border regions.');
  assert.equal(ok[0].url, 'https://x.example/1');
  assert.equal(ok[0].date, '2020-09-10');
});

test('a malformed feed is one failure naming the file and the parser reason', () => {
  const broken = RSS.replace('</channel>', '');
  const out = readFeed('broken.rss', broken);
  assert.equal(out.length, 1);
  assert.equal((out[0] as ItemFailure).file, 'broken.rss');
  assert.match((out[0] as ItemFailure).reason, /^malformed feed: .*not well-formed/);
  assert.equal((out[0] as ItemFailure).item, undefined);
});

test('not XML, XML that is not a feed, and a feed without items', () => {
  assert.deepEqual(readFeed('a.xml', 'Just some words.'), [{ file: 'a.xml', reason: 'not an RSS or Atom feed (not XML)' }]);
  assert.deepEqual(readFeed('b.xml', '<?xml version="1.0"?><!-- c --><catalog><book>X</book></catalog>'), [
    { file: 'b.xml', reason: 'not an RSS or Atom feed (the document element is <catalog>)' },
  ]);
  assert.deepEqual(readFeed('c.atom', '<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>'), [
    { file: 'c.atom', reason: 'no items in the feed' },
  ]);
  assert.deepEqual(readFeed('d.rss', '<rss version="2.0"><channel><title>t</title></channel></rss>'), [
    { file: 'd.rss', reason: 'no items in the feed' },
  ]);
});

test('xmlRootName and xmlText helpers', () => {
  assert.equal(xmlRootName('<?xml version="1.0"?>\n<!DOCTYPE x><!-- <rss> --><rdf:RDF a="1">'), 'rdf:RDF');
  assert.equal(xmlText({ '#text': 'Hello', '@_type': 'text' }), 'Hello');
  assert.equal(xmlText({ div: { p: ['One.', 'Two.'], '@_xmlns': 'x' } }), 'One. Two.');
  assert.equal(xmlText(42), '42');
  assert.equal(xmlText('  '), null);
});
