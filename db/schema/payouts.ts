import { sql } from 'drizzle-orm';
import { bigint, bigserial, check, date, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { account, merchant } from './accounts';
import { wallet } from './wallets';

/** Reference A.7's rails this platform pays out through (Brazil): Pix, TED and a generic bank transfer. */
export const PAYOUT_TYPES = ['pix', 'ted', 'bank_transfer'] as const;
export type PayoutType = (typeof PAYOUT_TYPES)[number];

/** Reference A.7: `pending` and `issued` are on their way; the others are final. */
export const PAYOUT_STATUSES = ['pending', 'issued', 'realized', 'returned', 'canceled', 'error', 'expired'] as const;
export type PayoutStatus = (typeof PAYOUT_STATUSES)[number];

/**
 * Money leaving a payment wallet for a bank account or Pix key (reference A.7). Requesting it
 * reserves the amount and the fee out of `available` (DESIGN §2.1), so payouts racing for the last
 * centavo are decided by that account's CHECK; `transaction_reference` is the per-wallet
 * idempotency key. `destination` is the Pix key or bank account as validated at the door.
 */
export const payout = pgTable(
  'payout',
  {
    payoutUuid: uuid('payout_uuid').primaryKey().defaultRandom(),
    entityUuid: uuid('entity_uuid')
      .notNull()
      .references(() => account.entityUuid),
    walletUuid: uuid('wallet_uuid')
      .notNull()
      .references(() => wallet.walletUuid),
    merchantUuid: uuid('merchant_uuid').references(() => merchant.merchantUuid),
    typePayout: text('type_payout', { enum: PAYOUT_TYPES }).notNull(),
    status: text('status', { enum: PAYOUT_STATUSES }).notNull(),
    amountMinor: bigint('amount_minor', { mode: 'bigint' }).notNull(),
    feeMinor: bigint('fee_minor', { mode: 'bigint' }).notNull(),
    currency: text('currency').notNull(),
    description: text('description').notNull(),
    transactionReference: text('transaction_reference').notNull(),
    scheduleDate: date('schedule_date', { mode: 'string' }),
    destination: jsonb('destination').$type<Record<string, unknown>>().notNull(),
    beneficiaryName: text('beneficiary_name'),
    /** The rail's id once submitted (the Pix end-to-end id, the TED's control number). */
    externalId: text('external_id'),
    authorizationCode: text('authorization_code'),
    webhookUrl: text('webhook_url'),
    /** Why it failed or came back, as A.7's `message[]`. */
    message: jsonb('message').$type<{ code: string; description: string }[]>(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('payout_wallet_reference_unique').on(t.walletUuid, t.transactionReference),
    index('payout_entity_created_idx').on(t.entityUuid, t.createdAt, t.payoutUuid),
    index('payout_wallet_created_idx').on(t.walletUuid, t.createdAt, t.payoutUuid),
    index('payout_scheduled_idx').on(t.scheduleDate).where(sql`"status" = 'pending'`),
    check('payout_amounts', sql`${t.amountMinor} > 0 and ${t.feeMinor} >= 0`),
  ],
);

/** A payout's timeline: every status it went through, when and why. */
export const payoutStatusChange = pgTable(
  'payout_status_change',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    payoutUuid: uuid('payout_uuid')
      .notNull()
      .references(() => payout.payoutUuid),
    entityUuid: uuid('entity_uuid')
      .notNull()
      .references(() => account.entityUuid),
    fromStatus: text('from_status', { enum: PAYOUT_STATUSES }),
    toStatus: text('to_status', { enum: PAYOUT_STATUSES }).notNull(),
    reason: text('reason'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('payout_status_change_payout_idx').on(t.payoutUuid, t.id)],
);

/** What a merchant pays per payout, by rail; a rail without a row takes the platform's default (lib/payouts/pricing.ts). */
export const payoutPricing = pgTable(
  'payout_pricing',
  {
    merchantUuid: uuid('merchant_uuid')
      .notNull()
      .references(() => merchant.merchantUuid),
    entityUuid: uuid('entity_uuid')
      .notNull()
      .references(() => account.entityUuid),
    typePayout: text('type_payout', { enum: PAYOUT_TYPES }).notNull(),
    feeMinor: bigint('fee_minor', { mode: 'bigint' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.merchantUuid, t.typePayout] }), check('payout_pricing_fee', sql`"fee_minor" >= 0`)],
);
