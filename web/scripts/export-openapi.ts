/**
 * Writes the API's OpenAPI document to web/openapi.json, for openapi-typescript
 * (`npm run web:client` regenerates web/src/api/schema.d.ts from it).
 * The app is built in-process without a database: describing the routes queries nothing.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../../src/api/server.ts';
import type { Store } from '../../src/store/open.ts';

const out = fileURLToPath(new URL('../openapi.json', import.meta.url));
const noStore = { engine: 'embedded', where: '(none)', db: {}, close: async () => {} } as unknown as Store;
const app = await buildApp({ store: noStore, webDir: null });
await app.ready();
writeFileSync(out, `${JSON.stringify(app.swagger(), null, 2)}\n`);
await app.close();
process.stdout.write(`wrote ${out}\n`);
