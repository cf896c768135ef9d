import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The web app's folder in the repository (web/), its sources and its built bundle. */
export const webRoot = fileURLToPath(new URL('../../web/', import.meta.url));
const builtIndex = join(webRoot, 'dist', 'index.html');
const inputs = ['src', 'public', 'index.html', 'vite.config.ts'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Why the web app must be (re)built, or null when web/dist is newer than everything it is built from. */
export function webBuildNeeded(root = webRoot): string | null {
  const index = join(root, 'dist', 'index.html');
  if (!existsSync(index)) return 'the web app has not been built yet';
  const built = statSync(index).mtimeMs;
  const changed = inputs.find((input) => newestMtime(join(root, input)) > built);
  return changed ? `web/${changed} changed since the last build` : null;
}

/** Builds web/dist with Vite (the same as `npm run build`). */
export async function buildWebApp(): Promise<void> {
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    throw new Error('Vite is not installed (it is a development dependency: run `npm ci`, not `npm ci --omit=dev`)');
  }
  await vite.build({ configFile: join(webRoot, 'vite.config.ts'), logLevel: 'warn' });
  if (!existsSync(builtIndex)) throw new Error(`the build finished without ${builtIndex}`);
}
