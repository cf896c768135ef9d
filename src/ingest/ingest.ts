import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import type { Fact } from '../domain/fact.ts';
import type { Store } from '../store/open.ts';
import { storeSource } from '../store/write-source.ts';
import { ingestRuns, sourceLocations, sources } from '../store/schema.ts';
import { nextStatisticsRefresh, refreshPlannerStatistics } from '../store/statistics.ts';
import { queryRows } from '../store/rows.ts';
import { scriptLanguage } from '../text/language.ts';
import { expandInputs, readSources, type SourceItem } from './readers/index.ts';
import { sourceIdOf } from './source-id.ts';
import extractInProcess, { type ExtractionJob } from './extract-worker.ts';
import { docIdOf } from './read-file.ts';
import { alertOnChangedRecords } from '../monitor/alerts.ts';

export interface IngestError {
  file: string;
  reason: string;
}

export interface IngestSummary {
  sources: { new: number; duplicate: number; failed: number };
  facts: number;
  records: { new: number; updated: number };
  errors: IngestError[];
  seconds: number;
  /** Records created or changed by this run (for watches and alerts). */
  changedRecordIds: number[];
}

export interface IngestProgress {
  /** Called once the inputs are known. */
  start(totalFiles: number): void;
  /** Called after each file is done (all its items stored or failed). */
  fileDone(file: string, summary: IngestSummary): void;
  stop(): void;
}

export interface IngestOptions {
  /** Extraction threads; 1 extracts in this process. */
  workers?: number;
  lang?: 'auto' | 'en' | 'ru';
  progress?: IngestProgress;
}

interface ExtractionPool {
  run(job: ExtractionJob): Promise<Fact[]>;
  close(): Promise<void>;
}

async function createPool(workers: number): Promise<ExtractionPool> {
  if (workers <= 1) return { run: extractInProcess, close: async () => {} };
  const { Piscina } = await import('piscina');
  const pool = new Piscina({
    filename: fileURLToPath(new URL('./extract-worker-entry.js', import.meta.url)),
    minThreads: workers,
    maxThreads: workers,
  });
  return { run: (job) => pool.run(job) as Promise<Fact[]>, close: () => pool.destroy() };
}

const defaultWorkers = () => Math.max(1, availableParallelism());

/**
 * Ingests files, folders and globs into the store: read and decode each input, skip bodies
 * already stored (remembering the new location), extract facts (in a worker pool), and store
 * each source with its facts and record links in one transaction. Bad inputs become error
 * entries and the run goes on.
 */
export async function ingestPaths(store: Store, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const summary: IngestSummary = {
    sources: { new: 0, duplicate: 0, failed: 0 }, facts: 0, records: { new: 0, updated: 0 }, errors: [], seconds: 0, changedRecordIds: [],
  };
  const changed = new Set<number>();
  let statisticsDueAt = nextStatisticsRefresh(0);
  const [run] = await store.db.insert(ingestRuns).values({ args: paths }).returning({ id: ingestRuns.id });
  const pool = await createPool(options.workers ?? defaultWorkers());
  const fail = (file: string, reason: string) => {
    summary.sources.failed++;
    summary.errors.push({ file, reason });
  };
  try {
    const { files, errors } = await expandInputs(paths);
    for (const e of errors) fail(e.file, e.reason);
    options.progress?.start(files.length);
    // Extraction runs ahead in the pool while this loop stores results one source at a time.
    const window = Math.max(2, (options.workers ?? defaultWorkers()) * 2);
    for (const file of files) {
      const pending: Promise<void>[] = [];
      let queue = Promise.resolve();
      try {
        for await (const item of readSources(file)) {
          if ('reason' in item) {
            fail(item.item ? `${item.file} (${item.item})` : item.file, item.reason);
            continue;
          }
          const prepared = prepareItem(item);
          if (await isStored(store, prepared.id)) {
            await store.db.insert(sourceLocations).values({ sourceId: prepared.id, location: item.location }).onConflictDoNothing();
            summary.sources.duplicate++;
            continue;
          }
          const facts = pool.run({
            doc: docIdOf(file), body: item.body, title: item.title, date: item.date, lang: options.lang && options.lang !== 'auto' ? options.lang : 'auto',
          });
          facts.catch(() => {}); // handled when stored, in order
          queue = queue.then(() => storeExtracted(store, prepared, item, facts, summary, changed, fail));
          pending.push(queue);
          if (pending.length >= window) await pending.shift();
        }
      } catch (error) {
        fail(file, (error as Error).message);
      }
      await queue;
      options.progress?.fileDone(file, summary);
      if (summary.sources.new >= statisticsDueAt) {
        await refreshPlannerStatistics(store);
        statisticsDueAt = nextStatisticsRefresh(summary.sources.new);
      }
    }
    // The API reads next: let it plan with the tables as they now are.
    if (summary.sources.new) await refreshPlannerStatistics(store);
  } finally {
    options.progress?.stop();
    await pool.close();
    summary.seconds = Math.round((performance.now() - started) / 10) / 100;
    summary.changedRecordIds = [...changed];
    const { changedRecordIds: _omit, ...persisted } = summary;
    await store.db
      .update(ingestRuns)
      .set({ finishedAt: sql`now()`, status: summary.sources.failed ? 'done_with_errors' : 'done', summary: persisted })
      .where(eq(ingestRuns.id, run.id));
  }
  // Watches: alert on what this run created or changed. An alert failure never fails the ingest.
  try {
    await alertOnChangedRecords(store, summary.changedRecordIds);
  } catch (error) {
    process.emitWarning(`alerts were not created for this ingest run: ${(error as Error).message}`);
  }
  return summary;
}

function prepareItem(item: SourceItem) {
  const lang = item.lang === 'en' || item.lang === 'ru' || item.lang === 'other' ? item.lang : scriptLanguage(item.body);
  return {
    id: sourceIdOf(item.body), title: item.title, url: item.url, publisher: item.publisher, published: item.date,
    lang, format: item.format, body: item.body, location: item.location,
  };
}

async function isStored(store: Store, id: string): Promise<boolean> {
  const rows = await queryRows<{ one: number }>(store.db, sql`SELECT 1 AS one FROM ${sources} WHERE id = ${id}`);
  return rows.length > 0;
}

async function storeExtracted(
  store: Store,
  prepared: ReturnType<typeof prepareItem>,
  item: SourceItem,
  facts: Promise<Fact[]>,
  summary: IngestSummary,
  changed: Set<number>,
  fail: (file: string, reason: string) => void,
): Promise<void> {
  try {
    const result = await storeSource(store.db, prepared, await facts);
    if (result.status === 'duplicate') {
      summary.sources.duplicate++;
      return;
    }
    summary.sources.new++;
    summary.facts += result.facts;
    summary.records.new += result.records.new;
    summary.records.updated += result.records.updated;
    for (const id of result.changedRecordIds) changed.add(id);
  } catch (error) {
    fail(item.location, `not stored: ${(error as Error).message}`);
  }
}
