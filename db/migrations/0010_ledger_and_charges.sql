CREATE TABLE "ledger_account" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"entity_uuid" uuid NOT NULL,
	"wallet_uuid" uuid,
	"code" text NOT NULL,
	"currency" text NOT NULL,
	"balance_minor" bigint DEFAULT 0 NOT NULL,
	"may_go_negative" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_account_non_negative" CHECK ("may_go_negative" or "balance_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "ledger_entry" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"transaction_uuid" uuid NOT NULL,
	"account_id" bigint NOT NULL,
	"entity_uuid" uuid NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" text NOT NULL,
	"balance_after_minor" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_entry_non_zero" CHECK ("amount_minor" <> 0)
);
--> statement-breakpoint
CREATE TABLE "ledger_transaction" (
	"transaction_uuid" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_uuid" uuid NOT NULL,
	"kind" text NOT NULL,
	"reference_type" text NOT NULL,
	"reference_id" text NOT NULL,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "charge" (
	"charge_uuid" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_uuid" uuid NOT NULL,
	"wallet_uuid" uuid NOT NULL,
	"merchant_uuid" uuid NOT NULL,
	"type_charge" text NOT NULL,
	"status" text NOT NULL,
	"currency" text NOT NULL,
	"installment_value_minor" bigint NOT NULL,
	"installment_count" smallint NOT NULL,
	"amount_minor" bigint NOT NULL,
	"authorized_minor" bigint DEFAULT 0 NOT NULL,
	"captured_minor" bigint DEFAULT 0 NOT NULL,
	"refunded_minor" bigint DEFAULT 0 NOT NULL,
	"fee_minor" bigint DEFAULT 0 NOT NULL,
	"fee_returned_minor" bigint DEFAULT 0 NOT NULL,
	"disputed_minor" bigint DEFAULT 0 NOT NULL,
	"payer_name" text NOT NULL,
	"payer_email" text NOT NULL,
	"payer_tax_id" text NOT NULL,
	"payer_cell_phone" text NOT NULL,
	"payer_address" jsonb NOT NULL,
	"description" text NOT NULL,
	"due_date" date NOT NULL,
	"items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"capture" boolean DEFAULT true NOT NULL,
	"threeds_authentication" boolean DEFAULT false NOT NULL,
	"device_info" jsonb,
	"webhook_url" text,
	"redirect_url" text,
	"card_brand" text,
	"card_bin" text,
	"card_last_four" text,
	"card_expiry_month" smallint,
	"card_expiry_year" smallint,
	"card_holder_name" text,
	"card_fingerprint" text,
	"acquirer" text,
	"acquirer_reference" text,
	"authorization_code" text,
	"response_code" text,
	"message" jsonb,
	"payment_link_uuid" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "charge_amounts" CHECK ("installment_value_minor" > 0 and "installment_count" between 1 and 12 and "amount_minor" = "installment_value_minor" * "installment_count"),
	CONSTRAINT "charge_captured_within_authorized" CHECK ("captured_minor" >= 0 and "captured_minor" <= "authorized_minor" and "authorized_minor" <= "amount_minor"),
	CONSTRAINT "charge_refunded_within_captured" CHECK ("refunded_minor" >= 0 and "refunded_minor" + "disputed_minor" <= "captured_minor"),
	CONSTRAINT "charge_fee_returned_within_fee" CHECK ("fee_returned_minor" >= 0 and "fee_returned_minor" <= "fee_minor")
);
--> statement-breakpoint
CREATE TABLE "charge_refund" (
	"refund_uuid" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"charge_uuid" uuid NOT NULL,
	"entity_uuid" uuid NOT NULL,
	"amount_minor" bigint NOT NULL,
	"fee_returned_minor" bigint NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "charge_refund_positive" CHECK ("amount_minor" > 0)
);
--> statement-breakpoint
CREATE TABLE "charge_status_change" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"charge_uuid" uuid NOT NULL,
	"entity_uuid" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"reason" text,
	"amount_minor" bigint,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "merchant_pricing" (
	"merchant_uuid" uuid NOT NULL,
	"entity_uuid" uuid NOT NULL,
	"type_charge" text NOT NULL,
	"percent_bps" integer NOT NULL,
	"fixed_minor" bigint DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "merchant_pricing_merchant_uuid_type_charge_pk" PRIMARY KEY("merchant_uuid","type_charge"),
	CONSTRAINT "merchant_pricing_bounds" CHECK ("percent_bps" between 0 and 10000 and "fixed_minor" >= 0)
);
--> statement-breakpoint
ALTER TABLE "webhook_endpoint" ADD COLUMN "purpose" text DEFAULT 'subscription' NOT NULL;--> statement-breakpoint
ALTER TABLE "ledger_account" ADD CONSTRAINT "ledger_account_entity_uuid_account_entity_uuid_fk" FOREIGN KEY ("entity_uuid") REFERENCES "public"."account"("entity_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_account" ADD CONSTRAINT "ledger_account_wallet_uuid_wallet_wallet_uuid_fk" FOREIGN KEY ("wallet_uuid") REFERENCES "public"."wallet"("wallet_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entry" ADD CONSTRAINT "ledger_entry_transaction_uuid_ledger_transaction_transaction_uuid_fk" FOREIGN KEY ("transaction_uuid") REFERENCES "public"."ledger_transaction"("transaction_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entry" ADD CONSTRAINT "ledger_entry_account_id_ledger_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."ledger_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entry" ADD CONSTRAINT "ledger_entry_entity_uuid_account_entity_uuid_fk" FOREIGN KEY ("entity_uuid") REFERENCES "public"."account"("entity_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_transaction" ADD CONSTRAINT "ledger_transaction_entity_uuid_account_entity_uuid_fk" FOREIGN KEY ("entity_uuid") REFERENCES "public"."account"("entity_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charge" ADD CONSTRAINT "charge_entity_uuid_account_entity_uuid_fk" FOREIGN KEY ("entity_uuid") REFERENCES "public"."account"("entity_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charge" ADD CONSTRAINT "charge_wallet_uuid_wallet_wallet_uuid_fk" FOREIGN KEY ("wallet_uuid") REFERENCES "public"."wallet"("wallet_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charge" ADD CONSTRAINT "charge_merchant_uuid_merchant_merchant_uuid_fk" FOREIGN KEY ("merchant_uuid") REFERENCES "public"."merchant"("merchant_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charge_refund" ADD CONSTRAINT "charge_refund_charge_uuid_charge_charge_uuid_fk" FOREIGN KEY ("charge_uuid") REFERENCES "public"."charge"("charge_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charge_refund" ADD CONSTRAINT "charge_refund_entity_uuid_account_entity_uuid_fk" FOREIGN KEY ("entity_uuid") REFERENCES "public"."account"("entity_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charge_status_change" ADD CONSTRAINT "charge_status_change_charge_uuid_charge_charge_uuid_fk" FOREIGN KEY ("charge_uuid") REFERENCES "public"."charge"("charge_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charge_status_change" ADD CONSTRAINT "charge_status_change_entity_uuid_account_entity_uuid_fk" FOREIGN KEY ("entity_uuid") REFERENCES "public"."account"("entity_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "merchant_pricing" ADD CONSTRAINT "merchant_pricing_merchant_uuid_merchant_merchant_uuid_fk" FOREIGN KEY ("merchant_uuid") REFERENCES "public"."merchant"("merchant_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "merchant_pricing" ADD CONSTRAINT "merchant_pricing_entity_uuid_account_entity_uuid_fk" FOREIGN KEY ("entity_uuid") REFERENCES "public"."account"("entity_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_account_wallet_code_unique" ON "ledger_account" USING btree ("wallet_uuid","code") WHERE "wallet_uuid" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_account_platform_code_unique" ON "ledger_account" USING btree ("entity_uuid","code","currency") WHERE "wallet_uuid" is null;--> statement-breakpoint
CREATE INDEX "ledger_entry_account_idx" ON "ledger_entry" USING btree ("account_id","id");--> statement-breakpoint
CREATE INDEX "ledger_entry_transaction_idx" ON "ledger_entry" USING btree ("transaction_uuid");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_transaction_reference_unique" ON "ledger_transaction" USING btree ("kind","reference_type","reference_id");--> statement-breakpoint
CREATE INDEX "ledger_transaction_reference_idx" ON "ledger_transaction" USING btree ("entity_uuid","reference_type","reference_id");--> statement-breakpoint
CREATE INDEX "charge_entity_created_idx" ON "charge" USING btree ("entity_uuid","created_at","charge_uuid");--> statement-breakpoint
CREATE INDEX "charge_wallet_created_idx" ON "charge" USING btree ("wallet_uuid","created_at","charge_uuid");--> statement-breakpoint
CREATE INDEX "charge_entity_payer_email_idx" ON "charge" USING btree ("entity_uuid",lower("payer_email"));--> statement-breakpoint
CREATE INDEX "charge_entity_payer_tax_id_idx" ON "charge" USING btree ("entity_uuid","payer_tax_id");--> statement-breakpoint
CREATE INDEX "charge_refund_charge_idx" ON "charge_refund" USING btree ("charge_uuid","created_at");--> statement-breakpoint
CREATE INDEX "charge_status_change_charge_idx" ON "charge_status_change" USING btree ("charge_uuid","id");--> statement-breakpoint
CREATE UNIQUE INDEX "webhook_endpoint_callback_url_unique" ON "webhook_endpoint" USING btree ("entity_uuid","url") WHERE "purpose" = 'callback';--> statement-breakpoint
-- Hand-written: nothing ever wrote wallet.balance_minor (there were no charges before the ledger),
-- so every value is zero; refuse to drop a non-zero one rather than lose money silently.
DO $$ BEGIN
  IF EXISTS (SELECT 1 FROM "wallet" WHERE "balance_minor" <> 0) THEN
    RAISE EXCEPTION 'wallet.balance_minor holds non-zero balances: post them to the ledger before migrating';
  END IF;
END $$;--> statement-breakpoint
ALTER TABLE "wallet" DROP COLUMN "balance_minor";--> statement-breakpoint

-- Hand-written: the ledger's invariants, held by PostgreSQL itself (DESIGN §2.1).

-- An entry is applied to its account's balance by the database as it is inserted, and records the
-- balance it left. Only this trigger may change a balance (guard below), so a stored balance always
-- equals the sum of its entries; the account's CHECK refuses a debit past zero on a non-negative
-- account, failing the whole transaction. The entry's currency must be its account's.
CREATE FUNCTION ledger_apply_entry() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  account_currency text;
BEGIN
  SELECT "currency" INTO account_currency FROM "ledger_account" WHERE "id" = NEW."account_id";
  IF account_currency IS DISTINCT FROM NEW."currency" THEN
    RAISE EXCEPTION 'ledger entry in % on an account in %', NEW."currency", account_currency USING ERRCODE = '23514';
  END IF;
  UPDATE "ledger_account" SET "balance_minor" = "balance_minor" + NEW."amount_minor"
    WHERE "id" = NEW."account_id" RETURNING "balance_minor" INTO NEW."balance_after_minor";
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "ledger_entry_apply" BEFORE INSERT ON "ledger_entry" FOR EACH ROW EXECUTE FUNCTION ledger_apply_entry();--> statement-breakpoint

CREATE FUNCTION ledger_guard_balance() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Only the entry trigger's own UPDATE runs nested in a trigger (depth 2); a statement a client
  -- sends runs at depth 1, whatever session settings it makes first.
  IF NEW."balance_minor" IS DISTINCT FROM OLD."balance_minor" AND pg_trigger_depth() < 2 THEN
    RAISE EXCEPTION 'ledger balances change only through ledger entries' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "ledger_account_guard_balance" BEFORE UPDATE ON "ledger_account" FOR EACH ROW EXECUTE FUNCTION ledger_guard_balance();--> statement-breakpoint

-- A new account starts at zero: a balance comes only from entries.
CREATE FUNCTION ledger_account_starts_at_zero() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."balance_minor" <> 0 THEN
    RAISE EXCEPTION 'a ledger account opens at zero' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "ledger_account_opens_at_zero" BEFORE INSERT ON "ledger_account" FOR EACH ROW EXECUTE FUNCTION ledger_account_starts_at_zero();--> statement-breakpoint

-- The entries of a transaction sum to zero per currency, checked at COMMIT (deferred), when all of
-- them are in: an unbalanced transaction never commits.
CREATE FUNCTION ledger_check_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  unbalanced record;
BEGIN
  SELECT "currency", sum("amount_minor") AS total INTO unbalanced FROM "ledger_entry"
    WHERE "transaction_uuid" = NEW."transaction_uuid" GROUP BY "currency" HAVING sum("amount_minor") <> 0 LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'ledger transaction % does not balance: % % left over', NEW."transaction_uuid", unbalanced.total, unbalanced."currency"
      USING ERRCODE = '23514';
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "ledger_entry_balanced" AFTER INSERT ON "ledger_entry" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION ledger_check_balanced();--> statement-breakpoint

-- Entries and transactions are history: never updated or deleted (a mistake is reversed by a new transaction).
CREATE FUNCTION ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are never updated or deleted; post a reversing transaction', TG_TABLE_NAME USING ERRCODE = '23514';
END $$;--> statement-breakpoint
CREATE TRIGGER "ledger_entry_immutable" BEFORE UPDATE OR DELETE ON "ledger_entry" FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();--> statement-breakpoint
CREATE TRIGGER "ledger_transaction_immutable" BEFORE UPDATE OR DELETE ON "ledger_transaction" FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();--> statement-breakpoint
CREATE TRIGGER "ledger_entry_no_truncate" BEFORE TRUNCATE ON "ledger_entry" FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();--> statement-breakpoint
CREATE TRIGGER "ledger_transaction_no_truncate" BEFORE TRUNCATE ON "ledger_transaction" FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
