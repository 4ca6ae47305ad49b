-- Every event recorded so far is about a wallet: backfill before requiring the column, so the
-- migration runs on a table that already holds events.
ALTER TABLE "webhook_event" ADD COLUMN "subject_type" text;--> statement-breakpoint
UPDATE "webhook_event" SET "subject_type" = 'wallet';--> statement-breakpoint
ALTER TABLE "webhook_event" ALTER COLUMN "subject_type" SET NOT NULL;
