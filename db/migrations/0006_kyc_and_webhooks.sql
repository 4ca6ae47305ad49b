CREATE TABLE "webhook_attempt" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"delivery_uuid" uuid NOT NULL,
	"attempt_number" integer NOT NULL,
	"request_url" text NOT NULL,
	"request_headers" jsonb NOT NULL,
	"response_status" integer,
	"response_body_excerpt" text,
	"error" text,
	"succeeded" boolean NOT NULL,
	"retryable" boolean DEFAULT false NOT NULL,
	"duration_ms" integer NOT NULL,
	"started_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "webhook_delivery" (
	"delivery_uuid" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_uuid" uuid NOT NULL,
	"event_uuid" uuid NOT NULL,
	"endpoint_uuid" uuid NOT NULL,
	"replay_of" uuid,
	"body" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempt_count" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone,
	"last_attempt_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "webhook_endpoint" (
	"endpoint_uuid" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_uuid" uuid NOT NULL,
	"url" text NOT NULL,
	"description" text,
	"webhook_key" text NOT NULL,
	"events" text[] NOT NULL,
	"format" text NOT NULL,
	"secret_ciphertext" text NOT NULL,
	"secret_last_four" text NOT NULL,
	"status" text DEFAULT 'enabled' NOT NULL,
	"disabled_reason" text,
	"disabled_at" timestamp with time zone,
	"last_success_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "webhook_event" (
	"event_uuid" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_uuid" uuid NOT NULL,
	"type" text NOT NULL,
	"subject_id" text NOT NULL,
	"data" jsonb NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "credit_wallet" ADD COLUMN "kyc_decided_by" text;--> statement-breakpoint
ALTER TABLE "credit_wallet" ADD COLUMN "kyc_decided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "credit_wallet" ADD COLUMN "kyc_rejection_reason" text;--> statement-breakpoint
ALTER TABLE "webhook_attempt" ADD CONSTRAINT "webhook_attempt_delivery_uuid_webhook_delivery_delivery_uuid_fk" FOREIGN KEY ("delivery_uuid") REFERENCES "public"."webhook_delivery"("delivery_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_delivery" ADD CONSTRAINT "webhook_delivery_entity_uuid_account_entity_uuid_fk" FOREIGN KEY ("entity_uuid") REFERENCES "public"."account"("entity_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_delivery" ADD CONSTRAINT "webhook_delivery_event_uuid_webhook_event_event_uuid_fk" FOREIGN KEY ("event_uuid") REFERENCES "public"."webhook_event"("event_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_delivery" ADD CONSTRAINT "webhook_delivery_endpoint_uuid_webhook_endpoint_endpoint_uuid_fk" FOREIGN KEY ("endpoint_uuid") REFERENCES "public"."webhook_endpoint"("endpoint_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_endpoint" ADD CONSTRAINT "webhook_endpoint_entity_uuid_account_entity_uuid_fk" FOREIGN KEY ("entity_uuid") REFERENCES "public"."account"("entity_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_event" ADD CONSTRAINT "webhook_event_entity_uuid_account_entity_uuid_fk" FOREIGN KEY ("entity_uuid") REFERENCES "public"."account"("entity_uuid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "webhook_attempt_delivery_number_unique" ON "webhook_attempt" USING btree ("delivery_uuid","attempt_number");--> statement-breakpoint
CREATE INDEX "webhook_delivery_entity_created_idx" ON "webhook_delivery" USING btree ("entity_uuid","created_at","delivery_uuid");--> statement-breakpoint
CREATE INDEX "webhook_delivery_endpoint_created_idx" ON "webhook_delivery" USING btree ("endpoint_uuid","created_at");--> statement-breakpoint
CREATE INDEX "webhook_delivery_event_idx" ON "webhook_delivery" USING btree ("event_uuid");--> statement-breakpoint
CREATE INDEX "webhook_endpoint_entity_idx" ON "webhook_endpoint" USING btree ("entity_uuid","created_at");--> statement-breakpoint
CREATE INDEX "webhook_event_entity_idx" ON "webhook_event" USING btree ("entity_uuid","occurred_at");--> statement-breakpoint
CREATE INDEX "wallet_kyc_queue_idx" ON "wallet" USING btree ("created_at","wallet_uuid") WHERE "kind" = 'credit' and "status" = 'pending_analysis';--> statement-breakpoint
CREATE INDEX "credit_wallet_document_idx" ON "credit_wallet" USING btree ("owner_document_number");