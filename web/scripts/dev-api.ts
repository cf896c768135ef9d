/**
 * The API over a store, for working on the web app before/without `imon serve`:
 *   npx tsx web/scripts/dev-api.ts --data DIR [--port 8787] [--web web/dist]
 * `npx vite --config web/vite.config.ts` proxies /api to it.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '../../src/api/server.ts';
import { openStore } from '../../src/store/open.ts';

const { values } = parseArgs({ options: { data: { type: 'string' }, port: { type: 'string', default: '8787' }, web: { type: 'string' } } });
const store = await openStore({ engine: 'embedded', dataDir: values.data ?? 'imon-data' });
const app = await buildApp({ store, webDir: values.web ? resolve(values.web) : null });
await app.listen({ host: '127.0.0.1', port: Number(values.port) });
process.stdout.write(`listening on http://127.0.0.1:${values.port}\n`);
const stop = async () => { await app.close(); await store.close(); process.exit(0); };
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
