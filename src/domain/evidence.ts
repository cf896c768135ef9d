import { z } from 'zod';

/** A span of a source body: `quote === body.slice(start, end)` (JS string indices). */
export const Evidence = z
  .object({
    sourceId: z.string(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    quote: z.string().min(1),
  })
  .refine((e) => e.end > e.start, { message: 'end must be after start' });
export type Evidence = z.infer<typeof Evidence>;
