import { z } from 'zod';
import { FactType } from '../../../domain/fact.ts';
import { cursorParam, dateParam, limitParam, partyListParam } from '../../params.ts';
import { FactSummary, PartyRef } from '../../schemas.ts';

export const SearchQuery = z.object({
  q: z.string().max(500).optional().describe('words, English or Russian; "quoted phrases", -excluded, or'),
  lang: z.enum(['en', 'ru']).optional().describe('only texts in this language'),
  type: FactType.optional().describe('only facts of this type (and sources stating one)'),
  party: partyListParam.optional().describe('party ids, comma-separated: facts naming all of them'),
  from: dateParam.describe('YYYY, YYYY-MM or YYYY-MM-DD'),
  to: dateParam.describe('YYYY, YYYY-MM or YYYY-MM-DD'),
  limit: limitParam,
  cursor: cursorParam,
});

export const Highlighted = z.object({
  text: z.string(),
  highlights: z.array(z.tuple([z.number().int(), z.number().int()])).describe('[start, end) offsets of matched words in text'),
});

export const SourceHit = z.object({
  id: z.string(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  published: z.string().nullable(),
  lang: z.string(),
  score: z.number(),
  snippet: Highlighted,
  facts: z.number().int(),
});

export const SearchResponse = z.object({
  sources: z.object({ total: z.number().int(), items: z.array(SourceHit) }),
  facts: z.object({ total: z.number().int(), items: z.array(FactSummary) }),
  facets: z.object({
    type: z.record(z.string(), z.number().int()),
    party: z.array(PartyRef.extend({ count: z.number().int() })),
    year: z.record(z.string(), z.number().int()),
  }),
  nextCursor: z.string().nullable(),
});
