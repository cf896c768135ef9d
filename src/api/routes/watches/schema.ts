import { z } from 'zod';
import { WatchQuery } from '../../../domain/watch.ts';
import { cursorParam, limitParam } from '../../params.ts';
import { pageOf } from '../../schemas.ts';

export const WatchItem = z.object({
  id: z.number().int(),
  name: z.string(),
  query: WatchQuery,
  webhookUrl: z.string().nullable(),
  createdAt: z.string(),
  alerts: z.number().int(),
  unread: z.number().int(),
});

export const WatchesQuery = z.object({ limit: limitParam, cursor: cursorParam });
export const WatchesResponse = pageOf(WatchItem);

export const WatchBody = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(200),
  query: WatchQuery,
  webhookUrl: z
    .string()
    .url()
    .refine((u) => /^https?:\/\//i.test(u), 'must be an http or https URL')
    .nullish(),
});
