import { z } from 'zod';
import { TARGET_STATUSES, type TargetStatus } from '../../../monitor/targets.ts';
import { asOfParam, partyIdParam, statusListParam } from '../../params.ts';
import { MonitorEvidence, PartyRef } from '../../schemas.ts';

export const TargetsQuery = z.object({
  party: partyIdParam.optional().describe('only targets involving this party or a part of it (a party id: BY, BY-HO)'),
  status: statusListParam<TargetStatus>(TARGET_STATUSES).optional().describe(`only these statuses, comma-separated: ${TARGET_STATUSES.join(', ')}`),
  asOf: asOfParam,
});

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
