CREATE TABLE "payout" (
	"payout_uuid" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_uuid" uuid NOT NULL,
	"wallet_uuid" uuid NOT NULL,
	"merchant_uuid" uuid,
	"type_payout" text NOT NULL,
	"status" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"fee_minor" bigint NOT NULL,
	"currency" text NOT NULL,
	"description" text NOT NULL,
	"transaction_reference" text NOT NULL,
	"schedule_date" date,
	"destination" jsonb NOT NULL,
	"beneficiary_name" text,
	"external_id" text,
	"authorization_code" text,
	"webhook_url" text,
	"message" jsonb,
	"submitted_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payout_amounts" CHECK ("payout"."amount_minor" > 0 and "payout"."fee_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "payout_pricing" (
	"merchant_uuid" uuid NOT NULL,
	"entity_uuid" uuid NOT NULL,
	"type_payout" text NOT NULL,
	"fee_minor" bigint NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payout_pricing_merchant_uuid_type_payout_pk" PRIMARY KEY("merchant_uuid","type_payout"),
	CONSTRAINT "payout_pricing_fee" CHECK ("fee_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "payout_status_change" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"payout_uuid" uuid NOT NULL,
	"entity_uuid" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"reason" text,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "payout" ADD CONSTRAINT "payout_entity_uuid_account_entity_uuid_fk" FOREIGN KEY ("entity_uuid") REFERENCES "public"."account"("entity_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout" ADD CONSTRAINT "payout_wallet_uuid_wallet_wallet_uuid_fk" FOREIGN KEY ("wallet_uuid") REFERENCES "public"."wallet"("wallet_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout" ADD CONSTRAINT "payout_merchant_uuid_merchant_merchant_uuid_fk" FOREIGN KEY ("merchant_uuid") REFERENCES "public"."merchant"("merchant_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_pricing" ADD CONSTRAINT "payout_pricing_merchant_uuid_merchant_merchant_uuid_fk" FOREIGN KEY ("merchant_uuid") REFERENCES "public"."merchant"("merchant_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_pricing" ADD CONSTRAINT "payout_pricing_entity_uuid_account_entity_uuid_fk" FOREIGN KEY ("entity_uuid") REFERENCES "public"."account"("entity_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_status_change" ADD CONSTRAINT "payout_status_change_payout_uuid_payout_payout_uuid_fk" FOREIGN KEY ("payout_uuid") REFERENCES "public"."payout"("payout_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_status_change" ADD CONSTRAINT "payout_status_change_entity_uuid_account_entity_uuid_fk" FOREIGN KEY ("entity_uuid") REFERENCES "public"."account"("entity_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "payout_wallet_reference_unique" ON "payout" USING btree ("wallet_uuid","transaction_reference");--> statement-breakpoint
CREATE INDEX "payout_entity_created_idx" ON "payout" USING btree ("entity_uuid","created_at","payout_uuid");--> statement-breakpoint
CREATE INDEX "payout_wallet_created_idx" ON "payout" USING btree ("wallet_uuid","created_at","payout_uuid");--> statement-breakpoint
CREATE INDEX "payout_scheduled_idx" ON "payout" USING btree ("schedule_date") WHERE "status" = 'pending';--> statement-breakpoint
CREATE INDEX "payout_status_change_payout_idx" ON "payout_status_change" USING btree ("payout_uuid","id");--> statement-breakpoint
CREATE INDEX "charge_awaiting_settlement_idx" ON "charge" USING btree ("created_at") WHERE "status" in ('confirmed', 'pending');