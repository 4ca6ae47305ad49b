CREATE TABLE "invoice" (
	"invoice_key" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_uuid" uuid NOT NULL,
	"wallet_uuid" uuid NOT NULL,
	"closing_date" date NOT NULL,
	"due_date" date NOT NULL,
	"status" text DEFAULT 'opened' NOT NULL,
	"total_minor" bigint,
	"due_late_charges_minor" bigint DEFAULT 0 NOT NULL,
	"due_postpaid_minor" bigint DEFAULT 0 NOT NULL,
	"due_payroll_withdraw_minor" bigint DEFAULT 0 NOT NULL,
	"paid_minor" bigint DEFAULT 0 NOT NULL,
	"carried_minor" bigint DEFAULT 0 NOT NULL,
	"carried_to_invoice_key" uuid,
	"bank_slip_barcode" text,
	"bank_slip_our_number" bigint,
	"bank_slip_amount_minor" bigint,
	"bank_slip_status" text,
	"closed_at" timestamp with time zone,
	"paid_at" timestamp with time zone,
	"overdue_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invoice_amounts" CHECK ("invoice"."paid_minor" >= 0 and "invoice"."carried_minor" >= 0 and "invoice"."due_late_charges_minor" >= 0 and "invoice"."due_postpaid_minor" >= 0 and "invoice"."due_payroll_withdraw_minor" >= 0),
	CONSTRAINT "invoice_paid_within_due" CHECK ("invoice"."paid_minor" + "invoice"."carried_minor" <= "invoice"."due_late_charges_minor" + "invoice"."due_postpaid_minor" + "invoice"."due_payroll_withdraw_minor"),
	CONSTRAINT "invoice_total_once_closed" CHECK (("invoice"."status" = 'opened') = ("invoice"."total_minor" is null))
);
--> statement-breakpoint
CREATE TABLE "invoice_payment" (
	"invoice_payment_key" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_uuid" uuid NOT NULL,
	"wallet_uuid" uuid NOT NULL,
	"invoice_key" uuid NOT NULL,
	"payment_type" text NOT NULL,
	"status" text NOT NULL,
	"total_minor" bigint NOT NULL,
	"paid_minor" bigint NOT NULL,
	"late_charges_minor" bigint DEFAULT 0 NOT NULL,
	"postpaid_minor" bigint DEFAULT 0 NOT NULL,
	"payroll_withdraw_minor" bigint DEFAULT 0 NOT NULL,
	"payment_date" date NOT NULL,
	"provider_reference" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invoice_payment_split" CHECK ("invoice_payment"."paid_minor" > 0 and "invoice_payment"."paid_minor" <= "invoice_payment"."total_minor" and "invoice_payment"."late_charges_minor" >= 0 and "invoice_payment"."postpaid_minor" >= 0 and "invoice_payment"."payroll_withdraw_minor" >= 0 and "invoice_payment"."late_charges_minor" + "invoice_payment"."postpaid_minor" + "invoice_payment"."payroll_withdraw_minor" = "invoice_payment"."paid_minor")
);
--> statement-breakpoint
ALTER TABLE "invoice_item" DROP CONSTRAINT "invoice_item_one_source";--> statement-breakpoint
ALTER TABLE "payment_instrument_entry" DROP CONSTRAINT "payment_instrument_entry_amounts";--> statement-breakpoint
ALTER TABLE "wallet_entry" ALTER COLUMN "settlement_key" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "invoice_item" ADD COLUMN "item_type" text;--> statement-breakpoint
ALTER TABLE "invoice_item" ADD COLUMN "charged_to" text;--> statement-breakpoint
-- Items so far are purchases and their refunds (on the card limit) or payroll withdrawals.
UPDATE "invoice_item" SET
  "item_type" = CASE WHEN "wallet_entry_key" IS NOT NULL THEN 'payroll_withdraw' WHEN "amount_minor" < 0 THEN 'refund' ELSE 'purchase' END,
  "charged_to" = CASE WHEN "wallet_entry_key" IS NOT NULL THEN 'payroll_withdraw_limit' ELSE 'postpaid_credit_limit' END;--> statement-breakpoint
