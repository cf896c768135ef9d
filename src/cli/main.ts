import { Command, CommanderError, Option } from 'commander';
import { CliError, UsageError, processOutput, withStore, type GlobalOptions, type Output } from './context.ts';
import { formatStats } from './stats.ts';
import { formatIngestSummary, ingestSummaryJson } from './ingest.ts';
import { registerMonitorCommands } from './monitor-commands.ts';
import { registerServerCommands } from './server-commands.ts';
import { registerReportCommand } from './report-command.ts';
import { registerStartCommand } from './start-command.ts';
import { FACT_TYPES } from '../domain/fact-types.ts';
import type { FactType } from '../domain/fact.ts';
import { collectFactType } from './fact-type-option.ts';
import { StoreLockedError } from '../store/lock.ts';

function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new UsageError(`--limit must be an integer from 1 to 1000, not "${value}"`);
  return n;
}


function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError(`--workers must be an integer from 1 to 64, not "${value}"`);
  return n;
}

function parseDate(value: string): string {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new UsageError(`--date must be YYYY-MM-DD (or YYYY-MM, YYYY), not "${value}"`);
  }
  return value;
}

/** The `imon` program. Every action writes through `io`, so tests can run it in-process. */
export function buildProgram(io: Output): Command {
  const program = new Command('imon')
    .description('Integration Monitor: a sourced knowledge base of cooperation in the post-Soviet space')
    .addOption(new Option('--data <dir>', 'embedded store folder (default: $IMON_DATA or ./imon-data)'))
    .addOption(new Option('--db <url>', 'PostgreSQL server URL (default: $IMON_DATABASE_URL)'))
    .showHelpAfterError('(run imon --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  const globals = () => program.opts<GlobalOptions>();

  program
    .command('init')
    .description('create or migrate the store and load the gazetteer (idempotent)')
    .action(async () => {
      // Modules of the store, the gazetteer and extraction load with the command that needs them:
      // `imon --help` or `imon extract` should not pay for Drizzle, PGlite or zod schemas they never use.
      const { initStore } = await import('./init.ts');
      await withStore(globals(), async (store) => {
        const result = await initStore(store);
        io.out(`store ready: ${store.where}\ngazetteer loaded: ${result.parties} parties, ${result.aliases} names`);
      });
    });

  program
    .command('stats')
    .description('counts of parties, sources, facts and records')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const { storeStats } = await import('../store/stats.ts');
      await withStore(globals(), async (store) => {
        const stats = await storeStats(store.db);
        io.out(options.json ? JSON.stringify(stats) : formatStats(stats, store.where));
      });
    });

  const parties = program.command('parties').description('look up parties in the gazetteer');
  parties
    .command('find')
    .description('resolve each TEXT (English or Russian, any case or inflection) to ranked parties')
    .argument('<text...>', 'names to resolve, e.g. "Гомельской области" "Irkutsk oblast"')
    .option('--json', 'print JSON')
    .option('--limit <n>', 'candidates per text', parseLimit, 5)
    .action(async (texts: string[], options: { json?: boolean; limit: number }) => {
      const { findParties, formatPartyMatches } = await import('./parties.ts');
      const results = await findParties(texts, options.limit);
      io.out(options.json ? JSON.stringify(results) : formatPartyMatches(results));
    });

  program
    .command('extract')
    .description('print the facts found in each file (.txt, .md, .html; - for stdin)')
    .argument('<file...>', 'files to read')
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'table']).default('jsonl'))
    .addOption(new Option('--lang <lang>', 'language of the texts').choices(['auto', 'en', 'ru']).default('auto'))
    .option('--date <YYYY-MM-DD>', 'reference date for relative time ("last year") when a text has none', parseDate)
    .option('--type <type>', `only facts of this type (${FACT_TYPES.join(', ')}); repeat for several`, collectFactType)
    .action(async (files: string[], options: { format: 'jsonl' | 'table'; lang: 'auto' | 'en' | 'ru'; date?: string; type?: FactType[] }) => {
      const { runExtract } = await import('./extract.ts');
      const code = await runExtract(files, { format: options.format, lang: options.lang, date: options.date, types: options.type }, io);
      if (code !== 0) throw new CliError('some files could not be read (see above)', code, true);
    });

  program
    .command('ingest')
    .description('store files, folders, globs and feeds (.txt .md .html .rss .atom .xml .jsonl) with their facts')
    .argument('<path...>', 'files, folders (recursive) or globs')
    .option('--json', 'print the summary as JSON')
    .option('--workers <n>', 'extraction threads (default: the number of cores)', parseWorkers)
    .addOption(new Option('--lang <lang>', 'language of the texts').choices(['auto', 'en', 'ru']).default('auto'))
    .action(async (paths: string[], options: { json?: boolean; workers?: number; lang: 'auto' | 'en' | 'ru' }) => {
      const [{ ingestPaths }, { lineProgress, terminalProgress }, { ensureGazetteer }] = await Promise.all([
        import('../ingest/ingest.ts'),
        import('../ingest/progress.ts'),
        import('./init.ts'),
      ]);
      const summary = await withStore(globals(), async (store) => {
        await ensureGazetteer(store);
        const progress = process.stderr.isTTY ? terminalProgress() : lineProgress((line) => io.err(line));
        return ingestPaths(store, paths, { workers: options.workers, lang: options.lang, progress });
      });
      io.out(options.json ? ingestSummaryJson(summary) : formatIngestSummary(summary));
      if (summary.sources.failed) throw new CliError(`${summary.sources.failed} input(s) failed (listed above); the rest were stored`, 1, true);
    });

  program
    .command('search')
    .description('full-text search over sources (English and Russian stemming)')
    .argument('<query...>', 'words to find, e.g. тракторы or "assembly plant"')
    .option('--json', 'print JSON')
    .addOption(new Option('--lang <lang>', 'query language (default: by script)').choices(['en', 'ru']))
    .option('--limit <n>', 'hits to show', parseLimit, 20)
    .action(async (words: string[], options: { json?: boolean; lang?: 'en' | 'ru'; limit: number }) => {
      const { searchSources } = await import('../store/search.ts');
      const hits = await withStore(globals(), (store) => searchSources(store.db, words.join(' '), { lang: options.lang, limit: options.limit }));
      if (options.json) io.out(JSON.stringify(hits));
      else if (!hits.length) io.out('no matches');
      else io.out(hits.map((h) => `${h.score.toFixed(3)}  ${h.date ?? '----'}  ${h.title ?? h.source.slice(0, 12)}
        ${h.snippet.replace(/\s+/g, ' ')}`).join('\n'));
    });

  registerMonitorCommands(program, io, globals);
  registerServerCommands(program, io, globals);
  registerReportCommand(program, io, globals);

  registerStartCommand(program, io, globals);

  return program;
}

/** Runs the CLI; resolves to the exit code (0 ok, 1 failure, 2 wrong usage). */
export async function main(argv: string[], io: Output = processOutput): Promise<number> {
  const program = buildProgram(io);
  if (argv.length === 0) {
    program.outputHelp();
    return 2;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.help' || error.code === 'commander.version') return 0;
      return 2;
    }
    if (error instanceof CliError) {
      if (!error.quiet) io.err(`imon: ${error.message}`);
      return error.exitCode;
    }
    if (error instanceof StoreLockedError) {
      io.err(`imon: ${error.message}`);
      return 1;
    }
    io.err(`imon: ${(error as Error).message ?? String(error)}`);
    return 1;
  }
}
