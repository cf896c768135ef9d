import { searchStore } from '../../../store/queries/search.ts';
import type { RouteModule } from '../../context.ts';
import { checkPartiesKnown } from '../../filters.ts';
import { checkDateRange, decodeCursor, encodeCursor, OffsetCursor } from '../../params.ts';
import { errorResponses } from '../../schemas.ts';
import { SearchQuery, SearchResponse } from './schema.ts';

/** GET /api/search: sources and facts by words and filters, with facets. */
export const searchRoutes: RouteModule = (app, { db }) => {
  app.get('/search', {
    schema: {
      tags: ['search'],
      summary: 'Search sources and facts (English and Russian stemming) with facets by type, party and year',
      querystring: SearchQuery,
      response: { 200: SearchResponse, ...errorResponses(400) },
    },
  }, async (request) => {
    const query = request.query;
    checkDateRange(query.from, query.to);
    await checkPartiesKnown(db, query.party);
    const offset = decodeCursor(query.cursor, OffsetCursor)?.offset ?? 0;
    const result = await searchStore(db, {
      q: query.q, lang: query.lang, type: query.type, parties: query.party, from: query.from, to: query.to, limit: query.limit, offset,
    });
    return {
      sources: result.sources,
      facts: result.facts,
      facets: result.facets,
      nextCursor: result.more ? encodeCursor({ offset: offset + query.limit }) : null,
    };
  });
};
