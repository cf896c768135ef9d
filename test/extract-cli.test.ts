/** `imon extract` as a user runs it: real files of every kind in, facts and errors out. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Fact } from '../src/domain/fact.ts';
import { imon } from './support/imon.ts';

const article = fileURLToPath(new URL('../samples/articles/2015-03-18-mtz-kostanay-assembly.md', import.meta.url));

/** The facts of a JSONL stdout, each checked against the interchange schema. */
function factsOf(stdout: string): Fact[] {
  return stdout.split('\n').filter(Boolean).map((line) => Fact.parse(JSON.parse(line)));
}

describe('imon extract', () => {
  let dir: string;
  const file = (name: string) => join(dir, name);
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'imon-extract-'));
    writeFileSync(file('dated.md'), '---\ntitle: Trade news\ndate: 2021-05-14\n---\nTrade between Belarus and Uzbekistan grew by 12% last year to $1.5 billion.\n');
    writeFileSync(file('binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
    writeFileSync(file('empty.txt'), '');
    writeFileSync(file('page.html'), '<html><head><title>Roadmap</title></head><body><p>Kazakhstan and Belarus signed a roadmap on trade for 2021-2023.</p></body></html>');
    // "Товарооборот ... 800 млн долларов" in Windows-1251, as older Russian sites still serve it.
    const ru = 'Товарооборот Беларуси и Казахстана в 2020 году вырос на 5% и составил 800 млн долларов.\n';
    const cp1251 = Buffer.from([...ru].map((ch) => {
      const c = ch.codePointAt(0)!;
      if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
      if (c === 0x401) return 0xa8;
      if (c === 0x451) return 0xb8;
      return c;
    }));
    writeFileSync(file('ru-1251.txt'), cp1251);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('prints each file\'s facts as JSONL with exact evidence, and names each unreadable file with its reason', async () => {
    const run = await imon(['extract', file('dated.md'), file('missing.txt'), file('binary.txt'), file('empty.txt'), file('page.html'), file('ru-1251.txt')]);
    assert.equal(run.code, 1, 'some files could not be read');
    const facts = factsOf(run.stdout);
    assert.deepEqual([...new Set(facts.map((f) => f.doc))], ['dated', 'page', 'ru-1251']);

    const trade = facts.find((f) => f.doc === 'dated' && f.type === 'trade');
    assert.ok(trade && trade.type === 'trade');
    assert.equal(trade.value, 1.5e9);
    assert.equal(trade.change_pct, 12);
    assert.equal(trade.period, '2020', '"last year" from the front matter\'s date');
    const body = readFileSync(file('dated.md'), 'utf8').split('---\n')[2]!;
    assert.equal(body.slice(trade.start, trade.end), trade.quote);

    assert.ok(facts.some((f) => f.doc === 'page' && f.type === 'document' && f.kind === 'roadmap'));
    const ru = facts.find((f) => f.doc === 'ru-1251' && f.type === 'trade');
    assert.ok(ru && ru.type === 'trade' && ru.lang === 'ru');
    assert.equal(ru.value, 8e8);
    assert.deepEqual([...ru.parties].sort(), ['Belarus', 'Kazakhstan']);

    assert.match(run.stderr, /missing\.txt: no such file/);
    assert.match(run.stderr, /binary\.txt: binary data/);
    assert.match(run.stderr, /empty\.txt: empty file/);
    assert.doesNotMatch(run.stderr, /dated\.md|page\.html|ru-1251\.txt/);
  });

  test('reads standard input for "-" and resolves relative time against --date', async () => {
    const run = await imon(['extract', '-', '--date', '2019-06-01'], {}, 'Exports from Belarus to Kazakhstan rose by 7% last year.\n');
    assert.equal(run.code, 0, run.stderr);
    const [fact] = factsOf(run.stdout);
    assert.ok(fact && fact.type === 'trade');
    assert.equal(fact.doc, 'stdin');
    assert.equal(fact.period, '2018');
  });

  test('--type keeps the facts of the types asked, exactly as a full run finds them', async () => {
    const all = factsOf((await imon(['extract', article])).stdout);
    assert.ok(new Set(all.map((f) => f.type)).size > 1, 'the article holds facts of several types');
    const some = await imon(['extract', article, '--type', 'document', '--type', 'project']);
    assert.equal(some.code, 0, some.stderr);
    assert.deepEqual(factsOf(some.stdout), all.filter((f) => f.type === 'document' || f.type === 'project'));
    const bad = await imon(['extract', article, '--type', 'treaty']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--type must be one of trade, target, count, document, event, project, not "treaty"/);
  });

  test('--format table lists each file with its fact count', async () => {
    const run = await imon(['extract', '--format', 'table', file('dated.md')]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /dated\.md: 1 fact\n/);
    assert.match(run.stdout, /trade\s+Belarus, Uzbekistan\s+turnover 2020 1,500,000,000 USD \+12%/);
  });
});
