/**
 * The one pg-core schema both engines share (PGlite and a PostgreSQL server).
 * drizzle-kit generates src/store/migrations/ from this file: `npm run db:generate`.
 */
import { sql } from 'drizzle-orm';
import {
  customType, index, integer, jsonb, pgTable, primaryKey, real, serial, text, timestamp, uniqueIndex,
} from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow();

export const parties = pgTable('parties', {
  id: text('id').primaryKey(),
  kind: text('kind').notNull(),
  name: text('name').notNull(),
  nameRu: text('name_ru').notNull(),
  code: text('code'),
  parentId: text('parent_id'),
  subtype: text('subtype'),
  source: text('source'),
}, (t) => [index('parties_kind_idx').on(t.kind), index('parties_parent_idx').on(t.parentId)]);

/** Every name a party goes by, canonical names included; `normalized` is lower-case, ё -> е. */
export const partyAliases = pgTable('party_aliases', {
  id: serial('id').primaryKey(),
  partyId: text('party_id').notNull().references(() => parties.id, { onDelete: 'cascade' }),
  alias: text('alias').notNull(),
  normalized: text('normalized').notNull(),
  lang: text('lang').notNull(),
}, (t) => [
  uniqueIndex('party_aliases_party_alias_idx').on(t.partyId, t.alias),
  index('party_aliases_trgm_idx').using('gin', sql`${t.normalized} gin_trgm_ops`),
]);

export const sources = pgTable('sources', {
  /** sha-256 of the normalized body: the same text is one source however it arrives. */
  id: text('id').primaryKey(),
  title: text('title'),
  url: text('url'),
  publisher: text('publisher'),
  published: text('published'),
  lang: text('lang').notNull(),
  format: text('format').notNull(),
  body: text('body').notNull(),
  /** Stemmed with the configuration of the source's language. */
  bodyTsv: tsvector('body_tsv').generatedAlwaysAs(
    sql`to_tsvector(CASE WHEN lang = 'ru' THEN 'russian'::regconfig ELSE 'english'::regconfig END, coalesce(title, '') || ' ' || body)`,
  ),
  createdAt: createdAt(),
}, (t) => [index('sources_tsv_idx').using('gin', t.bodyTsv), index('sources_published_idx').on(t.published)]);

/** Where a source was seen: file paths, feed item links. */
export const sourceLocations = pgTable('source_locations', {
  id: serial('id').primaryKey(),
  sourceId: text('source_id').notNull().references(() => sources.id, { onDelete: 'cascade' }),
  location: text('location').notNull(),
  seenAt: createdAt(),
}, (t) => [uniqueIndex('source_locations_unique_idx').on(t.sourceId, t.location)]);

export const evidence = pgTable('evidence', {
  id: serial('id').primaryKey(),
  sourceId: text('source_id').notNull().references(() => sources.id, { onDelete: 'cascade' }),
  start: integer('start').notNull(),
  end: integer('end').notNull(),
  quote: text('quote').notNull(),
  /**
   * The quote stemmed once, when written, for search (computing it per row at query time made a
   * search over 100,000 facts take seconds). The configuration goes by the quote's script: a
   * generated column cannot read its source's language.
   */
  quoteTsv: tsvector('quote_tsv').generatedAlwaysAs(
    sql`to_tsvector(CASE WHEN quote ~ '[\u0400-\u04FF]' THEN 'russian'::regconfig ELSE 'english'::regconfig END, quote)`,
  ),
}, (t) => [index('evidence_source_idx').on(t.sourceId), index('evidence_tsv_idx').using('gin', t.quoteTsv)]);

