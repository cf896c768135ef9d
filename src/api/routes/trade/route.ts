import { partyRefs } from '../../../store/queries/parties.ts';
import { tradeSeries } from '../../../store/queries/trade.ts';
import type { RouteModule } from '../../context.ts';
import { checkPartiesKnown } from '../../filters.ts';
import { errorResponses } from '../../schemas.ts';
import { SeriesQuery, SeriesResponse } from './schema.ts';

/**
 * Statements given with each point: enough to cite the figure; a figure of a busy pair rests on
 * hundreds, which GET /api/records/{id} lists (with the values sources disagree on).
 */
export const STATEMENTS_PER_POINT = 5;

/** GET /api/trade/series: trade observations between parties over time, each with its evidence. */
export const tradeRoutes: RouteModule = (app, { db }) => {
  app.get('/trade/series', {
    schema: {
      tags: ['trade'],
      summary: 'Trade observations over time between parties, with evidence, and their targets',
      description: 'Series are grouped by indicator, flow, scope and the exact set of parties; points are ordered by period.',
      querystring: SeriesQuery,
      response: { 200: SeriesResponse, ...errorResponses(400) },
    },
  }, async (request) => {
    const { parties, indicator, evidence } = request.query;
    await checkPartiesKnown(db, parties, 'parties');
    const [refs, result] = await Promise.all([
      partyRefs(db, parties),
      tradeSeries(db, { parties, indicator, evidence: evidence && STATEMENTS_PER_POINT, conflicts: false }),
    ]);
    return { parties: refs, indicator: indicator ?? null, series: result.series, targets: result.targets };
  });
};
