import { z } from 'zod';
import { FactType, ReviewStatus, TradeIndicator } from '../../../domain/fact.ts';
import { RecordType } from '../../../domain/record.ts';
import { dateParam, partyListParam } from '../../params.ts';

const common = {
  party: partyListParam.optional().describe('party ids, comma-separated: rows naming all of them'),
  from: dateParam.describe('YYYY, YYYY-MM or YYYY-MM-DD'),
  to: dateParam.describe('YYYY, YYYY-MM or YYYY-MM-DD'),
};

export const RecordsExportQuery = z.object({ type: RecordType.optional(), ...common });
export const FactsExportQuery = z.object({ type: FactType.optional(), review: ReviewStatus.optional(), ...common });
export const TradeExportQuery = z.object({ indicator: TradeIndicator.optional(), ...common });
