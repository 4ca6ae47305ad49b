ALTER TABLE "account" ADD COLUMN "default_locale" text;--> statement-breakpoint
ALTER TABLE "account" ADD COLUMN "time_zone" text DEFAULT 'America/Sao_Paulo' NOT NULL;--> statement-breakpoint
ALTER TABLE "user" ADD COLUMN "locale" text;--> statement-breakpoint
ALTER TABLE "user" ADD COLUMN "time_zone" text;