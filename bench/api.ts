/**
 * API latency and throughput under concurrent clients, embedded PGlite and a PostgreSQL server
 * side by side in one run, on the same store of 100,000+ facts.
 *
 *   npx tsx bench/api.ts [--articles 17000] [--seed 11] [--duration 10] [--connections 20]
 *                        [--workers 2] [--rebuild]
 *   scripts/with-postgres.sh npx tsx bench/api.ts      # adds the server engine
 *
 * The store: N generated articles (test/support/synthetic-articles.ts, 6 facts each, so the
 * default 17,000 give 102,000 facts) stored by the real ingest (`imon ingest`, in its own
 * process) into an embedded store cached under .tmp/bench-api/ by article count and seed: a
 * second run reuses it (--rebuild builds it again, e.g. after the extractor changed). The server
 * engine gets a copy of that store's rows in a fresh database (bench/support/copy-store.ts says
 * why), so both engines answer the same questions over the same rows. The server engine needs
 * IMON_BENCH_DATABASE_URL or IMON_TEST_DATABASE_URL (a server where a database may be created);
 * without one it is reported as skipped.
 *
 * For each engine and each of three endpoints the API (buildApp) runs in a process of its own on
 * 127.0.0.1 (so its peak RSS is that engine's; for the server engine the Node process only, not
 * PostgreSQL's), killed after the run (see benchEngine). With values sampled from the store
 * (bench/support/workload.ts), every distinct path is first asked once in turn (each must answer
 * 2xx; this is the warm-up), then autocannon runs --duration seconds with --connections clients
 * cycling through the paths:
 *   profile  GET /api/parties/{id}              every party that facts name
 *   search   GET /api/search?q=                 English and Russian words that occur, contract numbers
 *   series   GET /api/trade/series?parties=A,B  every pair of parties with trade observations
 * Prints per engine and endpoint: answers, p50/p95/p99 latency in ms (nearest rank over every
 * answer's time, see bench/support/load.ts; "-" when no answer came within the run), answers/s,
 * non-2xx and connection errors, the slowest path asked alone before the load and the largest
 * answer body among the paths (KB); the
 * server/embedded ratio per endpoint; the API process's peak RSS; and the machine's load average
 * before and after (the figures are only comparable at similar load). Any non-2xx answer or
 * connection error fails the run (exit 1) after the table is printed.
 *
 * Reading the figures: PGlite runs inside the API's process and a handler's queries never yield
 * to the event loop, so the embedded API answers one request at a time. With N clients a request
 * waits for the N-1 before it (latency near N x the time of one), and a run shorter than that
 * sees only the first answers: answers/s is the steadier figure there.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createScratchDatabase } from '../src/store/scratch-database.ts';
import { syntheticArticle } from '../test/support/synthetic-articles.ts';
import { openStore } from '../src/store/open.ts';
import { queryRows } from '../src/store/rows.ts';
import { sql } from 'drizzle-orm';
import { copyStore } from './support/copy-store.ts';
import { runLoad, type LoadResult } from './support/load.ts';
import { sampleWorkload, type Endpoint } from './support/workload.ts';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const positive = (name: string, fallback: string) => {
  const n = Number(arg(name, fallback));
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive whole number`);
  return n;
};
const articles = positive('--articles', '17000');
const seed = positive('--seed', '11');
const duration = positive('--duration', '10');
const connections = positive('--connections', '20');
const workers = String(positive('--workers', '2'));
const rebuild = args.includes('--rebuild');
/** A request slower than this counts as a connection error (autocannon's default is 10 s). */
const TIMEOUT_SECONDS = 60;

const repo = fileURLToPath(new URL('../', import.meta.url));
const imonBin = join(repo, 'bin/imon.js');
const peakRss = join(repo, 'bench/peak-rss.js');
const serveStore = join(repo, 'bench/support/serve-store.ts');
const cacheRoot = join(repo, '.tmp/bench-api');
const storeName = `pglite-a${articles}-s${seed}`;
const storeDir = join(cacheRoot, storeName);
const buildInfoFile = join(cacheRoot, `${storeName}.json`);

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const minutes = (s: number) => (s >= 90 ? `${(s / 60).toFixed(1)} min` : `${s.toFixed(1)} s`);

interface BuildInfo {
  articles: number;
  seed: number;
  sources: number;
  facts: number;
  seconds: number;
  peakRssMb: number;
  builtAt: string;
}

