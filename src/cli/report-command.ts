import { randomBytes } from 'node:crypto';
import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { CliError, UsageError, withStore, type GlobalOptions, type Output } from './context.ts';

function parseYear(value: string): number {
  const n = Number(value);
  if (!/^\d{4}$/.test(value) || n < 1900 || n > 2100) throw new UsageError(`--from must be a year YYYY, not "${value}"`);
  return n;
}

function parseDay(value: string): Date {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(NaN);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) throw new UsageError(`--date must be a day YYYY-MM-DD, not "${value}"`);
  return date;
}

/** Writes `bytes` to `path` whole or not at all: a temporary file beside it, then a rename. */
export function writeFileAtomic(path: string, bytes: Buffer): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

interface ReportOptions {
  party: string;
  with?: string;
  from?: number;
  format?: 'html' | 'pdf';
  date?: Date;
  lang: 'en' | 'ru';
  output: string;
}

/** Registers `imon report` (see main.ts). */
export function registerReportCommand(program: Command, io: Output, globals: () => GlobalOptions): void {
  program
    .command('report')
    .description('a dated briefing on the cooperation of a party (optionally with one partner): plans, events, projects, trade with targets, coverage; every statement footnoted')
    .requiredOption('--party <party>', 'the party the briefing is about (a name in English or Russian, or an id)')
    .option('--with <party>', 'only its cooperation with this partner')
    .option('--from <YYYY>', 'only what happened from this year on', parseYear)
    .addOption(new Option('--format <format>', 'html or pdf (default: by the extension of FILE, else html)').choices(['html', 'pdf']))
    .option('--date <YYYY-MM-DD>', 'state things as of this day (default: today)', parseDay)
    .addOption(new Option('--lang <lang>', 'language of the briefing').choices(['en', 'ru']).default('en'))
    .requiredOption('-o, --output <file>', 'where to write the briefing')
    .action(async (options: ReportOptions) => {
      const output = resolve(options.output);
      if (!existsSync(dirname(output)) || !statSync(dirname(output)).isDirectory()) throw new UsageError(`-o: there is no folder ${dirname(output)}`);
      const format = options.format ?? (extname(output).toLowerCase() === '.pdf' ? 'pdf' : 'html');
      const [{ resolvePartyArg }, { buildBriefing }, { renderReport }, { BrowserMissingError }] = await Promise.all([
        import('../monitor/resolve-party.ts'), import('../report/briefing.ts'), import('../report/report.ts'), import('../report/render-pdf.ts'),
      ]);
      const briefing = await withStore(globals(), async (store) => {
        const resolveParty = async (flag: string, text: string) => {
          const party = await resolvePartyArg(store.db, text);
          if (!party) throw new UsageError(`${flag}: no party matches "${text}" (try: imon parties find "${text}")`);
          return party;
        };
        const party = await resolveParty('--party', options.party);
        const partner = options.with ? await resolveParty('--with', options.with) : null;
        if (partner?.id === party.id) throw new UsageError(`--with names the same party as --party (${party.name})`);
        return buildBriefing(store.db, { partyId: party.id, partnerId: partner?.id ?? null, from: options.from ?? null, asOf: options.date });
      });
      try {
        const file = await renderReport(briefing, { format, lang: options.lang });
        writeFileAtomic(output, file.bytes);
      } catch (error) {
        if (error instanceof BrowserMissingError) throw new CliError(error.message);
        throw error;
      }
      io.out(output);
    });
}
