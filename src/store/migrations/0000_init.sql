-- pg_trgm backs the fuzzy name index below (PGlite loads it from @electric-sql/pglite/contrib/pg_trgm).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE TABLE "alerts" (
	"id" serial PRIMARY KEY NOT NULL,
	"watch_id" integer NOT NULL,
	"record_id" integer NOT NULL,
	"record_version" integer NOT NULL,
	"payload" jsonb NOT NULL,
	"delivery" text DEFAULT 'none' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text,
	"role" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "evidence" (
	"id" serial PRIMARY KEY NOT NULL,
	"source_id" text NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"quote" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fact_parties" (
	"fact_id" integer NOT NULL,
	"party_id" text NOT NULL,
	CONSTRAINT "fact_parties_fact_id_party_id_pk" PRIMARY KEY("fact_id","party_id")
);
--> statement-breakpoint
CREATE TABLE "facts" (
	"id" serial PRIMARY KEY NOT NULL,
	"source_id" text NOT NULL,
	"evidence_id" integer NOT NULL,
	"type" text NOT NULL,
	"fields" jsonb NOT NULL,
	"confidence" real,
	"review_status" text DEFAULT 'auto' NOT NULL,
	"reviewed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ingest_runs" (
	"id" serial PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"status" text DEFAULT 'running' NOT NULL,
	"args" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"summary" jsonb
);
--> statement-breakpoint
CREATE TABLE "parties" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"name_ru" text NOT NULL,
	"code" text,
	"parent_id" text,
	"subtype" text,
	"source" text
);
--> statement-breakpoint
CREATE TABLE "party_aliases" (
	"id" serial PRIMARY KEY NOT NULL,
	"party_id" text NOT NULL,
	"alias" text NOT NULL,
	"normalized" text NOT NULL,
	"lang" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "record_facts" (
	"record_id" integer NOT NULL,
	"fact_id" integer NOT NULL,
	CONSTRAINT "record_facts_record_id_fact_id_pk" PRIMARY KEY("record_id","fact_id")
);
--> statement-breakpoint
CREATE TABLE "record_parties" (
	"record_id" integer NOT NULL,
	"party_id" text NOT NULL,
	CONSTRAINT "record_parties_record_id_party_id_pk" PRIMARY KEY("record_id","party_id")
);
--> statement-breakpoint
CREATE TABLE "records" (
	"id" serial PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"fields" jsonb NOT NULL,
	"conflicts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"source_count" integer DEFAULT 0 NOT NULL,
	"last_reported" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "source_locations" (
	"id" serial PRIMARY KEY NOT NULL,
	"source_id" text NOT NULL,
	"location" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text,
	"url" text,
	"publisher" text,
	"published" text,
	"lang" text NOT NULL,
	"format" text NOT NULL,
	"body" text NOT NULL,
	"body_tsv" "tsvector" GENERATED ALWAYS AS (to_tsvector(CASE WHEN lang = 'ru' THEN 'russian'::regconfig ELSE 'english'::regconfig END, coalesce(title, '') || ' ' || body)) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "watches" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"query" jsonb NOT NULL,
	"webhook_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_watch_id_watches_id_fk" FOREIGN KEY ("watch_id") REFERENCES "public"."watches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_record_id_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."records"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fact_parties" ADD CONSTRAINT "fact_parties_fact_id_facts_id_fk" FOREIGN KEY ("fact_id") REFERENCES "public"."facts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fact_parties" ADD CONSTRAINT "fact_parties_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facts" ADD CONSTRAINT "facts_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facts" ADD CONSTRAINT "facts_evidence_id_evidence_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_aliases" ADD CONSTRAINT "party_aliases_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_facts" ADD CONSTRAINT "record_facts_record_id_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."records"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_facts" ADD CONSTRAINT "record_facts_fact_id_facts_id_fk" FOREIGN KEY ("fact_id") REFERENCES "public"."facts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_parties" ADD CONSTRAINT "record_parties_record_id_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."records"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_parties" ADD CONSTRAINT "record_parties_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "source_locations" ADD CONSTRAINT "source_locations_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "alerts_once_per_change_idx" ON "alerts" USING btree ("watch_id","record_id","record_version");--> statement-breakpoint
CREATE INDEX "evidence_source_idx" ON "evidence" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "fact_parties_party_idx" ON "fact_parties" USING btree ("party_id");--> statement-breakpoint
CREATE INDEX "facts_type_idx" ON "facts" USING btree ("type");--> statement-breakpoint
CREATE INDEX "facts_source_idx" ON "facts" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "parties_kind_idx" ON "parties" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "parties_parent_idx" ON "parties" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "party_aliases_party_alias_idx" ON "party_aliases" USING btree ("party_id","alias");--> statement-breakpoint
CREATE INDEX "party_aliases_trgm_idx" ON "party_aliases" USING gin ("normalized" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "record_facts_fact_idx" ON "record_facts" USING btree ("fact_id");--> statement-breakpoint
CREATE INDEX "record_parties_party_idx" ON "record_parties" USING btree ("party_id");--> statement-breakpoint
CREATE UNIQUE INDEX "records_type_key_idx" ON "records" USING btree ("type","key");--> statement-breakpoint
CREATE UNIQUE INDEX "source_locations_unique_idx" ON "source_locations" USING btree ("source_id","location");--> statement-breakpoint
CREATE INDEX "sources_tsv_idx" ON "sources" USING gin ("body_tsv");--> statement-breakpoint
CREATE INDEX "sources_published_idx" ON "sources" USING btree ("published");