/** Runs `imon ingest` over the generated articles into `dataDir`, in its own process. */
async function ingestArticles(dataDir: string): Promise<Omit<BuildInfo, 'builtAt'>> {
  const folder = mkdtempSync(join(tmpdir(), 'imon-bench-api-'));
  try {
    for (let i = 0; i < articles; i++) {
      const a = syntheticArticle(i, seed);
      writeFileSync(join(folder, a.name), a.text);
    }
    const child = spawn(process.execPath, ['--import', peakRss, imonBin, '--data', dataDir, 'ingest', folder, '--json', '--workers', workers], {
      env: { ...process.env, IMON_DATABASE_URL: '', IMON_DATA: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    const stderr: string[] = [];
    let lastShown = 0;
    // The ingest's progress lines come about once a second; a line a minute is enough here.
    createInterface({ input: child.stderr }).on('line', (line) => {
      stderr.push(line);
      if (stderr.length > 200) stderr.shift();
      if (/^ingest: \d+\/\d+/.test(line) && Date.now() - lastShown > 60_000) {
        lastShown = Date.now();
        console.log(`  ${line.replace(/ \S+\.md /, ' ')}  (load ${load()})`);
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    if (code !== 0) throw new Error(`imon ingest failed (exit ${code}):\n${stderr.join('\n').slice(-3000)}`);
    const summary = JSON.parse(stdout.trim().split('\n')[0]) as { sources: { new: number }; facts: number; seconds: number };
    const peak = Number(/peak-rss-mb=(\d+)/.exec(stderr.join('\n'))?.[1] ?? NaN);
    return { articles, seed, sources: summary.sources.new, facts: summary.facts, seconds: summary.seconds, peakRssMb: peak };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The cached embedded store: reused when a finished build is there, else built by ingest. */
async function embeddedStore(): Promise<void> {
  const shown = relative(repo, storeDir);
  if (!rebuild && existsSync(buildInfoFile) && existsSync(storeDir)) {
    const info = JSON.parse(readFileSync(buildInfoFile, 'utf8')) as BuildInfo;
    console.log(`embedded store: reused ${shown} (built ${info.builtAt} by ingest in ${minutes(info.seconds)}: `
      + `${info.sources.toLocaleString('en')} sources, ${info.facts.toLocaleString('en')} facts, ingest peak RSS ${info.peakRssMb} MB)`);
    return;
  }
  mkdirSync(cacheRoot, { recursive: true });
  rmSync(storeDir, { recursive: true, force: true });
  rmSync(buildInfoFile, { force: true });
  // Built beside its final place and renamed when whole: an interrupted build is never reused.
  const partial = `${storeDir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  console.log(`embedded store: building ${shown} from ${articles.toLocaleString('en')} generated articles (seed ${seed}, --workers ${workers})`);
  const started = performance.now();
  const built = await ingestArticles(partial);
  renameSync(partial, storeDir);
  const info: BuildInfo = { ...built, builtAt: new Date().toISOString().slice(0, 16).replace('T', ' ') };
  writeFileSync(buildInfoFile, `${JSON.stringify(info, null, 2)}\n`);
  console.log(`embedded store: built in ${minutes((performance.now() - started) / 1000)} (ingest ${minutes(info.seconds)}, `
    + `${(info.sources / info.seconds).toFixed(1)} sources/s): ${info.sources.toLocaleString('en')} sources, `
    + `${info.facts.toLocaleString('en')} facts, ingest peak RSS ${info.peakRssMb} MB`);
}

interface ServerDatabase {
  url: string;
  /** Waits until no query runs in the database (those of a killed API process end when PostgreSQL notices). */
  waitIdle(): Promise<void>;
  drop(): Promise<void>;
}

/**
 * A fresh database on the bench's PostgreSQL server, or null when none is configured; waitIdle
 * waits for queries a killed API left running (PostgreSQL finishes them) before the next engine.
 */
async function serverDatabase(): Promise<ServerDatabase | null> {
  const admin = process.env.IMON_BENCH_DATABASE_URL ?? process.env.IMON_TEST_DATABASE_URL;
  if (!admin) return null;
  const database = await createScratchDatabase(admin, 'imon_bench_api');
  const { default: pg } = await import('pg');
  return {
    url: database.url,
    async waitIdle() {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      try {
        for (let i = 0; i < 600; i++) {
          const { rows } = await c.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND state <> 'idle'`, [database.name]);
          if (rows[0].n === 0) return;
          await new Promise((resolve) => setTimeout(resolve, 500));
        }
        throw new Error(`queries still run in ${database.name} after 5 minutes`);
      } finally {
        await c.end();
      }
    },
    drop: () => database.drop(),
  };
}

interface ApiProcess {
  baseUrl: string;
  /** The process's peak resident memory so far (VmHWM), in MB; NaN where /proc is not there. */
  peakRssMb(): number;
  /** Ends the process at once (SIGKILL): requests it still holds are of no interest. */
  kill(): Promise<void>;
  /** The last lines it wrote to stderr (server errors). */
  log(): string;
}

/** Starts bench/support/serve-store.ts over a store and waits for its port. */
async function startApi(storeArgs: string[]): Promise<ApiProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', serveStore, ...storeArgs], {
    cwd: repo,
    env: { ...process.env, IMON_DATABASE_URL: '', IMON_DATA: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stderr: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => {
    stderr.push(line);
    if (stderr.length > 100) stderr.shift();
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  // A bench that fails half way must not leave the API (and the store's lock) behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const port = await new Promise<number>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', (line) => resolve((JSON.parse(line) as { port: number }).port));
    exited.then((code) => reject(new Error(`the API process exited (${code}) before listening:\n${stderr.join('\n').slice(-3000)}`)));
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    peakRssMb() {
      try {
        const kb = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
        return kb ? Math.round(Number(kb) / 1024) : NaN;
      } catch {
        return NaN;
      }
    },
    async kill() {
      process.off('exit', killOnExit);
      child.kill('SIGKILL');
      await exited;
    },
    log: () => stderr.join('\n').slice(-3000),
  };
}

/**
 * Asks every distinct path once, in turn: each must answer 2xx, and this is the warm-up (code
 * compiled, pages cached). Returns the slowest answer's ms and the largest body's KB.
 */
async function askEachOnce(baseUrl: string, endpoint: Endpoint): Promise<{ slowestMs: number; largestKb: number }> {
  let slowest = 0;
  let largest = 0;
  for (const path of endpoint.paths) {
    const started = performance.now();
    const response = await fetch(baseUrl + path);
    const body = await response.text();
    slowest = Math.max(slowest, performance.now() - started);
    largest = Math.max(largest, Buffer.byteLength(body));
    if (!response.ok) throw new Error(`${endpoint.name}: GET ${path} answered ${response.status}: ${body.slice(0, 500)}`);
  }
  return { slowestMs: slowest, largestKb: largest / 1024 };
}

interface Row {
  engine: string;
  endpoint: string;
  /** The slowest of the paths asked one at a time, before the load (ms). */
  aloneMs: number;
  /** The largest answer body among the paths (KB). */
  largestKb: number;
  load: LoadResult;
  /** The API process's peak RSS at the end of the run (MB). */
  peakRssMb: number;
}

/**
 * Each endpoint gets an API process of its own, killed after its run: a load run ends by dropping
 * its connections, not the work the API has taken on (the embedded engine may hold minutes of
 * queued requests), and that tail must not run into the next measurement.
 */
async function benchEngine(engine: string, storeArgs: string[], endpoints: Endpoint[], afterKill: () => Promise<void>): Promise<Row[]> {
  const rows: Row[] = [];
  for (const endpoint of endpoints) {
    const api = await startApi(storeArgs);
    try {
      const { slowestMs: aloneMs, largestKb } = await askEachOnce(api.baseUrl, endpoint);
      const result = await runLoad({ baseUrl: api.baseUrl, paths: endpoint.paths, connections, duration, timeout: TIMEOUT_SECONDS });
      const row: Row = { engine, endpoint: endpoint.name, aloneMs, largestKb, load: result, peakRssMb: api.peakRssMb() };
      rows.push(row);
      console.log(`  ${engine} ${endpoint.name}: ${result.responses} answers in ${result.seconds.toFixed(1)} s `
        + `(each path once before: slowest ${aloneMs.toFixed(0)} ms; API peak RSS ${row.peakRssMb} MB; load ${load()})`);
      if (result.non2xx || result.errors) console.log(`  ${engine} ${endpoint.name}: API process log:\n${api.log()}`);
    } finally {
      await api.kill();
      await afterKill();
    }
  }
  return rows;
}

const pad = (s: string | number, n: number) => String(s).padStart(n);
/** A figure, or a dash when there is none (no answer in the run). */
const fig = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '-');

function printTable(rows: Row[]): void {
  console.log('\nengine               endpoint  answers   p50 ms   p95 ms   p99 ms    req/s  non-2xx  errors  alone max ms  max KB  RSS MB');
  for (const { engine, endpoint, aloneMs, largestKb, load: r, peakRssMb } of rows) {
    console.log(`${engine.padEnd(20)} ${endpoint.padEnd(8)} ${pad(r.responses, 8)} ${pad(fig(r.p50), 8)} ${pad(fig(r.p95), 8)} `
      + `${pad(fig(r.p99), 8)} ${pad(fig(r.perSecond), 8)} ${pad(r.non2xx, 8)} ${pad(r.errors, 7)} ${pad(fig(aloneMs, 0), 13)} ${pad(fig(largestKb, 0), 7)} ${pad(peakRssMb, 7)}`);
  }
}

console.log(`bench/api: ${articles.toLocaleString('en')} articles (seed ${seed}), ${connections} connections, `
  + `${duration} s per endpoint; load average ${load()}`);
const started = performance.now();
await embeddedStore();

const server = await serverDatabase();
try {
  const embedded = await openStore({ engine: 'embedded', dataDir: storeDir });
  let endpoints: Endpoint[];
  try {
    const [counts] = await queryRows<{ sources: number; facts: number; records: number }>(embedded.db, sql`
      SELECT (SELECT count(*)::int FROM sources) AS sources, (SELECT count(*)::int FROM facts) AS facts, (SELECT count(*)::int FROM records) AS records`);
    console.log(`store: ${counts.sources.toLocaleString('en')} sources, ${counts.facts.toLocaleString('en')} facts, ${counts.records.toLocaleString('en')} records`
      + (counts.facts < 100_000 ? ' (fewer than the 100,000 facts the figures are meant for: a trial run)' : ''));
    endpoints = await sampleWorkload(embedded.db);
    for (const e of endpoints) console.log(`  ${e.name.padEnd(8)} ${e.route}: ${e.note}`);
    if (server) {
      const copyStarted = performance.now();
      const target = await openStore({ engine: 'server', url: server.url });
      try {
        const tables = await copyStore(embedded, target);
        const total = tables.reduce((n, t) => n + t.rows, 0);
        console.log(`server store: copied ${total.toLocaleString('en')} rows in ${tables.length} tables in ${minutes((performance.now() - copyStarted) / 1000)}, `
          + `row counts equal per table (${tables.filter((t) => t.rows).map((t) => `${t.table} ${t.rows.toLocaleString('en')}`).join(', ')})`);
      } finally {
        await target.close();
      }
    }
  } finally {
    await embedded.close();
  }

  const engines: { name: string; storeArgs: string[]; afterKill(): Promise<void> }[] = [
    { name: 'embedded (PGlite)', storeArgs: ['--data', storeDir], afterKill: async () => {} },
  ];
  if (server) engines.push({ name: 'server (PostgreSQL)', storeArgs: ['--db', server.url], afterKill: () => server.waitIdle() });
  const rows: Row[] = [];
  for (const engine of engines) rows.push(...await benchEngine(engine.name, engine.storeArgs, endpoints, engine.afterKill));

  printTable(rows);
  if (server) {
    console.log('\nserver/embedded ratio   req/s    p50    p95');
    for (const endpoint of endpoints) {
      const [e, s] = engines.map((engine) => rows.find((r) => r.engine === engine.name && r.endpoint === endpoint.name)!.load);
      const ratio = (a: number, b: number) => (a > 0 && b > 0 ? fig(a / b, 2) : '-');
      console.log(`${endpoint.name.padEnd(20)} ${pad(ratio(s.perSecond, e.perSecond), 8)} ${pad(ratio(s.p50, e.p50), 6)} ${pad(ratio(s.p95, e.p95), 6)}`);
    }
  } else {
    console.log('\nserver engine skipped: set IMON_BENCH_DATABASE_URL, or run `scripts/with-postgres.sh npx tsx bench/api.ts` for a throwaway server');
  }
  console.log(`latency: nearest rank over every answer's time from autocannon's response event (its own p50 for comparison: `
    + `${rows.map((r) => `${r.endpoint} ${r.load.autocannonP50}`).join(', ')} ms)`);
  console.log(`load average after: ${load()} (2 cores); whole run ${minutes((performance.now() - started) / 1000)}`);
  const failed = rows.filter((r) => r.load.non2xx || r.load.errors);
  if (failed.length) {
    for (const r of failed) console.error(`FAILED ${r.engine} ${r.endpoint}: ${r.load.non2xx} non-2xx (${JSON.stringify(r.load.statusCodes)}), ${r.load.errors} errors (${r.load.timeouts} timeouts)`);
    process.exitCode = 1;
  }
} finally {
  await server?.drop();
}
