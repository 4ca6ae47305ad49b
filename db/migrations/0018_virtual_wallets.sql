-- Holding and virtual wallets (issue 20, DESIGN §2.2, seed 003). A payment wallet becomes a holding
-- with its configuration (minimum deposit, leverage ceiling, reserve ratio); each virtual wallet has
-- its own Pix txid and a `virtual_balance` ledger account under its holding (`wallet_uuid`) that
-- names it (`virtual_wallet_uuid`); the holding's `virtual_allocated` account runs only <= 0 and
-- mirrors minus the sum of its virtual balances. The wallet-code index gains the virtual wallet as a
-- third column (migrations run in one transaction, so it is never missing in between).
CREATE TABLE "virtual_wallet" (
	"virtual_wallet_uuid" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_uuid" uuid NOT NULL,
	"wallet_uuid" uuid NOT NULL,
	"reference" text NOT NULL,
	"name" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"pix_txid" text NOT NULL,
	"deactivated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "virtual_wallet_deposit" (
	"deposit_uuid" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_uuid" uuid NOT NULL,
	"wallet_uuid" uuid NOT NULL,
	"virtual_wallet_uuid" uuid NOT NULL,
	"status" text NOT NULL,
	"reason" text,
	"amount_minor" bigint NOT NULL,
	"currency" text NOT NULL,
	"pix_txid" text NOT NULL,
	"end_to_end_id" text NOT NULL,
	"payer_name" text,
	"paid_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "virtual_wallet_deposit_amount" CHECK ("virtual_wallet_deposit"."amount_minor" > 0),
	CONSTRAINT "virtual_wallet_deposit_reason" CHECK (("virtual_wallet_deposit"."status" = 'credited') = ("virtual_wallet_deposit"."reason" is null))
);
--> statement-breakpoint
CREATE TABLE "virtual_wallet_holding" (
	"wallet_uuid" uuid PRIMARY KEY NOT NULL,
	"entity_uuid" uuid NOT NULL,
	"minimum_deposit_minor" bigint DEFAULT 100 NOT NULL,
	"leverage_ceiling_minor" bigint DEFAULT 0 NOT NULL,
	"reserve_ratio_bps" integer DEFAULT 10000 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "virtual_wallet_holding_figures" CHECK ("virtual_wallet_holding"."minimum_deposit_minor" > 0 and "virtual_wallet_holding"."leverage_ceiling_minor" >= 0 and "virtual_wallet_holding"."reserve_ratio_bps" between 0 and 10000)
);
--> statement-breakpoint
CREATE TABLE "virtual_wallet_transfer" (
	"transfer_uuid" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_uuid" uuid NOT NULL,
	"wallet_uuid" uuid NOT NULL,
	"virtual_wallet_uuid" uuid NOT NULL,
	"direction" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" text NOT NULL,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "virtual_wallet_transfer_amount" CHECK ("virtual_wallet_transfer"."amount_minor" > 0)
);
--> statement-breakpoint
DROP INDEX "ledger_account_wallet_code_unique";--> statement-breakpoint
ALTER TABLE "ledger_account" ADD COLUMN "virtual_wallet_uuid" uuid;--> statement-breakpoint
ALTER TABLE "virtual_wallet" ADD CONSTRAINT "virtual_wallet_entity_uuid_account_entity_uuid_fk" FOREIGN KEY ("entity_uuid") REFERENCES "public"."account"("entity_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "virtual_wallet" ADD CONSTRAINT "virtual_wallet_wallet_uuid_virtual_wallet_holding_wallet_uuid_fk" FOREIGN KEY ("wallet_uuid") REFERENCES "public"."virtual_wallet_holding"("wallet_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "virtual_wallet_deposit" ADD CONSTRAINT "virtual_wallet_deposit_entity_uuid_account_entity_uuid_fk" FOREIGN KEY ("entity_uuid") REFERENCES "public"."account"("entity_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "virtual_wallet_deposit" ADD CONSTRAINT "virtual_wallet_deposit_wallet_uuid_virtual_wallet_holding_wallet_uuid_fk" FOREIGN KEY ("wallet_uuid") REFERENCES "public"."virtual_wallet_holding"("wallet_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "virtual_wallet_deposit" ADD CONSTRAINT "virtual_wallet_deposit_virtual_wallet_uuid_virtual_wallet_virtual_wallet_uuid_fk" FOREIGN KEY ("virtual_wallet_uuid") REFERENCES "public"."virtual_wallet"("virtual_wallet_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "virtual_wallet_holding" ADD CONSTRAINT "virtual_wallet_holding_wallet_uuid_wallet_wallet_uuid_fk" FOREIGN KEY ("wallet_uuid") REFERENCES "public"."wallet"("wallet_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "virtual_wallet_holding" ADD CONSTRAINT "virtual_wallet_holding_entity_uuid_account_entity_uuid_fk" FOREIGN KEY ("entity_uuid") REFERENCES "public"."account"("entity_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "virtual_wallet_transfer" ADD CONSTRAINT "virtual_wallet_transfer_entity_uuid_account_entity_uuid_fk" FOREIGN KEY ("entity_uuid") REFERENCES "public"."account"("entity_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "virtual_wallet_transfer" ADD CONSTRAINT "virtual_wallet_transfer_wallet_uuid_virtual_wallet_holding_wallet_uuid_fk" FOREIGN KEY ("wallet_uuid") REFERENCES "public"."virtual_wallet_holding"("wallet_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "virtual_wallet_transfer" ADD CONSTRAINT "virtual_wallet_transfer_virtual_wallet_uuid_virtual_wallet_virtual_wallet_uuid_fk" FOREIGN KEY ("virtual_wallet_uuid") REFERENCES "public"."virtual_wallet"("virtual_wallet_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "virtual_wallet_holding_reference_unique" ON "virtual_wallet" USING btree ("wallet_uuid","reference");--> statement-breakpoint
CREATE UNIQUE INDEX "virtual_wallet_pix_txid_unique" ON "virtual_wallet" USING btree ("pix_txid");--> statement-breakpoint
CREATE INDEX "virtual_wallet_holding_created_idx" ON "virtual_wallet" USING btree ("wallet_uuid","created_at","virtual_wallet_uuid");--> statement-breakpoint
CREATE INDEX "virtual_wallet_entity_active_idx" ON "virtual_wallet" USING btree ("entity_uuid") WHERE "status" = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX "virtual_wallet_deposit_end_to_end_unique" ON "virtual_wallet_deposit" USING btree ("entity_uuid","end_to_end_id");--> statement-breakpoint
CREATE INDEX "virtual_wallet_deposit_holding_created_idx" ON "virtual_wallet_deposit" USING btree ("wallet_uuid","created_at","deposit_uuid");--> statement-breakpoint
CREATE INDEX "virtual_wallet_deposit_virtual_created_idx" ON "virtual_wallet_deposit" USING btree ("virtual_wallet_uuid","created_at","deposit_uuid");--> statement-breakpoint
CREATE INDEX "virtual_wallet_transfer_holding_created_idx" ON "virtual_wallet_transfer" USING btree ("wallet_uuid","created_at","transfer_uuid");--> statement-breakpoint
CREATE INDEX "virtual_wallet_transfer_virtual_created_idx" ON "virtual_wallet_transfer" USING btree ("virtual_wallet_uuid","created_at","transfer_uuid");--> statement-breakpoint
ALTER TABLE "ledger_account" ADD CONSTRAINT "ledger_account_virtual_wallet_uuid_virtual_wallet_virtual_wallet_uuid_fk" FOREIGN KEY ("virtual_wallet_uuid") REFERENCES "public"."virtual_wallet"("virtual_wallet_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_account_virtual_wallet_code_unique" ON "ledger_account" USING btree ("virtual_wallet_uuid","code") WHERE "virtual_wallet_uuid" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_account_wallet_code_unique" ON "ledger_account" USING btree ("wallet_uuid","code",coalesce("virtual_wallet_uuid", '00000000-0000-0000-0000-000000000000'::uuid)) WHERE "wallet_uuid" is not null;--> statement-breakpoint
ALTER TABLE "ledger_account" ADD CONSTRAINT "ledger_account_virtual_allocated_owed" CHECK ("code" <> 'virtual_allocated' or "balance_minor" <= 0);--> statement-breakpoint
ALTER TABLE "ledger_account" ADD CONSTRAINT "ledger_account_virtual_balance_owner" CHECK (("code" = 'virtual_balance') = ("virtual_wallet_uuid" is not null) and ("virtual_wallet_uuid" is null or "wallet_uuid" is not null));