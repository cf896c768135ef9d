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

/** A record in a list, with one statement it rests on: a figure links to its evidence without another call. */
export const RecordListItem = RecordSummary.extend({
  evidence: z
    .object({
      sourceId: z.string(),
      quote: z.string(),
      start: z.number().int(),
      end: z.number().int(),
    })
    .nullable()
    .describe('the first statement of the record (oldest source first): quote === source body.slice(start, end); null when none is left'),
}).meta({ id: 'RecordListItem' });

export const RecordsResponse = pageOf(RecordListItem);

export const RecordDetailResponse = RecordSummary.extend({
  key: z.string(),
  conflicts: z.array(Conflict),
  createdAt: z.string(),
  updatedAt: z.string(),
  evidence: z.array(RecordEvidence).describe('every statement of the record, rejected ones included (see reviewStatus)'),
});
