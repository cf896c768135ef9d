/**
 * Ingest throughput, embedded PGlite and a PostgreSQL server side by side in one run.
 *
 *   npx tsx bench/ingest.ts [--articles 10000] [--workers N]
 *   scripts/with-postgres.sh npx tsx bench/ingest.ts      # adds the server engine
 *
 * Generates N synthetic articles (test/support/synthetic-articles.ts) into a temporary folder,
 * then runs `imon ingest` on them once per engine, each in its own process (so peak memory is
 * that engine's), and prints sources/s, facts/s and peak RSS, plus the server/embedded ratio.
 * The server engine needs IMON_BENCH_DATABASE_URL or IMON_TEST_DATABASE_URL (a server where a
 * database may be created); without one it is reported as skipped.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createScratchDatabase, type ScratchDatabase } from '../src/store/scratch-database.ts';
import { syntheticArticle } from '../test/support/synthetic-articles.ts';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const articles = Number(arg('--articles', '10000'));
const workers = arg('--workers', '2');
const imonBin = fileURLToPath(new URL('../bin/imon.js', import.meta.url));

interface Result {
  engine: string;
  seconds: number;
  sources: number;
  facts: number;
  peakRssMb: number;
}

function runIngest(engine: string, storeArgs: string[], folder: string): Result {
  // /usr/bin/time is not always installed; the child reports its own peak RSS via an env hook.
  const run = spawnSync(process.execPath, ['--import', fileURLToPath(new URL('./peak-rss.js', import.meta.url)), imonBin, ...storeArgs, 'ingest', folder, '--json', '--workers', workers], {
    encoding: 'utf8',
    env: { ...process.env, IMON_DATABASE_URL: '', IMON_DATA: '' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`${engine} ingest failed (${run.status}):\n${run.stderr.slice(-2000)}`);
  const summary = JSON.parse(run.stdout.trim().split('\n')[0]);
  const peak = Number(/peak-rss-mb=(\d+)/.exec(run.stderr)?.[1] ?? NaN);
  return { engine, seconds: summary.seconds, sources: summary.sources.new, facts: summary.facts, peakRssMb: peak };
}

async function serverUrl(): Promise<ScratchDatabase | null> {
  const admin = process.env.IMON_BENCH_DATABASE_URL ?? process.env.IMON_TEST_DATABASE_URL;
  return admin ? createScratchDatabase(admin, 'imon_bench') : null;
}

const root = mkdtempSync(join(tmpdir(), 'imon-bench-ingest-'));
try {
  const folder = join(root, 'articles');
  mkdirSync(folder);
  let bytes = 0;
  for (let i = 0; i < articles; i++) {
    const a = syntheticArticle(i, 11);
    writeFileSync(join(folder, a.name), a.text);
    bytes += Buffer.byteLength(a.text);
  }
  console.log(`bench/ingest: ${articles} generated articles (${(bytes / 1e6).toFixed(1)} MB), --workers ${workers}`);
  const results: Result[] = [runIngest('embedded (PGlite)', ['--data', join(root, 'store')], folder)];
  const server = await serverUrl();
  if (server) {
    try {
      results.push(runIngest('server (PostgreSQL)', ['--db', server.url], folder));
    } finally {
      await server.drop();
    }
  } else {
    console.log('server engine skipped: set IMON_BENCH_DATABASE_URL or run under scripts/with-postgres.sh');
  }
  console.log('engine                sources  facts    seconds  sources/s  facts/s  peak RSS MB');
  for (const r of results) {
    console.log(`${r.engine.padEnd(20)}  ${String(r.sources).padStart(7)}  ${String(r.facts).padStart(7)}  ${r.seconds.toFixed(1).padStart(7)}  ${(r.sources / r.seconds).toFixed(1).padStart(9)}  ${(r.facts / r.seconds).toFixed(0).padStart(7)}  ${String(r.peakRssMb).padStart(11)}`);
  }
  if (results.length === 2) console.log(`server/embedded throughput ratio: ${((results[1].sources / results[1].seconds) / (results[0].sources / results[0].seconds)).toFixed(2)}`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
