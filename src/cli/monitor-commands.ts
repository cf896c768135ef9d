import type { Command } from 'commander';
import { FACT_TYPES } from '../domain/fact-types.ts';
import type { FactType } from '../domain/fact.ts';
import type { Database } from '../store/open.ts';
import { CliError, UsageError, withStore, type GlobalOptions, type Output } from './context.ts';
import { collectFactType } from './fact-type-option.ts';

/** Repeated options collect into a list: `--party Belarus --party Uzbekistan`. */
const collect = (value: string, previous: string[] = []) => [...previous, value];


function parseAsOf(value: string): Date {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(NaN);
  if (Number.isNaN(date.getTime())) throw new UsageError(`--as-of must be a date YYYY-MM-DD, not "${value}"`);
  return date;
}

function parseMinValue(value: string): number {
  const n = Number(value);
  if (!value.trim() || !Number.isFinite(n)) throw new UsageError(`--min-value must be a number (e.g. 1e8), not "${value}"`);
  return n;
}

function parseId(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`ID must be a positive integer, not "${value}"`);
  return n;
}

/** The party id a `--party` value names, or a usage error saying nothing matched. */
async function partyIdOf(db: Database, text: string): Promise<string> {
  const { resolvePartyArg } = await import('../monitor/resolve-party.ts');
  const party = await resolvePartyArg(db, text);
  if (!party) throw new UsageError(`no party matches "${text}" (try: imon parties find "${text}")`);
  return party.id;
}

const asOfOption = ['--as-of <YYYY-MM-DD>', 'judge as of this day (default: today)', parseAsOf] as const;

