/**
 * `imon report` end to end over a store built from the bundled samples by `imon ingest`: the real
 * executable writes a PDF briefing on Belarus and Uzbekistan (a target reached and one unknown, a
 * programme renewed and its successor active), and the PDF is read back with unpdf: pages
 * rendered, sections present, every footnote marker resolving to a numbered footnote that names a
 * source of the store. Without Chromium the PDF test reports itself skipped, with the reason.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { extractText, getDocumentProxy } from 'unpdf';
import { openStore, type StoreLocation } from '../src/store/open.ts';
import { queryRows } from '../src/store/rows.ts';
import { testEngines } from '../src/store/test-stores.ts';
import { footnoteLinks } from '../src/report/test-support.ts';
import { imon } from './support/imon.ts';
import { browserMissing } from '../src/browser/chromium.ts';

const samples = fileURLToPath(new URL('../samples/', import.meta.url));
const noBrowser = await browserMissing();
const storeArgs = (location: StoreLocation) => (location.engine === 'embedded' ? ['--data', location.dataDir] : ['--db', location.url]);
const SECTIONS = ['At a glance', 'Trade and targets', 'Documents and plans', 'Events', 'Projects', 'Stated counts', 'Coverage and gaps', 'About this briefing', 'Sources'];
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The footnote entries of the Sources section: "[1] Title. Publisher. Date. URL “quote”", numbered 1, 2, 3... */
function footnoteEntries(sources: string): string[] {
  const entries: string[] = [];
  let at = sources.indexOf('[1] ');
  while (at >= 0) {
    const next = sources.indexOf(`[${entries.length + 2}] `, at + 1);
    entries.push(squash(sources.slice(at, next < 0 ? undefined : next)));
    at = next;
  }
  return entries;
}

for (const engine of testEngines) {
  describe(`imon report over the samples (${engine.name})`, { skip: engine.skip ?? false }, () => {
    let work: string;
    let location: StoreLocation;
    let dispose: () => Promise<void>;
    let titles: Set<string>;
    before(async () => {
      work = mkdtempSync(join(tmpdir(), 'imon-report-'));
      ({ location, dispose } = await engine.create());
      const ingest = await imon([...storeArgs(location), 'ingest', `${samples}articles`, `${samples}feeds`, `${samples}jsonl`, '--workers', '2']);
      assert.equal(ingest.code, 0, ingest.stderr);
      const store = await openStore(location);
      try {
        titles = new Set((await queryRows<{ title: string }>(store.db, sql`SELECT title FROM sources WHERE title IS NOT NULL`)).map((r) => squash(r.title)));
      } finally {
        await store.close();
      }
    });
    after(async () => {
      await dispose?.();
      if (work) rmSync(work, { recursive: true, force: true });
    });

    test('html in Russian: every footnote reference resolves to an entry, each a source of the store', async () => {
      const out = join(work, 'briefing.html');
      const run = await imon([...storeArgs(location), 'report', '--party', 'Беларусь', '--with', 'Uzbekistan', '--date', '2026-11-29', '--lang', 'ru', '-o', out]);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.stdout.trim(), out);
      const page = readFileSync(out, 'utf8');
      assert.match(page, /Сотрудничество: Беларусь — Узбекистан/);
      const { refs, entries } = footnoteLinks(page);
      assert.ok(entries.length >= 10, `${entries.length} footnotes`);
      assert.deepEqual(entries, entries.map((_, i) => i + 1));
      assert.deepEqual([...new Set(refs)].sort((a, b) => a - b), entries);
    });

    test('an unknown party is a usage error (exit 2) saying what to try, and no file is written', async () => {
      const out = join(work, 'none.html');
      const run = await imon([...storeArgs(location), 'report', '--party', 'Belarus', '--with', 'Nowhereland', '-o', out]);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /--with: no party matches "Nowhereland" \(try: imon parties find "Nowhereland"\)/);
      assert.equal(existsSync(out), false);
    });

    test('pdf: pages rendered, sections present, every footnote marker resolving to a source of the store', { skip: noBrowser ?? false }, async () => {
      const out = join(work, 'tmp.pdf');
      const run = await imon([...storeArgs(location), 'report', '--party', 'Belarus', '--with', 'Uzbekistan', '--format', 'pdf', '--date', '2026-11-29', '-o', out]);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.stdout.trim(), out);

      const pdf = await getDocumentProxy(new Uint8Array(readFileSync(out)));
      const { totalPages, text: pages } = await extractText(pdf, { mergePages: false });
      assert.ok(totalPages >= 2, `${totalPages} pages`);
      // Each page ends with its running header and footer: checked, then left out of the reading text.
      const furniture = /\n?Briefing: Belarus – Uzbekistan, 29 November 2026 Integration Monitor\s*Page (\d+) of (\d+)\s*$/;
      const text = pages.map((page, i) => {
        const m = furniture.exec(page);
        assert.deepEqual(m?.slice(1).map(Number), [i + 1, totalPages], `page ${i + 1} has its header and number`);
        return page.slice(0, m!.index);
      }).join('\n');
      assert.match(text, /Cooperation of Belarus with Uzbekistan/);
      assert.match(text, /State as of 29 November 2026/);
      for (const [i, heading] of SECTIONS.entries()) assert.ok(text.includes(`${i + 1}. ${heading}`), `section "${heading}"`);
      // The designed cases of samples/README.md for this pair.
      for (const word of ['Achieved', 'Unknown', 'Renewed', 'Active', '$500 million', '$532.4 million']) assert.ok(text.includes(word), word);

      const split = text.lastIndexOf(`${SECTIONS.length}. Sources`);
      const [body, sources] = [text.slice(0, split), text.slice(split)];
      const markers = [...body.matchAll(/\[(\d+(?:, \d+)*)\]/g)].flatMap((m) => m[1].split(', ').map(Number));
      const entries = footnoteEntries(sources);
      assert.ok(entries.length >= 10, `${entries.length} footnotes`);
      assert.ok(markers.length >= entries.length, 'statements carry markers');
      for (const n of markers) assert.ok(n >= 1 && n <= entries.length, `marker [${n}] resolves to a footnote`);
      assert.deepEqual([...new Set(markers)].sort((a, b) => a - b), entries.map((_, i) => i + 1), 'every footnote is cited');
      for (const [i, entry] of entries.entries()) {
        const title = entry.slice(`[${i + 1}] `.length);
        assert.ok([...titles].some((t) => title.startsWith(`${t}.`)), `footnote ${i + 1} names a source of the store: ${entry.slice(0, 120)}`);
        assert.match(entry, /[“«].+[”»]$/, `footnote ${i + 1} ends with its quote`);
      }
    });
  });
}
