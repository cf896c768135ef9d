import { z } from 'zod';
import { FactSummary } from '../../schemas.ts';

export const SourceParams = z.object({ id: z.string().regex(/^[0-9a-f]{64}$/, 'must be a source id (64 hex digits, the sha-256 of its body)') });

export const SourceDetailResponse = z.object({
  id: z.string(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  publisher: z.string().nullable(),
  published: z.string().nullable(),
  lang: z.string(),
  format: z.string(),
  body: z.string().describe('plain text; every offset is into it'),
  createdAt: z.string(),
  locations: z.array(z.string()),
  evidence: z.array(z.object({ id: z.number().int(), start: z.number().int(), end: z.number().int(), quote: z.string(), factIds: z.array(z.number().int()) })),
  facts: z.array(FactSummary),
});

/** A text to ingest, as JSON. A file can be posted as it is instead (text/plain, text/markdown, text/html). */
export const SourceBody = z.object({
  text: z.string().min(1, 'must not be empty'),
  title: z.string().max(1000).nullish(),
  date: z.string().max(100).nullish().describe('publication date: YYYY-MM-DD, YYYY-MM, YYYY (other common forms are read too)'),
  url: z.string().max(2000).nullish(),
  lang: z.enum(['en', 'ru', 'other']).nullish().describe('omit to tell by script'),
  publisher: z.string().max(500).nullish(),
});

export const SourceQuery = z.object({
  title: z.string().max(1000).optional().describe('for a posted file: its title when it has no front matter or <title>'),
});

export const IngestResponse = z.object({
  id: z.string(),
  status: z.enum(['new', 'duplicate']),
  facts: z.number().int(),
  records: z.object({ new: z.number().int(), updated: z.number().int() }),
  changedRecordIds: z.array(z.number().int()),
  alerts: z.number().int().describe('alerts the watches raised for the records this text created or changed'),
});
