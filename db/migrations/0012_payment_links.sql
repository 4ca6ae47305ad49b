CREATE TABLE "payment_link" (
	"payment_link_uuid" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_uuid" uuid NOT NULL,
	"wallet_uuid" uuid NOT NULL,
	"merchant_uuid" uuid NOT NULL,
	"region" text NOT NULL,
	"currency" text NOT NULL,
	"billing_type" text NOT NULL,
	"charge_types" text[] NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"value_minor" bigint NOT NULL,
	"max_installment_count" integer DEFAULT 1 NOT NULL,
	"is_checkout" boolean NOT NULL,
	"redirect_url" text,
	"webhook_url" text,
	"status" text DEFAULT 'active' NOT NULL,
	"expires_at" timestamp with time zone,
	"max_payments" integer,
	"payments_count" integer DEFAULT 0 NOT NULL,
	"opened_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payment_link_value_positive" CHECK ("value_minor" > 0),
	CONSTRAINT "payment_link_installments" CHECK ("max_installment_count" between 1 and 12),
	CONSTRAINT "payment_link_payments_within_max" CHECK ("max_payments" is null or ("max_payments" >= 1 and "payments_count" <= "max_payments")),
	CONSTRAINT "payment_link_methods" CHECK (cardinality("charge_types") >= 1)
);
--> statement-breakpoint
ALTER TABLE "payment_link" ADD CONSTRAINT "payment_link_entity_uuid_account_entity_uuid_fk" FOREIGN KEY ("entity_uuid") REFERENCES "public"."account"("entity_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_link" ADD CONSTRAINT "payment_link_wallet_uuid_wallet_wallet_uuid_fk" FOREIGN KEY ("wallet_uuid") REFERENCES "public"."wallet"("wallet_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_link" ADD CONSTRAINT "payment_link_merchant_uuid_merchant_merchant_uuid_fk" FOREIGN KEY ("merchant_uuid") REFERENCES "public"."merchant"("merchant_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "payment_link_entity_created_idx" ON "payment_link" USING btree ("entity_uuid","created_at","payment_link_uuid");--> statement-breakpoint
ALTER TABLE "charge" ADD CONSTRAINT "charge_payment_link_uuid_payment_link_payment_link_uuid_fk" FOREIGN KEY ("payment_link_uuid") REFERENCES "public"."payment_link"("payment_link_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "charge_payment_link_created_idx" ON "charge" USING btree ("payment_link_uuid","created_at") WHERE "payment_link_uuid" is not null;