import type { AddressInfo } from 'node:net';
import type { Store } from '../store/open.ts';
import { CliError, type Output } from './context.ts';
import { ensureGazetteer } from './init.ts';

export interface ServeOptions {
  host: string;
  port: number;
  corsOrigins?: string[];
}

/** "http://127.0.0.1:8080", "http://[::1]:8080". */
export function listeningUrl(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** Resolves on the first of the signals, then stops listening for them. */
function untilSignal(signals: NodeJS.Signals[]): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const handler = (signal: NodeJS.Signals) => {
      for (const s of signals) process.off(s, handler);
      resolve(signal);
    };
    for (const s of signals) process.on(s, handler);
  });
}

/**
 * Serves the API and the built web app from an open store until SIGTERM or SIGINT, then closes
 * cleanly. Prints `listening on URL` on stdout once ready (scripts wait for that line).
 */
export async function serveUntilStopped(store: Store, options: ServeOptions, io: Output): Promise<void> {
  const { buildApp } = await import('../api/server.ts');
  // Texts posted to the API link their facts to gazetteer parties.
  await ensureGazetteer(store);
  // Failures (500s) are logged to stderr; stdout stays for the address line.
  const app = await buildApp({ store, corsOrigins: options.corsOrigins, logger: { level: 'error', stream: process.stderr } });
  try {
    await app.listen({ host: options.host, port: options.port });
  } catch (error) {
    await app.close();
    throw new CliError(`cannot listen on ${listeningUrl(options.host, options.port)}: ${(error as Error).message}`);
  }
  const stopped = untilSignal(['SIGTERM', 'SIGINT']);
  const { port } = app.server.address() as AddressInfo;
  io.out(`listening on ${listeningUrl(options.host, port)}`);
  const signal = await stopped;
  io.err(`${signal}: closing`);
  await app.close();
}
