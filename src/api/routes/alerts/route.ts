import { listAlerts } from '../../../store/queries/alerts.ts';
import type { RouteModule } from '../../context.ts';
import { decodeCursor, encodeCursor, IdCursor } from '../../params.ts';
import { errorResponses } from '../../schemas.ts';
import { AlertsQuery, AlertsResponse } from './schema.ts';

/** GET /api/alerts: what newly matched the watches, newest first. */
export const alertRoutes: RouteModule = (app, { db }) => {
  app.get('/alerts', {
    schema: { tags: ['watches'], summary: 'Alerts, newest first', querystring: AlertsQuery, response: { 200: AlertsResponse, ...errorResponses(400) } },
  }, async (request) => {
    const { watch, unread, limit, cursor } = request.query;
    const { items, more } = await listAlerts(db, { watchId: watch, unread, limit, afterId: decodeCursor(cursor, IdCursor)?.id });
    return { items, nextCursor: more ? encodeCursor({ id: items[items.length - 1].id }) : null };
  });
};
