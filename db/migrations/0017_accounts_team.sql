ALTER TABLE "user" ALTER COLUMN "role" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "user" ALTER COLUMN "role" SET DATA TYPE text;--> statement-breakpoint
-- The old roles: `admin` was a platform operator, `merchant` ran its account (now its owner).
UPDATE "user" SET "role" = CASE "role" WHEN 'admin' THEN 'operator' ELSE 'owner' END;--> statement-breakpoint
DROP TYPE "public"."user_role";--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('operator', 'owner', 'admin', 'developer', 'finance', 'viewer');--> statement-breakpoint
ALTER TABLE "user" ALTER COLUMN "role" SET DATA TYPE "public"."user_role" USING "role"::"public"."user_role";--> statement-breakpoint
CREATE TABLE "account_product" (
	"entity_uuid" uuid NOT NULL,
	"product" text NOT NULL,
	"quota" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "account_product_entity_uuid_product_pk" PRIMARY KEY("entity_uuid","product"),
	CONSTRAINT "account_product_quota" CHECK ("account_product"."quota" is null or "account_product"."quota" >= 0)
);
--> statement-breakpoint
CREATE TABLE "invitation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_uuid" uuid NOT NULL,
	"email" text NOT NULL,
	"role" "user_role" NOT NULL,
	"token_hash" text NOT NULL,
	"invited_by" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"accepted_user_id" uuid,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invitation_team_role" CHECK ("invitation"."role" <> 'operator')
);
--> statement-breakpoint
ALTER TABLE "account" ADD COLUMN "payout_destination" jsonb;--> statement-breakpoint
ALTER TABLE "account" ADD COLUMN "kind" text DEFAULT 'merchant' NOT NULL;--> statement-breakpoint
ALTER TABLE "account" ADD COLUMN "suspended_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "account_one_platform" ON "account" USING btree ("kind") WHERE "account"."kind" = 'platform';--> statement-breakpoint
ALTER TABLE "account_product" ADD CONSTRAINT "account_product_entity_uuid_account_entity_uuid_fk" FOREIGN KEY ("entity_uuid") REFERENCES "public"."account"("entity_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_entity_uuid_account_entity_uuid_fk" FOREIGN KEY ("entity_uuid") REFERENCES "public"."account"("entity_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "invitation_token_hash_unique" ON "invitation" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "invitation_pending_email_unique" ON "invitation" USING btree ("entity_uuid",lower("email")) WHERE "invitation"."accepted_at" is null and "invitation"."revoked_at" is null;--> statement-breakpoint
CREATE INDEX "invitation_entity_idx" ON "invitation" USING btree ("entity_uuid","created_at");--> statement-breakpoint
-- Operators now work from the platform's own account rather than from a merchant's.
INSERT INTO "account" ("name", "kind") SELECT 'Platform operations', 'platform' WHERE EXISTS (SELECT 1 FROM "user" WHERE "role" = 'operator');--> statement-breakpoint
UPDATE "user" SET "entity_uuid" = (SELECT "entity_uuid" FROM "account" WHERE "kind" = 'platform' LIMIT 1) WHERE "role" = 'operator';--> statement-breakpoint
-- Accounts onboarded before contracts existed keep every product, without a quota.
INSERT INTO "account_product" ("entity_uuid", "product") SELECT a."entity_uuid", p."product" FROM "account" a CROSS JOIN (VALUES ('payment_wallet'), ('credit_wallet'), ('virtual_wallet')) AS p("product") WHERE a."kind" = 'merchant';