/**
 * The API over one store, for bench/api.ts: run in its own process so that its memory (peak RSS)
 * is this engine's alone.
 *
 *   node --import tsx bench/support/serve-store.ts --data DIR | --db URL
 *
 * Listens on 127.0.0.1, a free port, and prints `{"port":N}` on stdout once ready; closes the
 * server and the store on SIGTERM or SIGINT. Failures (500s) are logged to stderr.
 */
import type { AddressInfo } from 'node:net';
import { buildApp } from '../../src/api/server.ts';
import { openStore, storeLocation } from '../../src/store/open.ts';

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const data = arg('--data');
const db = arg('--db');
if (!data === !db) {
  console.error('usage: serve-store.ts --data DIR | --db URL');
  process.exit(2);
}

const store = await openStore(storeLocation({ data, db }, {}));
const app = await buildApp({ store, webDir: null, logger: { level: 'error', stream: process.stderr } });
await app.listen({ host: '127.0.0.1', port: 0 });
const stop = async () => {
  await app.close();
  await store.close();
};
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    stop().then(() => process.exit(0), (error: unknown) => {
      console.error(error);
      process.exit(1);
    });
  });
}
process.stdout.write(`${JSON.stringify({ port: (app.server.address() as AddressInfo).port })}\n`);
