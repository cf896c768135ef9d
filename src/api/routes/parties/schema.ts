import { z } from 'zod';
import { PartyKind } from '../../../domain/party.ts';
import { cursorParam, limitParam, partyIdParam } from '../../params.ts';
import { PartyRef, RecordSummary, SourceRef, TradeSeries, pageOf } from '../../schemas.ts';

export const PartiesQuery = z.object({
  q: z.string().min(1).max(200).optional().describe('a name in English or Russian, any part of it'),
  kind: PartyKind.optional(),
  limit: limitParam,
  cursor: cursorParam,
});

export const PartyListItem = PartyRef.extend({
  code: z.string().nullable(),
  parentId: z.string().nullable(),
  records: z.number().int().describe('records naming the party'),
});

export const PartiesResponse = pageOf(PartyListItem);

export const PartyParams = z.object({ id: partyIdParam });

export const PartyProfileResponse = z.object({
  party: PartyRef.extend({
    code: z.string().nullable(),
    subtype: z.string().nullable(),
    parent: PartyRef.nullable(),
    aliases: z.array(z.string()),
  }),
  totals: z.object({ records: z.record(z.string(), z.number().int()), facts: z.number().int(), sources: z.number().int() }),
  documents: z.array(RecordSummary),
  events: z.array(RecordSummary),
  projects: z.array(RecordSummary),
  targets: z.array(RecordSummary),
  counts: z.array(RecordSummary),
  trade: z.array(TradeSeries),
  topSources: z.array(SourceRef.extend({ facts: z.number().int() })),
  related: z.array(PartyRef.extend({ records: z.number().int() })),
});