ALTER TABLE "invoice_item" ALTER COLUMN "item_type" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "invoice_item" ALTER COLUMN "charged_to" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "invoice_item" ADD COLUMN "source_invoice_key" uuid;--> statement-breakpoint
ALTER TABLE "payment_instrument_entry" ADD COLUMN "settled_minor" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "invoice" ADD CONSTRAINT "invoice_entity_uuid_account_entity_uuid_fk" FOREIGN KEY ("entity_uuid") REFERENCES "public"."account"("entity_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice" ADD CONSTRAINT "invoice_wallet_uuid_credit_wallet_wallet_uuid_fk" FOREIGN KEY ("wallet_uuid") REFERENCES "public"."credit_wallet"("wallet_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_payment" ADD CONSTRAINT "invoice_payment_entity_uuid_account_entity_uuid_fk" FOREIGN KEY ("entity_uuid") REFERENCES "public"."account"("entity_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_payment" ADD CONSTRAINT "invoice_payment_wallet_uuid_credit_wallet_wallet_uuid_fk" FOREIGN KEY ("wallet_uuid") REFERENCES "public"."credit_wallet"("wallet_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_payment" ADD CONSTRAINT "invoice_payment_invoice_key_invoice_invoice_key_fk" FOREIGN KEY ("invoice_key") REFERENCES "public"."invoice"("invoice_key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "invoice_wallet_closing_unique" ON "invoice" USING btree ("wallet_uuid","closing_date");--> statement-breakpoint
CREATE UNIQUE INDEX "invoice_one_opened_per_wallet" ON "invoice" USING btree ("wallet_uuid") WHERE "status" = 'opened';--> statement-breakpoint
CREATE UNIQUE INDEX "invoice_bank_slip_barcode_unique" ON "invoice" USING btree ("bank_slip_barcode");--> statement-breakpoint
CREATE INDEX "invoice_entity_status_idx" ON "invoice" USING btree ("entity_uuid","status");--> statement-breakpoint
CREATE UNIQUE INDEX "invoice_payment_provider_reference_unique" ON "invoice_payment" USING btree ("payment_type","provider_reference");--> statement-breakpoint
CREATE INDEX "invoice_payment_invoice_idx" ON "invoice_payment" USING btree ("invoice_key","created_at");--> statement-breakpoint
ALTER TABLE "invoice_item" ADD CONSTRAINT "invoice_item_invoice_key_invoice_invoice_key_fk" FOREIGN KEY ("invoice_key") REFERENCES "public"."invoice"("invoice_key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_item" ADD CONSTRAINT "invoice_item_source_invoice_key_invoice_invoice_key_fk" FOREIGN KEY ("source_invoice_key") REFERENCES "public"."invoice"("invoice_key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "invoice_item_invoice_idx" ON "invoice_item" USING btree ("invoice_key","created_at");--> statement-breakpoint
ALTER TABLE "ledger_account" ADD CONSTRAINT "ledger_account_late_charges_owed" CHECK ("code" <> 'late_charges' or "balance_minor" <= 0);--> statement-breakpoint
ALTER TABLE "invoice_item" ADD CONSTRAINT "invoice_item_one_source" CHECK (num_nonnulls("invoice_item"."wallet_entry_key", "invoice_item"."payment_instrument_entry_key", "invoice_item"."source_invoice_key") = 1);--> statement-breakpoint
ALTER TABLE "payment_instrument_entry" ADD CONSTRAINT "payment_instrument_entry_amounts" CHECK ("payment_instrument_entry"."amount_minor" > 0 and "payment_instrument_entry"."released_minor" >= 0 and "payment_instrument_entry"."released_minor" <= "payment_instrument_entry"."amount_minor" and "payment_instrument_entry"."settled_minor" >= 0 and "payment_instrument_entry"."settled_minor" <= "payment_instrument_entry"."amount_minor");