import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { CliError, withStore, type GlobalOptions, type Output } from './context.ts';
import { formatIngestSummary } from './ingest.ts';
import { parsePort } from './server-commands.ts';
import { formatStats } from './stats.ts';

/** The bundled demo corpus (samples/README.md describes it and is not part of it). */
const samplesDir = fileURLToPath(new URL('../../samples/', import.meta.url));
export const sampleInputs = ['articles', 'feeds', 'jsonl'].map((folder) => `${samplesDir}${folder}`);

interface StartOptions {
  host: string;
  port: number;
  serve: boolean;
}

/**
 * Registers `imon start`, the main job behind `npm start`: prepare the store, ingest the bundled
 * samples into an empty one, show what it holds, build the web app if its sources changed, and
 * serve the dashboard until stopped.
 */
export function registerStartCommand(program: Command, io: Output, globals: () => GlobalOptions): void {
  program
    .command('start')
    .description('the main job: prepare the store, ingest the bundled samples into an empty store, show what it holds, then serve the dashboard')
    .option('--host <host>', 'address to serve on', '127.0.0.1')
    .option('--port <n>', 'port to serve on (0: any free port)', parsePort, 8080)
    .option('--no-serve', 'stop after preparing the store (no web build, no server)')
    .action(async (options: StartOptions) => {
      const [{ initStore }, { storeStats }] = await Promise.all([import('./init.ts'), import('../store/stats.ts')]);
      await withStore(globals(), async (store) => {
        const result = await initStore(store);
        io.out(`store ready: ${store.where} (gazetteer: ${result.parties} parties)`);
        if ((await storeStats(store.db)).sources === 0) {
          const [{ ingestPaths }, { lineProgress }] = await Promise.all([import('../ingest/ingest.ts'), import('../ingest/progress.ts')]);
          io.out(`ingesting the bundled samples from ${samplesDir} ...`);
          const summary = await ingestPaths(store, sampleInputs, { progress: lineProgress(() => {}) });
          io.out(formatIngestSummary(summary));
        }
        io.out(formatStats(await storeStats(store.db), store.where));
        if (!options.serve) return;

        const { webBuildNeeded, buildWebApp } = await import('./web-build.ts');
        const why = webBuildNeeded();
        if (why) {
          io.err(`building the web app (${why}) ...`);
          try {
            await buildWebApp();
          } catch (error) {
            throw new CliError(`cannot build the web app: ${(error as Error).message}`);
          }
        }
        const { serveUntilStopped } = await import('./serve.ts');
        await serveUntilStopped(store, { host: options.host, port: options.port }, io);
      });
    });
}
