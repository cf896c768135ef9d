import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { backoffDelays, postJson } from './webhook.ts';

/** A receiver on 127.0.0.1 that answers with the next status of a script, and keeps what it got. */
function receiver(statuses: number[]) {
  const received: { body: unknown; at: number }[] = [];
  const server = createServer((req, res) => {
    let data = '';
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => {
      received.push({ body: JSON.parse(data), at: Date.now() });
      res.statusCode = statuses.shift() ?? 200;
      res.end();
    });
  });
  return { server, received };
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
}

describe('webhook delivery', () => {
  const servers: Server[] = [];
  after(() => servers.forEach((s) => {
    s.closeAllConnections();
    s.close();
  }));

  test('backoff doubles from the first wait', () => {
    assert.deepEqual(backoffDelays(3, 200), [200, 400, 800]);
    assert.deepEqual(backoffDelays(0, 200), []);
  });

  test('a receiver that fails first and then succeeds gets the alert on the retry, after the backoff', async () => {
    const { server, received } = receiver([500, 503, 200]);
    servers.push(server);
    const url = await listen(server);
    const result = await postJson(url, { id: 7, watch: { name: 'w' } }, { baseDelayMs: 20 });
    assert.deepEqual(result, { ok: true, attempts: 3, status: 200, error: null });
    assert.equal(received.length, 3);
    assert.deepEqual(received[2].body, { id: 7, watch: { name: 'w' } });
    assert.ok(received[1].at - received[0].at >= 18 && received[2].at - received[1].at >= 38, 'waits 20 ms, then 40 ms');
  });

  test('tries are bounded: the last error is reported', async () => {
    const { server, received } = receiver([500, 500, 500, 500, 500]);
    servers.push(server);
    const result = await postJson(await listen(server), { id: 1 }, { retries: 2, baseDelayMs: 5 });
    assert.deepEqual(result, { ok: false, attempts: 3, status: 500, error: 'HTTP 500 Internal Server Error' });
    assert.equal(received.length, 3);
  });

  test('a client error is final; a refused connection and a timeout are retried and named', async () => {
    const { server, received } = receiver([404]);
    servers.push(server);
    const notFound = await postJson(await listen(server), {}, { baseDelayMs: 5 });
    assert.deepEqual([notFound.ok, notFound.attempts, notFound.status], [false, 1, 404]);
    assert.equal(received.length, 1);

    const closed = createServer();
    const url = await listen(closed);
    await new Promise((resolve) => closed.close(resolve));
    const refused = await postJson(url, {}, { retries: 1, baseDelayMs: 5 });
    assert.deepEqual([refused.ok, refused.attempts, refused.error], [false, 2, 'ECONNREFUSED']);

    const slow = createServer(() => {});
    servers.push(slow);
    const timedOut = await postJson(await listen(slow), {}, { retries: 0, timeoutMs: 100 });
    assert.deepEqual([timedOut.ok, timedOut.attempts], [false, 1]);
    assert.match(timedOut.error ?? '', /timed out after 100 ms/);
    slow.closeAllConnections();
  });
});
