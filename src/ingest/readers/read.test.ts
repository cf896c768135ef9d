import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { MAX_INPUT_BYTES } from './errors.ts';
import { readSources } from './read.ts';
import { describeFailure, type ItemFailure, isItemFailure, type SourceItem } from './types.ts';

let dir: string;
const p = (name: string) => join(dir, name);
const all = async (file: string, opts?: { maxBytes?: number }) => {
  const out: (SourceItem | ItemFailure)[] = [];
  for await (const x of readSources(file, opts)) out.push(x);
  return out;
};
const one = async (file: string) => {
  const out = await all(file);
  assert.equal(out.length, 1, JSON.stringify(out));
  return out[0];
};
const source = async (file: string) => {
  const x = await one(file);
  assert.ok(!isItemFailure(x), `expected a source, got ${isItemFailure(x) ? describeFailure(x) : ''}`);
  return x as SourceItem;
};
const failure = async (file: string) => {
  const x = await one(file);
  assert.ok(isItemFailure(x), 'expected a failure');
  return x as ItemFailure;
};

// Our own sentences.
const RU_BODY = 'Гродненская область и Калининградская область договорились о совместном проекте по переработке льна.\n\nПервая линия заработает осенью.\n';
const EN_BODY = 'Mogilev Region will send 50 buses to Kazan.\n';

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'imon-read-'));
});
after(() => rm(dir, { recursive: true, force: true }));

test('.txt with front matter: metadata normalised, body exactly as after the block', async () => {
  const file = p('a.txt');
  await writeFile(file, `---\ntitle: "Buses: a deal"\ndate: 2021-06-14\nurl: https://e.example/a\nlang: en-GB\npublisher: Example\n---\n${EN_BODY}`);
  assert.deepEqual(await source(file), {
    location: file,
    format: 'txt',
    title: 'Buses: a deal',
    date: '2021-06-14',
    url: 'https://e.example/a',
    lang: 'en',
    publisher: 'Example',
    body: EN_BODY,
    bodyIsPlain: false,
  });
});

test('.md without front matter: everything null but the body; .markdown is md too', async () => {
  await writeFile(p('b.md'), `# Title\n\n${EN_BODY}`);
  await writeFile(p('c.markdown'), EN_BODY);
  const b = await source(p('b.md'));
  assert.equal(b.format, 'md');
  assert.equal(b.body, `# Title\n\n${EN_BODY}`);
  assert.deepEqual([b.title, b.date, b.url, b.lang, b.publisher], [null, null, null, null, null]);
  assert.equal((await source(p('c.markdown'))).format, 'md');
});

test('.md with only front matter fails as "no text"', async () => {
  await writeFile(p('d.md'), '---\ntitle: Nothing\n---\n\n');
  assert.match((await failure(p('d.md'))).reason, /^no text/);
});

test('windows-1251 .txt and KOI8-R .md with Russian front matter decode correctly', async () => {
  const text = `---\ntitle: Лён\ndate: 2022-09-01\n---\n${RU_BODY}`;
  await writeFile(p('ru1251.txt'), iconv.encode(text, 'win1251'));
  await writeFile(p('rukoi.md'), iconv.encode(text, 'koi8-r'));
  for (const f of ['ru1251.txt', 'rukoi.md']) {
    const s = await source(p(f));
    assert.equal(s.title, 'Лён');
    assert.equal(s.body, RU_BODY);
    assert.equal(s.date, '2022-09-01');
  }
});

test('UTF-16 LE HTML page: text and metadata from the page', async () => {
  const html = `<!doctype html><html lang="ru"><head><title>Лён</title><meta property="article:published_time" content="2022-09-01T08:00:00+03:00"><meta property="og:site_name" content="Пример"></head>
    <body><nav>Главная</nav><article><p>${RU_BODY.split('\n\n')[0]}</p><p>Первая линия заработает осенью.</p></article></body></html>`;
  await writeFile(p('page.html'), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(html, 'utf-16le')]));
  const s = await source(p('page.html'));
  assert.equal(s.format, 'html');
  assert.equal(s.body, RU_BODY.trimEnd());
  assert.equal(s.title, 'Лён');
  assert.equal(s.date, '2022-09-01');
  assert.equal(s.lang, 'ru');
  assert.equal(s.publisher, 'Пример');
  assert.equal(s.bodyIsPlain, true);
});

