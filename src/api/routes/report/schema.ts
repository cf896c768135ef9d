import { z } from 'zod';
import { LANGS } from '../../../report/messages.ts';
import type { ReportFormat } from '../../../report/report.ts';
import { isPartialDate } from '../../params.ts';

// report.ts only for its type: it loads ECharts, which the server loads on the first report asked for.

/** A party as the CLI takes it: an id (BY, BY-HO) or a name in English or Russian. */
const partyParam = z.string().trim().min(1, 'must name a party').max(200);

export const ReportQuery = z.object({
  party: partyParam.describe('the party the briefing is about: an id (BY, BY-HO) or a name in English or Russian'),
  with: partyParam.optional().describe('only its cooperation with this partner (an id or a name)'),
  from: z.string().regex(/^(19|20)\d{2}$/, 'must be a year YYYY').transform(Number).optional().describe('only what happened from this year on'),
  format: z.enum(['html', 'pdf'] as const satisfies readonly ReportFormat[]).default('html').describe('html (a page) or pdf (a download)'),
  lang: z.enum(LANGS).default('en').describe('language of the briefing'),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day: YYYY-MM-DD').refine(isPartialDate, 'must be a real day').optional()
    .describe('state things as of this day, YYYY-MM-DD (default: today)'),
});
