import { planReport } from '../../../monitor/plans.ts';
import { quoteLocator } from '../../../store/queries/evidence-spans.ts';
import { partyRefs } from '../../../store/queries/parties.ts';
import type { RouteModule } from '../../context.ts';
import { checkPartiesKnown } from '../../filters.ts';
import { errorResponses } from '../../schemas.ts';
import { dayOf } from '../../params.ts';
import { PlansQuery, PlansResponse } from './schema.ts';

/** GET /api/plans: documents with validity periods and their status, as `imon plans --json` gives them. */
export const planRoutes: RouteModule = (app, { db }) => {
  app.get('/plans', {
    schema: {
      tags: ['monitor'],
      summary: 'Plans, programmes and agreements with validity periods: active, expiring (within 6 months), expired or renewed',
      querystring: PlansQuery,
      response: { 200: PlansResponse, ...errorResponses(400) },
    },
  }, async (request) => {
    const { party, status, expiring, asOf } = request.query;
    await checkPartiesKnown(db, party ? [party] : undefined);
    const today = dayOf(asOf);
    const plans = await planReport(db, { partyId: party, expiring, today });
    const wanted = status ? new Set<string>(status) : null;
    const items = plans.filter((p) => !wanted || wanted.has(p.status));
    const spanOf = await quoteLocator(db, items.flatMap((p) => p.evidence));
    return {
      as_of: today.toISOString().slice(0, 10),
      parties: await partyRefs(db, [...new Set(items.flatMap((x) => x.party_ids))]),
      items: items.map((p) => ({ ...p, evidence: p.evidence.map((e) => ({ ...e, ...spanOf(e) })) })),
    };
  });
};
