import { z } from 'zod';
import { PLAN_STATUSES, type PlanStatus } from '../../../monitor/plans.ts';
import { partyIdParam } from '../../params.ts';
import { PartyRef } from '../../schemas.ts';
import { asOfParam, statusListParam } from '../../params.ts';
import { MonitorEvidence } from '../../schemas.ts';

export const PlansQuery = z.object({
  party: partyIdParam.optional().describe('only plans involving this party or a part of it (a party id)'),
  status: statusListParam<PlanStatus>(PLAN_STATUSES).optional().describe(`only these statuses, comma-separated: ${PLAN_STATUSES.join(', ')}`),
  expiring: z.enum(['true', 'false'], { error: 'must be true or false' }).transform((v) => v === 'true').optional()
    .describe('true: only those ending within six months (as imon plans --expiring)'),
  asOf: asOfParam,
});

export const PlanItem = z
  .object({
    id: z.number().int().describe('the record whose title names the plan best'),
    records: z.array(z.number().int()).describe('every document record reporting this plan'),
    title: z.string(),
    kind: z.string(),
    parties: z.array(z.string()),
    party_ids: z.array(z.string()),
    valid_from: z.string().nullable(),
    valid_to: z.string(),
    ends: z.string().describe('the last day it is valid'),
    status: z.enum(PLAN_STATUSES as [PlanStatus, ...PlanStatus[]]),
    renewed_by: z.object({ id: z.number().int(), title: z.string(), valid_from: z.string().nullable(), valid_to: z.string() }).nullable(),
    evidence: z.array(MonitorEvidence),
  })
  .meta({ id: 'Plan' });

export const PlansResponse = z.object({
  as_of: z.string(),
  items: z.array(PlanItem),
  parties: z.array(PartyRef).describe('the parties the items name, with their names in English and Russian'),
});
