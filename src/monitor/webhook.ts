/**
 * Webhook delivery: POST a JSON body, retrying with exponential backoff within a fixed bound,
 * and say how it went (the caller records it on the alert, so nothing is lost).
 */

export interface WebhookOptions {
  /** Retries after the first try (default 3: at most 4 tries). */
  retries?: number;
  /** The first wait; each next wait doubles (default 200 ms: 200, 400, 800). */
  baseDelayMs?: number;
  /** Per-try time limit (default 5000 ms). */
  timeoutMs?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

export interface DeliveryResult {
  ok: boolean;
  attempts: number;
  /** The last HTTP status, when there was an answer. */
  status: number | null;
  /** Why the last try failed. */
  error: string | null;
}

/** The waits between tries: 200, 400, 800 ms for three retries. Pure. */
export function backoffDelays(retries: number, baseDelayMs: number): number[] {
  return Array.from({ length: Math.max(0, retries) }, (_, i) => baseDelayMs * 2 ** i);
}

/** A client error other than a timeout or rate limit will not go away by trying again. */
const isFinal = (status: number) => status >= 400 && status < 500 && status !== 408 && status !== 429;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** POSTs `body` as JSON to `url`; retries failures (network errors, timeouts, 5xx, 408, 429) with backoff. */
export async function postJson(url: string, body: unknown, options: WebhookOptions = {}): Promise<DeliveryResult> {
  const delays = backoffDelays(options.retries ?? 3, options.baseDelayMs ?? 200);
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? defaultSleep;
  const payload = JSON.stringify(body);
  let last: DeliveryResult = { ok: false, attempts: 0, status: null, error: null };
  for (let attempt = 1; attempt <= delays.length + 1; attempt++) {
    try {
      const response = await doFetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'integration-monitor' },
        body: payload,
        signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
      });
      await response.body?.cancel().catch(() => {});
      if (response.ok) return { ok: true, attempts: attempt, status: response.status, error: null };
      last = { ok: false, attempts: attempt, status: response.status, error: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}` };
      if (isFinal(response.status)) return last;
    } catch (error) {
      const e = error as Error & { cause?: { code?: string; message?: string } };
      const detail = e.name === 'TimeoutError' ? `timed out after ${options.timeoutMs ?? 5000} ms` : e.cause?.code ?? e.cause?.message ?? e.message;
      last = { ok: false, attempts: attempt, status: null, error: detail };
    }
    if (attempt <= delays.length) await sleep(delays[attempt - 1]);
  }
  return last;
}
