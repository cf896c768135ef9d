import { listParties, partyProfile, PROFILE_LIST_LIMIT } from '../../../store/queries/parties.ts';
import type { RouteModule } from '../../context.ts';
import { notFound } from '../../errors.ts';
import { decodeCursor, encodeCursor, OffsetCursor } from '../../params.ts';
import { errorResponses } from '../../schemas.ts';
import { PartiesQuery, PartiesResponse, PartyParams, PartyProfileResponse } from './schema.ts';

/** GET /api/parties (find by name and kind) and GET /api/parties/{id} (a partner's profile). */
export const partyRoutes: RouteModule = (app, { db }) => {
  app.get('/parties', {
    schema: {
      tags: ['parties'],
      summary: 'Parties by name (English or Russian, near spellings too) and kind',
      querystring: PartiesQuery,
      response: { 200: PartiesResponse, ...errorResponses(400) },
    },
  }, async (request) => {
    const { q, kind, limit, cursor } = request.query;
    const offset = decodeCursor(cursor, OffsetCursor)?.offset ?? 0;
    const { items, more } = await listParties(db, { q, kind, limit, offset });
    return { items, nextCursor: more ? encodeCursor({ offset: offset + limit }) : null };
  });

  app.get('/parties/:id', {
    schema: {
      tags: ['parties'],
      summary: 'A partner profile in one call',
      description: `Documents, events, projects, targets and counts (up to ${PROFILE_LIST_LIMIT} each, newest first; totals give all), `
        + 'trade series, the sources that say most about the party, and the parties it shares most records with.',
      params: PartyParams,
      response: { 200: PartyProfileResponse, ...errorResponses(400, 404) },
    },
  }, async (request) => {
    const profile = await partyProfile(db, request.params.id);
    if (!profile) throw notFound(`no party with id "${request.params.id}"`);
    return profile;
  });
};
