import { z } from 'zod';
import { RecordType } from '../../../domain/record.ts';
import { cursorParam, dateParam, limitParam, partyListParam } from '../../params.ts';
import { Conflict, RecordEvidence, RecordSummary, pageOf } from '../../schemas.ts';

export const RecordsQuery = z.object({
  type: RecordType.optional(),
  party: partyListParam.optional().describe('party ids, comma-separated: records naming all of them'),
  from: dateParam.describe('records about this date or later: YYYY, YYYY-MM or YYYY-MM-DD'),
  to: dateParam.describe('records about this date or earlier'),
  limit: limitParam,
  cursor: cursorParam,
});

export const RecordsResponse = pageOf(RecordSummary);

export const RecordDetailResponse = RecordSummary.extend({
  key: z.string(),
  conflicts: z.array(Conflict),
  createdAt: z.string(),
  updatedAt: z.string(),
  evidence: z.array(RecordEvidence).describe('every statement of the record, rejected ones included (see reviewStatus)'),
});
