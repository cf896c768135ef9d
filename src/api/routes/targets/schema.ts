import { z } from 'zod';
import { TARGET_STATUSES, type TargetStatus } from '../../../monitor/targets.ts';
import { isPartialDate, partyIdParam } from '../../params.ts';
import { PartyRef } from '../../schemas.ts';

/** "YYYY-MM-DD": judge as of that day (statements published later are not used); default today. */
export const asOfParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day: YYYY-MM-DD')
  .refine(isPartialDate, 'must be a real day')
  .optional()
  .describe('judge as of this day, YYYY-MM-DD (default: today); statements published later are not used');

/** The noon of a day in UTC, as the CLI's --as-of reads it. */
export const dayOf = (asOf: string | undefined): Date => (asOf ? new Date(`${asOf}T12:00:00Z`) : new Date());

/** "achieved,missed" -> ["achieved", "missed"], each one of `values`. */
export function statusListParam<T extends string>(values: readonly T[]) {
  return z
    .string()
    .transform((s) => s.split(',').map((v) => v.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values as [T, ...T[]], { error: `must be one of ${values.join(', ')}` })).min(1, 'must name a status'));
}

export const TargetsQuery = z.object({
  party: partyIdParam.optional().describe('only targets involving this party or a part of it (a party id: BY, BY-HO)'),
  status: statusListParam<TargetStatus>(TARGET_STATUSES).optional().describe(`only these statuses, comma-separated: ${TARGET_STATUSES.join(', ')}`),
  asOf: asOfParam,
});

/** A statement a monitor view rests on: where it was said, and its span when the store has it. */
export const MonitorEvidence = z
  .object({
    source: z.string().describe('the source id'),
    title: z.string().nullable(),
    url: z.string().nullable(),
    published: z.string().nullable(),
    quote: z.string(),
    start: z.number().int().nullable().describe('the quote\'s offsets in the source body (null if it is not stored as a span)'),
    end: z.number().int().nullable(),
    record: z.number().int().describe('the record the statement supports'),
  })
  .meta({ id: 'MonitorEvidence' });

const Figure = z.object({ value: z.number(), period: z.string() });

export const TargetItem = z
  .object({
    id: z.number().int().describe('the leading target record'),
    records: z.array(z.number().int()).describe('every target record stating this goal'),
    parties: z.array(z.string()),
    party_ids: z.array(z.string()),
    indicator: z.string(),
    scope: z.string().nullable(),
    value: z.number().nullable().describe('the figure to reach (a relative goal resolved against its base)'),
    currency: z.string().nullable(),
    by: z.string().nullable(),
    relative: z
      .object({
        multiplier: z.number(),
        base: z.object({ value: z.number(), period: z.string(), currency: z.string().nullable() }).nullable(),
        base_year: z.number().int().nullable(),
      })
      .nullable(),
    set_on: z.string().nullable().describe('when the goal was first reported'),
    status: z.enum(TARGET_STATUSES as [TargetStatus, ...TargetStatus[]]),
    reason: z.string().describe('why the status, in words, with the figures it rests on'),
    achieved: Figure.nullable(),
    latest: Figure.nullable(),
    projection: z
      .object({
        method: z.string().describe('how the projection was made, stated'),
        year: z.number().int(),
        value: z.number(),
        slope_per_year: z.number(),
        points: z.array(z.object({ year: z.number().int(), value: z.number(), implied: z.boolean().optional() })),
      })
      .nullable(),
    observations: z.array(z.object({ record: z.number().int(), period: z.string(), value: z.number(), currency: z.string().nullable(), conflict: z.boolean() })),
    excluded: z.array(z.object({ record: z.number().int(), period: z.string(), value: z.number(), reason: z.string() })),
    evidence: z.array(MonitorEvidence.extend({ role: z.enum(['target', 'base', 'figure']) })),
  })
  .meta({ id: 'Target' });

export const TargetsResponse = z.object({
  as_of: z.string(),
  items: z.array(TargetItem),
  parties: z.array(PartyRef).describe('the parties the items name, with their names in English and Russian'),
});
