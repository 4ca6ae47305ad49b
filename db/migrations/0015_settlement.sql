CREATE TABLE "settlement" (
	"settlement_uuid" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_uuid" uuid NOT NULL,
	"wallet_uuid" uuid NOT NULL,
	"settlement_date" date NOT NULL,
	"currency" text NOT NULL,
	"gross_minor" bigint DEFAULT 0 NOT NULL,
	"fees_minor" bigint DEFAULT 0 NOT NULL,
	"refunded_net_minor" bigint DEFAULT 0 NOT NULL,
	"net_minor" bigint DEFAULT 0 NOT NULL,
	"line_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "settlement_totals" CHECK ("net_minor" = "gross_minor" - "fees_minor" - "refunded_net_minor" and "line_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "settlement_line" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"settlement_uuid" uuid NOT NULL,
	"entity_uuid" uuid NOT NULL,
	"wallet_uuid" uuid NOT NULL,
	"charge_uuid" uuid NOT NULL,
	"type_charge" text NOT NULL,
	"gross_minor" bigint NOT NULL,
	"mdr_minor" bigint NOT NULL,
	"processing_fee_minor" bigint NOT NULL,
	"total_fees_minor" bigint NOT NULL,
	"refunded_net_minor" bigint NOT NULL,
	"net_minor" bigint NOT NULL,
	"captured_at" timestamp with time zone NOT NULL,
	"settled_at" timestamp with time zone NOT NULL,
	CONSTRAINT "settlement_line_amounts" CHECK ("total_fees_minor" = "mdr_minor" + "processing_fee_minor" and "mdr_minor" >= 0 and "processing_fee_minor" >= 0 and "net_minor" >= 0 and "net_minor" = "gross_minor" - "total_fees_minor" - "refunded_net_minor")
);
--> statement-breakpoint
ALTER TABLE "merchant_pricing" ADD COLUMN "settlement_delay_days" smallint;--> statement-breakpoint
ALTER TABLE "settlement" ADD CONSTRAINT "settlement_entity_uuid_account_entity_uuid_fk" FOREIGN KEY ("entity_uuid") REFERENCES "public"."account"("entity_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlement" ADD CONSTRAINT "settlement_wallet_uuid_wallet_wallet_uuid_fk" FOREIGN KEY ("wallet_uuid") REFERENCES "public"."wallet"("wallet_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlement_line" ADD CONSTRAINT "settlement_line_settlement_uuid_settlement_settlement_uuid_fk" FOREIGN KEY ("settlement_uuid") REFERENCES "public"."settlement"("settlement_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlement_line" ADD CONSTRAINT "settlement_line_entity_uuid_account_entity_uuid_fk" FOREIGN KEY ("entity_uuid") REFERENCES "public"."account"("entity_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlement_line" ADD CONSTRAINT "settlement_line_wallet_uuid_wallet_wallet_uuid_fk" FOREIGN KEY ("wallet_uuid") REFERENCES "public"."wallet"("wallet_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlement_line" ADD CONSTRAINT "settlement_line_charge_uuid_charge_charge_uuid_fk" FOREIGN KEY ("charge_uuid") REFERENCES "public"."charge"("charge_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "settlement_wallet_day_currency_unique" ON "settlement" USING btree ("wallet_uuid","settlement_date","currency");--> statement-breakpoint
CREATE INDEX "settlement_entity_date_idx" ON "settlement" USING btree ("entity_uuid","settlement_date");--> statement-breakpoint
CREATE UNIQUE INDEX "settlement_line_charge_unique" ON "settlement_line" USING btree ("charge_uuid");--> statement-breakpoint
CREATE INDEX "settlement_line_settlement_idx" ON "settlement_line" USING btree ("settlement_uuid","id");--> statement-breakpoint
CREATE INDEX "settlement_line_entity_settled_idx" ON "settlement_line" USING btree ("entity_uuid","settled_at","charge_uuid");--> statement-breakpoint
ALTER TABLE "merchant_pricing" ADD CONSTRAINT "merchant_pricing_settlement_delay" CHECK ("settlement_delay_days" is null or "settlement_delay_days" between 0 and 30);