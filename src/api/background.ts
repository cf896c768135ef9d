import type { FastifyBaseLogger } from 'fastify';

/** Work a route starts after answering (webhook deliveries), awaited when the server closes. */
export interface BackgroundWork {
  track(work: Promise<unknown>, log: FastifyBaseLogger): void;
  /** Resolves when everything tracked so far has finished, whatever its outcome. */
  settled(): Promise<void>;
}

export function createBackgroundWork(): BackgroundWork {
  const running = new Set<Promise<unknown>>();
  return {
    track(work, log) {
      const tracked = work
        .catch((error) => log.error(error, 'background work failed'))
        .finally(() => running.delete(tracked));
      running.add(tracked);
    },
    async settled() {
      await Promise.allSettled([...running]);
    },
  };
}
