import { z } from 'zod';
import { createBackgroundWork } from '../../background.ts';
import { alertOnChangedRecords, deliverAlerts } from '../../../monitor/alerts.ts';
import { sourceDetail } from '../../../store/queries/sources.ts';
import type { RouteModule } from '../../context.ts';
import { notFound } from '../../errors.ts';
import { bearerSecurity, errorResponses } from '../../schemas.ts';
import { ingestText, itemFromFile, itemFromJson } from './ingest-text.ts';
import { IngestResponse, SourceBody, SourceDetailResponse, SourceParams, SourceQuery } from './schema.ts';

/** Texts posted to the API are extracted in the request; bigger ones belong to `imon ingest`. */
export const MAX_POSTED_BYTES = 4 * 1024 * 1024;

const formatOfContentType = (type: string | undefined): 'txt' | 'md' | 'html' => {
  const t = (type ?? '').split(';')[0].trim().toLowerCase();
  return t === 'text/markdown' ? 'md' : t === 'text/html' ? 'html' : 'txt';
};

/** GET /api/sources/{id} (body, evidence spans, facts) and POST /api/sources (editor: ingest a text). */
export const sourceRoutes: RouteModule = (app, { db, requireRole }) => {
  const deliveries = createBackgroundWork();
  app.addHook('onClose', () => deliveries.settled());
  app.get('/sources/:id', {
    schema: {
      tags: ['sources'],
      summary: 'A source: its plain-text body, the spans facts rest on, and its facts',
      params: SourceParams,
      response: { 200: SourceDetailResponse, ...errorResponses(400, 404) },
    },
  }, async (request) => {
    const source = await sourceDetail(db, request.params.id);
    if (!source) throw notFound(`no source with id ${request.params.id}`);
    return source;
  });

  app.post('/sources', {
    onRequest: requireRole('editor'),
    bodyLimit: MAX_POSTED_BYTES,
    schema: {
      tags: ['sources'],
      summary: 'Ingest a text (editor role)',
      description: 'JSON {"text", "title", "date", "url", "lang", "publisher"}, or a file as it is: text/plain, text/markdown '
        + '(front matter read) or text/html. Answers 201 with what was stored, or 200 when the same text was stored before.',
      security: bearerSecurity,
      querystring: SourceQuery,
      body: z.union([SourceBody, z.string().min(1, 'must not be empty')]),
      response: { 200: IngestResponse, 201: IngestResponse, ...errorResponses(400, 401, 403, 413, 415) },
    },
  }, async (request, reply) => {
    const body = request.body;
    const item = typeof body === 'string'
      ? itemFromFile(body, formatOfContentType(request.headers['content-type']), 'api:POST /api/sources')
      : itemFromJson(body, body.url ? `api:${body.url}` : 'api:POST /api/sources');
    if (!item.title && request.query.title) item.title = request.query.title;
    const stored = await ingestText(db, item);
    // Watches: as after `imon ingest`, the records this text created or changed are checked
    // (once per record version, so the same text again alerts nothing). The text is stored
    // either way: an alert failure is logged, not answered as a failed post.
    // Webhooks are delivered after the answer: a slow or dead receiver (retries with backoff)
    // must not hold the poster; the outcome is recorded on each alert either way.
    let alerts = 0;
    try {
      const run = await alertOnChangedRecords({ db }, stored.changedRecordIds, { deliver: false });
      alerts = run.created;
      if (run.createdIds.length) deliveries.track(deliverAlerts(db, run.createdIds), request.log);
    } catch (error) {
      request.log.error(error, 'alerts were not created for a posted text');
    }
    return reply.code(stored.status === 'new' ? 201 : 200).send({ ...stored, alerts });
  });
};
