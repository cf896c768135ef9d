import { markAlertsRead, unreadAlertCount } from '../../../monitor/alerts.ts';
import { listAlerts, unknownAlertIds } from '../../../store/queries/alerts.ts';
import type { RouteModule } from '../../context.ts';
import { notFound } from '../../errors.ts';
import { decodeCursor, encodeCursor, IdCursor } from '../../params.ts';
import { bearerSecurity, errorResponses } from '../../schemas.ts';
import { AlertsQuery, AlertsResponse, MarkReadBody, MarkReadResponse } from './schema.ts';

/** GET /api/alerts: what newly matched the watches, newest first; POST /api/alerts/read (editor) marks them read. */
export const alertRoutes: RouteModule = (app, { db, requireRole }) => {
  app.get('/alerts', {
    schema: { tags: ['watches'], summary: 'Alerts, newest first', querystring: AlertsQuery, response: { 200: AlertsResponse, ...errorResponses(400) } },
  }, async (request) => {
    const { watch, unread, limit, cursor } = request.query;
    const { items, more } = await listAlerts(db, { watchId: watch, unread, limit, afterId: decodeCursor(cursor, IdCursor)?.id });
    return { items, nextCursor: more ? encodeCursor({ id: items[items.length - 1].id }) : null, unread: await unreadAlertCount(db) };
  });

  app.post('/alerts/read', {
    onRequest: requireRole('editor'),
    schema: {
      tags: ['watches'],
      summary: 'Mark alerts read (editor role)',
      description: '{"ids": [1, 2]} marks those alerts; {"all": true} marks every unread one. Answers how many were marked.',
      security: bearerSecurity,
      body: MarkReadBody,
      response: { 200: MarkReadResponse, ...errorResponses(400, 401, 403, 404) },
    },
  }, async (request) => {
    const body = request.body;
    let marked: number;
    if ('ids' in body) {
      const unknown = await unknownAlertIds(db, body.ids);
      if (unknown.length) throw notFound(`no alert with id ${unknown.join(', ')}`);
      marked = await markAlertsRead(db, body.ids);
    } else {
      marked = await markAlertsRead(db);
    }
    return { marked, unread: await unreadAlertCount(db) };
  });
};
