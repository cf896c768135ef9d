import { coverageReport } from '../../../monitor/coverage.ts';
import { partyRefs, regionRefsByName } from '../../../store/queries/parties.ts';
import type { RouteModule } from '../../context.ts';
import { checkPartiesKnown } from '../../filters.ts';
import { errorResponses } from '../../schemas.ts';
import { dayOf } from '../../params.ts';
import { CoverageQuery, CoverageResponse } from './schema.ts';

/** GET /api/coverage: documents, events and projects per state and pair, regions covered, dormant ties, under-covered records. */
export const coverageRoutes: RouteModule = (app, { db }) => {
  app.get('/coverage', {
    schema: {
      tags: ['monitor'],
      summary: 'Coverage per state and pair: regions covered out of all, last activity, dormant ties (24 months), under-covered records',
      querystring: CoverageQuery,
      response: { 200: CoverageResponse, ...errorResponses(400) },
    },
  }, async (request) => {
    const { party, asOf } = request.query;
    await checkPartiesKnown(db, party ? [party] : undefined);
    const report = await coverageReport(db, { partyId: party, today: dayOf(asOf) });
    const named = await partyRefs(db, [...new Set([...report.states.map((s) => s.id), ...report.pairs.flatMap((p) => p.party_ids)])]);
    const regions = (await Promise.all(report.states.map((s) => regionRefsByName(db, s.id, s.regions.names)))).flat();
    return { ...report, parties: [...named, ...regions.filter((r) => !named.some((p) => p.id === r.id))] };
  });
};
