import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { openStore } from '../src/store/open.ts';
import { queryRows } from '../src/store/rows.ts';
import { createGazetteerResolver } from '../src/gazetteer/resolver.ts';
import { extractFacts } from '../src/extract/pipeline.ts';
import { splitFrontMatter } from '../src/text/front-matter.ts';
import { imon, startImon } from './support/imon.ts';
import { syntheticArticle } from './support/synthetic-articles.ts';

const ARTICLES = 240;

test('kill -9 in the middle of an ingest leaves every source whole or absent, and a rerun finishes the job', { timeout: 600_000 }, async () => {
  const root = mkdtempSync(join(tmpdir(), 'imon-crash-'));
  const inputs = join(root, 'articles');
  const data = join(root, 'store');
  mkdirSync(inputs);
  const texts = new Map<string, string>();
  for (let i = 0; i < ARTICLES; i++) {
    const article = syntheticArticle(i, 7);
    writeFileSync(join(inputs, article.name), article.text);
    texts.set(splitFrontMatter(article.text).body, article.name);
  }
  try {
    // Start a real ingest and kill it hard once some sources are in.
    const child = startImon(['--data', data, 'ingest', inputs, '--workers', '1']);
    let stderr = '';
    const killedAt = await new Promise<number>((resolve, reject) => {
      child.stderr!.on('data', (chunk) => {
        stderr += chunk;
        const done = [...stderr.matchAll(/ingest: (\d+)\/\d+/g)].map((m) => Number(m[1])).at(-1) ?? 0;
        if (done >= 25 && !child.killed) {
          child.kill('SIGKILL');
          resolve(done);
        }
      });
      child.on('close', (code) => reject(new Error(`ingest ended (code ${code}) before it could be killed:\n${stderr}`)));
    });
    await new Promise((resolve) => child.once('close', resolve));
    assert.ok(killedAt >= 25);

    // Every stored source has exactly the facts its text yields, each with its evidence.
    const resolver = await createGazetteerResolver();
    const store = await openStore({ engine: 'embedded', dataDir: data });
    let stored: { id: string; body: string; facts: number; evidence: number; linked: number }[];
    try {
      stored = await queryRows(store.db, sql`
        SELECT s.id, s.body,
          (SELECT count(*)::int FROM facts f WHERE f.source_id = s.id) AS facts,
          (SELECT count(*)::int FROM evidence e WHERE e.source_id = s.id) AS evidence,
          (SELECT count(*)::int FROM facts f JOIN record_facts rf ON rf.fact_id = f.id WHERE f.source_id = s.id) AS linked
        FROM sources s`);
    } finally {
      await store.close();
    }
    assert.ok(stored.length >= 20 && stored.length < ARTICLES, `stored ${stored.length} of ${ARTICLES} before the kill`);
    for (const source of stored) {
      assert.ok(texts.has(source.body), 'a stored body is one of the inputs, whole');
      const expected = extractFacts(source.body, resolver, { doc: 'x', isBody: true }).length;
      assert.equal(source.facts, expected, `source ${texts.get(source.body)} has all its facts`);
      assert.equal(source.evidence, expected);
      assert.equal(source.linked, expected, 'every fact is linked to its record');
    }

    // The same command again finishes the job without duplicates.
    const rerun = await imon(['--data', data, 'ingest', inputs, '--workers', '1', '--json']);
    assert.equal(rerun.code, 0, rerun.stderr);
    const summary = JSON.parse(rerun.stdout);
    assert.equal(summary.sources.new + summary.sources.duplicate, ARTICLES);
    assert.equal(summary.sources.duplicate, stored.length);
    assert.equal(summary.sources.failed, 0);
    const stats = JSON.parse((await imon(['--data', data, 'stats', '--json'])).stdout);
    assert.equal(stats.sources, ARTICLES);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
