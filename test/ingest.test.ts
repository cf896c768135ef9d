import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { testEngines } from '../src/store/test-stores.ts';
import type { StoreLocation } from '../src/store/open.ts';
import { imon } from './support/imon.ts';

const storeArgs = (location: StoreLocation) =>
  location.engine === 'embedded' ? ['--data', location.dataDir] : ['--db', location.url];

const article = (title: string, lang: 'en' | 'ru', body: string) =>
  `---\ntitle: "${title}"\ndate: 2021-06-15\nurl: https://example.org/${encodeURIComponent(title)}\nlang: ${lang}\npublisher: Test Wire\n---\n${body}\n`;

const EN = 'In 2020, trade between Belarus and Uzbekistan reached $532.4 million, up 18% on 2019. The sides signed a roadmap for 2021-2023.';
const RU = 'Товарооборот Беларуси и Казахстана в 2020 году составил 1,2 млрд долларов. Минский тракторный завод поставит 300 тракторов в Казахстан.';

/** A folder with good inputs, a duplicate, and one of each kind of bad input. */
function makeInputs(root: string): { dir: string; missing: string } {
  const dir = join(root, 'inputs');
  mkdirSync(join(dir, 'nested'), { recursive: true });
  writeFileSync(join(dir, 'good-en.md'), article('Belarus and Uzbekistan', 'en', EN));
  writeFileSync(join(dir, 'nested', 'same-text-again.md'), article('Another title, same text', 'en', EN));
  writeFileSync(join(dir, 'cp1251.txt'), iconv.encode(RU, 'win1251'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 0, 0, 0, 255, 254, 0, 3]));
  writeFileSync(join(dir, 'broken.rss'), '<rss><channel><item><title>unclosed');
  writeFileSync(
    join(dir, 'digest.jsonl'),
    [
      JSON.stringify({ title: 'Digest one', date: '2022-03-01', url: 'https://example.org/d1', lang: 'en', text: 'Mutual trade of the EAEU countries grew by 10% in 2021.' }),
      '{"title": "broken line", "text": ',
      JSON.stringify({ title: 'Digest two', date: '2022-03-02', url: 'https://example.org/d2', lang: 'ru', text: 'В Гомельской области открыт дилерский центр МТЗ.' }),
    ].join('\n'),
  );
  return { dir, missing: join(root, 'no-such-folder') };
}

for (const engine of testEngines) {
  describe(`imon ingest on the ${engine.name} engine`, { skip: engine.skip ?? false }, () => {
    let root: string;
    let location: StoreLocation;
    let dispose: () => Promise<void>;
    before(async () => {
      root = mkdtempSync(join(tmpdir(), 'imon-ingest-'));
      ({ location, dispose } = await engine.create());
    });
    after(async () => {
      await dispose?.();
      rmSync(root, { recursive: true, force: true });
    });

    test('bad inputs are named with their reason, the rest is stored, exit code 1', async () => {
      const { dir, missing } = makeInputs(root);
      const run = await imon([...storeArgs(location), 'ingest', dir, missing, '--json', '--workers', '1']);
      assert.equal(run.code, 1, run.stderr);
      const summary = JSON.parse(run.stdout);
      assert.deepEqual(Object.keys(summary).sort(), ['errors', 'facts', 'records', 'seconds', 'sources']);
      assert.equal(summary.sources.new, 4, JSON.stringify(summary)); // good-en, cp1251, two JSONL lines
      assert.equal(summary.sources.duplicate, 1);
      const reasons = new Map<string, string>(summary.errors.map((e: { file: string; reason: string }) => [e.file, e.reason]));
      const reasonFor = (name: string) => [...reasons].find(([file]) => file.includes(name))?.[1] ?? '';
      assert.match(reasonFor('empty.txt'), /empty/);
      assert.match(reasonFor('binary.txt'), /binary/);
      assert.match(reasonFor('broken.rss'), /feed|XML/i);
      assert.ok([...reasons.keys()].some((file) => /digest\.jsonl \(line 2\)$/.test(file)), 'the bad JSONL line is named');
      assert.match(reasonFor('digest.jsonl'), /invalid JSON/);
      assert.match(reasonFor('no-such-folder'), /no such file/);
      assert.equal(summary.sources.failed, summary.errors.length);
      assert.ok(summary.facts > 0);
      // Progress goes to stderr, nothing but the summary on stdout.
      assert.match(run.stderr, /ingest: \d+ files/);
    });

    test('the decoded windows-1251 text is searchable in Russian', async () => {
      const run = await imon([...storeArgs(location), 'search', 'тракторы', '--json']);
      assert.equal(run.code, 0, run.stderr);
      const hits = JSON.parse(run.stdout);
      assert.equal(hits.length, 1);
      assert.match(hits[0].snippet, /трактор/);
      const en = JSON.parse((await imon([...storeArgs(location), 'search', 'roadmaps', '--json'])).stdout);
      assert.equal(en.length, 1);
    });

    test('ingesting the same inputs again changes nothing', async () => {
      const before = JSON.parse((await imon([...storeArgs(location), 'stats', '--json'])).stdout);
      const run = await imon([...storeArgs(location), 'ingest', join(root, 'inputs'), '--json', '--workers', '2']);
      const summary = JSON.parse(run.stdout);
      assert.equal(summary.sources.new, 0);
      assert.equal(summary.sources.duplicate, 5);
      assert.equal(summary.facts, 0);
      assert.deepEqual(summary.records, { new: 0, updated: 0 });
      const after = JSON.parse((await imon([...storeArgs(location), 'stats', '--json'])).stdout);
      assert.deepEqual(after, before);
    });

    test('wrong usage exits 2', async () => {
      assert.equal((await imon([...storeArgs(location), 'ingest'])).code, 2);
      assert.equal((await imon([...storeArgs(location), 'ingest', root, '--workers', 'many'])).code, 2);
    });
  });
}
