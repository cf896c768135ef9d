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

export const AlertsResponse = pageOf(AlertItem);
