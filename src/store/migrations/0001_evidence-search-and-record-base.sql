ALTER TABLE "evidence" ADD COLUMN "quote_tsv" "tsvector" GENERATED ALWAYS AS (to_tsvector(CASE WHEN quote ~ '[Ѐ-ӿ]' THEN 'russian'::regconfig ELSE 'english'::regconfig END, quote)) STORED;--> statement-breakpoint
ALTER TABLE "records" ADD COLUMN "base_fact_id" integer;--> statement-breakpoint
CREATE INDEX "evidence_tsv_idx" ON "evidence" USING gin ("quote_tsv");--> statement-breakpoint
CREATE INDEX "facts_evidence_idx" ON "facts" USING btree ("evidence_id");