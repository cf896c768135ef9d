// `imon start`, the main job behind `npm start`: on an empty store it ingests the bundled samples,
// builds the web app when its bundle is missing or stale, and serves the dashboard and the API
// until SIGTERM, printing the address once ready.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startImon } from './support/imon.ts';

test('imon start ingests the samples into an empty store, then serves the dashboard and the API', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'imon-start-'));
  const child = startImon(['--data', dataDir, 'start', '--port', '0']);
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout!.on('data', (d) => {
        stdout += d;
        const m = /listening on (http:\/\/127\.0\.0\.1:\d+)\n/.exec(stdout);
        if (m) resolve(m[1]);
      });
      child.on('exit', (code) => reject(new Error(`imon start exited (${code}) before serving:\n${stdout}\n${stderr}`)));
    });
    assert.match(stdout, /ingesting the bundled samples/);
    assert.match(stdout, /sources: 75\b/);

    const page = await fetch(`${url}/`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /text\/html/);
    assert.match(await page.text(), /<div id="root">/);

    const stats = await (await fetch(`${url}/api/stats`)).json() as { sources: number };
    assert.equal(stats.sources, 75);

    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    assert.equal(await exited, 0, stderr);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
});
