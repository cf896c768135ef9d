import { z } from 'zod';
import { FactType } from './fact.ts';

/** A saved query: what a user wants to be told about. */
export const WatchQuery = z.object({
  parties: z.array(z.string()).default([]),
  types: z.array(FactType).default([]),
  words: z.array(z.string()).default([]),
  minValue: z.number().nullable().default(null),
});
export type WatchQuery = z.infer<typeof WatchQuery>;

export const Watch = z.object({
  id: z.number().int(),
  name: z.string().min(1),
  query: WatchQuery,
  webhookUrl: z.string().url().nullable(),
  createdAt: z.string(),
});
export type Watch = z.infer<typeof Watch>;

export const Alert = z.object({
  id: z.number().int(),
  watchId: z.number().int(),
  recordId: z.number().int(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
  delivery: z.enum(['none', 'pending', 'delivered', 'failed']),
});
export type Alert = z.infer<typeof Alert>;
