import { z } from 'zod';
import { TradeIndicator } from '../../../domain/fact.ts';
import { partyListParam } from '../../params.ts';
import { PartyRef, RecordSummary, TradeSeries } from '../../schemas.ts';

export const SeriesQuery = z.object({
  parties: partyListParam.describe('party ids, comma-separated (e.g. BY,UZ): observations naming all of them'),
  indicator: TradeIndicator.optional(),
  evidence: z.enum(['true', 'false']).default('true').transform((v) => v === 'true').describe('include each point\'s first statements (GET /api/records/{id} has them all)'),
});

export const SeriesResponse = z.object({
  parties: z.array(PartyRef),
  indicator: z.string().nullable(),
  series: z.array(TradeSeries),
  targets: z.array(RecordSummary).describe('targets set between the same parties, to draw beside the series'),
});