export const facts = pgTable('facts', {
  id: serial('id').primaryKey(),
  sourceId: text('source_id').notNull().references(() => sources.id, { onDelete: 'cascade' }),
  evidenceId: integer('evidence_id').notNull().references(() => evidence.id, { onDelete: 'cascade' }),
  type: text('type').notNull(),
  /** The fact in the interchange format (DESIGN.md), as extracted or as edited by a reviewer. */
  fields: jsonb('fields').notNull(),
  confidence: real('confidence'),
  reviewStatus: text('review_status').notNull().default('auto'),
  reviewedAt: timestamp('reviewed_at', { withTimezone: true, mode: 'string' }),
  createdAt: createdAt(),
}, (t) => [
  index('facts_type_idx').on(t.type), index('facts_source_idx').on(t.sourceId),
  // From evidence to its facts: search finds matching quotes first; deleting evidence cascades here.
  index('facts_evidence_idx').on(t.evidenceId),
]);

export const factParties = pgTable('fact_parties', {
  factId: integer('fact_id').notNull().references(() => facts.id, { onDelete: 'cascade' }),
  partyId: text('party_id').notNull().references(() => parties.id),
}, (t) => [primaryKey({ columns: [t.factId, t.partyId] }), index('fact_parties_party_idx').on(t.partyId)]);

export const records = pgTable('records', {
  id: serial('id').primaryKey(),
  type: text('type').notNull(),
  /** What makes facts "the same thing": e.g. indicator|parties|period|scope for observations. */
  key: text('key').notNull(),
  title: text('title').notNull(),
  fields: jsonb('fields').notNull(),
  conflicts: jsonb('conflicts').notNull().default(sql`'[]'::jsonb`),
  sourceCount: integer('source_count').notNull().default(0),
  lastReported: text('last_reported'),
  /** The statement whose fields the record takes (most trusted, then earliest published): a new source is compared with it alone. */
  baseFactId: integer('base_fact_id'),
  /** Bumped on every change so watches fire once per change. */
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
}, (t) => [uniqueIndex('records_type_key_idx').on(t.type, t.key)]);

export const recordParties = pgTable('record_parties', {
  recordId: integer('record_id').notNull().references(() => records.id, { onDelete: 'cascade' }),
  partyId: text('party_id').notNull().references(() => parties.id),
}, (t) => [primaryKey({ columns: [t.recordId, t.partyId] }), index('record_parties_party_idx').on(t.partyId)]);

/** A record's supporting facts (corroboration). */
export const recordFacts = pgTable('record_facts', {
  recordId: integer('record_id').notNull().references(() => records.id, { onDelete: 'cascade' }),
  factId: integer('fact_id').notNull().references(() => facts.id, { onDelete: 'cascade' }),
}, (t) => [primaryKey({ columns: [t.recordId, t.factId] }), index('record_facts_fact_idx').on(t.factId)]);

export const watches = pgTable('watches', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  query: jsonb('query').notNull(),
  webhookUrl: text('webhook_url'),
  createdAt: createdAt(),
});

export const alerts = pgTable('alerts', {
  id: serial('id').primaryKey(),
  watchId: integer('watch_id').notNull().references(() => watches.id, { onDelete: 'cascade' }),
  recordId: integer('record_id').notNull().references(() => records.id, { onDelete: 'cascade' }),
  recordVersion: integer('record_version').notNull(),
  payload: jsonb('payload').notNull(),
  delivery: text('delivery').notNull().default('none'),
  attempts: integer('attempts').notNull().default(0),
  lastError: text('last_error'),
  readAt: timestamp('read_at', { withTimezone: true, mode: 'string' }),
  createdAt: createdAt(),
}, (t) => [uniqueIndex('alerts_once_per_change_idx').on(t.watchId, t.recordId, t.recordVersion)]);

/** API tokens: only a sha-256 of the token is kept. */
export const apiTokens = pgTable('api_tokens', {
  id: serial('id').primaryKey(),
  name: text('name'),
  role: text('role').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: createdAt(),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'string' }),
  revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'string' }),
});

export const ingestRuns = pgTable('ingest_runs', {
  id: serial('id').primaryKey(),
  startedAt: createdAt(),
  finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'string' }),
  status: text('status').notNull().default('running'),
  args: jsonb('args').notNull().default(sql`'[]'::jsonb`),
  summary: jsonb('summary'),
});
