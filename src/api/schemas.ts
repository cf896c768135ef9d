/**
 * Response shapes several routes share. Registered with ids so the OpenAPI document lists
 * them once under components. Text from sources is plain data in JSON strings, never markup.
 */
import { z } from 'zod';
import { Conflict } from '../domain/record.ts';

export const ErrorBody = z.object({ error: z.string() }).meta({ id: 'Error' });

export const PartyRef = z.object({ id: z.string(), name: z.string(), nameRu: z.string(), kind: z.string() }).meta({ id: 'PartyRef' });

export const SourceRef = z
  .object({ id: z.string(), title: z.string().nullable(), url: z.string().nullable(), published: z.string().nullable(), lang: z.string() })
  .meta({ id: 'SourceRef' });

export const Span = z
  .object({ quote: z.string(), start: z.number().int(), end: z.number().int() })
  .meta({ id: 'Span', description: 'A span of a source body: quote === body.slice(start, end)' });

const Fields = z.record(z.string(), z.unknown());

export const FactSummary = z
  .object({
    id: z.number().int(),
    type: z.string(),
    fields: Fields.describe('the fact in the interchange format of DESIGN.md'),
    confidence: z.number().nullable(),
    reviewStatus: z.string(),
    reviewedAt: z.string().nullable(),
    recordId: z.number().int().nullable(),
    date: z.string().nullable(),
    parties: z.array(PartyRef),
    evidence: Span,
    source: SourceRef,
  })
  .meta({ id: 'FactSummary' });

export const RecordSummary = z
  .object({
    id: z.number().int(),
    type: z.string(),
    title: z.string(),
    date: z.string().nullable(),
    fields: Fields,
    parties: z.array(PartyRef),
    sourceCount: z.number().int(),
    lastReported: z.string().nullable(),
    conflictCount: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'RecordSummary' });

export const RecordEvidence = z
  .object({
    factId: z.number().int(),
    reviewStatus: z.string(),
    confidence: z.number().nullable(),
    fields: Fields,
    quote: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    source: SourceRef,
  })
  .meta({ id: 'RecordEvidence' });

/** A statement a monitor view rests on: where it was said, and its span when the store has it. */
export const MonitorEvidence = z
  .object({
    source: z.string().describe('the source id'),
    title: z.string().nullable(),
    url: z.string().nullable(),
    published: z.string().nullable(),
    quote: z.string(),
    start: z.number().int().nullable().describe('the quote\'s offsets in the source body (null if it is not stored as a span)'),
    end: z.number().int().nullable(),
    record: z.number().int().describe('the record the statement supports'),
  })
  .meta({ id: 'MonitorEvidence' });

export { Conflict };

export const TradePoint = z
  .object({
    recordId: z.number().int(),
    period: z.string().nullable(),
    value: z.number().nullable(),
    currency: z.string().nullable(),
    changePct: z.number().nullable(),
    sourceCount: z.number().int(),
    lastReported: z.string().nullable(),
    conflictCount: z.number().int().describe('fields the sources disagree on; GET /api/records/{id} lists the values'),
    evidence: z.array(RecordEvidence).describe('statements of the figure, oldest source first (a series gives the first few; GET /api/records/{id} all)'),
  })
  .meta({ id: 'TradePoint' });

export const TradeSeries = z
  .object({
    key: z.string(),
    indicator: z.string().nullable(),
    flow: z.string().nullable(),
    scope: z.string().nullable(),
    parties: z.array(PartyRef),
    points: z.array(TradePoint),
  })
  .meta({ id: 'TradeSeries' });

/** A page of a list; `nextCursor` is null on the last page. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** The error answers a route may give, for the OpenAPI document. */
export const errorResponses = (...codes: (400 | 401 | 403 | 404 | 413 | 415)[]) =>
  Object.fromEntries(codes.map((code) => [code, ErrorBody])) as Record<number, typeof ErrorBody>;

/** Marks a route as needing a bearer token in the OpenAPI document. */
export const bearerSecurity = [{ bearerAuth: [] }];
