import { z } from 'zod';
import { cursorParam, limitParam } from '../../params.ts';
import { pageOf } from '../../schemas.ts';

export const AlertsQuery = z.object({
  watch: z.coerce.number({ error: 'must be a number' }).int().positive().optional().describe('only this watch\'s alerts'),
  unread: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  limit: limitParam,
  cursor: cursorParam,
});

export const AlertItem = z.object({
  id: z.number().int(),
  watch: z.object({ id: z.number().int(), name: z.string() }),
  record: z.object({ id: z.number().int(), type: z.string(), title: z.string() }),
  recordVersion: z.number().int(),
  payload: z.unknown(),
  delivery: z.string(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

export const AlertsResponse = pageOf(AlertItem).extend({
  unread: z.number().int().describe('alerts not yet marked read, of every watch'),
});

/** The most ids one request marks; "all" has no limit. */
export const MAX_MARKED_IDS = 1000;

export const MarkReadBody = z.union([
  z.object({ ids: z.array(z.number().int().positive()).min(1, 'must name at least one alert').max(MAX_MARKED_IDS, `at most ${MAX_MARKED_IDS} ids`) }).strict(),
  z.object({ all: z.literal(true, { error: 'must be true' }) }).strict(),
], { error: 'must be {"ids": [...]} or {"all": true}' });

export const MarkReadResponse = z.object({
  marked: z.number().int().describe('alerts marked read now (those read already are not counted)'),
  unread: z.number().int().describe('alerts still unread'),
});
