// Checks the shape of the bundled demo corpus: counts, front matter, the feed and the JSONL digest.
// It does not check the facts inside the texts; README.md lists the designed cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { extractFromXml } from '@extractus/feed-extractor';

const here = join(dirname(fileURLToPath(import.meta.url)), '..', 'samples');
const articlesDir = join(here, 'articles');
const feedPath = join(here, 'feeds', 'belarus-regions.rss');
const jsonlPath = join(here, 'jsonl', 'eaeu-digest.jsonl');

/** The same block the fact scorer strips (shared/eval/score.mjs), so offsets agree. */
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;
const FILE_NAME = /^(\d{4}-\d{2}-\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*\.md$/;
const DEMO_URL = /^https:\/\/example\.(?:org|com|net)\/\S+$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
// The corpus is dated "as of" 2026-11-29: nothing may come from that day or later.
const FIRST_DAY = '2015-01-01';
const LAST_DAY = '2026-11-28';

interface Sample {
  where: string;
  title: string;
  date: string;
  url: string;
  lang: 'en' | 'ru';
  text: string;
}

/** Cyrillic letters over all letters: tells the two languages apart without a detector. */
function cyrillicShare(text: string): number {
  const cyr = (text.match(/[\u0400-\u04FF]/g) ?? []).length;
  const lat = (text.match(/[A-Za-z]/g) ?? []).length;
  return cyr + lat === 0 ? 0 : cyr / (cyr + lat);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function asLang(value: unknown, where: string): 'en' | 'ru' {
  assert.ok(value === 'en' || value === 'ru', `${where}: lang must be en or ru, got ${String(value)}`);
  return value;
}

function readArticles(): Sample[] {
  return readdirSync(articlesDir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const where = `articles/${file}`;
      const name = FILE_NAME.exec(file);
      assert.ok(name, `${where}: file name must be YYYY-MM-DD-short-slug.md`);
      const raw = readFileSync(join(articlesDir, file), 'utf8');
      const block = FRONT_MATTER.exec(raw);
      assert.ok(block, `${where}: no front-matter block`);
      const meta: unknown = parseYaml(block[1]);
      assert.ok(meta && typeof meta === 'object' && !Array.isArray(meta), `${where}: front matter is not a mapping`);
      const m = meta as Record<string, unknown>;
      for (const key of ['title', 'date', 'url', 'lang', 'publisher']) {
        assert.equal(typeof m[key], 'string', `${where}: ${key} must be a string`);
        assert.ok((m[key] as string).trim() !== '', `${where}: ${key} is empty`);
      }
      assert.equal(m.date, name[1], `${where}: date must match the file name`);
      return {
        where,
        title: m.title as string,
        date: m.date as string,
        url: m.url as string,
        lang: asLang(m.lang, where),
        text: raw.slice(block[0].length),
      };
    });
}

/** The RSS items, read with a regex: the feed is ours and simple. */
function readFeedItems(xml: string): Sample[] {
  const channelLang = /<language>([^<]+)<\/language>/.exec(xml)?.[1].trim();
  const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]);
  return items.map((item, i) => {
    const where = `feeds/belarus-regions.rss item ${i + 1}`;
    const field = (tag: string): string => {
      const m = new RegExp(`<${tag}>(?:<!\\[CDATA\\[([\\s\\S]*?)\\]\\]>|([\\s\\S]*?))</${tag}>`).exec(item);
      assert.ok(m, `${where}: no <${tag}>`);
      return (m[1] ?? m[2]).trim();
    };
    const pubDate = new Date(field('pubDate'));
    assert.ok(!Number.isNaN(pubDate.getTime()), `${where}: pubDate does not parse`);
    return {
      where,
      title: field('title'),
      // The calendar day in the publisher's own zone (+0300), as written.
      date: isoDayOf(field('pubDate')),
      url: field('link'),
      lang: asLang(channelLang, where),
      text: field('description'),
    };
  });
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Thu, 18 Apr 2024 11:20:00 +0300" -> "2024-04-18", without shifting time zones. */
function isoDayOf(rfc822: string): string {
  const m = /(\d{1,2}) (\w{3}) (\d{4})/.exec(rfc822);
  assert.ok(m, `not an RFC 822 date: ${rfc822}`);
  const month = MONTHS.indexOf(m[2]) + 1;
  assert.ok(month > 0, `unknown month in ${rfc822}`);
  return `${m[3]}-${String(month).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}

function readJsonlRecords(text: string): Sample[] {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.map((line, i) => {
    const where = `jsonl/eaeu-digest.jsonl line ${i + 1}`;
    const rec: unknown = JSON.parse(line);
    assert.ok(rec && typeof rec === 'object' && !Array.isArray(rec), `${where}: not an object`);
    const r = rec as Record<string, unknown>;
    for (const key of ['title', 'date', 'url', 'lang', 'text']) {
      assert.equal(typeof r[key], 'string', `${where}: ${key} must be a string`);
    }
    return {
      where,
      title: r.title as string,
      date: r.date as string,
      url: r.url as string,
      lang: asLang(r.lang, where),
      text: r.text as string,
    };
  });
}

const articles = readArticles();
const feedXml = readFileSync(feedPath, 'utf8');
const feedItems = readFeedItems(feedXml);
const digest = readJsonlRecords(readFileSync(jsonlPath, 'utf8'));
const all = [...articles, ...feedItems, ...digest];

test('the corpus holds at least 62 sources, 52 of them Markdown articles', () => {
  assert.ok(articles.length >= 52, `${articles.length} articles`);
  assert.ok(all.length >= 62, `${all.length} sources`);
});

test('at least 22 sources are in Russian', () => {
  const ru = all.filter((s) => s.lang === 'ru').length;
  assert.ok(ru >= 22, `${ru} Russian sources`);
});

test('every source has a title, a demo URL and a day between 2015 and the eve of 2026-11-29', () => {
  for (const s of all) {
    assert.ok(s.title.trim().length > 0, `${s.where}: empty title`);
    assert.match(s.url, DEMO_URL, `${s.where}: url must be on example.org/.com/.net`);
    assert.match(s.date, ISO_DAY, `${s.where}: date must be YYYY-MM-DD`);
    assert.ok(s.date >= FIRST_DAY && s.date <= LAST_DAY, `${s.where}: date ${s.date} out of range`);
  }
});

test('URLs are unique across the corpus', () => {
  const seen = new Map<string, string>();
  for (const s of all) {
    const before = seen.get(s.url);
    assert.equal(before, undefined, `${s.where}: url already used by ${before}`);
    seen.set(s.url, s.where);
  }
});

test('each text is a short news item in the language it claims', () => {
  for (const s of all) {
    const words = wordCount(s.text);
    assert.ok(words >= 80 && words <= 250, `${s.where}: ${words} words, want 80-250`);
    const share = cyrillicShare(s.text);
    if (s.lang === 'ru') assert.ok(share > 0.8, `${s.where}: lang ru but Cyrillic share ${share.toFixed(2)}`);
    else assert.ok(share < 0.05, `${s.where}: lang en but Cyrillic share ${share.toFixed(2)}`);
  }
});

test('the RSS feed parses as XML and has 5 items with title, link, pubDate and description', () => {
  assert.equal((feedXml.match(/<item>/g) ?? []).length, 5);
  const feed = extractFromXml(feedXml, { descriptionMaxLen: 0 });
  assert.equal(feed.entries?.length, 5);
  assert.equal(feedItems.length, 5);
});

test('the JSONL digest has 5 records with title, date, url, lang and text', () => {
  assert.equal(digest.length, 5);
});

test('every article path named in README.md exists', () => {
  const readme = readFileSync(join(here, 'README.md'), 'utf8');
  const named = [...readme.matchAll(/\b(\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.md)\b/g)].map((m) => m[1]);
  assert.ok(named.length > 0, 'README names no articles');
  for (const file of named) assert.ok(existsSync(join(articlesDir, file)), `README names a missing file: ${file}`);
});
