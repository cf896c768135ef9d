import { factById, listFacts } from '../../../store/queries/facts.ts';
import { unknownPartyIds } from '../../../store/queries/parties.ts';
import { reviewFact, type ReviewChange } from '../../../store/queries/review.ts';
import type { RouteModule } from '../../context.ts';
import { badRequest, notFound } from '../../errors.ts';
import { checkPartiesKnown } from '../../filters.ts';
import { checkDateRange, decodeCursor, encodeCursor, idParam, KeysetCursor } from '../../params.ts';
import { bearerSecurity, errorResponses, FactSummary } from '../../schemas.ts';
import { applyFactEdit } from './edit.ts';
import { FactsQuery, FactsResponse, ReviewBody } from './schema.ts';

/** GET /api/facts, GET /api/facts/{id}, POST /api/facts/{id}/review (editor or admin). */
export const factRoutes: RouteModule = (app, { db, requireRole }) => {
  app.get('/facts', {
    schema: {
      tags: ['facts'],
      summary: 'Facts with their evidence and review state, newest first',
      querystring: FactsQuery,
      response: { 200: FactsResponse, ...errorResponses(400) },
    },
  }, async (request) => {
    const { type, party, review, source, from, to, limit, cursor } = request.query;
    checkDateRange(from, to);
    await checkPartiesKnown(db, party);
    const page = await listFacts(db, { type, parties: party, review, source, from, to, limit, after: decodeCursor(cursor, KeysetCursor) });
    return { items: page.items, nextCursor: page.next ? encodeCursor(page.next) : null };
  });

  app.get('/facts/:id', {
    schema: { tags: ['facts'], summary: 'One fact', params: idParam, response: { 200: FactSummary, ...errorResponses(400, 404) } },
  }, async (request) => {
    const fact = await factById(db, request.params.id);
    if (!fact) throw notFound(`no fact with id ${request.params.id}`);
    return fact;
  });

  app.post('/facts/:id/review', {
    onRequest: requireRole('editor'),
    schema: {
      tags: ['facts'],
      summary: 'Accept, reject or edit a fact (editor role)',
      description: 'edit checks the fields against the fact type\'s schema; the type, quote and offsets cannot change. '
        + 'The records the fact supports are brought up to date.',
      security: bearerSecurity,
      params: idParam,
      body: ReviewBody,
      response: { 200: FactSummary, ...errorResponses(400, 401, 403, 404) },
    },
  }, async (request) => {
    const { id } = request.params;
    const { action, fields } = request.body;
    const current = await factById(db, id);
    if (!current) throw notFound(`no fact with id ${id}`);
    let change: ReviewChange;
    if (action === 'edit') {
      if (!fields) throw badRequest('body fields: edit needs the fields to change');
      const edited = applyFactEdit(current.fields, fields);
      if ('error' in edited) throw badRequest(`body ${edited.error}`);
      const unknown = await unknownPartyIds(db, edited.fact.party_ids ?? []);
      if (unknown.length) throw badRequest(`body fields.party_ids: unknown party ${unknown.map((p) => `"${p}"`).join(', ')}`);
      change = { action, fact: edited.fact };
    } else {
      if (fields) throw badRequest(`body fields: only an edit takes fields, not ${action}`);
      change = { action };
    }
    if (!(await reviewFact(db, id, change))) throw notFound(`no fact with id ${id}`);
    return (await factById(db, id))!;
  });
};
