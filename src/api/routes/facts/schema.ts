import { z } from 'zod';
import { FactType, ReviewStatus } from '../../../domain/fact.ts';
import { cursorParam, dateParam, limitParam, partyListParam } from '../../params.ts';
import { FactSummary, pageOf } from '../../schemas.ts';

export const FactsQuery = z.object({
  type: FactType.optional(),
  party: partyListParam.optional().describe('party ids, comma-separated: facts naming all of them'),
  review: ReviewStatus.optional().describe('review state: auto (not reviewed), accepted, edited, rejected'),
  source: z.string().regex(/^[0-9a-f]{64}$/, 'must be a source id (64 hex digits)').optional(),
  from: dateParam.describe('facts about this date or later: YYYY, YYYY-MM or YYYY-MM-DD'),
  to: dateParam.describe('facts about this date or earlier'),
  limit: limitParam,
  cursor: cursorParam,
});

export const FactsResponse = pageOf(FactSummary);

export const ReviewBody = z.object({
  action: z.enum(['accept', 'reject', 'edit']),
  fields: z.record(z.string(), z.unknown()).optional().describe('for edit: the fields to change (interchange format names)'),
});
