import { z } from 'zod';

export const HealthResponse = z.object({
  status: z.literal('ok'),
  engine: z.enum(['embedded', 'server']),
  version: z.string(),
});

const counts = z.record(z.string(), z.number().int());

export const StatsResponse = z.object({
  parties: z.object({ total: z.number().int(), byKind: counts }),
  sources: z.number().int(),
  facts: z.object({ total: z.number().int(), byType: counts, byReview: counts }),
  records: z.object({ total: z.number().int(), byType: counts }),
  watches: z.number().int(),
  alerts: z.object({ total: z.number().int(), unread: z.number().int() }),
});
