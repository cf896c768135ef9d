/**
 * One load run against one endpoint with autocannon's programmatic API: `connections` clients
 * each send a request as soon as the previous one is answered, for `duration` seconds, cycling
 * through `paths` (so the values vary), and the answer times are summarized.
 *
 * Percentiles: autocannon's result gives p50, p90, p97.5 and p99 but no p95, so every answer's
 * time is taken from its `response` event (ms, from process.hrtime) and the percentiles are the
 * nearest-rank values of those times. Its own p50 is kept beside ours as a check.
 */
import autocannon from 'autocannon';

export interface LoadOptions {
  /** http://127.0.0.1:PORT */
  baseUrl: string;
  /** Request paths with their query strings, already encoded; cycled in order. */
  paths: string[];
  connections: number;
  /** Seconds. */
  duration: number;
  /** Seconds a request may take before it counts as a timeout. */
  timeout: number;
}

export interface LoadResult {
  /** Answers received (any status). */
  responses: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Answers per second over the run. */
  perSecond: number;
  non2xx: number;
  /** Connection errors, timeouts included. */
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  /** autocannon's own median, to compare with ours. */
  autocannonP50: number;
  seconds: number;
}

/** The nearest-rank `p`th percentile of ascending `sorted` values. Pure. */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  if (!options.paths.length) throw new Error('no request paths to send');
  let next = 0;
  const times: number[] = [];
  const instance = autocannon({
    url: options.baseUrl,
    connections: options.connections,
    duration: options.duration,
    timeout: options.timeout,
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: options.paths[next++ % options.paths.length] }) }],
  });
  instance.on('response', (_client, _status, _bytes, responseTime) => {
    times.push(responseTime);
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    responses: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    max: times.at(-1) ?? NaN,
    perSecond: times.length / result.duration,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count])),
    autocannonP50: result.latency.p50,
    seconds: result.duration,
  };
}
