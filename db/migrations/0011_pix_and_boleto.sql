CREATE TABLE "boleto_beneficiary" (
	"entity_uuid" uuid PRIMARY KEY NOT NULL,
	"account_number" bigserial NOT NULL,
	"last_our_number" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "account" ADD COLUMN "pix_key" text;--> statement-breakpoint
ALTER TABLE "account" ADD COLUMN "pix_city" text;--> statement-breakpoint
ALTER TABLE "charge" ADD COLUMN "paid_minor" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "charge" ADD COLUMN "paid_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "charge" ADD COLUMN "expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "charge" ADD COLUMN "pix_txid" text;--> statement-breakpoint
ALTER TABLE "charge" ADD COLUMN "pix_copy_paste" text;--> statement-breakpoint
ALTER TABLE "charge" ADD COLUMN "pix_qr_base64" text;--> statement-breakpoint
ALTER TABLE "charge" ADD COLUMN "boleto_barcode" text;--> statement-breakpoint
ALTER TABLE "charge" ADD COLUMN "boleto_our_number" bigint;--> statement-breakpoint
ALTER TABLE "boleto_beneficiary" ADD CONSTRAINT "boleto_beneficiary_entity_uuid_account_entity_uuid_fk" FOREIGN KEY ("entity_uuid") REFERENCES "public"."account"("entity_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "charge_pix_txid_unique" ON "charge" USING btree ("pix_txid") WHERE "pix_txid" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "charge_boleto_barcode_unique" ON "charge" USING btree ("boleto_barcode") WHERE "boleto_barcode" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "charge_boleto_our_number_unique" ON "charge" USING btree ("entity_uuid","boleto_our_number") WHERE "boleto_our_number" is not null;--> statement-breakpoint
CREATE INDEX "charge_status_change_entity_to_idx" ON "charge_status_change" USING btree ("entity_uuid","to_status","occurred_at");