/**
 * The typed API client: openapi-fetch over the types openapi-typescript generated from the API's
 * OpenAPI document (`npm run web:client` regenerates schema.d.ts).
 */
import createClient from 'openapi-fetch';
import type { components, paths } from './schema.d.ts';

export type Schemas = components['schemas'];
export type PartyRef = Schemas['PartyRef'];
export type SourceRef = Schemas['SourceRef'];
export type FactSummary = Schemas['FactSummary'];
export type RecordSummary = Schemas['RecordSummary'];
export type RecordEvidence = Schemas['RecordEvidence'];
export type TradeSeries = Schemas['TradeSeries'];
export type TradePoint = Schemas['TradePoint'];

type JsonOf<P extends keyof paths, M extends 'get' | 'post'> = paths[P][M] extends { responses: { 200: { content: { 'application/json': infer T } } } } ? T : never;
export type Stats = JsonOf<'/api/stats', 'get'>;
export type PartyProfile = JsonOf<'/api/parties/{id}', 'get'>;
export type PartyListItem = JsonOf<'/api/parties', 'get'>['items'][number];
export type SearchResult = JsonOf<'/api/search', 'get'>;
export type SourceDetail = JsonOf<'/api/sources/{id}', 'get'>;
export type RecordDetail = JsonOf<'/api/records/{id}', 'get'>;
export type SeriesResult = JsonOf<'/api/trade/series', 'get'>;
export type AlertItem = JsonOf<'/api/alerts', 'get'>['items'][number];
export type AlertsPage = JsonOf<'/api/alerts', 'get'>;
export type RecordListItem = Schemas['RecordListItem'];
export type Target = Schemas['Target'];
export type TargetsResult = JsonOf<'/api/targets', 'get'>;
export type Plan = Schemas['Plan'];
export type PlansResult = JsonOf<'/api/plans', 'get'>;
export type Coverage = Schemas['Coverage'];
export type CoveragePair = Schemas['CoveragePair'];

export const api = createClient<paths>({ baseUrl: '' });

/** An API error answer ({error}) or a network failure, as an Error with the server's message. */
export class ApiError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

/** The data of an openapi-fetch answer, or a thrown ApiError. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data !== undefined && result.response.ok) return result.data;
  const body = result.error as { error?: string } | undefined;
  throw new ApiError(body?.error ?? `${result.response.status} ${result.response.statusText}`, result.response.status);
}

/** Every page of a cursor-paginated list, up to `maxPages` pages. */
export async function allPages<T>(page: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>, maxPages = 10): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < maxPages; i++) {
    const result = await page(cursor);
    items.push(...result.items);
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
  }
  return items;
}

/** The bearer token the review queue uses; kept for this tab only. */
export const TOKEN_KEY = 'imon.token';
