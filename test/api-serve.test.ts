// `imon token` and `imon serve`, as a user runs them: tokens made on the command line open the
// API's writes; the server prints its address when ready and stops cleanly on SIGTERM. The token
// commands run in-process (each would otherwise start a new PGlite); serve runs as a real process.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type AddressInfo } from 'node:net';
import { once } from 'node:events';
import { main } from '../src/cli/main.ts';
import { listeningUrl } from '../src/cli/serve.ts';
import { testEngines } from '../src/store/test-stores.ts';
import type { StoreLocation } from '../src/store/open.ts';
import { startImon } from './support/imon.ts';

const storeArgs = (location: StoreLocation) => (location.engine === 'embedded' ? ['--data', location.dataDir] : ['--db', location.url]);

/** Runs the CLI in this process and collects what it prints. */
async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { out: (s) => (stdout += `${s}\n`), err: (s) => (stderr += `${s}\n`) });
  return { code, stdout, stderr };
}

/** Starts `imon serve --port 0` and resolves with the child and the address it printed. */
async function serve(args: string[]) {
  const child = startImon([...args, 'serve', '--port', '0']);
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      stdout += d;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)\n/.exec(stdout);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`imon serve exited (${code}): ${stderr}`)));
  });
  return { child, url, stderr: () => stderr };
}

test('the address line names the host and the port it got', () => {
  assert.equal(listeningUrl('127.0.0.1', 8080), 'http://127.0.0.1:8080');
  assert.equal(listeningUrl('::1', 41234), 'http://[::1]:41234');
});

for (const engine of testEngines) {
  describe(`imon token and imon serve (${engine.name})`, { skip: engine.skip ?? false }, () => {
    let location: StoreLocation;
    let dispose: () => Promise<void>;
    let editor: { id: number; token: string; role: string };
    let viewer: { id: number; token: string; role: string };
    before(async () => {
      ({ location, dispose } = await engine.create());
    });
    after(async () => dispose?.());
    const imon = (...args: string[]) => run([...storeArgs(location), ...args]);

    test('token create prints the token once; list shows no secrets; revoke by id', async () => {
      const created = await imon('token', 'create', '--role', 'editor', '--name', 'desk', '--json');
      assert.equal(created.code, 0, created.stderr);
      editor = JSON.parse(created.stdout);
      assert.match(editor.token, /^imon_/);
      assert.equal(editor.role, 'editor');
      const plain = await imon('token', 'create', '--role', 'viewer');
      assert.equal(plain.code, 0);
      const [token, note] = plain.stdout.trim().split('\n');
      assert.match(token, /^imon_\S+$/);
      assert.match(note, /shown only now/);
      viewer = { id: Number(/token (\d+)/.exec(note)![1]), token, role: 'viewer' };

      const listed = await imon('token', 'list', '--json');
      assert.equal(listed.code, 0);
      assert.ok(!listed.stdout.includes('imon_'), 'no token in the list');
      const tokens = JSON.parse(listed.stdout);
      assert.deepEqual(tokens.map((t: { id: number; role: string; name: string | null }) => [t.id, t.role, t.name]), [[viewer.id, 'viewer', null], [editor.id, 'editor', 'desk']]);
      assert.match(tokens[0].createdAt, /^\d{4}-\d{2}-\d{2}T/);
      assert.match((await imon('token', 'list')).stdout, /viewer +active/);

      assert.equal((await imon('token', 'revoke', String(viewer.id))).code, 0);
      const again = await imon('token', 'revoke', String(viewer.id));
      assert.equal(again.code, 1);
      assert.match(again.stderr, /no active token with id/);
      assert.match((await imon('token', 'list')).stdout, /viewer +revoked/);
    });

    test('token commands refuse wrong usage with exit code 2', async () => {
      assert.equal((await imon('token', 'create', '--role', 'root')).code, 2);
      assert.equal((await imon('token', 'create')).code, 2);
      assert.equal((await imon('token', 'revoke', 'first')).code, 2);
      assert.equal((await imon('serve', '--port', '70000')).code, 2);
      assert.equal((await imon('serve', '--cors-origin', 'not an origin')).code, 2);
    });

    test('serve: ready line, writes with the editor token only, no foreign origins, clean stop on SIGTERM', async () => {
      const server = await serve(storeArgs(location));
      try {
        const health = await fetch(`${server.url}/api/health`);
        assert.equal(health.status, 200);
        assert.equal((await health.json()).engine, engine.name);
        const post = (token: string) => fetch(`${server.url}/api/watches`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ name: 'Belarus', query: { parties: ['BY'] } }),
        });
        assert.equal((await post(viewer.token)).status, 401, 'a revoked token');
        assert.equal((await post(editor.token)).status, 201);
        assert.equal((await fetch(`${server.url}/api/stats`, { headers: { origin: 'https://elsewhere.example' } })).status, 403);
      } finally {
        server.child.kill('SIGTERM');
      }
      const [code] = await once(server.child, 'exit');
      assert.equal(code, 0, server.stderr());
      assert.match(server.stderr(), /SIGTERM: closing/);
    });

    test('a port in use is a clear error', async () => {
      const blocker = createServer();
      await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
      const { port } = blocker.address() as AddressInfo;
      try {
        const result = await imon('serve', '--port', String(port));
        assert.equal(result.code, 1);
        assert.match(result.stderr, new RegExp(`cannot listen on http://127\\.0\\.0\\.1:${port}`));
      } finally {
        blocker.close();
      }
    });
  });
}
