import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { account, merchant } from './accounts';

export const WALLET_KINDS = ['payment', 'credit'] as const;
export const WALLET_STATUSES = ['pending_analysis', 'active', 'rejected', 'deactivated'] as const;
export type WalletStatus = (typeof WALLET_STATUSES)[number];

/**
 * Every wallet of an account. `payment` wallets hold a balance in one currency for a merchant
 * (A55); `credit` wallets are a customer's postpaid invoice with an owner, an invoice configuration
 * and limits (QI), whose details live in their own tables keyed by `wallet_uuid` (= QI wallet_key).
 */
export const wallet = pgTable(
  'wallet',
  {
    walletUuid: uuid('wallet_uuid').primaryKey().defaultRandom(),
    entityUuid: uuid('entity_uuid')
      .notNull()
      .references(() => account.entityUuid),
    merchantUuid: uuid('merchant_uuid').references(() => merchant.merchantUuid),
    kind: text('kind', { enum: WALLET_KINDS }).notNull(),
    currency: text('currency').notNull(),
    status: text('status', { enum: WALLET_STATUSES }).notNull(),
    customerId: text('customer_id'),
    name: text('name'),
    email: text('email'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('wallet_entity_created_idx').on(t.entityUuid, t.createdAt, t.walletUuid),
    // A55: one payment wallet per merchant and currency. The index is the arbiter under racing
    // creates (the loser gets a unique violation, mapped to 409 errors.wallet.already_exists).
    // A deactivated (or rejected) wallet does not hold the slot: deactivation retires a wallet
    // (seed 003: deactivated wallets stop occupying the pool) and DESIGN asks for one *active*
    // wallet per merchant + currency, so the merchant can open a fresh one; reactivating the old
    // one while a new one lives trips the same index and is refused the same way.
    uniqueIndex('wallet_payment_merchant_currency_unique')
      .on(t.merchantUuid, t.currency)
      .where(sql`"kind" = 'payment' and "status" in ('pending_analysis', 'active')`),
    // The operators' KYC queue: pending credit wallets of every account, oldest first.
    index('wallet_kyc_queue_idx').on(t.createdAt, t.walletUuid).where(sql`"kind" = 'credit' and "status" = 'pending_analysis'`),
    // The A55 lookups by customer_id and by email (case-insensitive), always within one account.
    index('wallet_payment_customer_idx').on(t.entityUuid, t.customerId).where(sql`"kind" = 'payment'`),
    index('wallet_payment_email_idx').on(t.entityUuid, sql`lower(${t.email})`).where(sql`"kind" = 'payment'`),
    // A payment wallet is always a merchant's, in a wallet currency, with the fields seed 001 requires.
    check(
      'wallet_payment_fields',
      sql`"kind" <> 'payment' or ("merchant_uuid" is not null and "customer_id" is not null and "name" is not null and "email" is not null and "currency" in ('BRL', 'MXN', 'CLP', 'ARS'))`,
    ),
  ],
);
