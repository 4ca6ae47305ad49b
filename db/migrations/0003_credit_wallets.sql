CREATE TABLE "credit_wallet" (
	"wallet_uuid" uuid PRIMARY KEY NOT NULL,
	"entity_uuid" uuid NOT NULL,
	"request_control_key" uuid NOT NULL,
	"wallet_type" text NOT NULL,
	"owner_person_key" uuid,
	"owner_document_number" text NOT NULL,
	"owner_submission" jsonb,
	"owner_claim" text,
	"invoice_configuration" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person" (
	"person_key" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_uuid" uuid NOT NULL,
	"person_type" text NOT NULL,
	"document_number" text NOT NULL,
	"name" text NOT NULL,
	"trading_name" text,
	"birthdate" date,
	"foundation_date" date,
	"email" text NOT NULL,
	"phone" jsonb NOT NULL,
	"address" jsonb NOT NULL,
	"legal_representatives" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wallet_limit" (
	"wallet_limit_key" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"wallet_uuid" uuid NOT NULL,
	"limit_type" text NOT NULL,
	"limit_amount_minor" bigint NOT NULL,
	"used_limit_minor" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wallet_limit_used_within_limit" CHECK ("wallet_limit"."used_limit_minor" >= 0 and "wallet_limit"."used_limit_minor" <= "wallet_limit"."limit_amount_minor")
);
--> statement-breakpoint
ALTER TABLE "credit_wallet" ADD CONSTRAINT "credit_wallet_wallet_uuid_wallet_wallet_uuid_fk" FOREIGN KEY ("wallet_uuid") REFERENCES "public"."wallet"("wallet_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_wallet" ADD CONSTRAINT "credit_wallet_entity_uuid_account_entity_uuid_fk" FOREIGN KEY ("entity_uuid") REFERENCES "public"."account"("entity_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_wallet" ADD CONSTRAINT "credit_wallet_owner_person_key_person_person_key_fk" FOREIGN KEY ("owner_person_key") REFERENCES "public"."person"("person_key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_entity_uuid_account_entity_uuid_fk" FOREIGN KEY ("entity_uuid") REFERENCES "public"."account"("entity_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallet_limit" ADD CONSTRAINT "wallet_limit_wallet_uuid_credit_wallet_wallet_uuid_fk" FOREIGN KEY ("wallet_uuid") REFERENCES "public"."credit_wallet"("wallet_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "credit_wallet_request_control_key_unique" ON "credit_wallet" USING btree ("entity_uuid","request_control_key");--> statement-breakpoint
CREATE UNIQUE INDEX "credit_wallet_owner_claim_unique" ON "credit_wallet" USING btree ("entity_uuid","owner_claim");--> statement-breakpoint
CREATE INDEX "credit_wallet_entity_created_idx" ON "credit_wallet" USING btree ("entity_uuid","created_at","wallet_uuid");--> statement-breakpoint
CREATE INDEX "credit_wallet_entity_document_idx" ON "credit_wallet" USING btree ("entity_uuid","owner_document_number");--> statement-breakpoint
CREATE UNIQUE INDEX "person_entity_document_unique" ON "person" USING btree ("entity_uuid","document_number");--> statement-breakpoint
CREATE UNIQUE INDEX "wallet_limit_wallet_type_unique" ON "wallet_limit" USING btree ("wallet_uuid","limit_type");