test('an HTML page with no readable text fails', async () => {
  await writeFile(p('empty.htm'), '<html><head><title>Only a title</title></head><body><nav>menu</nav></body></html>');
  assert.match((await failure(p('empty.htm'))).reason, /^no text/);
});

test('binary junk and an empty file are refused with their reasons', async () => {
  await writeFile(p('junk.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0, 0x21, 0, 0xb7, 0xac, 0xce, 0x34]));
  await writeFile(p('empty.txt'), '');
  await writeFile(p('blank.md'), '\n   \n');
  assert.deepEqual(await failure(p('junk.txt')), { file: p('junk.txt'), reason: 'binary data (NUL bytes), not text' });
  assert.deepEqual(await failure(p('empty.txt')), { file: p('empty.txt'), reason: 'empty file' });
  assert.deepEqual(await failure(p('blank.md')), { file: p('blank.md'), reason: 'empty file' });
});

test('missing file, a folder, and an unsupported extension', async () => {
  await mkdir(p('folder.txt'));
  assert.equal((await failure(p('gone.txt'))).reason, 'no such file or folder');
  assert.equal((await failure(p('folder.txt'))).reason, 'is a folder, not a file');
  assert.match((await failure(p('x.docx'))).reason, /^unsupported file type "\.docx"/);
});

test('a file over 64 MB is refused before it is read', async () => {
  const file = p('huge.txt');
  await writeFile(file, '');
  await truncate(file, MAX_INPUT_BYTES + 1); // sparse: no 64 MB written to disk
  assert.equal((await failure(file)).reason, 'too large (64.0 MB, over the 64 MB limit)');
  await writeFile(p('small.txt'), 'x'.repeat(200));
  const [small] = await all(p('small.txt'), { maxBytes: 100 });
  assert.deepEqual(small, { file: p('small.txt'), reason: 'too large (200 bytes, over the 100 bytes limit)' });
});

test('a 5 MB single-line text is fine', async () => {
  const line = 'Minsk and Astana trade grows. '.repeat(Math.ceil((5 * 2 ** 20) / 30));
  await writeFile(p('long.txt'), line);
  const s = await source(p('long.txt'));
  assert.equal(s.body.length, line.length);
});

test('a windows-1251 RSS feed that declares its encoding; a malformed feed; a non-feed .xml', async () => {
  const rss = `<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>Лента</title><language>ru</language>
    <item><title>Лён</title><link>https://ru.example/1</link><pubDate>Thu, 01 Sep 2022 09:00:00 +0300</pubDate><description>${RU_BODY.trim()}</description></item>
    <item><title>Пусто</title><link>https://ru.example/2</link></item></channel></rss>`;
  await writeFile(p('lenta.rss'), iconv.encode(rss, 'win1251'));
  const out = await all(p('lenta.rss'));
  assert.equal(out.length, 2);
  const [item, bad] = out as [SourceItem, ItemFailure];
  assert.equal(item.location, 'https://ru.example/1');
  assert.equal(item.lang, 'ru');
  assert.equal(item.date, '2022-09-01');
  assert.equal(item.body, RU_BODY.trim());
  assert.equal(describeFailure(bad), `${p('lenta.rss')}: item 2: no text`);

  await writeFile(p('bad.xml'), '<rss version="2.0"><channel><item><title>x</item></channel></rss>');
  assert.match((await failure(p('bad.xml'))).reason, /^malformed feed/);
  await writeFile(p('sitemap.xml'), '<?xml version="1.0"?><urlset><url><loc>https://e.example/</loc></url></urlset>');
  assert.match((await failure(p('sitemap.xml'))).reason, /^not an RSS or Atom feed/);
});

test('a JSONL file with one bad line: the others go on', async () => {
  await writeFile(p('items.jsonl'), [JSON.stringify({ text: 'One.' }), '{oops', JSON.stringify({ text: 'Three.', lang: 'en' })].join('\n'));
  const out = await all(p('items.jsonl'));
  assert.deepEqual(
    out.map((x) => (isItemFailure(x) ? `fail ${x.item}` : x.location)),
    [`${p('items.jsonl')}#line-1`, 'fail line 2', `${p('items.jsonl')}#line-3`],
  );
});
