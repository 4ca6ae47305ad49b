CREATE TABLE "invoice_item" (
	"invoice_item_key" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_uuid" uuid NOT NULL,
	"wallet_uuid" uuid NOT NULL,
	"invoice_key" uuid,
	"wallet_entry_key" uuid,
	"payment_instrument_entry_key" uuid,
	"installment_number" smallint NOT NULL,
	"installment_count" smallint NOT NULL,
	"description" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"closing_date" date NOT NULL,
	"due_date" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invoice_item_one_source" CHECK (num_nonnulls("invoice_item"."wallet_entry_key", "invoice_item"."payment_instrument_entry_key") = 1),
	CONSTRAINT "invoice_item_installment" CHECK ("invoice_item"."installment_number" between 1 and "invoice_item"."installment_count")
);
--> statement-breakpoint
CREATE TABLE "payment_instrument" (
	"payment_instrument_key" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_uuid" uuid NOT NULL,
	"wallet_uuid" uuid NOT NULL,
	"request_control_key" uuid,
	"person_key" uuid,
	"holder" jsonb,
	"payment_instrument_type" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"limit_amount_minor" bigint NOT NULL,
	"used_limit_minor" bigint DEFAULT 0 NOT NULL,
	"card_data" jsonb NOT NULL,
	"card_brand" text NOT NULL,
	"card_bin" text NOT NULL,
	"card_last_four" text NOT NULL,
	"card_expiry_month" smallint NOT NULL,
	"card_expiry_year" smallint NOT NULL,
	"card_sealed" text NOT NULL,
	"card_fingerprint" text NOT NULL,
	"canceled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payment_instrument_used_within_limit" CHECK ("payment_instrument"."used_limit_minor" >= 0 and "payment_instrument"."used_limit_minor" <= "payment_instrument"."limit_amount_minor")
);
--> statement-breakpoint
CREATE TABLE "payment_instrument_entry" (
	"payment_instrument_entry_key" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_uuid" uuid NOT NULL,
	"wallet_uuid" uuid NOT NULL,
	"payment_instrument_key" uuid NOT NULL,
	"charge_uuid" uuid NOT NULL,
	"entry_type" text DEFAULT 'purchase' NOT NULL,
	"status" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"released_minor" bigint DEFAULT 0 NOT NULL,
	"installment_count" smallint NOT NULL,
	"merchant_data" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payment_instrument_entry_amounts" CHECK ("payment_instrument_entry"."amount_minor" > 0 and "payment_instrument_entry"."released_minor" >= 0 and "payment_instrument_entry"."released_minor" <= "payment_instrument_entry"."amount_minor")
);
--> statement-breakpoint
CREATE TABLE "wallet_entry" (
	"wallet_entry_key" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_uuid" uuid NOT NULL,
	"wallet_uuid" uuid NOT NULL,
	"request_control_key" uuid,
	"entry_type" text NOT NULL,
	"status" text DEFAULT 'concluded' NOT NULL,
	"amount_minor" bigint NOT NULL,
	"settlement_key" uuid NOT NULL,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wallet_entry_amount_positive" CHECK ("wallet_entry"."amount_minor" > 0)
);
--> statement-breakpoint
ALTER TABLE "wallet_limit" DROP CONSTRAINT "wallet_limit_used_within_limit";--> statement-breakpoint
ALTER TABLE "invoice_item" ADD CONSTRAINT "invoice_item_entity_uuid_account_entity_uuid_fk" FOREIGN KEY ("entity_uuid") REFERENCES "public"."account"("entity_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_item" ADD CONSTRAINT "invoice_item_wallet_uuid_credit_wallet_wallet_uuid_fk" FOREIGN KEY ("wallet_uuid") REFERENCES "public"."credit_wallet"("wallet_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_item" ADD CONSTRAINT "invoice_item_wallet_entry_key_wallet_entry_wallet_entry_key_fk" FOREIGN KEY ("wallet_entry_key") REFERENCES "public"."wallet_entry"("wallet_entry_key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_item" ADD CONSTRAINT "invoice_item_payment_instrument_entry_key_payment_instrument_entry_payment_instrument_entry_key_fk" FOREIGN KEY ("payment_instrument_entry_key") REFERENCES "public"."payment_instrument_entry"("payment_instrument_entry_key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_instrument" ADD CONSTRAINT "payment_instrument_entity_uuid_account_entity_uuid_fk" FOREIGN KEY ("entity_uuid") REFERENCES "public"."account"("entity_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_instrument" ADD CONSTRAINT "payment_instrument_wallet_uuid_credit_wallet_wallet_uuid_fk" FOREIGN KEY ("wallet_uuid") REFERENCES "public"."credit_wallet"("wallet_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_instrument" ADD CONSTRAINT "payment_instrument_person_key_person_person_key_fk" FOREIGN KEY ("person_key") REFERENCES "public"."person"("person_key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_instrument_entry" ADD CONSTRAINT "payment_instrument_entry_entity_uuid_account_entity_uuid_fk" FOREIGN KEY ("entity_uuid") REFERENCES "public"."account"("entity_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_instrument_entry" ADD CONSTRAINT "payment_instrument_entry_wallet_uuid_credit_wallet_wallet_uuid_fk" FOREIGN KEY ("wallet_uuid") REFERENCES "public"."credit_wallet"("wallet_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_instrument_entry" ADD CONSTRAINT "payment_instrument_entry_payment_instrument_key_payment_instrument_payment_instrument_key_fk" FOREIGN KEY ("payment_instrument_key") REFERENCES "public"."payment_instrument"("payment_instrument_key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_instrument_entry" ADD CONSTRAINT "payment_instrument_entry_charge_uuid_charge_charge_uuid_fk" FOREIGN KEY ("charge_uuid") REFERENCES "public"."charge"("charge_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallet_entry" ADD CONSTRAINT "wallet_entry_entity_uuid_account_entity_uuid_fk" FOREIGN KEY ("entity_uuid") REFERENCES "public"."account"("entity_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallet_entry" ADD CONSTRAINT "wallet_entry_wallet_uuid_credit_wallet_wallet_uuid_fk" FOREIGN KEY ("wallet_uuid") REFERENCES "public"."credit_wallet"("wallet_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "invoice_item_wallet_closing_idx" ON "invoice_item" USING btree ("wallet_uuid","closing_date");--> statement-breakpoint
CREATE INDEX "invoice_item_instrument_entry_idx" ON "invoice_item" USING btree ("payment_instrument_entry_key");--> statement-breakpoint
CREATE INDEX "invoice_item_wallet_entry_idx" ON "invoice_item" USING btree ("wallet_entry_key");--> statement-breakpoint
CREATE UNIQUE INDEX "payment_instrument_fingerprint_unique" ON "payment_instrument" USING btree ("card_fingerprint");--> statement-breakpoint
CREATE UNIQUE INDEX "payment_instrument_request_control_key_unique" ON "payment_instrument" USING btree ("entity_uuid","request_control_key");--> statement-breakpoint
CREATE INDEX "payment_instrument_wallet_created_idx" ON "payment_instrument" USING btree ("wallet_uuid","created_at","payment_instrument_key");--> statement-breakpoint
CREATE UNIQUE INDEX "payment_instrument_entry_charge_unique" ON "payment_instrument_entry" USING btree ("charge_uuid");--> statement-breakpoint
CREATE INDEX "payment_instrument_entry_instrument_created_idx" ON "payment_instrument_entry" USING btree ("payment_instrument_key","created_at","payment_instrument_entry_key");--> statement-breakpoint
CREATE INDEX "payment_instrument_entry_wallet_created_idx" ON "payment_instrument_entry" USING btree ("wallet_uuid","created_at","payment_instrument_entry_key");--> statement-breakpoint
CREATE UNIQUE INDEX "wallet_entry_request_control_key_unique" ON "wallet_entry" USING btree ("entity_uuid","request_control_key");--> statement-breakpoint
CREATE INDEX "wallet_entry_wallet_created_idx" ON "wallet_entry" USING btree ("wallet_uuid","created_at","wallet_entry_key");--> statement-breakpoint
-- Hand-written: nothing ever wrote wallet_limit.used_limit_minor (there were no purchases before
-- this migration); refuse to drop a non-zero one rather than forget what a customer owes.
DO $$ BEGIN
  IF EXISTS (SELECT 1 FROM "wallet_limit" WHERE "used_limit_minor" <> 0) THEN
    RAISE EXCEPTION 'wallet_limit.used_limit_minor holds used limits: post them to the ledger before migrating';
  END IF;
END $$;--> statement-breakpoint
ALTER TABLE "wallet_limit" DROP COLUMN "used_limit_minor";--> statement-breakpoint
ALTER TABLE "wallet_limit" ADD CONSTRAINT "wallet_limit_amount_non_negative" CHECK ("wallet_limit"."limit_amount_minor" >= 0);--> statement-breakpoint

-- Hand-written: the limits of open credit wallets, granted in the ledger as new wallets' are
-- (lib/credit/limit-ledger.ts): credit limits granted -> the wallet's limit account.
INSERT INTO "ledger_account" ("entity_uuid", "wallet_uuid", "code", "currency", "may_go_negative")
SELECT wl."entity_uuid", wl."wallet_uuid",
       CASE wl."limit_type" WHEN 'postpaid_credit_limit' THEN 'credit_available' ELSE 'payroll_withdraw_available' END, 'BRL', false
FROM "wallet_limit" wl JOIN "wallet" w ON w."wallet_uuid" = wl."wallet_uuid"
WHERE w."status" IN ('pending_analysis', 'active') AND wl."limit_amount_minor" > 0
ON CONFLICT DO NOTHING;--> statement-breakpoint
INSERT INTO "ledger_account" ("entity_uuid", "wallet_uuid", "code", "currency", "may_go_negative")
SELECT DISTINCT wl."entity_uuid", NULL::uuid, 'credit_limits_granted', 'BRL', true
FROM "wallet_limit" wl JOIN "wallet" w ON w."wallet_uuid" = wl."wallet_uuid"
WHERE w."status" IN ('pending_analysis', 'active') AND wl."limit_amount_minor" > 0
ON CONFLICT DO NOTHING;--> statement-breakpoint
INSERT INTO "ledger_transaction" ("entity_uuid", "kind", "reference_type", "reference_id", "description")
SELECT wl."entity_uuid", 'credit_limit_granted', 'wallet_limit', wl."wallet_limit_key"::text, 'Limit ' || wl."limit_type" || ' granted'
FROM "wallet_limit" wl JOIN "wallet" w ON w."wallet_uuid" = wl."wallet_uuid"
WHERE w."status" IN ('pending_analysis', 'active') AND wl."limit_amount_minor" > 0;--> statement-breakpoint
INSERT INTO "ledger_entry" ("transaction_uuid", "account_id", "entity_uuid", "amount_minor", "currency")
SELECT t."transaction_uuid", a."id", wl."entity_uuid", side.amount, 'BRL'
FROM "wallet_limit" wl
JOIN "ledger_transaction" t ON t."kind" = 'credit_limit_granted' AND t."reference_type" = 'wallet_limit' AND t."reference_id" = wl."wallet_limit_key"::text
CROSS JOIN LATERAL (VALUES
  (CASE wl."limit_type" WHEN 'postpaid_credit_limit' THEN 'credit_available' ELSE 'payroll_withdraw_available' END, wl."wallet_uuid", wl."limit_amount_minor"),
  ('credit_limits_granted', NULL::uuid, -wl."limit_amount_minor")
) AS side(code, wallet_uuid, amount)
JOIN "ledger_account" a ON a."entity_uuid" = wl."entity_uuid" AND a."code" = side.code AND a."currency" = 'BRL'
  AND a."wallet_uuid" IS NOT DISTINCT FROM side.wallet_uuid
ORDER BY a."id";