/** Registers the monitor commands on the program (see main.ts). */
export function registerMonitorCommands(program: Command, io: Output, globals: () => GlobalOptions): void {
  program
    .command('targets')
    .description('targets against actuals: achieved, on track, behind, missed or unknown, with evidence and the projection method')
    .option('--party <party>', 'only targets involving this party (a name in English or Russian, or an id)')
    .option('--json', 'print JSON')
    .option(...asOfOption)
    .action(async (options: { party?: string; json?: boolean; asOf?: Date }) => {
      const { targetReport, formatTargets } = await import('../monitor/targets.ts');
      const views = await withStore(globals(), async (store) => {
        const partyId = options.party ? await partyIdOf(store.db, options.party) : undefined;
        return targetReport(store.db, { partyId, today: options.asOf });
      });
      io.out(options.json ? JSON.stringify(views) : formatTargets(views));
    });

  program
    .command('plans')
    .description('plans, programmes and agreements with validity periods: active, expiring (within 6 months), expired or renewed')
    .option('--expiring', 'only those ending within six months')
    .option('--party <party>', 'only those involving this party')
    .option('--json', 'print JSON')
    .option(...asOfOption)
    .action(async (options: { expiring?: boolean; party?: string; json?: boolean; asOf?: Date }) => {
      const { planReport, formatPlans } = await import('../monitor/plans.ts');
      const plans = await withStore(globals(), async (store) => {
        const partyId = options.party ? await partyIdOf(store.db, options.party) : undefined;
        return planReport(store.db, { partyId, expiring: options.expiring, today: options.asOf });
      });
      io.out(options.json ? JSON.stringify(plans) : formatPlans(plans));
    });

  program
    .command('coverage')
    .description('per state and pair: documents, events, projects, regions covered, last activity, dormant ties; under-covered records')
    .option('--party <party>', 'only what concerns this party')
    .option('--json', 'print JSON')
    .option(...asOfOption)
    .action(async (options: { party?: string; json?: boolean; asOf?: Date }) => {
      const { coverageReport, formatCoverage } = await import('../monitor/coverage.ts');
      const report = await withStore(globals(), async (store) => {
        const partyId = options.party ? await partyIdOf(store.db, options.party) : undefined;
        return coverageReport(store.db, { partyId, today: options.asOf });
      });
      io.out(options.json ? JSON.stringify(report) : formatCoverage(report));
    });

  const watch = program.command('watch').description('saved queries that raise alerts when an ingest run brings matching records');
  watch
    .command('add')
    .description('save a watch: every record of an ingest run that matches all the given conditions raises an alert')
    .argument('<name>', 'a name for the watch')
    .option('--party <party>', 'the record involves this party (or a part of it); repeat for several, all required', collect)
    .option('--type <type>', `fact type (${FACT_TYPES.join(', ')}); repeat for several, any of them`, collectFactType)
    .option('--word <word>', 'a word the record or its evidence contains (prefix match); repeat for several, all required', collect)
    .option('--min-value <n>', 'the record\'s value is at least N (base units: 1e8 for $100 million)', parseMinValue)
    .option('--webhook <url>', 'POST each alert as JSON to this URL')
    .option('--json', 'print the saved watch as JSON')
    .action(async (name: string, options: { party?: string[]; type?: FactType[]; word?: string[]; minValue?: number; webhook?: string; json?: boolean }) => {
      const { addWatch, checkWebhookUrl, formatWatches } = await import('../monitor/watches.ts');
      if (!name.trim()) throw new UsageError('the watch needs a name');
      const problem = options.webhook ? checkWebhookUrl(options.webhook) : null;
      if (problem) throw new UsageError(problem);
      const result = await withStore(globals(), async (store) => {
        const parties = [];
        for (const text of options.party ?? []) parties.push(await partyIdOf(store.db, text));
        const saved = await addWatch(store.db, {
          name, webhookUrl: options.webhook ?? null,
          query: { parties, types: options.type ?? [], words: options.word ?? [], minValue: options.minValue ?? null },
        });
        const { loadPartyTree } = await import('../monitor/party-tree.ts');
        const tree = await loadPartyTree(store.db);
        return { saved, text: formatWatches([saved], (id) => tree.name(id)) };
      });
      io.out(options.json ? JSON.stringify(result.saved) : `saved ${result.text}`);
    });

  watch
    .command('list')
    .description('list the watches')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const [{ listWatches, formatWatches }, { loadPartyTree }] = await Promise.all([import('../monitor/watches.ts'), import('../monitor/party-tree.ts')]);
      const text = await withStore(globals(), async (store) => {
        const list = await listWatches(store.db);
        if (options.json) return JSON.stringify(list);
        const tree = await loadPartyTree(store.db);
        return formatWatches(list, (id) => tree.name(id));
      });
      io.out(text);
    });

  watch
    .command('rm')
    .description('remove a watch and its alerts')
    .argument('<id>', 'the watch id (see imon watch list)', parseId)
    .action(async (id: number) => {
      const { removeWatch } = await import('../monitor/watches.ts');
      const removed = await withStore(globals(), (store) => removeWatch(store.db, id));
      if (!removed) throw new CliError(`no watch #${id}`);
      io.out(`removed watch #${id}`);
    });

  program
    .command('alerts')
    .description('alerts raised by watches, newest first (* = unread)')
    .option('--unread', 'only unread alerts')
    .option('--mark-read', 'mark the listed alerts read')
    .option('--redeliver', 'first try again every webhook delivery that failed')
    .option('--json', 'print JSON')
    .action(async (options: { unread?: boolean; markRead?: boolean; redeliver?: boolean; json?: boolean }) => {
      const { listAlerts, markAlertsRead, redeliverAlerts, formatAlerts } = await import('../monitor/alerts.ts');
      const { list, redelivered, marked } = await withStore(globals(), async (store) => {
        const redelivered = options.redeliver ? await redeliverAlerts(store.db) : null;
        const list = await listAlerts(store.db, { unread: options.unread });
        const marked = options.markRead ? await markAlertsRead(store.db, list.map((a) => a.id)) : 0;
        return { list, redelivered, marked };
      });
      if (options.json) {
        io.out(JSON.stringify(list));
        return;
      }
      const lines = [formatAlerts(list)];
      if (redelivered) lines.unshift(`redelivered: ${redelivered.delivered} delivered, ${redelivered.failed} failed`);
      if (options.markRead) lines.push(`marked ${marked} alert${marked === 1 ? '' : 's'} read`);
      io.out(lines.join('\n'));
    });
}
