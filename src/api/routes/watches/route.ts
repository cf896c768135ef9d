import { z } from 'zod';
import { unknownPartyIds } from '../../../store/queries/parties.ts';
import { createWatch, deleteWatch, listWatches } from '../../../store/queries/watches.ts';
import type { RouteModule } from '../../context.ts';
import { badRequest, notFound } from '../../errors.ts';
import { decodeCursor, encodeCursor, IdCursor, idParam } from '../../params.ts';
import { bearerSecurity, errorResponses } from '../../schemas.ts';
import { WatchBody, WatchesQuery, WatchesResponse, WatchItem } from './schema.ts';

/** GET /api/watches, POST /api/watches and DELETE /api/watches/{id} (writes: editor role). */
export const watchRoutes: RouteModule = (app, { db, requireRole }) => {
  app.get('/watches', {
    schema: { tags: ['watches'], summary: 'Saved queries, newest first', querystring: WatchesQuery, response: { 200: WatchesResponse, ...errorResponses(400) } },
  }, async (request) => {
    const { limit, cursor } = request.query;
    const { items, more } = await listWatches(db, { limit, afterId: decodeCursor(cursor, IdCursor)?.id });
    return { items, nextCursor: more ? encodeCursor({ id: items[items.length - 1].id }) : null };
  });

  app.post('/watches', {
    onRequest: requireRole('editor'),
    schema: {
      tags: ['watches'],
      summary: 'Save a query to be alerted about (editor role)',
      security: bearerSecurity,
      body: WatchBody,
      response: { 201: WatchItem, ...errorResponses(400, 401, 403) },
    },
  }, async (request, reply) => {
    const { name, query, webhookUrl } = request.body;
    const unknown = await unknownPartyIds(db, query.parties);
    if (unknown.length) throw badRequest(`body query.parties: unknown party ${unknown.map((p) => `"${p}"`).join(', ')}`);
    return reply.code(201).send(await createWatch(db, { name, query, webhookUrl: webhookUrl ?? null }));
  });

  app.delete('/watches/:id', {
    onRequest: requireRole('editor'),
    schema: {
      tags: ['watches'],
      summary: 'Delete a watch and its alerts (editor role)',
      security: bearerSecurity,
      params: idParam,
      response: { 204: z.undefined(), ...errorResponses(400, 401, 403, 404) },
    },
  }, async (request, reply) => {
    if (!(await deleteWatch(db, request.params.id))) throw notFound(`no watch with id ${request.params.id}`);
    return reply.code(204).send();
  });
};
