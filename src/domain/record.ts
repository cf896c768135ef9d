import { z } from 'zod';

/** The consolidated things facts are about. */
export const RECORD_TYPES = ['document', 'event', 'project', 'observation', 'target', 'count'] as const;
export const RecordType = z.enum(RECORD_TYPES);
export type RecordType = z.infer<typeof RecordType>;

/** A value some source states that disagrees with the record's other sources. */
export const Conflict = z.object({
  field: z.string(),
  values: z.array(z.object({
    value: z.unknown(), factId: z.number().int(), sourceId: z.string(),
    /** When its source was published (values are listed in that order, undated last). */
    published: z.string().nullable().optional(),
    quote: z.string(),
  })),
});
export type Conflict = z.infer<typeof Conflict>;

export const KnowledgeRecord = z.object({
  id: z.number().int(),
  type: RecordType,
  /** Identity of the record: what makes two facts "the same" (e.g. indicator|parties|period|scope). */
  key: z.string(),
  title: z.string(),
  /** The consolidated fields (same names as the fact format). */
  fields: z.record(z.string(), z.unknown()),
  partyIds: z.array(z.string()),
  conflicts: z.array(Conflict),
  sourceCount: z.number().int().nonnegative(),
  lastReported: z.string().nullable(),
});
export type KnowledgeRecord = z.infer<typeof KnowledgeRecord>;
