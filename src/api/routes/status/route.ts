import { sql } from 'drizzle-orm';
import { storeStats } from '../../../store/stats.ts';
import type { RouteModule } from '../../context.ts';
import { HttpError } from '../../errors.ts';
import { ErrorBody } from '../../schemas.ts';
import { API_VERSION } from '../../version.ts';
import { HealthResponse, StatsResponse } from './schema.ts';

/** GET /api/health (the store answers) and GET /api/stats (counts of everything). */
export const statusRoutes: RouteModule = (app, { store, db }) => {
  app.get('/health', {
    schema: { tags: ['status'], summary: 'Whether the API and its store answer', response: { 200: HealthResponse, 503: ErrorBody } },
  }, async () => {
    try {
      await db.execute(sql`SELECT 1`);
    } catch (error) {
      throw new HttpError(503, `the store does not answer: ${(error as Error).message}`);
    }
    return { status: 'ok' as const, engine: store.engine, version: API_VERSION };
  });

  app.get('/stats', {
    schema: { tags: ['status'], summary: 'Counts of parties, sources, facts, records, watches and alerts', response: { 200: StatsResponse } },
  }, async () => storeStats(db));
};
