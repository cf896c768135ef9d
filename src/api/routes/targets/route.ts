import { targetReport } from '../../../monitor/targets.ts';
import { quoteLocator } from '../../../store/queries/evidence-spans.ts';
import { partyRefs } from '../../../store/queries/parties.ts';
import type { RouteModule } from '../../context.ts';
import { checkPartiesKnown } from '../../filters.ts';
import { errorResponses } from '../../schemas.ts';
import { dayOf } from '../../params.ts';
import { TargetsQuery, TargetsResponse } from './schema.ts';

/** GET /api/targets: targets against actuals, as `imon targets --json` gives them, each statement with its span. */
export const targetRoutes: RouteModule = (app, { db }) => {
  app.get('/targets', {
    schema: {
      tags: ['monitor'],
      summary: 'Targets against actuals: achieved, on_track, behind, missed or unknown, with the evidence and the projection method',
      querystring: TargetsQuery,
      response: { 200: TargetsResponse, ...errorResponses(400) },
    },
  }, async (request) => {
    const { party, status, asOf } = request.query;
    await checkPartiesKnown(db, party ? [party] : undefined);
    const today = dayOf(asOf);
    const views = await targetReport(db, { partyId: party, today });
    const wanted = status ? new Set<string>(status) : null;
    const items = views.filter((v) => !wanted || wanted.has(v.status));
    const spanOf = await quoteLocator(db, items.flatMap((v) => v.evidence));
    return {
      as_of: today.toISOString().slice(0, 10),
      parties: await partyRefs(db, [...new Set(items.flatMap((x) => x.party_ids))]),
      items: items.map((v) => ({ ...v, evidence: v.evidence.map((e) => ({ ...e, ...spanOf(e) })) })),
    };
  });
};
