ALTER TABLE "records" ADD COLUMN "has_undated" boolean DEFAULT false NOT NULL;--> statement-breakpoint
UPDATE "records" r SET "has_undated" = true WHERE EXISTS (
  SELECT 1 FROM "record_facts" rf JOIN "facts" f ON f.id = rf.fact_id JOIN "sources" s ON s.id = f.source_id
  WHERE rf.record_id = r.id AND f.review_status <> 'rejected' AND s.published IS NULL
);
