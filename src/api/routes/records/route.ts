import { firstEvidenceOf, listRecords, recordDetail } from '../../../store/queries/records.ts';
import type { RouteModule } from '../../context.ts';
import { notFound } from '../../errors.ts';
import { checkPartiesKnown } from '../../filters.ts';
import { checkDateRange, decodeCursor, encodeCursor, idParam, KeysetCursor } from '../../params.ts';
import { errorResponses } from '../../schemas.ts';
import { RecordDetailResponse, RecordsQuery, RecordsResponse } from './schema.ts';

/** GET /api/records (filtered, newest first) and GET /api/records/{id} (with all evidence). */
export const recordRoutes: RouteModule = (app, { db }) => {
  app.get('/records', {
    schema: {
      tags: ['records'],
      summary: 'Records (documents, events, projects, observations, targets, counts), newest first',
      querystring: RecordsQuery,
      response: { 200: RecordsResponse, ...errorResponses(400) },
    },
  }, async (request) => {
    const { type, party, from, to, limit, cursor } = request.query;
    checkDateRange(from, to);
    await checkPartiesKnown(db, party);
    const page = await listRecords(db, { type, parties: party, from, to, limit, after: decodeCursor(cursor, KeysetCursor) });
    const evidence = await firstEvidenceOf(db, page.items.map((r) => r.id));
    return {
      items: page.items.map((r) => ({ ...r, evidence: evidence.get(r.id) ?? null })),
      nextCursor: page.next ? encodeCursor(page.next) : null,
    };
  });

  app.get('/records/:id', {
    schema: {
      tags: ['records'],
      summary: 'One record with all its evidence: quotes, offsets and sources',
      params: idParam,
      response: { 200: RecordDetailResponse, ...errorResponses(400, 404) },
    },
  }, async (request) => {
    const record = await recordDetail(db, request.params.id);
    if (!record) throw notFound(`no record with id ${request.params.id}`);
    return record;
  });
};
